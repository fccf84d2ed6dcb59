/**
 * Swedish numbers: digits with decimal comma and space as thousands separator
 * ("1 863", "3,5"), and number words ("åtta", "tjugotre", "etthundrafemtio").
 * compromise reads "3,5" as 35 and knows no Swedish number words, so this is ours.
 */
import { swedish } from '../data/index';

const UNITS: Record<string, number> = {};
const TEENS_AND_TENS: Record<string, number> = {};
for (const [word, value] of Object.entries(swedish.numberWords)) {
  if (value < 10) UNITS[word] = value;
  else if (value < 100) TEENS_AND_TENS[word] = value;
}

const DIGITS = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$|^\d+(?:[,.]\d+)?$/;

/** Parses "42", "1 863", "3,5" or "46.0"; null when the text is not a plain number. */
export function parseDigits(text: string): number | null {
  if (!DIGITS.test(text)) return null;
  const normalized = text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Parses a Swedish number word, including compounds; null when it is none. */
export function parseNumberWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length > 40) return null;
  return parseThousands(lower);
}

function parseThousands(text: string): number | null {
  const at = text.indexOf('tusen');
  if (at < 0) return parseBelowThousand(text);
  const head = text.slice(0, at);
  const tail = text.slice(at + 'tusen'.length);
  const multiplier = head === '' || head === 'ett' || head === 'en' ? 1 : parseBelowThousand(head);
  if (multiplier === null || multiplier === 0) return null;
  const rest = tail === '' ? 0 : parseBelowThousand(tail);
  return rest === null ? null : multiplier * 1000 + rest;
}

function parseBelowThousand(text: string): number | null {
  if (text === '') return null;
  const at = text.indexOf('hundra');
  if (at < 0) return parseBelowHundred(text);
  const head = text.slice(0, at);
  const tail = text.slice(at + 'hundra'.length);
  const multiplier = head === '' || head === 'ett' || head === 'en' ? 1 : (UNITS[head] ?? null);
  if (multiplier === null || multiplier === 0) return null;
  const rest = tail === '' ? 0 : parseBelowHundred(tail);
  return rest === null ? null : multiplier * 100 + rest;
}

function parseBelowHundred(text: string): number | null {
  if (text in UNITS) return UNITS[text]!;
  if (text in TEENS_AND_TENS) return TEENS_AND_TENS[text]!;
  for (const [tens, value] of Object.entries(TEENS_AND_TENS)) {
    if (value % 10 !== 0 || value < 20 || !text.startsWith(tens)) continue;
    const unit = UNITS[text.slice(tens.length)];
    if (unit !== undefined && unit > 0) return value + unit;
  }
  return null;
}

/** Formats a number the Swedish way: decimal comma, at most two decimals. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',');
}

/** Swedish "och"-list: "23, 19 och 4". */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
