/**
 * Bad input on the command line: every problem is one line of Swedish on stderr that names
 * the file (or option) and says what is wrong, exit code 2, no stack trace, no hang, and
 * the good files on the same command line are still checked.
 *
 * To keep this fast, one spawn of the real CLI gets all the bad files at once (between two
 * good ones) and each case is then asserted on its own line; `main` is also called
 * in-process with each bad file alone, to pin the exit code to that one problem.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, runInProcess, type CliRun } from './helpers/cli-runner';

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** No JavaScript error or stack trace reaches the user. */
function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/Error:|^\s+at |node:internal|\.ts:\d+/m);
}

/** Deterministic "random" bytes (xorshift32), so a failure can be reproduced. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

const SWEDISH_PARAGRAPH =
  'Förvaltningen föreslår att nämnden godkänner att verksamheten deltar i kvalitetsutmärkelsen. ' +
  'Under året har enheten utvecklat sitt arbete med brukardialog, uppföljning och systematiskt kvalitetsarbete.\n\n';

const GOOD = `# Deltagande i kvalitetsutmärkelsen

## Förslag till beslut

Stadsdelsnämnden godkänner att fritidsgården deltar i kvalitetsutmärkelsen.

## Sammanfattning

Fritidsgården vill delta för att utveckla sitt arbete.

## Bakgrund

Kvalitetsutmärkelsen är stadens pris för framgångsrik verksamhet.

## Ärendets beredning

Ärendet har beretts av avdelningen för kultur och fritid.

## Ärendet

Fritidsgården har arbetat med brukardialog under flera år.

## Synpunkter och förslag

Förvaltningen föreslår att nämnden godkänner deltagandet.

## Jämställdhetsanalys

Förvaltningen följer upp hur flickor och pojkar använder fritidsgården.

Anna Andersson
Avdelningschef
`;

let dir = '';
const temp = (...parts: string[]) => join(dir, ...parts);

interface BadFile {
  name: string;
  /** Path given on the command line (relative to the temp folder). */
  path: string;
  /** Path the error line names, when it is a file inside a given folder. */
  named?: string;
  problem: RegExp;
}

