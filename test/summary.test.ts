/**
 * The summary every view renders (shared/summary): counts, families, sections with their
 * paths and LIX, the readiness verdict, several files, and that it is plain JSON-safe data.
 * Also: the Swedish UI words (shared/data/ui.json) exist in one place only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromText, familyNames, lixStats, type CheckResult, type Diagnostic } from '../shared/index';
import { countPhrase, countsPhrase, UiWords, uiWords } from '../shared/data/ui';
import { readiness, summarize, summarizeFiles, type SectionSummary } from '../shared/summary/index';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const seed = (name: string) => checkDocument(documentFromText(read(`test/fixtures/seeds/${name}`), 'text'));

const seed003 = seed('003-tavlingsbidrag-forebyggande.txt');
/** No errors, one warning. */
const seed000 = seed('000-tjansteutlatande-hagersten.txt');
const empty = checkDocument(documentFromText('', 'markdown'), { rules: [] });
const summary003 = summarize(seed003);

/** A paragraph before the first heading, with a split that does not add up: findings outside every section. */
const beforeHeadings = checkDocument(
  documentFromText(
    [
      'Under 2021 deltog 286 ungdomar varav 124 flickor och 135 pojkar.',
      '',
      '## Förslag till beslut',
      'Nämnden godkänner.',
      '',
      '## Ärendet',
      'Under 2021 deltog 40 ungdomar varav 23 flickor och 15 pojkar.',
      '',
    ].join('\n'),
    'markdown',
  ),
);

const readabilityOf = (result: CheckResult) => result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'readability');
const count = (result: CheckResult, predicate: (diagnostic: Diagnostic) => boolean) => result.diagnostics.filter(predicate).length;

describe('summarize: counts and families on seed 003', () => {
  it('counts every diagnostic by severity', () => {
    expect(summary003.counts).toEqual({ error: 2, warning: 2, info: count(seed003, (diagnostic) => diagnostic.severity === 'info') });
    expect(summary003.total).toBe(seed003.diagnostics.length);
    expect(summary003.type).toBe('tavlingsbidrag');
    expect(summary003.typeName).toBe('Tävlingsbidrag till Kvalitetsutmärkelsen');
  });

  const infos = readabilityOf(seed003).length;
  it.each([
    ['struktur', 'Rubriker och avsnitt', { error: 1, warning: 0, info: 0 }],
    ['kon', 'Könsuppdelad statistik', { error: 1, warning: 2, info: 0 }],
    ['mal', 'Målformuleringar', { error: 0, warning: 0, info: 0 }],
    ['ovrigt', 'Övrigt', { error: 0, warning: 0, info: infos }],
  ] as const)('family %s (%s): %o', (family, name, counts) => {
    expect(summary003.families.find((row) => row.family === family)).toEqual({ family, name, counts });
  });

  it('lists every family in registry order, zeros included, names from ui.json', () => {
    expect(summary003.families.map((row) => row.family)).toEqual(Object.keys(uiWords.families));
    expect(summary003.families.map((row) => row.name)).toEqual(Object.values(uiWords.families));
  });

  it('puts a rule outside the registry under "Övriga regler", last', () => {
    const own: Diagnostic = { ...seed000.diagnostics[0]!, ruleId: 'egen-regel', severity: 'warning', message: 'Egen.', messageId: 'own' };
    const summary = summarize({ ...seed000, diagnostics: [...seed000.diagnostics, own] });
    expect(summary.families.at(-1)).toEqual({ family: 'other', name: 'Övriga regler', counts: { error: 0, warning: 1, info: 0 } });
    expect(summarize(seed000).families.some((row) => row.family === 'other')).toBe(false);
  });
});

