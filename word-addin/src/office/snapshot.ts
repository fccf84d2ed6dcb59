/**
 * What the last read saw, kept so a target (an input's index and offsets in its line) can
 * be mapped back to Word paragraphs: the text of every body paragraph, and for every input
 * the paragraphs behind it (one, or a table row's cells' paragraphs). Pure functions, no
 * Office.js: they work on texts.
 */
import type { TextTarget } from '../gateway';

export interface WordParagraphSnapshot {
  text: string;
  isListItem: boolean;
  tableNestingLevel: number;
}

export interface InputLayout {
  /** Indices into `body.paragraphs` of the Word paragraphs behind the input, in order. */
  paragraphs: number[];
  /** What stands before each paragraph in the input's line: "" first, "\t" between cells, " " between a cell's paragraphs. */
  separators: string[];
  /** A table row: its line is the cells joined by tabs. */
  row: boolean;
  /** "7. " when Word numbers the paragraph: the core's line starts with it, Word's text does not. */
  listPrefix: string;
  /** For a row, the body index of a paragraph directly in the outer table (its `parentTable` is that table). */
  tableAnchor?: number;
}

export interface DocumentSnapshot {
  paragraphs: WordParagraphSnapshot[];
  inputs: InputLayout[];
}

/** A piece of a target inside one Word paragraph: offsets in that paragraph's own text. */
export interface ParagraphSpan {
  /** Which of the input's paragraphs (index into `InputLayout.paragraphs`). */
  segment: number;
  /** Index into `body.paragraphs` now. */
  paragraph: number;
  start: number;
  end: number;
}

/** The core reads these as spaces (shared/readers/paragraphs.ts: LINE_BREAKS, and tabs inside a cell). */
const LINE_BREAKS = /[\n\r\v\f\u2028\u2029]/g;
const CELL_BREAKS = /[\t\n\r\v\f\u2028\u2029]/g;

/**
 * Where the input's paragraphs are now. Unchanged paragraph count: where they were (an
 * edit in place shows up when the text is compared). Paragraphs added or removed above: the
 * nearest place where all of them still have the texts the read saw. Else null: gone.
 */
export function currentIndices(snapshot: DocumentSnapshot, layout: InputLayout, texts: readonly string[]): number[] | null {
  const expected = layout.paragraphs.map((index) => snapshot.paragraphs[index]?.text);
  const fits = (shift: number) => layout.paragraphs.every((index, k) => texts[index + shift] === expected[k]);
  if (fits(0)) return layout.paragraphs;
  if (texts.length === snapshot.paragraphs.length) return layout.paragraphs.every((index) => index < texts.length) ? layout.paragraphs : null;
  const first = layout.paragraphs[0]!;
  for (let distance = 1; distance <= texts.length; distance++) {
    for (const shift of [distance, -distance]) {
      if (first + shift < 0 || first + shift >= texts.length) continue;
      if (fits(shift)) return layout.paragraphs.map((index) => index + shift);
    }
  }
  return null;
}

/** The input's line as the core built it from these texts (line breaks as spaces; in cells, tabs too). */
export function comparableLine(layout: InputLayout, indices: readonly number[], texts: readonly string[]): string {
  const breaks = layout.row ? CELL_BREAKS : LINE_BREAKS;
  return indices.map((index, k) => layout.separators[k]! + (texts[index] ?? '').replace(breaks, ' ')).join('');
}

/**
 * Whether the line still holds the target's text at [start, end). A target that begins in
 * Word's list number ("7. Hur vi …" at offset 0) is accepted when the rest matches.
 */
export function holdsTarget(layout: InputLayout, line: string, target: TextTarget): boolean {
  if (target.start < 0 || target.end < target.start || target.end > line.length) return false;
  const expected = target.text.replace(LINE_BREAKS, ' ');
  const actual = line.slice(target.start, target.end);
  if (actual === expected) return true;
  return target.start === 0 && layout.listPrefix !== '' && expected === layout.listPrefix + actual;
}

/** [start, end) of the input's line cut into its paragraphs' own offsets; a place (start = end) lies in one paragraph. */
export function spansOf(layout: InputLayout, indices: readonly number[], texts: readonly string[], start: number, end: number): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let offset = 0;
  for (let segment = 0; segment < indices.length; segment++) {
    offset += layout.separators[segment]!.length;
    const paragraph = indices[segment]!;
    const length = (texts[paragraph] ?? '').length;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    if (start === end) {
      if (start >= offset && start <= offset + length) return [{ segment, paragraph, start: start - offset, end: start - offset }];
    } else if (from < to) spans.push({ segment, paragraph, start: from - offset, end: to - offset });
    offset += length;
  }
  return spans;
}

/** The cell each of the input's paragraphs is in (0 for a paragraph outside tables). */
export function cellNumbers(layout: InputLayout): number[] {
  let cell = 0;
  return layout.separators.map((separator) => (separator === '\t' ? ++cell : cell));
}