/** Each bad input and what the one line must say about it. */
const BAD_FILES: BadFile[] = [
  { name: 'empty .txt', path: 'tom.txt', problem: /^filen är tom$/ },
  { name: 'only whitespace .md', path: 'blank.md', problem: /^filen är tom$/ },
  { name: 'empty .docx', path: 'tom.docx', problem: /^filen är tom$/ },
  { name: 'binary .txt', path: 'binar.txt', problem: /^filen är inte en textfil \(binärt innehåll\)$/ },
  { name: '20 MB text', path: 'stor.txt', problem: /^filen är för stor \(20,0 MB; högst 5,0 MB\)$/ },
  { name: 'random bytes .docx', path: 'brus.docx', problem: /^filen är ingen giltig \.docx \(inte ett zip-arkiv\)$/ },
  { name: 'truncated .docx', path: 'avklippt.docx', problem: /^filen är skadad eller ofullständig/ },
  { name: 'zip that is no Word file', path: 'arkiv.docx', problem: /^filen är ingen Word-fil \(word\/document\.xml saknas\)$/ },
  { name: 'password-protected .docx', path: 'losenord.docx', problem: /^filen är lösenordsskyddad \(krypterad\).*spara den utan lösenord$/ },
  { name: 'old .doc renamed .docx', path: 'gammal.docx', problem: /^filen är i det gamla \.doc-formatet; öppna den i Word och spara som \.docx$/ },
  {
    name: 'unsupported .pdf',
    path: 'utlatande.pdf',
    problem: /^PDF kan inte granskas; öppna filen i Word och spara som \.docx, eller kopiera texten till en \.txt-fil$/,
  },
  { name: 'unsupported .odt', path: 'utlatande.odt', problem: /^OpenDocument kan inte granskas; spara filen som \.docx/ },
  { name: 'no extension', path: 'LASMIG', problem: /^filtypen \(utan ändelse\) stöds inte; använd \.docx, \.txt eller \.md$/ },
  { name: 'missing file', path: 'finns-inte.txt', problem: /^filen finns inte eller går inte att läsa$/ },
  { name: 'folder without documents', path: 'bilder', problem: /^mappen innehåller inga \.docx-, \.txt- eller \.md-filer$/ },
  { name: 'empty file inside a folder', path: 'blandat', named: join('blandat', 'trasig.txt'), problem: /^filen är tom$/ },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'utkastkoll-bad-'));
  const example = await readFile(join(repoRoot, 'examples/tjansteutlatande-exempel.docx'));

  await writeFile(temp('bra.md'), GOOD);
  await writeFile(temp('bra2.md'), GOOD);
  await writeFile(temp('tom.txt'), '');
  await writeFile(temp('blank.md'), '  \n\n\t\n   ');
  await writeFile(temp('tom.docx'), '');
  const binary = noise(4096, 7);
  binary[100] = 0;
  await writeFile(temp('binar.txt'), binary);
  const paragraph = Buffer.from(SWEDISH_PARAGRAPH);
  await writeFile(temp('stor.txt'), Buffer.concat(Array(Math.ceil((20 * 1024 * 1024) / paragraph.length)).fill(paragraph)));
  const random = noise(3000, 11);
  random.set([0x13, 0x37]); // not "PK" and not an OLE header
  await writeFile(temp('brus.docx'), random);
  await writeFile(temp('avklippt.docx'), example.subarray(0, 2000));
  const notWord = new JSZip();
  notWord.file('hej.txt', 'Hej!');
  await writeFile(temp('arkiv.docx'), await notWord.generateAsync({ type: 'uint8array' }));
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  await writeFile(
    temp('losenord.docx'),
    Buffer.concat([Buffer.from(ole), Buffer.alloc(504), utf16le('EncryptionInfo'), Buffer.alloc(50), utf16le('EncryptedPackage'), Buffer.from(noise(2048, 3))]),
  );
  await writeFile(temp('gammal.docx'), Buffer.concat([Buffer.from(ole), Buffer.alloc(504), utf16le('WordDocument'), Buffer.from(noise(2048, 5))]));
  await writeFile(temp('utlatande.pdf'), '%PDF-1.4\n%âãÏÓ\n');
  await writeFile(temp('utlatande.odt'), 'PK');
  await writeFile(temp('LASMIG'), 'Läs mig.');
  await mkdir(temp('bilder'));
  await writeFile(temp('bilder', 'foto.jpg'), noise(100, 13));
  await mkdir(temp('blandat'));
  await writeFile(temp('blandat', 'bra.md'), GOOD);
  await writeFile(temp('blandat', 'trasig.txt'), '');

  await writeFile(temp('katalog-schema.json'), JSON.stringify({ id: 'namnd', version: '1', goals: [{ level: 'namndmal', text: '' }] }));
  await writeFile(temp('katalog-text.json'), 'Nämndmål: Alla unga har en meningsfull fritid\n');
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('bad files: one spawn with all of them between two good files', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli(['--format', 'json', temp('bra.md'), ...BAD_FILES.map((bad) => temp(bad.path)), temp('bra2.md')]);
  }, 30_000);

  it('exits 2 with one stderr line per bad file and how many could not be checked, no stack trace, within seconds', () => {
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toHaveLength(BAD_FILES.length + 1);
    expect(lines(run.stderr).at(-1)).toBe(`utkastkoll: ${BAD_FILES.length} filer kunde inte granskas`);
    expectNoStackTrace(run.stderr);
    // The 20 MB file is refused by its size, not read and checked.
  });

  it('lists every file it could not check in the JSON too', () => {
    const output = JSON.parse(run.stdout) as { skipped: Array<{ file: string; reason: string }> };
    expect(output.skipped.map((skipped) => skipped.file).sort()).toEqual(BAD_FILES.map((bad) => temp(bad.named ?? bad.path)).sort());
  });

  it('still checks and prints the good files, in order', () => {
    const output = JSON.parse(run.stdout) as { files: Array<{ file: string; type: string; diagnostics: unknown[] }> };
    expect(output.files.map((file) => file.file)).toEqual([temp('bra.md'), temp('blandat', 'bra.md'), temp('bra2.md')]);
    for (const file of output.files) {
      expect(file.type).toBe('tjansteutlatande');
      expect(file.diagnostics).toEqual([]);
    }
  });

  it.for(BAD_FILES)('$name: one line naming the file and the problem in Swedish', (bad) => {
    const named = temp(bad.named ?? bad.path);
    const mine = lines(run.stderr).filter((line) => line.includes(named + ':'));
    expect(mine).toHaveLength(1);
    const prefix = `utkastkoll: ${named}: `;
    expect(mine[0]!.startsWith(prefix)).toBe(true);
    expect(mine[0]!.slice(prefix.length)).toMatch(bad.problem);
  });
});

