/**
 * The command line for daily use, run as a user runs it: `npx utkastkoll`, --version,
 * standard in, the settings file, --fix and --fix-dry-run, --skeleton, and the text
 * output a Word user can act on.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import { checkDocument, documentFromText, type Diagnostic } from '../shared/index';
import { repoRoot, runCli, runInProcess } from './helpers/cli-runner';

let dir = '';
const temp = (...parts: string[]) => join(dir, ...parts);

/** A short tjänsteutlåtande with a heading spelt otherwise than in the template, a misquoted KF goal and a split that does not add up. */
const DRAFT = [
  '# Fritidsgårdarnas öppettider',
  '',
  '## Förslag till beslut',
  '',
  'Stadsdelsnämnden godkänner förvaltningens förslag till nya öppettider.',
  '',
  '## Sammanfatning',
  '',
  'Fritidsgårdarna öppnar en timme tidigare på lördagar.',
  '',
  '## Bakgrund',
  '',
  'Under året deltog 286 ungdomar varav 124 flickor och 135 pojkar.',
  '',
  '## Ärendets beredning',
  '',
  'Ärendet har beretts på avdelningen för kultur och fritid.',
  '',
  '## Ärendet',
  '',
  'Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.',
  '',
  '## Synpunkter och förslag',
  '',
  'Förvaltningen föreslår att nämnden godkänner förslaget.',
  '',
  '## Jämställdhetsanalys',
  '',
  'Förvaltningen följer upp hur flickor och pojkar använder gårdarna.',
  '',
  'Anna Andersson',
  '',
  'Avdelningschef',
  '',
].join('\n');

