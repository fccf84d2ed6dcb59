/**
 * Variants of a plain-text document that no cache has seen. The heading matcher remembers
 * its answer per line and block text, so a bench that checks the same text again measures
 * warm caches; variant `n` is the same document with other line texts.
 *
 * A variant changes only the gaps between words: a gap becomes a tab, or two characters
 * (spaces or tabs), in a pattern that is the line's own for each `n`. Words, lines and
 * paragraphs stay as they are, and so do the things the plain-text reader decides on: the word
 * counts (a tab is a space to it, two are one gap), a line's length band against the width the
 * text wraps at (a short line ends a paragraph, so a line only grows within its band), and
 * which lines count towards that width. Gaps next to a digit are left alone, so numbers read
 * the same. A line of one word, or whose every gap is next to a digit, is the same in every
 * variant; `freshShare` tells how much of the text changed. The bench checks that each variant
 * finds what the document finds.
 */

/** Gaps between two words, not next to a digit. */
const GAP = /(?<=[^\s\d]) (?=[^\s\d])/g;
/** The plain-text reader's thresholds on a line's length, as shares of the wrap width, and its shortest counted line. */
const BANDS = [0.6, 0.75, 0.85, 1];
const SHORTEST_COUNTED = 20;

export function variantOf(text: string, n: number): string {
  const width = wrapWidth(text);
  return text
    .split('\n')
    .map((line) => respace(line, n, width))
    .join('\n');
}

/** The share of non-blank lines that differ between variant `n` and the text. */
export function freshShare(text: string, n: number): number {
  const before = text.split('\n');
  const after = variantOf(text, n).split('\n');
  const lines = before.filter((line) => line.trim() !== '').length;
  return before.filter((line, index) => line.trim() !== '' && line !== after[index]).length / lines;
}

/** The length most lines wrap at: the 90th percentile of lines longer than 20 characters. */
function wrapWidth(text: string): number {
  const lengths = text
    .split('\n')
    .map((line) => line.trim().length)
    .filter((length) => length > SHORTEST_COUNTED)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

function respace(line: string, n: number, width: number): string {
  const gaps = [...line.matchAll(GAP)].map((match) => match.index);
  if (gaps.length === 0) return line;
  const length = line.trim().length;
  const limit = length <= SHORTEST_COUNTED ? SHORTEST_COUNTED + 1 : Math.ceil((BANDS.find((band) => length < band * width) ?? 0) * width);
  const spaces = gapSpaces(gaps.length, Math.max(0, limit - 1 - length), n + 1);
  if (!spaces) return line;
  let out = '';
  let from = 0;
  gaps.forEach((at, index) => {
    out += line.slice(from, at) + spaces[index];
    from = at + 1;
  });
  return out + line.slice(from);
}

/**
 * The n-th way (0 is the line as it is) to fill `gaps` gaps with spaces and tabs, one or more
 * each, with at most `room` characters more in all; undefined past the last. Fewer extra
 * characters first: the extra characters spread over the gaps (stars and bars), then each
 * character a space or a tab (the bits).
 */
function gapSpaces(gaps: number, room: number, n: number): string[] | undefined {
  let rest = n;
  for (let extra = 0; extra <= room; extra++) {
    const spreads = binomial(gaps + extra - 1, extra);
    const kinds = 2 ** (gaps + extra);
    if (rest >= spreads * kinds) {
      rest -= spreads * kinds;
      continue;
    }
    const stars = new Set(nthCombination(gaps + extra - 1, extra, Math.floor(rest / kinds)));
    let bits = rest % kinds;
    const widths = Array.from({ length: gaps }, () => 1);
    for (let position = 0, gap = 0; position < gaps + extra - 1; position++) {
      if (stars.has(position)) widths[gap]!++;
      else gap++;
    }
    return widths.map((width) => {
      let space = '';
      for (let char = 0; char < width; char++, bits = Math.floor(bits / 2)) space += bits % 2 ? '\t' : ' ';
      return space;
    });
  }
  return undefined;
}

/** The n-th combination of `count` of 0…size-1 in lexicographic order. */
function nthCombination(size: number, count: number, n: number): number[] {
  const chosen: number[] = [];
  let rest = n;
  let next = 0;
  for (let left = count; left > 0; left--) {
    while (binomial(size - next - 1, left - 1) <= rest) {
      rest -= binomial(size - next - 1, left - 1);
      next++;
    }
    chosen.push(next++);
  }
  return chosen;
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}
