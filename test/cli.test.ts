/**
 * The command line as a user runs it: `npm run --silent check -- …` and `npx utkastkoll` run
 * bin/utkastkoll.js, which runs the bundle in dist/cli/ (cli-bundle.test.ts: it says what the
 * source says), so every test here spawns the source, `node --import tsx cli/bin.ts` (the
 * source as it is now, about 0.7 s a start), and looks only at the exit code, stdout, stderr and
 * written files. The spawns run concurrently; one spawn serves several assertions where
 * they are about the same run. A few checks that need a terminal (progress line, colours
 * on a TTY) call `main` in-process with fake streams instead.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import packageJson from '../package.json';
import type { Diagnostic, Summary } from '../shared/index';
import { limited, repoRoot, runCli, type CliRun, type RunOptions } from './helpers/cli-runner';
import { readDocx } from '../shared/docx';

/** Starts a run once and hands the same result to every test that asks for it. */
function shared(args: () => readonly string[], options?: RunOptions): () => Promise<CliRun> {
  let run: Promise<CliRun> | undefined;
  return () => (run ??= runCli(args(), options));
}

/** The JSON output: diagnostics are the core's plain data, unchanged. */
interface JsonOutput {
  version: string;
  files: Array<{
    file: string;
    type: string | null;
    typeReason: string;
    catalogs: Array<{ id: string; version: string; name: string; period?: { from: number; to: number } }>;
    summary: Summary;
    diagnostics: Diagnostic[];
    dismissed: Diagnostic[];
    hidden: number;
    fixed?: number;
    output?: string;
  }>;
  skipped: Array<{ file: string; reason: string }>;
}

const TYPE_IDS = ['tjansteutlatande', 'verksamhetsplan', 'tavlingsbidrag'];
const SEEDS = 'test/fixtures/seeds';
const SEED_TYPES: Array<[string, string]> = [
  ['000-tjansteutlatande-hagersten.txt', 'tjansteutlatande'],
  ['001-tjansteutlatande-skarholmen.txt', 'tjansteutlatande'],
  ['002-verksamhetsplan-familjeratt.txt', 'verksamhetsplan'],
  ['003-tavlingsbidrag-forebyggande.txt', 'tavlingsbidrag'],
  ['004-verksamhetsplan-fritid.txt', 'verksamhetsplan'],
];
const SEED_003 = `${SEEDS}/003-tavlingsbidrag-forebyggande.txt`;
const DOCX_EXAMPLE = 'examples/tjansteutlatande-exempel.docx';
const MD_EXAMPLE = 'examples/verksamhetsplan-exempel.md';
const SUM_MESSAGE_003 = 'Delarna (124 + 135 = 259) stämmer inte med totalen 286.';
const SUM_MESSAGE_DOCX = 'Delarna (23 + 17 = 40) stämmer inte med totalen 42.';

/** A complete tjänsteutlåtande: title, every section, Jämställdhetsanalys and a signature. */
const CLEAN_TJANSTEUTLATANDE = `# Ny mötesplats för unga i Fruängen

## Förslag till beslut

Stadsdelsnämnden godkänner att en ny mötesplats för unga öppnar i Fruängen.

## Sammanfattning

Förvaltningen vill öppna en mötesplats för unga i Fruängen. Den ska vara öppen fyra kvällar i veckan.

## Bakgrund

Många unga i Fruängen saknar en plats att träffas på. Det har de sagt i dialog med förvaltningen.

## Ärendets beredning

Ärendet har tagits fram av avdelningen för kultur och fritid.

## Ärendet

Mötesplatsen ska ligga i centrum. Personalen ska vara fritidsledare med erfarenhet av unga.

## Synpunkter och förslag

Förvaltningen föreslår att nämnden godkänner att mötesplatsen öppnar.

## Jämställdhetsanalys

Förvaltningen följer upp hur flickor och pojkar använder mötesplatsen.

Anna Andersson
Avdelningschef
`;

const NAMND_GOAL = 'Hägersten-Liljeholmen är ett tryggt och säkert stadsdelsområde att bo och vistas i';
const DEVIATING_GOAL = 'Hägersten-Liljeholmen är ett tryggt stadsdelsområde att bo och vistas i';