interface JsonFile {
  file: string;
  type: string | null;
  diagnostics: Diagnostic[];
  dismissed: Diagnostic[];
  hidden: number;
  fixed?: number;
  output?: string;
}
const jsonFiles = (stdout: string) => (JSON.parse(stdout) as { files: JsonFile[] }).files;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'utkastkoll-daily-'));
  await writeFile(temp('utkast.md'), DRAFT);
  await mkdir(temp('nämnd', 'utkast'), { recursive: true });
  await writeFile(temp('nämnd', 'utkast', 'utkast.md'), DRAFT);
  await writeFile(
    temp('nämnd', 'mål.json'),
    JSON.stringify({ id: 'namnd', version: '1', name: 'Nämndens mål', goals: [{ level: 'namndmal', text: 'Alla unga har en meningsfull fritid' }] }),
  );
  await copyFile(join(repoRoot, 'examples', 'tjansteutlatande-exempel.docx'), temp('exempel.docx'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npx utkastkoll and --version', () => {
  it('runs through the package’s bin with only the report on stdout', async () => {
    const run = await runCli(['examples/verksamhetsplan-exempel.md'], { command: ['npx', '--no-install', 'utkastkoll'], timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('examples/verksamhetsplan-exempel.md  (verksamhetsplan')).toBe(true);
    expect(run.status).toBe(1);
  }, 40_000);

  it('says its version and the catalogs it knows', async () => {
    const result = await runInProcess(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`utkastkoll ${packageJson.version}\nmålkataloger: KF:s mål, budget 2020–2022 (2020-2022.1)\n`);
  });
});

describe('standard in', () => {
  it.each<[string, string, string]>([
    ['Markdown', DRAFT, 'tjansteutlatande'],
    ['plain text', DRAFT.replace(/^#+ /gm, ''), 'tjansteutlatande'],
    ['a protokoll', 'Protokoll\n\nNärvarande: ledamöterna.\n\n1. Mötet öppnas.\n', 'null'],
  ])('reads %s from "-"', async (_name, input, type) => {
    const run = await runCli(['--format', 'json', '-'], { input });
    expect(run.stderr).toBe('');
    const [file] = jsonFiles(run.stdout);
    expect(file!.file).toBe('-');
    expect(String(file!.type)).toBe(type);
  });

  it('reads a Word file from "-"', async () => {
    const run = await runCli(['-'], { input: await readFile(temp('exempel.docx')) });
    expect(run.stdout).toContain('stycke 16');
    expect(run.status).toBe(1);
  });
});

describe('text output a Word user can act on', () => {
  it('names paragraphs in Word files and shows the section and the flagged words under each finding', async () => {
    const result = await runInProcess([temp('exempel.docx')]);
    const lines = result.stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('Delarna (23 + 17 = 40)'));
    expect(lines[at]).toMatch(/^ {2}stycke 16 +fel {2,}Delarna/);
    expect(lines[at + 1]).toMatch(/^ {20,}i ”Öppen fritidsverksamhet för ungdomar”: ”42 ungdomar i sommarverksamheten, varav 23 flickor och 17 pojkar”$/);
  });

  it('says how to choose a type when none is known', async () => {
    await writeFile(temp('brev.txt'), 'Hej!\n\nTack för ditt brev om parkeringen.\n');
    const result = await runInProcess([temp('brev.txt')]);
    expect(result.stdout.split('\n')[0]).toMatch(/\(ingen känd dokumenttyp: .*; välj typ med --type\)$/);
    // The info saying so is counted, and listed on request.
    expect(result.stdout).not.toContain('Rubriker och avsnitt kontrollerades inte');
    expect(result.stdout).toContain('1 info visas inte; visa dem med --severity info');
    expect((await runInProcess(['--severity', 'info', temp('brev.txt')])).stdout).toContain('Rubriker och avsnitt kontrollerades inte');
  });

  describe('--severity', () => {
    /** Two infos (a heading as typed, no Jämställdhetsanalys being only a recommendation is a warning), a warning and an error. */
    const MIXED = [
      '# Fritidsgårdarna',
      '',
      '## Förslag till beslut',
      '',
      'Nämnden godkänner förslaget.',
      '',
      '## Bakgrund',
      '',
      'Kvalitetsutmärkelsen har sin utgångspunkt i stadens program för kvalitetsutveckling och är kopplad till stadens integrerade system för ledning och uppföljning av ekonomi och verksamhet, vilket innebär att enheterna som deltar förutom ett systematiskt kvalitetsarbete även ska uppvisa goda resultat inom exempelvis budgethållning. De belönade enheterna ska kännetecknas av ett professionellt ledarskap, engagerade medarbetare och av en levande dialog med brukarna, och för att delta i kvalitetsutmärkelsen ska verksamheten beskriva sitt kvalitetsarbete utifrån en rad frågor och bli godkänd att delta av ansvarig nämnd.',
      '',
      'Under året deltog 286 ungdomar varav 124 flickor och 135 pojkar.',
      '',
    ].join('\n');
    const severities = (stdout: string) => [...stdout.matchAll(/^ {2}\S+ +(fel|varning|info) {2}/gm)].map((match) => match[1]);
    const all = async () => jsonFiles((await runInProcess(['--format', 'json', temp('blandat.md')])).stdout)[0]!.diagnostics;

    beforeAll(async () => {
      await writeFile(temp('blandat.md'), MIXED);
    });

    it('guards the input: the file has errors, warnings and info', async () => {
      const found = new Set((await all()).map((diagnostic) => diagnostic.severity));
      expect([...found].sort()).toEqual(['error', 'info', 'warning']);
    });

    it.each<[string, string[], string[], RegExp | null]>([
      ['default', [], ['fel', 'varning'], /^\d+ info visas inte; visa dem med --severity info$/m],
      ['info', ['--severity', 'info'], ['fel', 'varning', 'info'], null],
      ['warning', ['--severity', 'warning'], ['fel', 'varning'], /^\d+ info visas inte; visa dem med --severity info$/m],
      ['error (Swedish)', ['--severity', 'fel'], ['fel'], /^\d+ (?:varning|varningar) och \d+ info visas inte; visa dem med --severity info$/m],
    ])('%s: lists only those, and counts the rest in one line', async (_name, args, listed, hiddenLine) => {
      const result = await runInProcess([...args, temp('blandat.md')]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(new Set(severities(result.stdout))).toEqual(new Set(listed));
      const lines = result.stdout.trimEnd().split('\n');
      if (hiddenLine) {
        expect(lines.at(-1)).toMatch(hiddenLine);
        expect(result.stdout.match(/visas inte; visa dem/g)).toHaveLength(1);
      } else {
        expect(result.stdout).not.toContain('visas inte');
      }
      // The summary line counts what was listed.
      const summary = hiddenLine ? lines.at(-2)! : lines.at(-1)!;
      expect(summary).toMatch(new RegExp(`^✖ ${severities(result.stdout).length} anmärkningar \\(`));
      expect(summary.includes('info')).toBe(listed.includes('info'));
    });

    it('keeps the JSON complete, whatever --severity says', async () => {
      const complete = await all();
      for (const args of [[], ['--severity', 'error']]) {
        const [file] = jsonFiles((await runInProcess([...args, '--format', 'json', temp('blandat.md')])).stdout);
        expect(file!.diagnostics).toEqual(complete);
      }
    });

    it('follows a severity in the settings file when not given', async () => {
      await mkdir(temp('alla'), { recursive: true });
      await writeFile(temp('alla', 'blandat.md'), MIXED);
      await writeFile(temp('alla', '.utkastkoll.json'), JSON.stringify({ severity: 'info' }));
      const result = await runInProcess([temp('alla', 'blandat.md')]);
      expect(severities(result.stdout)).toContain('info');
      expect(result.stdout).not.toContain('visas inte');
    });

    it('says when nothing is listed but something is hidden', async () => {
      await writeFile(temp('bara-info.md'), `## Bakgrund\n\n${MIXED.split('\n')[8]}\n`);
      const result = await runInProcess(['--type', 'auto', temp('bara-info.md')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('\n  inga fel eller varningar\n');
      expect(result.stdout).toContain('✔ inga fel eller varningar (1 fil)');
    });

    it('refuses an unknown severity', async () => {
      const result = await runInProcess(['--severity', 'allt', temp('blandat.md')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('utkastkoll: okänd allvarlighet "allt"; välj error, warning eller info (se --help)\n');
    });
  });

  it.each([['tu'], ['Tjänsteutlåtande'], ['TJANSTEUTLATANDE']])('takes --type %s', async (type) => {
    const result = await runInProcess(['--format', 'json', '--type', type, temp('utkast.md')]);
    expect(jsonFiles(result.stdout)[0]!.type).toBe('tjansteutlatande');
  });
});

describe('the settings file', () => {
  const plainKeys = async () => jsonFiles((await runInProcess(['--format', 'json', temp('utkast.md')])).stdout)[0]!.diagnostics;

  it('is found in the checked file’s folder or above, and applied by the engine', async () => {
    const before = await plainKeys();
    const sum = before.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    await writeFile(
      temp('nämnd', '.utkastkoll.json'),
      JSON.stringify({
        rules: { readability: 'off', 'goal-wording': 'warning' },
        dismissed: [{ key: sum.key, note: 'Siffrorna kontrolleras' }],
        catalogs: ['mål.json'],
        severity: 'warning',
      }),
    );
    const result = await runInProcess(['--format', 'json', temp('nämnd', 'utkast', 'utkast.md')]);
    expect(result.stderr).toBe('');
    const [file] = jsonFiles(result.stdout);
    expect(file!.dismissed.map((diagnostic) => diagnostic.key)).toEqual([sum.key]);
    expect(file!.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('readability');
    expect(file!.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-wording')?.severity).toBe('warning');
    expect(file!.diagnostics.every((diagnostic) => diagnostic.severity !== 'info')).toBe(true);
    expect(file!.hidden).toBeGreaterThan(0);
    const text = await runInProcess([temp('nämnd', 'utkast', 'utkast.md')]);
    expect(text.stdout).toContain('1 ignorerad anmärkning visas inte');
  });

  it('can be given with --config, and is validated with a Swedish reason', async () => {
    await writeFile(temp('fel.json'), JSON.stringify({ rules: { 'gender-split': 'off' } }));
    const result = await runInProcess(['--config', temp('fel.json'), temp('utkast.md')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^utkastkoll: ${temp('fel.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ogiltiga inställningar: rules\\.gender-split: okänd regel; välj bland `,
      ),
    );
    await writeFile(temp('av.json'), JSON.stringify({ rules: { 'gender-split-sum': 'off' } }));
    const off = jsonFiles((await runInProcess(['--format', 'json', '--config', temp('av.json'), temp('utkast.md')])).stdout)[0]!;
    expect(off.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('gender-split-sum');
  });

  it('works as the README shows it: the example settings and the example nämnd catalog', async () => {
    const result = await runInProcess(['--format', 'json', '--config', 'examples/utkastkoll-installningar.json', 'examples/verksamhetsplan-exempel.md']);
    expect(result.stderr).toBe('');
    const [file] = jsonFiles(result.stdout);
    expect(file!.diagnostics.every((diagnostic) => diagnostic.severity !== 'info' && diagnostic.ruleId !== 'readability')).toBe(true);
    const catalogs = (JSON.parse(result.stdout) as { files: Array<{ catalogs: Array<{ id: string }> }> }).files[0]!.catalogs.map((catalog) => catalog.id);
    expect(catalogs).toEqual(['kf-2020-2022', 'hagersten-liljeholmen-2022']);
  });

  it('is the model the JSON schema in schema/ describes', async () => {
    const schema = JSON.parse(await readFile(join(repoRoot, 'schema', 'utkastkoll-config.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'catalogs', 'dismissed', 'rules', 'severity']);
  });
});

describe('--fix and --fix-dry-run', () => {
  it('applies the safe fixes to a .md file in place and leaves suggestions alone', async () => {
    await writeFile(temp('rätta.md'), DRAFT);
    const result = await runInProcess(['--fix', '--format', 'json', temp('rätta.md')]);
    const fixed = await readFile(temp('rätta.md'), 'utf8');
    expect(fixed).toContain('## Sammanfattning');
    expect(fixed).toContain('Stockholm är en hållbar stad med en god livsmiljö.');
    expect(fixed).toContain('286 ungdomar varav 124 flickor och 135 pojkar');
    const [file] = jsonFiles(result.stdout);
    expect(file!.fixed).toBe(2);
    expect(file!.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(expect.arrayContaining(['gender-split-sum']));
    expect(file!.diagnostics.map((diagnostic) => diagnostic.messageId)).not.toContain('wording');
    expect(result.code).toBe(1);
    const again = await runInProcess(['--fix', '--format', 'json', temp('rätta.md')]);
    expect(jsonFiles(again.stdout)[0]!.fixed).toBe(0);
  });

  it('inserts a missing heading and keeps a Windows-1252 file in Windows-1252', async () => {
    const text = DRAFT.replace(/^## /gm, '').replace('Bakgrund\n\nUnder året deltog 286 ungdomar varav 124 flickor och 135 pojkar.\n\n', '');
    await writeFile(temp('notepad.txt'), Buffer.from(text, 'latin1'));
    await runInProcess(['--fix', temp('notepad.txt')]);
    const bytes = await readFile(temp('notepad.txt'));
    const fixed = new TextDecoder('windows-1252').decode(bytes);
    expect(bytes.includes(0xc3)).toBe(false); // no UTF-8 å/ä/ö
    expect(fixed).toContain('Sammanfattning\n\nFritidsgårdarna öppnar en timme tidigare på lördagar.\n\nBakgrund\n\nÄrendets beredning');
    const check = checkDocument(documentFromText(fixed, 'text'), { type: 'tjansteutlatande' });
    expect(check.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'required-section' && diagnostic.messageId === 'missing')).toEqual([]);
  });

  it('--fix-dry-run prints the fixed text and changes nothing', async () => {
    await writeFile(temp('prov.md'), DRAFT);
    const result = await runInProcess(['--fix-dry-run', temp('prov.md')]);
    expect(await readFile(temp('prov.md'), 'utf8')).toBe(DRAFT);
    expect(result.stdout).toBe(DRAFT.replace('## Sammanfatning', '## Sammanfattning').replace('med god livsmiljö', 'med en god livsmiljö'));
    expect(result.stderr).toBe(`utkastkoll: ${temp('prov.md')}: 2 säkra rättelser\n`);
  });

  it('never rewrites a Word file', async () => {
    const before = await readFile(temp('exempel.docx'));
    const result = await runInProcess(['--fix', temp('exempel.docx')]);
    expect(await readFile(temp('exempel.docx'))).toEqual(before);
    expect(result.stderr).toContain('Word-filer ändras aldrig');
  });
});

describe('--skeleton', () => {
  it.each([['tjansteutlatande'], ['tävlingsbidrag'], ['vp']])('prints an empty %s as Markdown that passes the structure rules', async (type) => {
    const result = await runInProcess(['--skeleton', type]);
    expect(result.code).toBe(0);
    const check = checkDocument(documentFromText(result.stdout, 'markdown'));
    expect(check.type).not.toBeNull();
    expect(check.diagnostics.filter((diagnostic) => ['required-section', 'section-order'].includes(diagnostic.ruleId))).toEqual([]);
  });

  it('writes the goal block of the chosen KF goal verbatim', async () => {
    const result = await runInProcess(['--skeleton', 'verksamhetsplan', '--goal', '1.2']);
    expect(result.stdout).toContain('1. En modern storstad med möjligheter och valfrihet för alla');
    expect(result.stdout).toContain('1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i');
    expect(result.stdout).toContain('| Aktivitet | Startdatum | Slutdatum |');
  });
});

describe('the example settings', () => {
  it('dismiss the finding they name in seed 003', async () => {
    const result = await runInProcess([
      '--format',
      'json',
      '--config',
      'examples/utkastkoll-installningar.json',
      'test/fixtures/seeds/003-tavlingsbidrag-forebyggande.txt',
    ]);
    const [file] = jsonFiles(result.stdout);
    expect(file!.dismissed.map((diagnostic) => diagnostic.ruleId)).toEqual(['gender-split-percent']);
  });
});

describe('Word files of every kind', () => {
  it.each([['mall.dotx'], ['makro.docm']])('reads %s like a .docx', async (name) => {
    await copyFile(join(repoRoot, 'examples', 'tjansteutlatande-exempel.docx'), temp(name));
    const [file] = jsonFiles((await runInProcess(['--format', 'json', temp(name)])).stdout);
    expect(file!.type).toBe('tjansteutlatande');
    expect(file!.diagnostics.some((diagnostic) => diagnostic.ruleId === 'gender-split-sum')).toBe(true);
  });
});
