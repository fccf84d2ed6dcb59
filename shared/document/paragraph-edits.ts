/**
 * What changed between two readings of a paragraph document (Word read again after the
 * writer typed): the paragraphs replaced, inserted and deleted, found from the common
 * start and end, so a re-check re-reads only those. Large changes (a paste, an undo of a
 * whole page) are better read whole: `edits` is then null.
 */
import type { ParagraphInput } from '../readers/paragraphs';

export type ParagraphEdit =
  | { type: 'replace'; index: number; paragraph: ParagraphInput }
  | { type: 'insert'; index: number; paragraph: ParagraphInput }
  | { type: 'delete'; index: number };

/** More changed paragraphs than this, and reading the document again is cheaper than editing. */
export const MAX_PARAGRAPH_EDITS = 40;

export function paragraphEdits(before: readonly ParagraphInput[], after: readonly ParagraphInput[]): ParagraphEdit[] | null {
  let head = 0;
  while (head < before.length && head < after.length && sameParagraph(before[head]!, after[head]!)) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && sameParagraph(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) tail++;
  const removed = before.length - head - tail;
  const added = after.length - head - tail;
  if (Math.max(removed, added) > MAX_PARAGRAPH_EDITS) return null;
  const edits: ParagraphEdit[] = [];
  const common = Math.min(removed, added);
  for (let offset = 0; offset < common; offset++) edits.push({ type: 'replace', index: head + offset, paragraph: after[head + offset]! });
  for (let offset = common; offset < added; offset++) edits.push({ type: 'insert', index: head + offset, paragraph: after[head + offset]! });
  // Deleting from the end of the changed stretch keeps the indices in front of it valid.
  for (let offset = removed - 1; offset >= common; offset--) edits.push({ type: 'delete', index: head + offset });
  return edits;
}

/** Same text, formatting and place in a table: nothing the reader would read differently. */
export function sameParagraph(a: ParagraphInput, b: ParagraphInput): boolean {
  return (
    a.text === b.text &&
    a.style === b.style &&
    a.styleBuiltIn === b.styleBuiltIn &&
    a.outlineLevel === b.outlineLevel &&
    a.bold === b.bold &&
    a.row === b.row &&
    a.list?.level === b.list?.level &&
    a.list?.listString === b.list?.listString &&
    (a.list === undefined) === (b.list === undefined) &&
    sameCells(a.cells, b.cells)
  );
}

function sameCells(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((cell, index) => cell === b[index]);
}
