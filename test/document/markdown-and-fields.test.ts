import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromFields, documentFromText, locateInFields, toSourceEnd, toSourceOffset } from '../../shared/index';
import { parseMarkdown } from '../../shared/readers/markdown';

describe('labelled paragraphs in Markdown', () => {
  it('splits "Nämndmål: text" into the label and the goal, offsets still pointing into the source', () => {
    const source = '# Plan\n\n**Nämndmål:** Invånarna i *Skärholmen* är trygga\n\nObs: detta är en vanlig mening.';
    const blocks = documentFromText(source, 'markdown').blocks;
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Plan'],
      ['heading', 'Nämndmål:'],
      ['paragraph', 'Invånarna i Skärholmen är trygga'],
      ['paragraph', 'Obs: detta är en vanlig mening.'],
    ]);
    const [, label, goal] = blocks;
    expect(source.slice(toSourceOffset(label!, 0), toSourceEnd(label!, 8))).toBe('Nämndmål');
    const at = goal!.text.indexOf('Skärholmen');
    expect(source.slice(toSourceOffset(goal!, at), toSourceEnd(goal!, at + 'Skärholmen'.length))).toBe('Skärholmen');
    expect(source.slice(toSourceOffset(goal!, 0), toSourceEnd(goal!, goal!.text.length))).toBe('Invånarna i *Skärholmen* är trygga');
  });
});

describe('parseMarkdown', () => {
  it('reads headings with levels, paragraphs, bullets, numbered items and tables', () => {
    const source = [
      '# Inledning',
      '',
      'Ett stycke som',
      'fortsätter här.',
      '',
      'Verksamhetsidé',
      '--------------',
      '',
      '- en punkt',
      '* en till',
      '1. En modern storstad med möjligheter och valfrihet för alla',
      '',
      '| Aktivitet | Startdatum | Slutdatum |',
      '|---|:---:|---|',
      '| Plast \\| kartong | 2020-01-01 | 2020-12-31 |',
    ].join('\n');
    const blocks = parseMarkdown(source).blocks;
    expect(blocks.map((block) => [block.kind, block.level ?? null, block.text])).toEqual([
      ['heading', 1, 'Inledning'],
      ['paragraph', null, 'Ett stycke som fortsätter här.'],
      ['heading', 2, 'Verksamhetsidé'],
      ['listItem', null, 'en punkt'],
      ['listItem', null, 'en till'],
      ['listItem', null, '1. En modern storstad med möjligheter och valfrihet för alla'],
      ['tableRow', null, 'Aktivitet\tStartdatum\tSlutdatum'],
      ['tableRow', null, 'Plast \\| kartong\t2020-01-01\t2020-12-31'],
    ]);
    const row = blocks.at(-1)!;
    expect(row.cells!.map((cell) => cell.text)).toEqual(['Plast \\| kartong', '2020-01-01', '2020-12-31']);
    const date = row.cells![2]!;
    expect(source.slice(toSourceOffset(row, date.start), toSourceOffset(row, date.end))).toBe('2020-12-31');
  });

  it('strips emphasis, code and links but keeps offsets pointing at the words', () => {
    const source = '## **Nämndmål**\nSe [stadens budget](https://example.invalid) och `koden` för *mer*.';
    const [heading, paragraph] = parseMarkdown(source).blocks;
    expect(heading!.text).toBe('Nämndmål');
    expect(paragraph!.text).toBe('Se stadens budget och koden för mer.');
    const at = paragraph!.text.indexOf('budget');
    expect(source.slice(toSourceOffset(paragraph!, at), toSourceOffset(paragraph!, at) + 6)).toBe('budget');
    const more = paragraph!.text.indexOf('mer');
    expect(source.slice(toSourceOffset(paragraph!, more), toSourceOffset(paragraph!, more) + 3)).toBe('mer');
  });

  it('ignores fenced code', () => {
    expect(parseMarkdown('Text.\n```\n# Inte en rubrik\n```\nMer.').blocks.map((block) => block.text)).toEqual(['Text.', 'Mer.']);
  });
});

describe('documentFromFields (a web form as one document)', () => {
  const fields = [
    { id: 'namndmal', label: 'Nämndmål', value: 'Invånarna är självförsörjande' },
    { id: 'beskrivning', label: 'Beskrivning', value: 'Vi hjälper 130 ungdomar\n- till feriejobb\n\nVi följer upp.' },
    { id: 'forvantat', label: 'Förväntat resultat', value: '' },
  ];

  it('makes labels headings and values paragraphs and list items', () => {
    const document = documentFromFields(fields);
    expect(document.blocks.map((block) => [block.kind, block.text, block.field])).toEqual([
      ['heading', 'Nämndmål', 'namndmal'],
      ['paragraph', 'Invånarna är självförsörjande', 'namndmal'],
      ['heading', 'Beskrivning', 'beskrivning'],
      ['paragraph', 'Vi hjälper 130 ungdomar', 'beskrivning'],
      ['listItem', 'till feriejobb', 'beskrivning'],
      ['paragraph', 'Vi följer upp.', 'beskrivning'],
      ['heading', 'Förväntat resultat', 'forvantat'],
    ]);
  });

  it('is checked like any document, and findings map back to the field and offset', () => {
    const document = documentFromFields(fields);
    const result = checkDocument(document, { type: 'verksamhetsplan' });
    const missing = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-missing');
    expect(missing).toBeDefined();
    expect(locateInFields(document, missing!.start)).toEqual({ field: 'beskrivning', offset: 'Vi hjälper '.length });
    expect(result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'empty-section' && diagnostic.message.includes('Förväntat resultat'))).toBe(true);
  });
});

describe('tables typed into a form field', () => {
  it('reads "a | b | c" lines as a table, the first as its header, cells mapping back to the value', () => {
    const value = 'Vi informerar på skolorna.\nAktivitet | Startdatum | Slutdatum\n|---|---|---|\nFeriejobb | 2021-06-30 | 2021-01-15';
    const document = documentFromFields([{ id: 'arbetssatt', label: 'Arbetssätt', value }]);
    const rows = document.blocks.filter((block) => block.kind === 'tableRow');
    expect(rows.map((row) => [row.header, row.cells!.map((cell) => cell.text)])).toEqual([
      [true, ['Aktivitet', 'Startdatum', 'Slutdatum']],
      [undefined, ['Feriejobb', '2021-06-30', '2021-01-15']],
    ]);
    const dates = checkDocument(document, { type: 'verksamhetsplan' }).diagnostics.find((diagnostic) => diagnostic.ruleId === 'activity-dates')!;
    expect(dates.messageId).toBe('endBeforeStart');
    expect(locateInFields(document, dates.start)).toEqual({ field: 'arbetssatt', offset: value.indexOf('2021-06-30') });
  });
});
