/**
 * The years a document is for, from its title lines, and which goal catalogs apply: a plan
 * of another period is not checked against the KF goals of budget 2020–2022.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalogs, checkDocument, documentFromText } from '../../shared/index';
import { catalogApplies, documentYears } from '../../shared/document/period';

const years = (text: string) => documentYears(documentFromText(text, 'text').blocks);

describe('documentYears', () => {
  it.each<[string, string, { from: number; to: number } | null]>([
    ['a plan title', 'Verksamhetsplan 2017\nÄlvsjö hemtjänst\n\nInledning\n\nText.', { from: 2017, to: 2017 }],
    ['a plan title with the unit after the year', 'Verksamhetsplan 2021 för Enheten för ekonomiskt bistånd\n\nInledning', { from: 2021, to: 2021 }],
    ['a plan for several years', 'Verksamhetsplan 2020–2022\n\nInledning', { from: 2020, to: 2022 }],
    ['a short range', 'Verksamhetsplan 2019-21\n\nInledning', { from: 2019, to: 2021 }],
    ['a Kvalitetsutmärkelsen entry', 'Kvalitetsutmärkelsen 2022\nTävlingsbidrag\n\nInledning', { from: 2022, to: 2022 }],
    [
      'after a letterhead',
      'Älvsjö stadsdelsförvaltning\nTjänsteutlåtande\nDnr 1.2-3/2017\n\nVerksamhetsplan 2017 för Älvsjö stadsdelsnämnd\n\nFörslag till beslut',
      { from: 2017, to: 2017 },
    ],
    [
      'a year in running text is not the title',
      'Fritidsgårdarnas öppettider\n\nBakgrund\n\nVerksamhetsplanen för 2017 gav gårdarna längre öppettider under hela året, vilket följdes upp.',
      null,
    ],
    ['a date is not a year of a title', 'Protokoll 2021-03-04\n\nNärvarande', null],
    ['no year', 'Verksamhetsplan för Fältgruppen\n\nInledning', null],
  ])('%s', (_name, text, expected) => {
    expect(years(text)).toEqual(expected);
  });
});

describe('catalogApplies', () => {
  const kf = builtInCatalogs[0]!;
  it.each<[string, { from: number; to: number } | null, boolean]>([
    ['no year known', null, true],
    ['a year in the period', { from: 2021, to: 2021 }, true],
    ['the period’s last year', { from: 2022, to: 2022 }, true],
    ['a period that overlaps', { from: 2022, to: 2024 }, true],
    ['a year before', { from: 2017, to: 2017 }, false],
    ['a year after', { from: 2023, to: 2023 }, false],
  ])('%s', (_name, documentPeriod, applies) => {
    expect(catalogApplies(kf, documentPeriod)).toBe(applies);
  });

  it('applies a catalog without a period to every year', () => {
    const { period: _period, ...timeless } = kf;
    expect(catalogApplies(timeless, { from: 2017, to: 2017 })).toBe(true);
  });
});

describe('a plan of another period', () => {
  const plan2017 = [
    'Verksamhetsplan 2017',
    'Älvsjö hemtjänst',
    '',
    'KF:s inriktningsmål:',
    '1. Ett Stockholm som håller samman',
    '',
    'KF:s mål för verksamhetsområdet:',
    '1.6 Äldre har tillgång till god vård och omsorg',
    '',
  ].join('\n');

  it('is not checked against the 2020–2022 goals, and says so once', () => {
    const result = checkDocument(documentFromText(plan2017, 'text'), { type: 'verksamhetsplan' });
    expect(result.diagnostics.filter((diagnostic) => ['goal-wording', 'goal-number', 'goal-statements'].includes(diagnostic.ruleId))).toEqual([]);
    const notes = result.diagnostics.filter((diagnostic) => diagnostic.messageId === 'otherPeriod');
    expect(notes.map((note) => [note.severity, note.message])).toEqual([
      ['info', 'Målen jämfördes inte med KF:s mål, budget 2020–2022: dokumentet gäller 2017. Kontrollera målen mot budgeten för 2017.'],
    ]);
    expect(result.catalogs).toEqual([]);
  });

  it('is not asked for the parts of the 2020–2022 template under its goals', () => {
    const result = checkDocument(documentFromText(plan2017 + '\nNämndmål:\nÄldre i Älvsjö får god vård och omsorg\n', 'text'), { type: 'verksamhetsplan' });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.messageId === 'missingPart' || diagnostic.messageId === 'missingChild')).toEqual([]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.messageId === 'otherTemplate').map((diagnostic) => diagnostic.message)).toEqual([
      'Mallen för verksamhetsplan gäller 2020–2022 och dokumentet 2017: bara huvudavsnitten kontrollerades, inte delarna under dem.',
    ]);
    const in2021 = checkDocument(documentFromText((plan2017 + '\nNämndmål:\nÄldre i Älvsjö får god vård och omsorg\n').replace('2017', '2021'), 'text'), {
      type: 'verksamhetsplan',
    });
    expect(in2021.diagnostics.filter((diagnostic) => diagnostic.messageId === 'missingPart').map((diagnostic) => diagnostic.data?.missing)).toEqual([
      'Beskrivning',
      'Förväntat resultat',
    ]);
  });

  it('is checked against them when the plan is of their period', () => {
    const result = checkDocument(documentFromText(plan2017.replace('Verksamhetsplan 2017', 'Verksamhetsplan 2021'), 'text'), { type: 'verksamhetsplan' });
    expect(result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'goal-wording' || diagnostic.ruleId === 'goal-number')).toBe(true);
    expect(result.diagnostics.some((diagnostic) => diagnostic.messageId === 'otherPeriod')).toBe(false);
    expect(result.catalogs.map((catalog) => catalog.id)).toEqual(['kf-2020-2022']);
  });
});
