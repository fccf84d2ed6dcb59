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

const TENS = Object.entries(TEENS_AND_TENS).filter(([, value]) => value >= 20 && value % 10 === 0);

const DIGITS = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$|^\d+(?:[,.]\d+)?$/;

/** Parses "42", "1 863", "3,5" or "46.0"; null when the text is not a plain number. */
export function parseDigits(text: string): number | null {
  if (!DIGITS.test(text)) return null;
  const normalized = text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/**
 * Every number word from "noll" to "niotusenniohundranittionio" as people write them in
 * one word, so checking a word is one look-up (this runs for every word of a draft).
 */
const NUMBER_WORDS = buildNumberWords();

function buildNumberWords(): Map<string, number> {
  const belowHundred = new Map<string, number>();
  for (const [word, value] of Object.entries(swedish.numberWords)) if (value < 100) belowHundred.set(word, value);
  for (const [tens, value] of TENS) {
    for (const [unit, unitValue] of Object.entries(UNITS)) if (unitValue > 0) belowHundred.set(tens + unit, value + unitValue);
  }
  const belowThousand = withMultiples(belowHundred, 'hundra', 100, ['', 'ett', 'en']);
  return withMultiples(belowThousand, 'tusen', 1000, ['', 'ett', 'en', 'et']);
}

/** Adds "<unit>hundra<rest>" (or tusen) to the words below it; "ett" may be left out or merged. */
function withMultiples(below: Map<string, number>, multiple: string, factor: number, onePrefixes: string[]): Map<string, number> {
  const words = new Map(below);
  for (const [unit, unitValue] of Object.entries(UNITS)) {
    if (unitValue === 0) continue;
    for (const prefix of unitValue === 1 ? onePrefixes : [unit]) {
      words.set(prefix + multiple, unitValue * factor);
      for (const [rest, restValue] of below) if (restValue > 0) words.set(prefix + multiple + rest, unitValue * factor + restValue);
    }
  }
  return words;
}

/** Parses a Swedish number word ("åtta", "tjugotre", "etthundrafemtio"); null when it is none. */
export function parseNumberWord(word: string): number | null {
  return numberWordValue(word.toLowerCase());
}

/** The first two letters of every number word, as char-code pairs: most words fail this test. */
const NUMBER_WORD_STARTS = new Set([...NUMBER_WORDS.keys()].map((word) => word.charCodeAt(0) * 65536 + word.charCodeAt(1)));

/** First two letters and length of every number word: most words are ruled out by this alone. */
const NUMBER_WORD_SHAPES = new Set([...NUMBER_WORDS.keys()].map((word) => shapeKey(word.charCodeAt(0), word.charCodeAt(1), word.length)));

function shapeKey(first: number, second: number, length: number): number {
  return (first * 65536 + second) * 64 + Math.min(length, 63);
}

/** Could a word with these first two (lower-case) characters and this length be a number word? */
export function mayBeNumberWord(first: number, second: number, length: number): boolean {
  return NUMBER_WORD_SHAPES.has(shapeKey(first, second, length));
}

/** Like parseNumberWord for a word already in lower case (no copy; on the hot path). */
export function numberWordValue(lower: string): number | null {
  if (lower.length < 2 || !NUMBER_WORD_STARTS.has(lower.charCodeAt(0) * 65536 + lower.charCodeAt(1))) return null;
  return NUMBER_WORDS.get(lower) ?? null;
}

/** Formats a number the Swedish way: space between thousands, decimal comma, at most two decimals. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, decimals] = String(Math.abs(rounded)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${rounded < 0 ? '−' : ''}${grouped}${decimals ? ',' + decimals : ''}`;
}

/** Swedish "och"-list: "23, 19 och 4". */
/** "a, b och c" (or "a, b eller c"). */
export function joinSwedish(items: readonly string[], conjunction: 'och' | 'eller' = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