describe('summarize: sections', () => {
  it('has one row per outline section in document order (no findings outside sections here)', () => {
    expect(summary003.sections.map((row) => row.section)).toEqual(seed003.outline.sections.map((_, index) => index));
    expect(summary003.sections.some((row) => row.kind === 'outside')).toBe(false);
  });

  const inledning = ['Inledning', 'Ungefärligt antal brukare/kunder, könsuppdelat'];
  const fraga14 = ['Resultat och analys', '14. Resultat från förra årets uppföljningar, analys av utvecklingen över tid'];
  // [name, occurrence, expected part of the row]
  it.each<[string, number, Partial<SectionSummary>]>([
    // A section whose text is all in its sub-sections has no LIX of its own (each text is counted once).
    ['Inledning', 0, { path: [], depth: 0, kind: 'known', counts: { error: 0, warning: 0, info: 0 } }],
    ['Fältgruppen', 0, { path: inledning, depth: 2, kind: 'generic', counts: { error: 1, warning: 0, info: 0 } }],
    ['Föräldrarådgivare', 0, { path: inledning, depth: 2, counts: { error: 0, warning: 1, info: 0 } }],
    ['Familjestödet', 0, { path: fraga14, depth: 2, counts: { error: 0, warning: 1, info: 0 }, lix: expect.objectContaining({ value: 47, words: 193 }) }],
    ['Målgrupp', 0, { path: [], depth: 0, kind: 'area' }],
    ['Målgrupp', 1, { path: [], depth: 0, kind: 'area' }],
    // Repeated names get their own LIX.
    ['Föräldrarådgivare', 1, { depth: 2, lix: expect.objectContaining({ value: 47, words: 237, band: 'medelsvår', bandId: 'medelsvar', hard: false }) }],
    ['Föräldrarådgivare', 2, { depth: 2, lix: expect.objectContaining({ value: 49, words: 300 }) }],
    [
      '23. Hur vi delar med oss av goda exempel, lär av andra',
      0,
      { path: ['Utveckling'], depth: 1, kind: 'question', counts: { error: 1, warning: 0, info: 0 } },
    ],
    [
      'Vi lär av varandra och andra',
      0,
      { path: ['Utveckling', '23. Hur vi delar med oss av goda exempel, lär av andra'], depth: 2, lix: expect.objectContaining({ value: 44 }) },
    ],
    // Mycket svår: its LIX, and the readability finding in its counts.
    [
      'Förebyggande stöd',
      0,
      {
        depth: 2,
        counts: { error: 0, warning: 0, info: 1 },
        lix: expect.objectContaining({ value: 65, band: 'mycket svår', bandId: 'mycket-svar', hard: true }),
      },
    ],
    // A glossary and a list of statutes are no prose.
    ['Ordlista, verksamhetsspecifika ord och begrepp', 0, { depth: 1 }],
    ['Lagar, förordningar och styrdokument av speciell betydelse för verksamheten', 0, { depth: 1 }],
  ])('%s (#%i)', (name, occurrence, expected) => {
    const row = summary003.sections.filter((candidate) => candidate.name === name)[occurrence];
    expect(row).toMatchObject(expected);
    if (!('lix' in expected)) expect(row).not.toHaveProperty('lix');
  });

  it('points each row at its heading', () => {
    for (const row of summary003.sections) {
      const section = seed003.outline.sections[row.section]!;
      const block = seed003.blocks[section.heading]!;
      expect(row.heading).toEqual({ block: section.heading, start: block.start, end: block.end });
    }
  });

  it('places every finding, readability too, in exactly one row; a readability finding stands where its section’s LIX is', () => {
    const placed = summary003.sections.flatMap((row) => row.findings).sort((a, b) => a - b);
    expect(placed).toEqual(seed003.diagnostics.map((_, index) => index));
    for (const row of summary003.sections) {
      const counted = { error: 0, warning: 0, info: 0 };
      for (const index of row.findings) counted[seed003.diagnostics[index]!.severity]++;
      expect(row.counts).toEqual(counted);
    }
    expect(readabilityOf(seed003).length).toBeGreaterThan(0);
    for (const diagnostic of readabilityOf(seed003)) {
      const index = seed003.diagnostics.indexOf(diagnostic);
      const row = summary003.sections.find((candidate) => candidate.findings.includes(index));
      expect(row?.lix, diagnostic.message).toEqual({
        value: diagnostic.data!['lix'],
        band: diagnostic.data!['band'],
        bandId: diagnostic.data!['bandId'],
        words: diagnostic.data!['words'],
        hard: true,
      });
    }
    // Every mycket svår section has its finding, and only those.
    const veryHard = summary003.sections.filter((row) => row.lix && row.lix.value >= 60);
    expect(veryHard.map((row) => row.section)).toEqual(
      readabilityOf(seed003).map((diagnostic) => summary003.sections.find((row) => row.findings.includes(seed003.diagnostics.indexOf(diagnostic)))!.section),
    );
  });

  it('gives a LIX only from 60 words of prose, and the whole text’s LIX over the same prose', () => {
    const withLix = summary003.sections.filter((row) => row.lix);
    expect(withLix.length).toBeGreaterThan(40);
    for (const row of withLix) expect(row.lix!.words).toBeGreaterThanOrEqual(60);
    const sum = withLix.reduce((total, row) => total + row.lix!.words, 0);
    expect(summary003.lix!.words).toBeGreaterThanOrEqual(sum);
    // Tables, lists, glossary entries and statutes are not in it: well under the text's every word.
    const everyWord = seed003.blocks.reduce((total, block) => total + lixStats(block.text).words, 0);
    expect(summary003.lix!.words).toBeLessThan(everyWord * 0.9);
  });

  it('counts the sections with findings and gives the whole document a LIX', () => {
    expect(summary003.sectionsWithFindings).toBe(4 + readabilityOf(seed003).length);
    expect(summary003.lix).toMatchObject({ value: expect.any(Number), band: expect.any(String), bandId: expect.any(String), hard: expect.any(Boolean) });
    expect(summary003.lix!.words).toBeGreaterThan(10_000);
    expect(summarize(empty)).not.toHaveProperty('lix');
  });

  it('puts findings before the first heading in a row of their own, first', () => {
    const summary = summarize(beforeHeadings);
    const [outside, ...rows] = summary.sections;
    expect(outside).toEqual({
      section: -1,
      name: 'Utanför avsnitten',
      path: [],
      depth: 0,
      kind: 'outside',
      counts: { error: 2, warning: 0, info: 0 },
      findings: [0, 1],
    });
    expect(rows.map((row) => row.name)).toEqual(['Förslag till beslut', 'Ärendet']);
    expect(beforeHeadings.diagnostics[1]!.message).toContain('Delarna (124 + 135 = 259)');
    expect(summary.sectionsWithFindings).toBe(1);
  });

  it('has no rows for a document without sections', () => {
    expect(summarize(empty).sections).toEqual([]);
  });
});

