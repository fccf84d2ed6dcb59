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
  const words = foldCase(text).match(WORDS) ?? [];
  return words.filter((word) => word !== 'och').join('');
}

/** Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let previousPrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
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