describe('bad files, each alone (in-process)', () => {
  it.for(BAD_FILES)('$name: exit 2 and exactly that one line', async (bad) => {
    const result = await runInProcess(['--format', 'json', temp(bad.path)]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^utkastkoll: ${escape(temp(bad.named ?? bad.path))}: `));
    expect(JSON.parse(result.stdout)).toMatchObject({
      files: bad.named ? [expect.objectContaining({ file: temp('blandat', 'bra.md') })] : [],
      skipped: [{ file: temp(bad.named ?? bad.path), reason: expect.any(String) }],
    });
  });

  it('prints nothing on stdout in text format when no file could be read', async () => {
    const result = await runInProcess([temp('tom.txt'), temp('finns-inte.txt')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      `utkastkoll: ${temp('tom.txt')}: filen är tom`,
      `utkastkoll: ${temp('finns-inte.txt')}: filen finns inte eller går inte att läsa`,
      'utkastkoll: 2 filer kunde inte granskas',
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A wrong option or catalog stops before anything is checked (exit 2, nothing on stdout):
 * results for another type, format or goal catalog than asked for would mislead.
 */
interface BadOption {
  name: string;
  args: () => string[];
  line: () => RegExp;
}

const BAD_OPTIONS: BadOption[] = [
  {
    name: 'unknown --type',
    args: () => ['--type', 'memo', temp('bra.md')],
    line: () => /^utkastkoll: okänd dokumenttyp "memo"; välj auto, tjansteutlatande, verksamhetsplan, tavlingsbidrag \(se --help\)$/,
  },
  { name: 'unknown flag', args: () => ['--strict', temp('bra.md')], line: () => /^utkastkoll: okänd flagga --strict \(se --help\)$/ },
  { name: 'missing value at the end', args: () => [temp('bra.md'), '--format'], line: () => /^utkastkoll: --format behöver ett värde \(se --help\)$/ },
  {
    name: 'catalog that fails the schema',
    args: () => ['--catalog', temp('katalog-schema.json'), temp('bra.md')],
    // Which fields are wrong, in Swedish (zod's Swedish messages), on one line.
    line: () => new RegExp(`^utkastkoll: ${escape(temp('katalog-schema.json'))}: ogiltig katalog: name: .*; goals\\.0\\.text: .*förväntade`),
  },
  {
    name: 'catalog that is not JSON',
    args: () => ['--catalog', temp('katalog-text.json'), temp('bra.md')],
    line: () => new RegExp(`^utkastkoll: ${escape(temp('katalog-text.json'))}: katalogen är inte giltig JSON$`),
  },
];

/** Further option problems, checked in-process only. */
const MORE_BAD_OPTIONS: BadOption[] = [
  { name: '--type=ID with an unknown id', args: () => ['--type=memo', temp('bra.md')], line: () => /^utkastkoll: okänd dokumenttyp "memo"/ },
  {
    name: 'missing value before the next flag',
    args: () => ['--type', '--format', 'json', temp('bra.md')],
    line: () => /^utkastkoll: --type behöver ett värde \(se --help\)$/,
  },
  { name: 'empty inline value', args: () => ['--catalog=', temp('bra.md')], line: () => /^utkastkoll: --catalog behöver ett värde \(se --help\)$/ },
  {
    name: 'unknown format',
    args: () => ['--format', 'pdf', temp('bra.md')],
    line: () => /^utkastkoll: okänt format "pdf"; välj text, json, html \(se --help\)$/,
  },
  {
    name: 'no file',
    args: () => ['--format', 'json'],
    line: () => /^utkastkoll: ange minst en fil eller mapp att kontrollera \(eller - för standard in\) \(se --help\)$/,
  },
  {
    name: '--fix with --fix-dry-run',
    args: () => ['--fix', '--fix-dry-run', temp('bra.md')],
    line: () => /^utkastkoll: välj --fix eller --fix-dry-run, inte båda \(se --help\)$/,
  },
  {
    name: '--goal without --skeleton',
    args: () => ['--goal', '1.2', temp('bra.md')],
    line: () => /^utkastkoll: --goal används med --skeleton verksamhetsplan/,
  },
  {
    name: 'unknown --skeleton type',
    args: () => ['--skeleton', 'protokoll'],
    line: () => /^utkastkoll: okänd dokumenttyp "protokoll"; välj tjansteutlatande, verksamhetsplan, tavlingsbidrag \(se --help\)$/,
  },
  {
    name: '--goal an inriktningsmål alone',
    args: () => ['--skeleton', 'vp', '--goal', '2'],
    line: () =>
      /^utkastkoll: Mål 2 hör till KF:s inriktningsmål och kan inte väljas ensamt\. Välj ett av KF:s mål för verksamhetsområdet under det: 2\.1, 2\.2, 2\.3, 2\.4 och 2\.5\. \(se --help\)$/,
  },
  {
    name: 'catalog with a level no template has',
    args: () => ['--catalog', temp('katalog-niva.json'), temp('bra.md')],
    line: () =>
      new RegExp(
        `^utkastkoll: ${escape(temp('katalog-niva.json'))}: ogiltig katalog: goals\\.0\\.level: okänd målnivå "nämndmål"; välj "inriktningsmal", "verksamhetsomrade", "namndmal", "enhetsmal"$`,
      ),
  },
  {
    name: 'missing catalog',
    args: () => ['--catalog', temp('saknas.json'), temp('bra.md')],
    line: () => new RegExp(`^utkastkoll: ${escape(temp('saknas.json'))}: katalogen finns inte eller går inte att läsa$`),
  },
  {
    name: 'catalog that is a JSON array',
    args: () => ['--catalog', temp('katalog-lista.json'), temp('bra.md')],
    line: () => new RegExp(`^utkastkoll: ${escape(temp('katalog-lista.json'))}: ogiltig katalog: Ogiltig inmatning`),
  },
];

describe.concurrent('bad options and catalogs (spawned)', () => {
  it.for(BAD_OPTIONS)('$name: exit 2, one Swedish line, nothing checked', async (bad, { expect }) => {
    const run = await runCli(bad.args());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(bad.line());
    expect(run.stderr).not.toMatch(/Invalid|expected|received/);
    expectNoStackTrace(run.stderr);
  });
});

describe('bad options and catalogs (in-process)', () => {
  beforeAll(async () => {
    await writeFile(temp('katalog-lista.json'), '[1, 2, 3]');
    await writeFile(
      temp('katalog-niva.json'),
      JSON.stringify({ id: 'namnd', version: '1', name: 'Nämndens mål', goals: [{ level: 'nämndmål', text: 'Alla unga har en meningsfull fritid' }] }),
    );
  });

  it.for([...BAD_OPTIONS, ...MORE_BAD_OPTIONS])('$name: exit 2 and one line', async (bad) => {
    const result = await runInProcess(bad.args());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(bad.line());
    expect(result.stderr).not.toMatch(/Invalid|expected|received/);
  });
});

describe('pathological text does not hang', () => {
  const MB2 = 2 * 1024 * 1024;

  it('2 MB lines of digits and spaces, of "..." and "-" runs, and of "[" finish in time', async () => {
    let digits = '';
    let state = 1;
    while (digits.length < MB2) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      digits += `${state % 100000} `;
    }
    await writeFile(temp('siffror.txt'), digits);
    await writeFile(temp('punkter.txt'), ('...'.repeat(40) + ' ' + '-'.repeat(60) + ' ').repeat(Math.ceil(MB2 / 182)));
    await writeFile(temp('hakar.md'), '['.repeat(MB2));
    const files = ['siffror.txt', 'punkter.txt', 'hakar.md'].map((name) => temp(name));

    const run = await runCli(['--format', 'json', ...files], { timeout: 25_000 });
    expect(run.signal, `timed out on ${files.join(', ')}`).toBeNull();
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toHaveLength(3);
  }, 30_000);

  // Once quadratic in the number of counts (every count re-scanned the paragraph).
  it('2 MB paragraph of "12 flickor och 13 pojkar av 30 ungdomar," finishes in time', async () => {
    await writeFile(temp('antal.txt'), '12 flickor och 13 pojkar av 30 ungdomar, '.repeat(Math.ceil(MB2 / 41)));
    const run = await runCli(['--format', 'json', temp('antal.txt')], { timeout: 25_000 });
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.status);
  }, 30_000);
});
