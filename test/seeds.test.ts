/**
 * The real documents our users write (text extracted from PDFs). Every error and warning
 * the checker gives on them is listed here and was read against the document: these are
 * findings a writer would want, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsAndWarnings } from './helpers/findings';
import { checkDocument, documentFromText, summarize, type CheckResult } from '../shared/index';

const seed = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'seeds', name), 'utf8');

interface Expected {
  type: string;
  /** "line ruleId messageId" for every error and warning. */
  findings: string[];
  /** Sections that must get a LIX value (of their own prose: leaf sections, as a rule). */
  lixFor: string[];
  /** Sections that must not: their text is in sub-sections, or is no prose (a glossary, a statute list). */
  noLixFor?: string[];
}

const expected: Record<string, Expected> = {
  '000-tjansteutlatande-hagersten.txt': {
    type: 'tjansteutlatande',
    findings: ['149 required-section missingRecommended'], // no Jämställdhetsanalys
    lixFor: ['Bakgrund', 'Familjerätt Sydväst', 'Öppen fritidsverksamhet för ungdomar'],
    noLixFor: ['Ärendet'], // a short lead-in; its text is in the two sub-sections
  },
  '001-tjansteutlatande-skarholmen.txt': {
    type: 'tjansteutlatande',
    findings: [],
    lixFor: ['Bakgrund', 'Ärendet', 'Resursenheten', 'Beställarenheten omsorg om äldre'],
    noLixFor: ['Synpunkter och förslag'],
  },
  '002-verksamhetsplan-familjeratt.txt': {
    type: 'verksamhetsplan',
    findings: [], // Uppföljning av ekonomi after the goals is where the template has it
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
    lixFor: ['Om vårt tävlingsbidrag', 'Fråga 1', 'Fråga 12', 'Vi lär av varandra och andra'],
    noLixFor: ['Inledning', 'Ordlista, verksamhetsspecifika ord och begrepp', 'Lagar, förordningar och styrdokument av speciell betydelse för verksamheten'],
  },
  '004-verksamhetsplan-fritid.txt': {
    type: 'verksamhetsplan',
    findings: [
      '254 goal-block-incomplete missingPart', // Enhetsmål "Unga erbjuds feriejobb" without Uppföljning
      '286 goal-block-incomplete missingPart', // last year's Nämndmål without Förväntat resultat
      '384 goal-inconsistent inconsistent', // that Nämndmål again, reworded
      '1762 empty-section empty', // "Budget 2020" with nothing under it
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
    expect(errorsAndWarnings(result)).toEqual(want.findings);
  });

  it('gives LIX per section in the summary', () => {
    const sections = lixSections(result);
    for (const section of want.lixFor) expect(sections).toContain(section);
    for (const section of want.noLixFor ?? []) expect(sections).not.toContain(section);
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

/** The sections the summary gives a LIX, by their template name ("Fråga 12", "Verksamhetsbeskrivning"). */
function lixSections(result: CheckResult): string[] {
  return summarize(result).sections.flatMap((row) => {
    const section = result.outline.sections[row.section];
    if (!row.lix || !section) return [];
    return [section.kind === 'question' ? `Fråga ${section.number}` : (section.spec?.title ?? section.area?.title ?? section.title)];
  });
}

describe('what the seeds say, checked in detail', () => {
  it('003: the gender split that does not add up, with the fix', () => {
    const source = seed('003-tavlingsbidrag-forebyggande.txt');
    const result = checkDocument(documentFromText(source, 'text'));
    const sum = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    expect(source.slice(sum.start, sum.end)).toBe('286 ungdomar \n\nvarav 124 flickor och 135 pojkar');
    expect(sum.data).toMatchObject({ total: 286, sum: 259, parts: '124 + 135' });
    expect(sum.section).toBe('Fältgruppen');
    expect(sum.fixes).toEqual([
      { title: 'Ändra totalen till 259', start: sum.start, end: sum.start + 3, text: '259', safe: false },
      { title: 'Redovisa resten (27) som okänt kön', start: sum.end, end: sum.end, text: ' samt 27 med okänt kön', safe: false },
    ]);
  });

  it('004: the incomplete Enhetsmål names the goal and the missing part', () => {
    const result = checkDocument(documentFromText(seed('004-verksamhetsplan-fritid.txt'), 'text'));
    const incomplete = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-block-incomplete')!;
    expect(incomplete.message).toBe('Enhetsmål ”Unga erbjuds feriejobb” saknar ”Uppföljning”. Lägg till avsnittet.');
    expect(incomplete.section).toBe('Enhetsmål: Unga erbjuds feriejobb');
  });

  it('004: the reworded Nämndmål says where the first wording stands, and offers both as suggestions', () => {
    const result = checkDocument(documentFromText(seed('004-verksamhetsplan-fritid.txt'), 'text'));
    const inconsistent = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-inconsistent')!;
    expect(inconsistent.message).toMatch(/^Målet är formulerat annorlunda än i ”Nämndmål” ovan \(rad 287\): ”Hägersten-Liljeholmen är ett tryggt/);
    expect(inconsistent.related!.map((related) => related.line)).toEqual([287]);
    expect(inconsistent.fixes!.map((fix) => fix.safe)).toEqual([false, false]);
  });

  it('002 and 004: every KF goal is quoted exactly, with the right number', () => {
    for (const file of ['002-verksamhetsplan-familjeratt.txt', '004-verksamhetsplan-fritid.txt']) {
      const result = checkDocument(documentFromText(seed(file), 'text'));
      expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'goal-wording' || diagnostic.ruleId === 'goal-number')).toEqual([]);
    }
  });
});
