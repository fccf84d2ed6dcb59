/**
 * A small, predictable tokenizer for Swedish prose with offsets. Words keep inner
 * hyphens and slashes ("flickor/kvinnor", "brukar-/kundgrupp"); numbers keep a decimal
 * comma and space-separated thousands ("1 863", "3,5").
 */
import { parseDigits } from './numbers';

export type TokenKind = 'word' | 'number' | 'percent' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-cased text, for look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Numeric value of a number token. */
  value?: number;
}

// Each alternative is linear: no nested quantifiers over overlapping classes.
const TOKEN =
  /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?)|(\p{L}[\p{L}\p{M}]*(?:[-'’/]+\p{L}[\p{L}\p{M}]*)*-?)|(%)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const [whole, number, word, percent] = match;
    const start = match.index;
    const end = start + whole.length;
    if (number !== undefined) {
      tokens.push({ kind: 'number', text: whole, lower: whole, start, end, value: parseDigits(whole) ?? undefined });
    } else if (word !== undefined) {
      tokens.push({ kind: 'word', text: whole, lower: whole.toLowerCase(), start, end });
    } else if (percent !== undefined) {
      tokens.push({ kind: 'percent', text: whole, lower: whole, start, end });
    } else {
      tokens.push({ kind: 'punct', text: whole, lower: whole, start, end });
    }
  }
  return tokens;
}
