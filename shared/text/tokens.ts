/**
 * A small, predictable tokenizer for Swedish prose with offsets. Words keep inner
 * hyphens, apostrophes and slashes ("flickor/kvinnor", "brukar-/kundgrupp"); numbers keep
 * a decimal comma and space-separated thousands ("1 863", "3,5"). A hand-written scanner:
 * it is on the path of every check.
 */
import { isDigitCode as isDigit, isLetterCode as isLetter, isSpaceCode as isSpace } from './chars';
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

/** Inside a word: "-", "'", "’", "/" followed (after more of them) by a letter. */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 47;
}

const THOUSANDS_SEPARATORS = new Set([32, 0xa0, 0x202f]);

/** Tokens of text[from, to) (the whole text by default), with offsets into the whole text, appended to `tokens`. */
export function tokenize(text: string, from = 0, to = text.length, tokens: Token[] = []): Token[] {
  const length = to;
  let at = from;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) {
      at++;
      continue;
    }
    const start = at;
    if (isDigit(code)) {
      at = scanNumber(text, at);
      const raw = text.slice(start, at);
      tokens.push({ kind: 'number', text: raw, lower: raw, start, end: at, value: parseDigits(raw) ?? undefined });
    } else if (isLetter(code)) {
      at = scanWord(text, at);
      const raw = text.slice(start, at);
      tokens.push({ kind: 'word', text: raw, lower: raw.toLowerCase(), start, end: at });
    } else {
      at++;
      const raw = text.slice(start, at);
      tokens.push({ kind: code === 37 ? 'percent' : 'punct', text: raw, lower: raw, start, end: at });
    }
  }
  return tokens;
}

function scanWord(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isLetter(code)) {
      at++;
      continue;
    }
    if (!isJoiner(code)) break;
    let after = at;
    while (after < text.length && isJoiner(text.charCodeAt(after))) after++;
    if (after < text.length && isLetter(text.charCodeAt(after))) {
      at = after;
      continue;
    }
    // A trailing hyphen belongs to the word: "familje- och ungdomsbehandlare".
    if (code === 45 && after === at + 1) at++;
    break;
  }
  return at;
}

/** "42", "3,5", "46.0", "1 863" (groups of three after the first group of one to three). */
function scanNumber(text: string, from: number): number {
  let at = from;
  while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  const leading = at - from;
  if (leading <= 3) {
    // Thousands: " 863" groups of exactly three digits.
    let grouped = at;
    while (
      grouped + 3 < text.length + 1 &&
      THOUSANDS_SEPARATORS.has(text.charCodeAt(grouped)) &&
      isDigit(text.charCodeAt(grouped + 1)) &&
      isDigit(text.charCodeAt(grouped + 2)) &&
      isDigit(text.charCodeAt(grouped + 3)) &&
      !isDigit(text.charCodeAt(grouped + 4))
    ) {
      grouped += 4;
    }
    if (grouped > at) {
      at = grouped;
      if (text.charCodeAt(at) === 44 && isDigit(text.charCodeAt(at + 1))) {
        at++;
        while (at < text.length && isDigit(text.charCodeAt(at))) at++;
      }
      return at;
    }
  }
  const separator = text.charCodeAt(at);
  if ((separator === 44 || separator === 46) && isDigit(text.charCodeAt(at + 1))) {
    at++;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  }
  return at;
}