describe('readiness', () => {
  it.each([
    [{ error: 2, warning: 0, info: 5 }, 'not-ready', 'Inte klar att skicka', 'Inte klar att skicka: 2 fel behöver rättas.'],
    [{ error: 1, warning: 1, info: 0 }, 'not-ready', 'Inte klar att skicka', 'Inte klar att skicka: 1 fel behöver rättas och 1 varning bör ses över.'],
    [{ error: 0, warning: 3, info: 1 }, 'almost-ready', 'Nästan klar', 'Nästan klar: se över 3 varningar.'],
    [{ error: 0, warning: 1, info: 0 }, 'almost-ready', 'Nästan klar', 'Nästan klar: se över 1 varning.'],
    [{ error: 0, warning: 0, info: 7 }, 'ready', 'Klar att skicka', 'Klar att skicka: inga fel eller varningar.'],
    [{ error: 0, warning: 0, info: 0 }, 'ready', 'Klar att skicka', 'Klar att skicka: inga fel eller varningar.'],
  ] as const)('%o → %s', (counts, verdict, title, sentence) => {
    expect(readiness(counts)).toEqual({ verdict, title, sentence });
  });

  const nothingFound = checkDocument(documentFromText(read('test/fixtures/seeds/003-tavlingsbidrag-forebyggande.txt'), 'text'), { rules: [] });
  it.each([
    ['errors (seed 003)', seed003, 'not-ready'],
    ['only warnings (seed 000)', seed000, 'almost-ready'],
    ['only info', { ...seed003, diagnostics: readabilityOf(seed003) }, 'ready'],
    ['nothing found', nothingFound, 'ready'],
    ['an empty document', empty, 'ready'],
  ] as const)('of a result with %s: %s', (_name, result, verdict) => {
    expect(summarize(result).readiness.verdict).toBe(verdict);
  });
});