const NAMND_CATALOG = {
  id: 'hagersten-liljeholmen-2021',
  version: '2021.1',
  name: 'Hägersten-Liljeholmens stadsdelsnämnds mål 2021',
  goals: [{ level: 'namndmal', text: NAMND_GOAL }],
};

/** A verksamhetsplan goal block whose Nämndmål drops two words of the nämnd's goal. */
const PLAN_WITH_NAMNDMAL = `# KF:s inriktningsmål

1. En modern storstad med möjligheter och valfrihet för alla

## KF:s mål för verksamhetsområdet

1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i

### Nämndmål:

${DEVIATING_GOAL}

#### Beskrivning

Nämnden arbetar för att alla ska känna sig trygga i stadsdelsområdet.

#### Förväntat resultat

Fler invånare känner sig trygga.
`;

let dir = '';
const temp = (...parts: string[]) => join(dir, ...parts);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'utkastkoll-cli-'));
  await writeFile(temp('ren.md'), CLEAN_TJANSTEUTLATANDE);
  await writeFile(temp('plan.md'), PLAN_WITH_NAMNDMAL);
  // Saved as Notepad saves UTF-8: with a byte order mark.
  await writeFile(temp('namnd.json'), '\uFEFF' + JSON.stringify(NAMND_CATALOG, null, 2));

  // A folder as people keep drafts: supported files in any case, other files, Word's lock
  // file and a hidden file (both skipped), and a subfolder.
  const tree = temp('utkast');
  await mkdir(join(tree, 'sub'), { recursive: true });
  await copyFile(join(repoRoot, SEEDS, '000-tjansteutlatande-hagersten.txt'), join(tree, 'a-utlatande.txt'));
  await copyFile(join(repoRoot, MD_EXAMPLE), join(tree, 'b-plan.md'));
  await copyFile(join(repoRoot, DOCX_EXAMPLE), join(tree, 'c-exempel.docx'));
  await writeFile(join(tree, 'E-kopia.TXT'), CLEAN_TJANSTEUTLATANDE);
  await writeFile(join(tree, 'sub', 'd-ren.md'), CLEAN_TJANSTEUTLATANDE);
  await writeFile(join(tree, 'bilaga.pdf'), '%PDF-1.4\n');
  await writeFile(join(tree, 'data.json'), '{}');
  await writeFile(join(tree, 'LASMIG'), 'ingen filändelse');
  await writeFile(join(tree, '~$exempel.docx'), Buffer.from([0x0e, 0x41, 0x00, 0x6e, 0x00]));
  await writeFile(join(tree, '.dold.md'), '');
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function parseJson(run: CliRun): JsonOutput {
  return JSON.parse(run.stdout) as JsonOutput;
}

