/**
 * Documents written by others, not for this tool (test/fixtures/real, with their planted
 * defects in DEFECTS.md): a letterhead and a signature on page 1, a hand-typed text, a
 * contents page, a web copy with one line per page, a plan of 2017, a plan behind a
 * tjänsteutlåtande cover page. Every error and warning is listed and was read against the
 * document; the planted defects must be found. `npm run corpus` prints the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromText } from '../shared/index';

const folder = join(import.meta.dirname, 'fixtures', 'real');

const expected: Record<string, { type: string; findings: string[] }> = {
  'kvalitetsutmarkelsen-med-innehall.txt': {
    type: 'tavlingsbidrag',
    findings: ['86 gender-split-missing missing'], // "cirka 220 besökare per vecka"; the contents page is not read as content
  },
  'kvalitetsutmarkelsen-webbkopia.txt': { type: 'tavlingsbidrag', findings: [] }, // headings run into the text, found where they are
  'tjansteutlatande-handtypat.txt': {
    type: 'tjansteutlatande',
    findings: ['35 gender-split-percent sum'], // 58 % + 48 %; the signature after Bilagor is there
  },
  'tjansteutlatande-letterhead.txt': {
    type: 'tjansteutlatande',
    findings: [
      '89 gender-split-sum mismatch', // 30 + 31 ≠ 64
      '154 required-section missingRecommended', // older template: no Jämställdhetsanalys
    ],
  },
  'verksamhetsplan-2017.txt': { type: 'verksamhetsplan', findings: [] }, // KF goals of budget 2015–2018, not checked against 2020–2022
  'verksamhetsplan-med-forsattsblad.txt': {
    type: 'verksamhetsplan',
    findings: ['186 activity-dates endBeforeStart'], // ends before it starts
  },
};

describe.each(Object.entries(expected))('%s', (file, want) => {
  const result = checkDocument(documentFromText(readFileSync(join(folder, file), 'utf8'), 'text'));

  it(`is detected as ${want.type}`, () => {
    expect(result.type).toBe(want.type);
  });

  it('gives exactly the known errors and warnings', () => {
    const found = result.diagnostics
      .filter((diagnostic) => diagnostic.severity !== 'info')
      .map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId} ${diagnostic.messageId}`);
    expect(found).toEqual(want.findings);
  });
});

describe('what the documents written by others say, checked in detail', () => {
  it('the plan of 2017 says once that its goals were not checked against the 2020–2022 catalog', () => {
    const result = checkDocument(documentFromText(readFileSync(join(folder, 'verksamhetsplan-2017.txt'), 'utf8'), 'text'));
    expect(result.diagnostics.filter((diagnostic) => diagnostic.messageId === 'otherPeriod').map((diagnostic) => diagnostic.message)).toEqual([
      'Målen jämfördes inte med KF:s mål, budget 2020–2022: dokumentet gäller 2017. Kontrollera målen mot budgeten för 2017.',
    ]);
  });

  it('the letterhead is not the title, and the signature on page 1 is the signature', () => {
    const result = checkDocument(documentFromText(readFileSync(join(folder, 'tjansteutlatande-letterhead.txt'), 'utf8'), 'text'));
    expect(result.outline.title?.title).toBe('Förlängning av språkprojektet Läsa, leka, lära i öppna förskolan 2021–2022');
    expect(result.outline.signature.map((index) => result.blocks[index]!.text)).toEqual(['Anna Vikström Jesper Lund', 'Stadsdelsdirektör Avdelningschef']);
  });
});