describe('summarizeFiles', () => {
  const files = [
    { file: '003.txt', result: seed003 },
    { file: '000.txt', result: seed000 },
    { file: 'tom.md', result: empty },
  ];
  const overall = summarizeFiles(files);

  it('keeps each file’s own summary, in order', () => {
    expect(overall.files.map((entry) => entry.file)).toEqual(['003.txt', '000.txt', 'tom.md']);
    files.forEach(({ result }, index) => expect(overall.files[index]!.summary).toEqual(summarize(result)));
  });

  it('adds up counts and families, and judges the set by its worst file', () => {
    const summaries = files.map(({ result }) => summarize(result));
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect(overall.counts[severity]).toBe(summaries.reduce((sum, summary) => sum + summary.counts[severity], 0));
      overall.families.forEach((row, index) => {
        expect(row.counts[severity]).toBe(summaries.reduce((sum, summary) => sum + summary.families[index]!.counts[severity], 0));
      });
    }
    expect(overall.total).toBe(seed003.diagnostics.length + seed000.diagnostics.length);
    expect(overall.verdicts).toEqual({ 'not-ready': 1, 'almost-ready': 1, ready: 1 });
    expect(overall.readiness.verdict).toBe('not-ready');
  });

  it('of no files is ready, with every family at zero', () => {
    const none = summarizeFiles([]);
    expect(none.readiness.verdict).toBe('ready');
    expect(none.families.map((row) => row.counts)).toEqual(Object.keys(uiWords.families).map(() => ({ error: 0, warning: 0, info: 0 })));
  });
});

describe('the summary is plain data', () => {
  const cases: Array<[string, unknown]> = [
    ['seed 003', summary003],
    ['findings outside sections', summarize(beforeHeadings)],
    ['an empty document', summarize(empty)],
    [
      'several files',
      summarizeFiles([
        { file: 'a', result: seed003 },
        { file: 'b', result: empty },
      ]),
    ],
  ];

  it.each(cases)('%s survives JSON.stringify and structuredClone unchanged', (_name, summary) => {
    expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary);
    expect(structuredClone(summary)).toStrictEqual(summary);
  });

  it.each(cases)('%s holds only plain objects, arrays, strings, finite numbers, booleans and null, and no HTML', (_name, summary) => {
    const visit = (value: unknown, path: string): void => {
      if (value === null) return;
      if (typeof value === 'string') expect(value, path).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
      else if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
      else if (typeof value === 'boolean') return;
      else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
      else {
        expect(value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype, path).toBe(true);
        for (const [key, item] of Object.entries(value as object)) visit(item, `${path}.${key}`);
      }
    };
    visit(summary, '$');
  });

  it('is the same for the same result', () => {
    expect(summarize(seed003)).toStrictEqual(summary003);
  });
});