/** 1-based line and column of an offset, counted the way an editor does. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function expectDiagnosticShape(diagnostic: Diagnostic, sourceLength: number): void {
  expect(
    Object.keys(diagnostic).every((key) =>
      ['ruleId', 'severity', 'message', 'messageId', 'start', 'end', 'line', 'column', 'key', 'text', 'section', 'data', 'fixes', 'related'].includes(key),
    ),
  ).toBe(true);
  expect(diagnostic.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
  expect(typeof diagnostic.message).toBe('string');
  expect(diagnostic.message.length).toBeGreaterThan(0);
  expect(diagnostic.message).not.toContain('{');
  expect(typeof diagnostic.messageId).toBe('string');
  for (const field of ['start', 'end', 'line', 'column'] as const) expect(Number.isInteger(diagnostic[field])).toBe(true);
  expect(diagnostic.start).toBeGreaterThanOrEqual(0);
  expect(diagnostic.end).toBeGreaterThanOrEqual(diagnostic.start);
  expect(diagnostic.end).toBeLessThanOrEqual(sourceLength);
  expect(diagnostic.line).toBeGreaterThanOrEqual(1);
  expect(diagnostic.column).toBeGreaterThanOrEqual(1);
  if (diagnostic.section !== undefined) expect(typeof diagnostic.section).toBe('string');
  if (diagnostic.data !== undefined) {
    for (const value of Object.values(diagnostic.data)) expect(['string', 'number', 'boolean']).toContain(typeof value);
  }
  for (const fix of diagnostic.fixes ?? []) {
    expect(
      Object.keys(fix)
        .filter((key) => key !== 'insert')
        .sort(),
    ).toEqual(['end', 'safe', 'start', 'text', 'title']);
    expect(typeof fix.title).toBe('string');
    expect(typeof fix.text).toBe('string');
    expect(Number.isInteger(fix.start) && Number.isInteger(fix.end) && fix.start <= fix.end).toBe(true);
  }
}

describe.concurrent('--format json', () => {
  const seeds = shared(() => ['--format', 'json', SEEDS]);

  it('prints {"version", "files":[…], "skipped"} with the documented diagnostic fields, the catalogs and the summary for every seed', async ({ expect }) => {
    const run = await seeds();
    expect(run.stderr).toBe('');
    const output = parseJson(run);
    expect(Object.keys(output)).toEqual(['version', 'files', 'skipped']);
    expect(output.version).toBe(packageJson.version);
    expect(output.skipped).toEqual([]);
    for (const file of output.files) {
      expect(file.catalogs).toEqual([{ id: 'kf-2020-2022', version: '2020-2022.1', name: 'KF:s mål, budget 2020–2022', period: { from: 2020, to: 2022 } }]);
      expect(file.summary.total).toBe(file.diagnostics.length);
      expect(file.summary.readiness.verdict).toMatch(/^(not-ready|almost-ready|ready)$/);
      expect(file.dismissed).toEqual([]);
    }
    expect(output.files.map((file) => file.file)).toEqual(SEED_TYPES.map(([name]) => `${SEEDS}/${name}`));
    for (const file of output.files) {
      expect(TYPE_IDS).toContain(file.type);
      expect(Array.isArray(file.diagnostics)).toBe(true);
      const source = await readFile(join(repoRoot, file.file), 'utf8');
      for (const diagnostic of file.diagnostics) {
        expectDiagnosticShape(diagnostic, source.length);
        // line and column are where start is in the file itself (1-based).
        expect({ line: diagnostic.line, column: diagnostic.column }).toEqual(lineColumn(source, diagnostic.start));
      }
    }
  });

  it.for(SEED_TYPES)('detects the type of %s as %s', async ([name, type], { expect }) => {
    const output = parseJson(await seeds());
    expect(output.files.find((file) => file.file === `${SEEDS}/${name}`)?.type).toBe(type);
  });

  it('reports the sum that does not add up in seed 003 at 309:51, and start/end slice the flagged words', async ({ expect }) => {
    const run = await seeds();
    expect(run.status).toBe(1);
    const file = parseJson(run).files.find((entry) => entry.file === SEED_003)!;
    const source = await readFile(join(repoRoot, SEED_003), 'utf8');
    const finding = file.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum' && diagnostic.severity === 'error');
    expect(finding).toMatchObject({ messageId: 'mismatch', line: 309, column: 51, data: { total: 286, sum: 259 } });
    expect(finding!.message).toContain(SUM_MESSAGE_003);
    const flagged = source.slice(finding!.start, finding!.end);
    expect(flagged.startsWith('286 ungdomar')).toBe(true);
    expect(flagged).toMatch(/124 .*135/s);
    expect(source.split('\n')[308]!.slice(50)).toMatch(/^286 ungdomar/);
    // The fix replaces exactly the total.
    const fix = finding!.fixes![0]!;
    expect(source.slice(fix.start, fix.end)).toBe('286');
    expect(fix.text).toBe('259');
  });

  it('reads the .docx example with line = paragraph number', async ({ expect }) => {
    const run = await runCli(['--format', 'json', DOCX_EXAMPLE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const [file, ...rest] = parseJson(run).files;
    expect(rest).toEqual([]);
    expect(file).toMatchObject({ file: DOCX_EXAMPLE, type: 'tjansteutlatande' });
    const bytes = await readFile(join(repoRoot, DOCX_EXAMPLE));
    const { source } = await readDocx(new Uint8Array(bytes));
    for (const diagnostic of file!.diagnostics) expectDiagnosticShape(diagnostic, source.length);

    // Paragraph 16: "… deltog 42 ungdomar i sommarverksamheten, varav 23 flickor och 17 pojkar."
    const sum = file!.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum');
    expect(sum).toMatchObject({ severity: 'error', messageId: 'mismatch', line: 16, column: 309 });
    expect(sum!.message).toContain(SUM_MESSAGE_DOCX);
    const paragraph = source.split('\n')[15]!;
    expect(paragraph.slice(sum!.column - 1)).toMatch(/^42 ungdomar i sommarverksamheten, varav 23 flickor och 17 pojkar/);
    expect(source.slice(sum!.start, sum!.end)).toBe('42 ungdomar i sommarverksamheten, varav 23 flickor och 17 pojkar');

    // Paragraph 17 quotes KF goal 2.5 without "en".
    const wording = file!.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-wording');
    expect(wording).toMatchObject({ severity: 'error', messageId: 'wording', line: 17, data: { number: '2.5' } });
    expect(source.slice(wording!.start, wording!.end)).toBe('Stockholm är en hållbar stad med god livsmiljö');
    expect(wording!.fixes?.[0]?.text).toBe('Stockholm är en hållbar stad med en god livsmiljö');
  });

  it('--type overrides detection, also as --type=ID', async ({ expect }) => {
    const run = await runCli([
      '--format=json',
      '--type=verksamhetsplan',
      `${SEEDS}/000-tjansteutlatande-hagersten.txt`,
      `${SEEDS}/003-tavlingsbidrag-forebyggande.txt`,
    ]);
    expect(run.stderr).toBe('');
    const files = parseJson(run).files;
    expect(files.map((file) => file.type)).toEqual(['verksamhetsplan', 'verksamhetsplan']);
    // Checked as a verksamhetsplan, the tjänsteutlåtande has none of the plan's headings: said once, not per section.
    expect(
      files[0]!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'required-section').map((diagnostic) => [diagnostic.messageId, diagnostic.severity]),
    ).toEqual([['noTemplateHeadings', 'warning']]);
  });
});

describe.concurrent('--format text (default)', () => {
  const FINDING_LINE = /^ {2}(\d+):(\d+) +(fel|varning|info) +(.+?) {2}([a-z]+(?:-[a-z]+)*)$/;
  // Neither NO_COLOR nor FORCE_COLOR: stdout is a pipe, so there must be no colour anyway.
  const plain = shared(() => [SEED_003, temp('ren.md')], { env: { NO_COLOR: undefined } });

  it('reads like ESLint stylish: file, line:column, Swedish severity, message, rule id, summary; no colour on a pipe', async ({ expect }) => {
    const run = await plain();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${SEED_003}  \\(tävlingsbidrag`));

    // Each finding: a line with where, severity, message and rule, then a line with the section and the flagged words.
    const findings = lines.filter((line) => FINDING_LINE.test(line));
    expect(findings.length).toBeGreaterThanOrEqual(4); // seed 003's errors and warnings
    const sumAt = lines.findIndex((line) => line.includes(SUM_MESSAGE_003));
    expect(lines[sumAt]).toMatch(/^ {2}309:51 +fel {2,}Delarna \(124 \+ 135 = 259\) stämmer inte med totalen 286\..* {2}gender-split-sum$/);
    expect(lines[sumAt + 1]).toMatch(/^ {20,}i ”Fältgruppen”: ”286 ungdomar varav 124 flickor och 135 pojkar”$/);
    // Positions are padded to one width so the columns line up.
    const severityColumns = new Set(findings.map((line) => line.search(/ (fel|varning|info) /)));
    expect(severityColumns.size).toBe(1);

    // The clean file is listed with no findings.
    const cleanHeader = lines.findIndex((line) => line.startsWith(temp('ren.md')));
    expect(lines[cleanHeader]).toContain('(tjänsteutlåtande');
    expect(lines[cleanHeader + 1]).toBe('  inga anmärkningar');

    // The summary counts what was listed: errors and warnings; the info are counted in one line, with how to show them.
    const count = (severity: string) => findings.filter((line) => FINDING_LINE.exec(line)?.[3] === severity).length;
    const [errors, warnings, infos] = [count('fel'), count('varning'), count('info')];
    expect(errors).toBeGreaterThanOrEqual(1);
    expect(infos).toBe(0);
    expect(lines.at(-2)).toBe(`✖ ${findings.length} anmärkningar (${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}) i 2 filer`);
    expect(lines.at(-1)).toMatch(/^\d+ info visas inte; visa dem med --severity info$/);
    expect(run.stdout).not.toContain('\u001b');
  });

  it('colours with FORCE_COLOR=1 on a pipe, even with NO_COLOR set', async ({ expect }) => {
    const run = await runCli([SEED_003], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('\u001b[31mfel');
    expect(run.stdout).toContain('\u001b[0m');
    expect(run.stdout).toContain(SUM_MESSAGE_003);
  });

  it('says so when nothing is found and exits 0 for a complete tjänsteutlåtande', async ({ expect }) => {
    const run = await runCli([temp('ren.md')]);
    expect(run.stderr).toBe('');
    const [header, ...rest] = run.stdout.split('\n');
    expect(header!.startsWith(`${temp('ren.md')}  (tjänsteutlåtande: `)).toBe(true);
    expect(rest).toEqual(['  inga anmärkningar', '', '✔ inga anmärkningar (1 fil)', '']);
    expect(run.status).toBe(0);
  });
});

describe('on a terminal (in-process, fake streams)', () => {
  function fakeStream(isTTY: boolean) {
    const chunks: string[] = [];
    const stream = { isTTY, write: (chunk: string) => (chunks.push(chunk), true) } as unknown as NodeJS.WriteStream;
    return { stream, text: () => chunks.join('') };
  }

  it('colours on a TTY unless NO_COLOR is set, and never colours a file written with --out', async () => {
    const seed = join(repoRoot, SEEDS, '000-tjansteutlatande-hagersten.txt');
    const run = async (args: string[], env: NodeJS.ProcessEnv) => {
      const stdout = fakeStream(true);
      const stderr = fakeStream(true);
      const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, env });
      return { code, stdout: stdout.text(), stderr: stderr.text() };
    };
    const coloured = await run([seed], {});
    expect(coloured.stdout).toContain('\u001b[33mvarning');
    expect((await run([seed], { NO_COLOR: '1' })).stdout).not.toContain('\u001b');
    const out = temp('tty-rapport.txt');
    const written = await run(['--out', out, seed], {});
    expect(written.stdout).toBe('');
    const report = await readFile(out, 'utf8');
    expect(report).toContain('varning');
    expect(report).not.toContain('\u001b');
  });

  it('shows a progress line on stderr only when stderr is a terminal, and clears it', async () => {
    const tree = temp('utkast');
    for (const isTTY of [true, false]) {
      const stdout = fakeStream(false);
      const stderr = fakeStream(isTTY);
      const code = await main(['--format', 'json', tree], { stdout: stdout.stream, stderr: stderr.stream, env: {} });
      expect(code).toBe(1);
      expect((JSON.parse(stdout.text()) as JsonOutput).files).toHaveLength(5);
      // The PDF in the folder is not checked, and the writer is told what to do with it.
      const skipped = `utkastkoll: ${join(tree, 'bilaga.pdf')}: PDF kan inte granskas; öppna filen i Word och spara som .docx, eller kopiera texten till en .txt-fil\n`;
      if (isTTY) {
        expect(stderr.text()).toContain(`[1/5] ${join(tree, 'a-utlatande.txt')}`);
        expect(stderr.text()).toContain(`[5/5] ${join(tree, 'sub', 'd-ren.md')}`);
        expect(stderr.text().endsWith('\r\u001b[K' + skipped)).toBe(true);
      } else {
        expect(stderr.text()).toBe(skipped);
      }
    }
  });
});

describe.concurrent('other outputs and inputs', () => {
  it('writes a self-contained HTML report with --out', async ({ expect }) => {
    const out = temp('rapport.html');
    const run = await runCli(['--format', 'html', '--out', out, DOCX_EXAMPLE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`utkastkoll: rapporten sparades i ${out} (2 fel, 2 varningar, 0 info i 1 fil)\n`);
    const html = await readFile(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(SUM_MESSAGE_DOCX);
    expect(html).toContain('</html>');
    // The footer names the version (package.json's, as --version says it) and the catalogs checked against.
    expect(html).toContain(`Skapad av utkastkoll ${packageJson.version} `);
    expect(html).toContain('Målkatalog: KF:s mål, budget 2020–2022 (version 2020-2022.1).');
    // Nothing fetched from elsewhere: no external scripts, stylesheets or images.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|(?:src|href)="(?:https?:)?\/\//i);
  });

  it('writes HTML to stdout and stops quietly when the reader goes away (| head)', async ({ expect }) => {
    // The report for six files is far larger than a pipe buffer, so writing it hits EPIPE.
    const piped = await limited(
      () =>
        new Promise<CliRun>((resolve) => {
          const child = spawn('sh', ['-c', `"${process.execPath}" --import tsx cli/bin.ts --format html ${SEEDS} ${DOCX_EXAMPLE} | head -c 15`], {
            cwd: repoRoot,
            timeout: 15_000,
          });
          let stdout = '';
          let stderr = '';
          child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
          child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
          child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
        }),
    );
    expect(piped.stdout).toBe('<!DOCTYPE html>');
    expect(piped.stderr).toBe('');
  });

  it('checks every .docx/.txt/.md in a folder, sorted; reports the PDF it cannot check and ignores other files', async ({ expect }) => {
    const tree = temp('utkast');
    const run = await runCli(['--format', 'json', tree]);
    expect(run.stderr).toBe(
      `utkastkoll: ${join(tree, 'bilaga.pdf')}: PDF kan inte granskas; öppna filen i Word och spara som .docx, eller kopiera texten till en .txt-fil\n`,
    );
    expect(parseJson(run).skipped).toEqual([{ file: join(tree, 'bilaga.pdf'), reason: expect.stringMatching(/^PDF kan inte granskas/) }]);
    const files = parseJson(run).files;
    expect(files.map((file) => file.file)).toEqual([
      join(tree, 'a-utlatande.txt'),
      join(tree, 'b-plan.md'),
      join(tree, 'c-exempel.docx'),
      join(tree, 'E-kopia.TXT'),
      join(tree, 'sub', 'd-ren.md'),
    ]);
    // E-kopia.TXT holds Markdown: read as Markdown, it is the clean tjänsteutlåtande it is.
    expect(files.map((file) => file.type)).toEqual(['tjansteutlatande', 'verksamhetsplan', 'tjansteutlatande', 'tjansteutlatande', 'tjansteutlatande']);
    expect(files[3]!.diagnostics).toEqual([]);
    expect(files[4]!.diagnostics).toEqual([]);
    expect(run.status).toBe(1);
  });

  it('--catalog adds a nämnd catalog (here with a BOM): a Nämndmål that deviates from it is a goal-wording error', async ({ expect }) => {
    const [withCatalog, without] = await Promise.all([
      runCli(['--format', 'json', '--catalog', temp('namnd.json'), temp('plan.md')]),
      runCli(['--format', 'json', temp('plan.md')]),
    ]);
    expect(withCatalog.stderr).toBe('');
    expect(withCatalog.status).toBe(1);
    const file = parseJson(withCatalog).files[0]!;
    expect(file.type).toBe('verksamhetsplan');
    const wording = file.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'goal-wording');
    expect(wording).toHaveLength(1);
    const source = await readFile(temp('plan.md'), 'utf8');
    const goalLine = source.split('\n').indexOf(DEVIATING_GOAL) + 1;
    expect(wording[0]).toMatchObject({ severity: 'error', messageId: 'wording', line: goalLine, column: 1, data: { expected: NAMND_GOAL } });
    expect(wording[0]!.message).toContain(`”${NAMND_GOAL}”`);
    expect(wording[0]!.message).toContain('saknas: ”och”, ”säkert”');
    expect(source.slice(wording[0]!.start, wording[0]!.end)).toBe(DEVIATING_GOAL);
    expect(wording[0]!.fixes?.[0]?.text).toBe(NAMND_GOAL);

    // Without the catalog nothing is known about the nämnd's goals.
    expect(parseJson(without).files[0]!.diagnostics.some((diagnostic) => diagnostic.ruleId === 'goal-wording')).toBe(false);
  });

  it('--help prints the usage and exits 0', async ({ expect }) => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Användning: npx utkastkoll \[flaggor\] FIL\|MAPP\|-…/);
    for (const word of [
      '--type',
      '--format',
      '--catalog',
      '--config',
      '--out',
      '--fix',
      '--fix-dry-run',
      '--skeleton',
      '--goal',
      '--version',
      'auto',
      ...TYPE_IDS,
      'text',
      'json',
      'html',
    ]) {
      expect(run.stdout).toContain(word);
    }
  });
});
