/**
 * The real documents our users write (text extracted from PDFs). Every error and warning
 * the checker gives on them is listed here and was read against the document: these are
 * findings a writer would want, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromText } from '../shared/index';

const seed = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'seeds', name), 'utf8');

interface Expected {
  type: string;
  /** "line ruleId messageId" for every error and warning. */
  findings: string[];
  /** Sections that must get a LIX value. */
  lixFor: string[];
}

const expected: Record<string, Expected> = {
  '000-tjansteutlatande-hagersten.txt': {
    type: 'tjansteutlatande',
    findings: ['149 required-section missingRecommended'], // no Jämställdhetsanalys
    lixFor: ['Bakgrund', 'Ärendet'],
  },
  '001-tjansteutlatande-skarholmen.txt': {
    type: 'tjansteutlatande',
    findings: [],
    lixFor: ['Bakgrund', 'Ärendet', 'Synpunkter och förslag'],
  },
  '002-verksamhetsplan-familjeratt.txt': {
    type: 'verksamhetsplan',
    findings: ['1015 section-order misplaced'], // Uppföljning av ekonomi after the goals, not in Inledning
    lixFor: ['Verksamhetsbeskrivning', 'Medarbetarnas delaktighet'],
  },
  '003-tavlingsbidrag-forebyggande.txt': {
    type: 'tavlingsbidrag',
    findings: [
      '309 gender-split-sum mismatch', // 286 ungdomar varav 124 flickor och 135 pojkar
      '339 gender-split-percent sum', // 97 % … kvinnor, 50 % män
      '3229 gender-split-missing missing', // 14 barn, in Resultat och analys
      '4625 required-section missingQuestion', // question 24 is referred to but not answered
    ],
    lixFor: ['Om vårt tävlingsbidrag', 'Fråga 1', 'Fråga 23'],
  },
  '004-verksamhetsplan-fritid.txt': {
    type: 'verksamhetsplan',
    findings: [
      '254 goal-block-incomplete missingPart', // Enhetsmål "Unga erbjuds feriejobb" without Uppföljning
      '286 goal-block-incomplete missingPart', // last year's Nämndmål without Förväntat resultat
      '384 goal-inconsistent inconsistent', // that Nämndmål again, reworded
      '1745 section-order misplaced',
      '1757 section-order misplaced',
    ],
    lixFor: ['Verksamhetsidé och värdegrund', 'Verksamhetsbeskrivning'],
  },
};

describe.each(Object.entries(expected))('%s', (file, want) => {
  const result = checkDocument(documentFromText(seed(file), 'text'));

  it(`is detected as ${want.type}`, () => {
    expect(result.type).toBe(want.type);
  });

  it('gives exactly the known errors and warnings', () => {
    const found = result.diagnostics
      .filter((diagnostic) => diagnostic.severity !== 'info')
      .map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId} ${diagnostic.messageId}`);
    expect(found).toEqual(want.findings);
  });

  it('gives LIX per section', () => {
    const sections = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'readability').map((diagnostic) => diagnostic.data!.section);
    for (const section of want.lixFor) expect(sections).toContain(section);
  });

  it('only gives diagnostics whose offsets lie in the source, with matching line and column', () => {
    const source = seed(file);
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.start).toBeGreaterThanOrEqual(0);
      expect(diagnostic.end).toBeLessThanOrEqual(source.length);
      const before = source.slice(0, diagnostic.start);
      expect(diagnostic.line).toBe(before.split('\n').length);
      expect(diagnostic.column).toBe(diagnostic.start - (before.lastIndexOf('\n') + 1) + 1);
    }
  });
});

describe('what the seeds say, checked in detail', () => {
  it('003: the gender split that does not add up, with the fix', () => {
    const source = seed('003-tavlingsbidrag-forebyggande.txt');
    const result = checkDocument(documentFromText(source, 'text'));
    const sum = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    expect(source.slice(sum.start, sum.end)).toBe('286 ungdomar \n\nvarav 124 flickor och 135 pojkar');
    expect(sum.data).toMatchObject({ total: 286, sum: 259, parts: '124 + 135' });
    expect(sum.section).toBe('Fältgruppen');
    expect(sum.fixes).toEqual([{ title: 'Ändra totalen till 259', start: sum.start, end: sum.start + 3, text: '259', safe: false }]);
  });

  it('004: the incomplete Enhetsmål names the goal and the missing part', () => {
    const result = checkDocument(documentFromText(seed('004-verksamhetsplan-fritid.txt'), 'text'));
    const incomplete = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-block-incomplete')!;
    expect(incomplete.message).toBe('Enhetsmål ”Unga erbjuds feriejobb” saknar ”Uppföljning”. Lägg till avsnittet.');
    expect(incomplete.section).toBe('Enhetsmål: Unga erbjuds feriejobb');
  });

  it('002 and 004: every KF goal is quoted exactly, with the right number', () => {
    for (const file of ['002-verksamhetsplan-familjeratt.txt', '004-verksamhetsplan-fritid.txt']) {
      const result = checkDocument(documentFromText(seed(file), 'text'));
      expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'goal-wording' || diagnostic.ruleId === 'goal-number')).toEqual([]);
    }
  });
});
