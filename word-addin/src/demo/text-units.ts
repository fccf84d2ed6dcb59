/**
 * The simulated document as the core counts it: units in order, one per paragraph element
 * and one per table row, each with the line the core's paragraph reader makes of it (line
 * breaks as spaces; a row's cells joined by tabs). Offsets into that line map back to DOM
 * positions over the text nodes, so a finding's words become a DOM Range.
 */
import { paragraphInput, rowInput } from './paragraph-dom';
import type { ParagraphInput } from '../../../shared/index';

export interface TextUnit {
  /** The paragraph element, or the table row. */
  element: HTMLElement;
  /** Where the unit's text lives: the paragraph itself, or each cell; with each part's start in the line. */
  parts: { container: HTMLElement; start: number }[];
  /** The unit's text as the core's reader lines it up, for comparing with what a check saw. */
  line: string;
  input: ParagraphInput;
}

/** Vertical tab, form feed, line and paragraph separators: the reader reads them as spaces. */
const LINE_BREAKS = /[\n\r\v\f\u2028\u2029]/g;

export function textUnits(root: HTMLElement): TextUnit[] {
  const units: TextUnit[] = [];
  for (const element of Array.from(root.children)) {
    if (!(element instanceof HTMLElement)) continue;
    if (element instanceof HTMLTableElement) {
      Array.from(element.rows).forEach((row, index) => units.push(rowUnit(row, index)));
      continue;
    }
    const input = paragraphInput(element);
    units.push({ element, parts: [{ container: element, start: 0 }], line: input.text.replace(LINE_BREAKS, ' '), input });
  }
  return units;
}

function rowUnit(row: HTMLTableRowElement, index: number): TextUnit {
  const input = rowInput(row, index);
  const parts: TextUnit['parts'] = [];
  let start = 0;
  const texts = Array.from(row.cells, (cell, column) => {
    const text = (input.cells?.[column] ?? '').replace(LINE_BREAKS, ' ').replace(/\t/g, ' ');
    parts.push({ container: cell, start });
    start += text.length + 1;
    return text;
  });
  return { element: row, parts, line: texts.join('\t'), input };
}

/** The unit that holds a DOM node (the paragraph or the row it is in), if it is in the document. */
export function unitElementOf(root: HTMLElement, node: Node | null): HTMLElement | null {
  let current: Node | null = node;
  while (current && current.parentNode !== root) {
    if (current instanceof HTMLTableRowElement && current.closest('table')?.parentNode === root) return current;
    current = current.parentNode;
  }
  return current instanceof HTMLElement && !(current instanceof HTMLTableElement) ? current : null;
}

/** Does [start, end) still hold the expected text? */
export function holds(unit: TextUnit, start: number, end: number, text: string): boolean {
  return start >= 0 && start <= end && end <= unit.line.length && unit.line.slice(start, end) === text;
}

/** A DOM Range over [start, end) of the unit's line. */
export function rangeOf(unit: TextUnit, start: number, end: number): Range {
  const range = unit.element.ownerDocument.createRange();
  const from = pointAt(unit, start);
  const to = pointAt(unit, end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The part (cell) index an offset falls in; a tab between cells counts as the end of the cell before it. */
export function partAt(unit: TextUnit, offset: number): number {
  let index = 0;
  while (index + 1 < unit.parts.length && unit.parts[index + 1]!.start <= offset) index++;
  return index;
}

/** A Range over the unit's whole text. */
export function wholeRange(unit: TextUnit): Range {
  const range = unit.element.ownerDocument.createRange();
  range.selectNodeContents(unit.element);
  return range;
}

function pointAt(unit: TextUnit, offset: number): { node: Node; offset: number } {
  const part = unit.parts[partAt(unit, offset)]!;
  let remaining = offset - part.start;
  const walker = part.container.ownerDocument.createTreeWalker(part.container, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
    last = node;
  }
  // Past the end (or no text at all): the end of the part.
  return last ? { node: last, offset: last.data.length } : { node: part.container, offset: part.container.childNodes.length };
}
