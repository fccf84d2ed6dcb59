/**
 * The text of a contenteditable editor as the core checks it, with a map back to the DOM.
 * `innerText` and `textContent` differ at `<br>` and block boundaries (FRONTEND-FACTS §11),
 * and neither says where a character came from, so the text is built here from the text
 * nodes: a `<br>` is a line break, a block (p, div, li, h1 …) starts and ends a line,
 * table cells are joined with " | " (so an Aktivitet table reads as the core reads a
 * table typed into a field), list items start with "- ". Characters made up here
 * (line breaks, separators) are "virtual": they are in the text but not in any text node.
 * Line breaks inside a text node outside `pre`-like white space show as spaces, so they
 * are read as spaces (same length, so offsets stay one to one).
 *
 * Harper's getRangeForTextSpan (packages/lint-framework/src/lint/domUtils.ts) counts `<br>`
 * as one character the same way; the block and cell handling is ours.
 */
import { isElement, windowOf } from './dom';

/** Text nodes and where their text stands in the editor's text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the editor's text. */
  start: number;
  length: number;
}

export interface EditableText {
  text: string;
  segments: TextSegment[];
}

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
const CELLS = new Set(['td', 'th']);

export function readEditable(root: HTMLElement): EditableText {
  const segments: TextSegment[] = [];
  let text = '';
  const preCache = new Map<Element, boolean>();
  const view = windowOf(root);

  const preserves = (element: Element | null): boolean => {
    if (!element) return false;
    let cached = preCache.get(element);
    if (cached === undefined) {
      const whiteSpace = view?.getComputedStyle(element).whiteSpace ?? '';
      cached = whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces' || element.localName === 'pre';
      preCache.set(element, cached);
    }
    return cached;
  };
  const lineBreak = (): void => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value === '') return;
      // Indentation between blocks in the page's HTML is not text the writer typed.
      if (/^[ \t\r\n]*$/.test(value) && value.includes('\n') && betweenBlocks(node)) return;
      const parent = node.parentElement;
      const shown = preserves(parent) ? value : value.replace(/[\r\n]/g, ' ');
      segments.push({ node: node as Text, start: text.length, length: shown.length });
      text += shown;
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.localName)) return;
    const name = node.localName;
    if (name === 'br') {
      text += '\n';
      return;
    }
    const block = BLOCKS.has(name) && node !== root;
    if (block) lineBreak();
    if (name === 'li') text += '- ';
    if (CELLS.has(name) && previousCell(node)) text += ' | ';
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) lineBreak();
  };

  visit(root);
  // The line break after the last block is not a line of its own.
  const last = segments[segments.length - 1];
  if (text.endsWith('\n') && (!last || last.start + last.length < text.length)) text = text.slice(0, -1);
  return { text, segments };
}

function betweenBlocks(node: Node): boolean {
  const isBlock = (sibling: Node | null) => sibling === null || (isElement(sibling) && (BLOCKS.has(sibling.localName) || sibling.localName === 'br'));
  return isBlock(node.previousSibling) && isBlock(node.nextSibling);
}

function previousCell(cell: Element): boolean {
  for (let sibling = cell.previousElementSibling; sibling; sibling = sibling.previousElementSibling) if (CELLS.has(sibling.localName)) return true;
  return false;
}

/**
 * A DOM point (text node and offset) for an offset in the editor's text. A start inside
 * made-up characters moves to the next text, an end to the previous, so a Range never
 * covers a line break that is not in a text node.
 */
export function pointAt(map: EditableText, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  const { segments } = map;
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return null;
  if (side === 'start') {
    const segment = segments.find((each) => each.start + each.length > offset);
    if (!segment) return { node: last.node, offset: last.length };
    return { node: segment.node, offset: Math.max(0, offset - segment.start) };
  }
  let found: TextSegment | undefined;
  for (const segment of segments) {
    if (segment.start < offset) found = segment;
    else break;
  }
  if (!found) return { node: first.node, offset: 0 };
  return { node: found.node, offset: Math.min(found.length, offset - found.start) };
}

/** A DOM Range over [start, end) of the editor's text, or null when the editor has no text. */
export function rangeOf(map: EditableText, start: number, end: number): Range | null {
  const from = pointAt(map, start, 'start');
  if (!from) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  if (end > start) {
    const to = pointAt(map, end, 'end')!;
    // An end before the start (the range was all made-up characters) collapses at the start.
    if (to.node.compareDocumentPosition(from.node) & 4 || (to.node === from.node && to.offset < from.offset)) range.collapse(true);
    else range.setEnd(to.node, to.offset);
  } else range.collapse(true);
  return range;
}

/** Whether every character of [start, end) is in some text node (a fix over made-up separators cannot be applied). */
export function isRealText(map: EditableText, start: number, end: number): boolean {
  let covered = start;
  for (const segment of map.segments) {
    if (segment.start + segment.length <= covered) continue;
    if (segment.start > covered) return covered >= end;
    covered = segment.start + segment.length;
    if (covered >= end) return true;
  }
  return covered >= end;
}