describe('the UI words (shared/data/ui.json)', () => {
  it.each([
    ['error', 0, '0 fel'],
    ['error', 2, '2 fel'],
    ['warning', 1, '1 varning'],
    ['warning', 3, '3 varningar'],
    ['warning', 0, '0 varningar'],
    ['info', 1, '1 info'],
    ['info', 4, '4 info'],
  ] as const)('countPhrase(%s, %i) is "%s"', (severity, n, phrase) => {
    expect(countPhrase(severity, n)).toBe(phrase);
  });

  it.each([
    [{ error: 2, warning: 1, info: 0 }, {}, '2 fel, 1 varning, 0 info'],
    [{ error: 2, warning: 1, info: 0 }, { omitZero: true }, '2 fel, 1 varning'],
    [{ error: 0, warning: 0, info: 0 }, { omitZero: true }, ''],
  ] as const)('countsPhrase(%o, %o) is "%s"', (counts, options, phrase) => {
    expect(countsPhrase(counts, options)).toBe(phrase);
  });

  it('has the severity labels and plurals', () => {
    expect(Object.values(uiWords.severities).map((words) => [words.name, words.label, words.labelPlural])).toEqual([
      ['fel', 'Fel', 'Fel'],
      ['varning', 'Varning', 'Varningar'],
      ['info', 'Info', 'Info'],
    ]);
  });

  it('names the families as the rules core does', () => {
    expect(uiWords.families).toEqual(familyNames);
    expect(Object.keys(uiWords.families)).toEqual(Object.keys(familyNames));
  });

  it.each([
    ['a misspelt placeholder', (words: any) => (words.readiness['not-ready'].sentence = 'Inte klar: {fel} behöver rättas.')],
    ['a missing placeholder', (words: any) => (words.readiness['almost-ready'].sentence = 'Nästan klar.')],
    ['a missing severity', (words: any) => delete words.severities.info],
    ['an empty family name', (words: any) => (words.families.kon = ' ')],
  ])('rejects data with %s', (_name, spoil) => {
    const words = JSON.parse(read('shared/data/ui.json'));
    expect(UiWords.safeParse(words).success).toBe(true);
    spoil(words);
    expect(UiWords.safeParse(words).success).toBe(false);
  });
});

describe('the UI words exist once', () => {
  // Every view: the command line, the shared UI (the HTML report, the panes' components), the Word add-in and the extension.
  const sources = ['cli', 'shared', 'scripts', 'ui', 'word-addin', 'extension']
    .filter((directory) => existsSync(join(root, directory)))
    .flatMap((directory) => files(join(root, directory)))
    .filter((file) => /\.(ts|tsx|json)$/.test(file) && !file.includes(`${sep}node_modules${sep}`) && !file.includes(`${sep}.output${sep}`));
  const code = (file: string) => (file.endsWith('.ts') ? stripComments(readFileSync(file, 'utf8')) : readFileSync(file, 'utf8'));
  const UI_JSON = join(root, 'shared', 'data', 'ui.json');
  const DOCTYPES_JSON = join(root, 'shared', 'data', 'doctypes.json');
  /** Until its familyNames re-exports ui.json's families. */

  it('has sources to look at', () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources).toContain(UI_JSON);
  });

  it.each([
    ['the plural "varningar"', /varningar/i],
    ['a severity word as a whole string', /(['"`])(fel|varning|Fel|Varning|Info)\1/],
    ['"Utanför avsnitten"', /Utanför avsnitten/],
    ['"Övriga regler"', /Övriga regler/],
    ['a readiness title', /Inte klar att skicka|Nästan klar|Klar att skicka/],
    // As a whole string: a message may use the words ("Rubriker och avsnitt kontrollerades inte").
    // A template's heading is the document's word, not the UI's: a verksamhetsplan ends with "Övrigt".
    ['a rule family name', /(['"`])(Rubriker och avsnitt|Könsuppdelad statistik|Målformuleringar|Övrigt)\1/, [DOCTYPES_JSON]],
  ])('%s is only in shared/data/ui.json', (_name, pattern, allowed: string[] = []) => {
    const found = sources.filter((file) => file !== UI_JSON && !allowed.includes(file) && pattern.test(code(file))).map((file) => relative(root, file));
    expect(found).toEqual([]);
  });
});

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}
