/**
 * Hostile and odd input must not hang or crash the core (no regular expression with
 * catastrophic backtracking, no quadratic loop). These are hang guards with a generous
 * timeout, not speed tests: speed is measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromText } from '../shared/index';

const repeat = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);
const SIZE = 200_000;

const inputs: Array<[string, string]> = [
  ['digits and spaces on one line', repeat('1 2 3 ', SIZE)],
  ['numbers without spaces', repeat('1.', SIZE)],
  ['counts without spaces', repeat('12flickor,13pojkar;', SIZE)],
  ['one endless number with thousands', repeat('1 000 ', SIZE)],
  ['dots', repeat('.', SIZE)],
  ['hyphens', repeat('-', SIZE)],
  ['hyphenated line ends', repeat('stöd-\nsamtal ', SIZE)],
  ['a word without spaces', repeat('a', SIZE)],
  ['colons and labels', repeat('Nämndmål: ', SIZE)],
  ['label lines', repeat('Nämndmål:\n', SIZE)],
  ['short title lines', repeat('Kvalitetsobservationer\n', SIZE)],
  ['quotes that never close', repeat('”Stockholm är en ', SIZE)],
  ['numbers in quotes', repeat('”2.5 Stockholm” ', SIZE)],
  ['gender parts without end', repeat('12 flickor och 13 pojkar, ', SIZE)],
  ['varav without total', repeat('varav 1 flicka och ', SIZE)],
  ['percent signs', repeat('10 % kvinnor 10 % män ', SIZE)],
  ['table header repeated', repeat('Aktivitet Startdatum Slutdatum\n', SIZE)],
  ['table rows without dates', 'Aktivitet Startdatum Slutdatum\n' + repeat('Text utan datum\n', SIZE)],
  ['page numbers', repeat('Sida 1 (2)\n', SIZE)],
  ['blank lines with spaces', repeat(' \n\n', SIZE)],
  ['markdown pipes', repeat('| a ', SIZE)],
  ['markdown emphasis', repeat('*_`[', SIZE)],
  ['numbered questions', repeat('1. Fråga\n', SIZE)],
  ['unicode soup', repeat('ÅÄÖé\u0301\u00a0\u202f\ufeff\u2028', SIZE)],
];

describe.each(['text', 'markdown'] as const)('%s input', (format) => {
  it.each(inputs)(
    '%s completes',
    (_name, text) => {
      const result = checkDocument(documentFromText(text, format));
      expect([null, 'tjansteutlatande', 'verksamhetsplan', 'tavlingsbidrag']).toContain(result.type);
      for (const diagnostic of result.diagnostics) {
        expect(diagnostic.start).toBeGreaterThanOrEqual(0);
        expect(diagnostic.end).toBeLessThanOrEqual(text.length);
      }
    },
    10_000,
  );
});

it('a 1.4 MB real-looking document completes', () => {
  const paragraph = 'Fältassistenter har under 2021 stöttat och hjälpt 286 ungdomar varav 124 flickor och 135 pojkar. ';
  const text = Array.from({ length: 400 }, (_, index) => `Rubrik ${index}\n\n${paragraph.repeat(30)}`).join('\n\n');
  const result = checkDocument(documentFromText(text, 'text'), { type: 'tavlingsbidrag' });
  expect(result.diagnostics.length).toBeGreaterThan(0);
}, 60_000);
