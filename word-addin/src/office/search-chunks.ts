/**
 * How to find [start, end) of a paragraph's text with Word's search, which is all Office.js
 * offers for an offset in every requirement set (FRONTEND-FACTS 2: Range.start/end exist
 * only in WordApiDesktop 1.4). Pure: it plans, ranges.ts runs the searches.
 *
 * - Search text is at most 255 characters, escapes included (`word.body.yml`; office-js
 *   #168, #731, #31 on desktop, #1726): longer spans are cut into chunks and the first and
 *   last chunk's ranges joined with `expandTo`.
 * - Special characters go as caret codes (docs `word/search-option-guidance.md`): ^t tab,
 *   ^l manual line break, ^s no-break space, ^- optional hyphen, ^~ no-break hyphen, ^^ a
 *   caret. Other control characters (fields, objects, comment marks) cannot be searched:
 *   chunks break there (the divvun add-in's way), and the span's ends skip them.
 * - The same text can stand more than once: the chunk's occurrence is counted the way
 *   Word's search walks, non-overlapping from the paragraph's start.
 */

export const SEARCH_LIMIT = 255;

export interface SearchChunk {
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  /** The paragraph's text there. */
  text: string;
  /** What to give `search()`: caret codes for special characters. */
  search: string;
  /** Which of the search's matches (0-based) is this chunk. */
  occurrence: number;
}

const CARET_CODES: Record<string, string> = {
  '\t': '^t',
  '\u000b': '^l',
  '\u00a0': '^s',
  '\u00ad': '^-',
  '\u001f': '^-',
  '\u001e': '^~',
  '^': '^^',
};

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function searchable(char: string): boolean {
  return char in CARET_CODES || !CONTROL.test(char);
}

export function escapeForSearch(text: string): string {
  let escaped = '';
  for (const char of text) escaped += CARET_CODES[char] ?? char;
  return escaped;
}

/**
 * The chunks that cover [start, end) of `text`, in order; null when nothing there can be
 * searched. Unsearchable characters at the ends are left out (they are not text).
 */
export function planChunks(text: string, start: number, end: number, limit = SEARCH_LIMIT): SearchChunk[] | null {
  let from = start;
  let to = end;
  while (from < to && !searchable(text[from]!)) from++;
  while (to > from && !searchable(text[to - 1]!)) to--;
  if (from >= to) return null;
  const pieces: Array<[number, number]> = [];
  let pieceStart = from;
  let cost = 0;
  let at = from;
  while (at < to) {
    const char = text[at]!;
    const width = isHighSurrogate(text.charCodeAt(at)) && at + 1 < to ? 2 : 1;
    if (!searchable(char)) {
      if (at > pieceStart) pieces.push([pieceStart, at]);
      at += 1;
      pieceStart = at;
      cost = 0;
      continue;
    }
    const charCost = width === 2 ? 2 : (CARET_CODES[char] ?? char).length;
    if (cost + charCost > limit) {
      pieces.push([pieceStart, at]);
      pieceStart = at;
      cost = 0;
    }
    cost += charCost;
    at += width;
  }
  if (to > pieceStart) pieces.push([pieceStart, to]);
  return pieces.flatMap(([pieceFrom, pieceTo]) => resolvable(text, pieceFrom, pieceTo));
}

/**
 * The chunk [from, to) with its occurrence; if Word's non-overlapping walk would jump over
 * it (a periodic text like "aaa"), its first character is searched alone, which always lands.
 */
function resolvable(text: string, from: number, to: number): SearchChunk[] {
  const chunkText = text.slice(from, to);
  const occurrence = occurrenceAt(text, chunkText, from);
  if (occurrence !== null) return [{ start: from, end: to, text: chunkText, search: escapeForSearch(chunkText), occurrence }];
  const first = isHighSurrogate(text.charCodeAt(from)) ? 2 : 1;
  return [...resolvable(text, from, from + first), ...resolvable(text, from + first, to)];
}

/** Word's optional hyphen reaches `text` as U+00AD or as its own character 31; "^-" finds both. */
export function searchForm(text: string): string {
  return text.replace(/\u001f/g, '\u00ad');
}

/** How many matches Word's search finds before the one at `at`; null if the walk skips `at`. */
export function occurrenceAt(text: string, needle: string, at: number): number | null {
  const haystack = searchForm(text);
  const wanted = searchForm(needle);
  let count = 0;
  let from = 0;
  for (;;) {
    const found = haystack.indexOf(wanted, from);
    if (found < 0 || found > at) return null;
    if (found === at) return count;
    count++;
    from = found + wanted.length;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
