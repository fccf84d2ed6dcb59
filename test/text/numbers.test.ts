import { describe, expect, it } from 'vitest';
import { formatNumber, joinSwedish, parseDigits, parseNumberWord } from '../../shared/text/numbers';
import { tokenize } from '../../shared/text/tokens';
import { splitSentences } from '../../shared/text/sentences';

describe('parseDigits', () => {
  it.each([
    ['42', 42],
    ['1 863', 1863],
    ['1\u00a0200\u00a0000', 1200000],
    ['3,5', 3.5],
    ['46.0', 46],
    ['0', 0],
    ['12 34', null],
    ['3,5,6', null],
    ['abc', null],
  ])('%j → %j', (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });
});

describe('parseNumberWord', () => {
  it.each([
    ['noll', 0],
    ['en', 1],
    ['ett', 1],
    ['åtta', 8],
    ['Åtta', 8],
    ['tretton', 13],
    ['arton', 18],
    ['aderton', 18],
    ['tjugo', 20],
    ['tjugotre', 23],
    ['nittionio', 99],
    ['hundra', 100],
    ['etthundrafemtio', 150],
    ['tvåhundra', 200],
    ['tusen', 1000],
    ['ettusen', 1000],
    ['tvåtusentre', 2003],
    ['enhet', null],
    ['femte', null],
    ['tjugotjugo', null],
    ['hundrahundra', null],
  ])('%s → %j', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });
});

describe('formatting', () => {
  it('uses decimal comma and Swedish lists', () => {
    expect(formatNumber(3.5)).toBe('3,5');
    expect(formatNumber(259)).toBe('259');
    expect(formatNumber(33.333)).toBe('33,33');
    expect(joinSwedish(['23', '19', '4'])).toBe('23, 19 och 4');
    expect(joinSwedish(['a'])).toBe('a');
  });
});

describe('tokenize', () => {
  const shape = (text: string) => tokenize(text).map((token) => `${token.kind}:${token.text}`);

  it('keeps Swedish numbers, compounds and slashes whole', () => {
    expect(shape('1 863 besök, 3,5 %; flickor/kvinnor och brukar-/kundgrupp')).toEqual([
      'number:1 863',
      'word:besök',
      'punct:,',
      'number:3,5',
      'percent:%',
      'punct:;',
      'word:flickor/kvinnor',
      'word:och',
      'word:brukar-/kundgrupp',
    ]);
  });

  it('gives offsets into the text and respects a range', () => {
    const text = 'Vi mötte 42 elever.';
    const tokens = tokenize(text, 9, 18);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['42', 'elever']);
    expect(tokens[0]!.value).toBe(42);
  });

  it('keeps a trailing hyphen of a shared compound part', () => {
    expect(shape('familje- och ungdomsbehandlare')).toEqual(['word:familje-', 'word:och', 'word:ungdomsbehandlare']);
  });

  it('reads a date as numbers and dashes (dates are not counts)', () => {
    expect(shape('2020-01-27')).toEqual(['number:2020', 'punct:-', 'number:01', 'punct:-', 'number:27']);
  });
});

describe('splitSentences (compromise with Swedish abbreviations)', () => {
  const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end).trim());

  it('does not end sentences after t.ex., bl.a., dvs., ca, kl.', () => {
    expect(sentences('Vi har bl.a. 42 elever, t.ex. i skolan. Det kostar ca. 3,5 mkr dvs. mycket. Vi ses kl. 14.30 i dag.')).toEqual([
      'Vi har bl.a. 42 elever, t.ex. i skolan.',
      'Det kostar ca. 3,5 mkr dvs. mycket.',
      'Vi ses kl. 14.30 i dag.',
    ]);
  });

  it('returns nothing for blank text and one span for text without an ending', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('En rad utan punkt')).toEqual([{ start: 0, end: 17 }]);
  });
});
