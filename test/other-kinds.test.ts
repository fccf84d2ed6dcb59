/**
 * Documents of other kinds (protokoll, rapport, PM, kvalitetsredovisning, a README, a
 * letter, a development programme) are not forced into one of our types: they come out
 * as "no known type", get one info saying the structure was not checked, and at most
 * one error or warning from the type-independent rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromText } from '../shared/index';

const folder = join(import.meta.dirname, 'fixtures', 'other');
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort();

describe.each(files)('%s', (file) => {
  it('is of no known type, says so once, and raises at most one error or warning', () => {
    const result = checkDocument(documentFromText(readFileSync(join(folder, file), 'utf8'), 'text'));
    expect(result.type).toBeNull();
    expect(result.typeReason).toMatch(/^ingen känd dokumenttyp: /);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'document-type').map((diagnostic) => diagnostic.messageId)).toEqual(['unknownType']);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length).toBeLessThanOrEqual(1);
    expect(
      result.diagnostics.some((diagnostic) => ['required-section', 'section-order', 'empty-section', 'goal-block-incomplete'].includes(diagnostic.ruleId)),
    ).toBe(false);
  });
});

describe('what the document calls itself', () => {
  it('keeps another municipality’s tjänsteskrivelse out of our tjänsteutlåtande, though it shares its headings', () => {
    const result = checkDocument(documentFromText(readFileSync(join(folder, 'tjansteskrivelse-annan-kommun.txt'), 'utf8'), 'text'));
    expect(result.typeReason).toMatch(
      /^ingen känd dokumenttyp: dokumentet kallar sig ”TJÄNSTESKRIVELSE” \(men har \d+ typiska rubriker \(Förslag till beslut, /,
    );
  });

  it.each([
    ['Protokoll 2021-03-04', 'Protokoll'],
    ['Verksamhetsberättelse', 'Verksamhetsberättelse'],
  ])('a line "%s" at the top makes a document with our headings of no known type', (line, kind) => {
    const text = [
      line,
      '',
      'Förslag till beslut',
      '',
      'Nämnden godkänner.',
      '',
      'Ärendets beredning',
      '',
      'Beretts.',
      '',
      'Synpunkter och förslag',
      '',
      'Bra.',
    ].join('\n');
    const result = checkDocument(documentFromText(text, 'text'));
    expect(result.type).toBeNull();
    expect(result.typeReason).toContain(`dokumentet kallar sig ”${kind}”`);
  });

  it('does not mind the word in a title or in the text', () => {
    const text = [
      'Yttrande över protokoll från revisionen',
      '',
      'Förslag till beslut',
      '',
      'Nämnden godkänner protokollet.',
      '',
      'Ärendets beredning',
      '',
      'Beretts.',
      '',
      'Synpunkter och förslag',
      '',
      'Bra.',
    ].join('\n');
    expect(checkDocument(documentFromText(text, 'text')).type).toBe('tjansteutlatande');
  });
});
