/**
 * Tolerant comparison of short Swedish strings (headings, goal texts).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORDS = /[\p{L}\p{N}]+/gu;

/** Lower-cases and removes diacritics, so "Kvalitéts" and "KVALITETS" compare equal. */
export function foldCase(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * The letters and digits of a heading without "och", case or accents. Punctuation and
 * the conjunction vary between writers ("Kvalitets- /utvecklingsarbete",
 * "Kvalitets- och utvecklingsarbete"); the skeleton is what stays the same.
 */
export function headingSkeleton(text: string): string {
  return plainSkeleton(text) ?? (foldCase(text).match(WORDS) ?? []).filter((word) => word !== 'och').join('');
}

/**
 * Latin-1 letters folded as foldCase folds them (lower case, accents off; æ, ð, ø, þ, ß
 * have none), indexed by char code; 0 for what is no letter or digit there.
 */
const LATIN1_FOLDED = (() => {
  const table = new Uint16Array(256);
  for (let code = 0; code < 256; code++) {
    const char = String.fromCharCode(code);
    if (!/[\p{L}\p{N}]/u.test(char)) continue;
    const folded = foldCase(char);
    // One that would not fold to a single Latin-1 letter or digit is left to the general path.
    table[code] = folded.length === 1 && folded.charCodeAt(0) < 256 && /[\p{L}\p{N}]/u.test(folded) ? folded.charCodeAt(0) : 0xffff;
  }
  return table;
})();

/** headingSkeleton in one pass for text of Latin-1 letters only, what Swedish headings are; undefined for anything else. */
function plainSkeleton(text: string): string | undefined {
  let skeleton = '';
  let word = '';
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    if (code > 255) return undefined;
    const folded = LATIN1_FOLDED[code]!;
    if (folded === 0xffff) return undefined;
    if (folded !== 0) {
      word += String.fromCharCode(folded);
      continue;
    }
    if (word !== '' && word !== 'och') skeleton += word;
    word = '';
  }
  return skeleton;
}

/** Rows reused between calls: the matcher compares every new line with many names, and fresh arrays per call showed up as garbage collection. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows[0]!.length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let previousPrevious = rows[0]!.fill(0, 0, width);
  let previous = rows[1]!;
  let current = rows[2]!.fill(0, 0, width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const codeA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = codeA === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && codeA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length]!;
}

/** How many typos a heading of this skeleton length may carry and still be recognised. */
export function typoAllowance(skeletonLength: number): number {
  // Short headings get no slack: "Ärende" is not a misspelt "Ärendet".
  if (skeletonLength < 8) return 0;
  if (skeletonLength < 14) return 1;
  if (skeletonLength < 25) return 2;
  return 3;
}

/** Word-level similarity in [0, 1] (Dice coefficient on folded word multisets). */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Folded words of a text, for word-level comparison. */
export function foldedWords(text: string): string[] {
  return foldCase(text).match(WORDS) ?? [];
}
