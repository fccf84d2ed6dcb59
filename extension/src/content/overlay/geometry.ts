/**
 * Where things are on the screen, in the top window's viewport (the overlay's fixed
 * coordinates). Layout cannot be measured in jsdom: this file is exercised by the
 * end-to-end tests in Chromium, and kept apart so the rest is testable.
 *
 * - A textarea's or input's words: the mirror technique (component/textarea-caret-position;
 *   Harper's TextFieldRange in packages/lint-framework/src/lint/TextFieldRange.ts): a
 *   hidden div over the field with its font, spacing, padding, border, box sizing and
 *   width, the value in one text node, a DOM Range over [start, end) and its
 *   getClientRects(), the field's scroll position copied. Harper appends the mirror to the
 *   page's body; ours lives in the overlay's closed shadow root (FRONTEND-FACTS §11).
 * - An editor's words: a Range over its text nodes (editable-text.ts maps the offsets).
 * - A field in a same-origin frame measures in the frame's viewport; the frames' offsets
 *   are added. A CSS transform or zoom on the field's ancestors is matched by scaling the
 *   mirror by the field's on-screen size over its layout size.
 * - Boxes whose bottom edge is not visible (scrolled away inside the field or a scrolling
 *   ancestor) are dropped, the others cut to the visible part (Harper's
 *   isBottomEdgeInBox and shrinkBoxToFit in computeLintBoxes).
 */
import { hostFrame, isInput, windowOf, type TextControl } from '../dom';
import { rangeOf, type EditableText } from '../editable-text';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where a document's viewport starts in the top viewport (0, 0 for the top document). */
export function frameOffset(document: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let frame = hostFrame(document); frame; frame = hostFrame(frame.ownerDocument)) {
    const rect = frame.getBoundingClientRect();
    const style = windowOf(frame)?.getComputedStyle(frame);
    x += rect.left + frame.clientLeft + parseFloat(style?.paddingLeft ?? '0');
    y += rect.top + frame.clientTop + parseFloat(style?.paddingTop ?? '0');
  }
  return { x, y };
}

function moved(rect: DOMRectReadOnly, offset: { x: number; y: number }): Box {
  return { left: rect.left + offset.x, top: rect.top + offset.y, width: rect.width, height: rect.height };
}

/** The element's border box in the top viewport. */
export function elementBox(element: Element): Box {
  return moved(element.getBoundingClientRect(), frameOffset(element.ownerDocument));
}

export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/**
 * The part of the element that can be seen: its box cut by every ancestor that clips its
 * overflow, by each frame and by the viewports. Null when none of it is on screen.
 */
export function visibleArea(element: Element): Box | null {
  let area: Box | null = elementBox(element);
  let node: Element | null = element.parentElement;
  let document = element.ownerDocument;
  while (area) {
    const view = document.defaultView;
    for (; node; node = node.parentElement) {
      const style = view?.getComputedStyle(node);
      if (!style || (!clips(style.overflowX) && !clips(style.overflowY))) continue;
      if (node === document.documentElement || node === document.body) continue;
      const box = elementBox(node);
      area = intersect(area, { left: box.left + node.clientLeft, top: box.top + node.clientTop, width: node.clientWidth, height: node.clientHeight });
      if (!area) return null;
    }
    const offset = frameOffset(document);
    if (view) area = intersect(area, { left: offset.x, top: offset.y, width: view.innerWidth, height: view.innerHeight });
    const frame = hostFrame(document);
    if (!frame || !area) break;
    node = frame;
    document = frame.ownerDocument;
  }
  return area;
}

function clips(overflow: string): boolean {
  return overflow !== '' && overflow !== 'visible';
}

/** A Range's rects; none where layout is not available (jsdom). */
function clientRects(range: Range): DOMRect[] {
  return typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
}

/** Rects of a stretch, kept only where their bottom edge (where the underline goes) is visible, cut to the visible area. */
export function visibleRects(rects: readonly Box[], area: Box): Box[] {
  const kept: Box[] = [];
  for (const rect of rects) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const bottom = rect.top + rect.height;
    if (bottom < area.top || bottom > area.top + area.height + 1) continue;
    const cut = intersect(rect, { ...area, height: area.height + 1 });
    if (cut) kept.push(cut);
  }
  return kept;
}

/** Rects of an editor's text [start, end), in the top viewport. */
export function editorRects(map: EditableText, start: number, end: number): Box[] {
  const range = rangeOf(map, start, end);
  if (!range || range.collapsed) return [];
  const offset = frameOffset(range.startContainer.ownerDocument!);
  return clientRects(range).map((rect) => moved(rect, offset));
}

/** The properties that decide where a field's text wraps and stands (textarea-caret-position's list, longhands for Firefox). */
const MIRRORED = [
  'direction',
  'boxSizing',
  'overflowX',
  'overflowY',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'fontKerning',
  'fontVariationSettings',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'wordBreak',
  'overflowWrap',
  'hyphens',
] as const;

/** One hidden copy of a textarea or input, inside the overlay's shadow root. */
export class TextMirror {
  private readonly element: HTMLDivElement;
  private readonly text: Text;
  private readonly applied = new Map<string, string>();

  constructor(container: HTMLElement) {
    const document = container.ownerDocument;
    this.element = document.createElement('div');
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    this.text = document.createTextNode('');
    this.element.appendChild(this.text);
    container.appendChild(this.element);
  }

  /** Lays the mirror over the field as it is now: styles, size, scale, text and scroll position. */
  sync(field: TextControl, value: string): void {
    const computed = windowOf(field)?.getComputedStyle(field) as unknown as Record<string, string> | undefined;
    const wanted: Record<string, string> = {};
    if (computed) for (const property of MIRRORED) wanted[property] = computed[property] ?? '';
    // The sizes below are border-box sizes, whatever the field's own box-sizing.
    wanted.boxSizing = 'border-box';
    wanted.borderStyle = 'solid';
    wanted.borderColor = 'transparent';
    const single = isInput(field);
    wanted.whiteSpace = single ? 'pre' : 'pre-wrap';
    if (single) {
      // An input centres its line vertically; a div would put it at the top.
      wanted.display = 'flex';
      wanted.alignItems = 'center';
      wanted.overflowX = 'hidden';
      wanted.overflowY = 'hidden';
    } else wanted.display = 'block';
    const box = elementBox(field);
    const width = field.offsetWidth || box.width;
    const height = field.offsetHeight || box.height;
    wanted.width = `${width}px`;
    wanted.height = `${height}px`;
    wanted.left = `${box.left}px`;
    wanted.top = `${box.top}px`;
    const scaleX = width > 0 ? box.width / width : 1;
    const scaleY = height > 0 ? box.height / height : 1;
    wanted.transform = Math.abs(scaleX - 1) > 0.01 || Math.abs(scaleY - 1) > 0.01 ? `scale(${scaleX}, ${scaleY})` : '';
    // Written only where they changed: this runs every frame while the page scrolls.
    const style = this.element.style as unknown as Record<string, string>;
    for (const [property, setting] of Object.entries(wanted)) {
      if (this.applied.get(property) === setting) continue;
      style[property] = setting;
      this.applied.set(property, setting);
    }
    if (this.text.data !== value) this.text.data = value;
    this.element.scrollTop = field.scrollTop;
    this.element.scrollLeft = field.scrollLeft;
  }

  /** Rects of [start, end) of the mirrored value, in the top viewport. */
  rects(start: number, end: number): Box[] {
    const length = this.text.data.length;
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.text, Math.min(start, length));
    range.setEnd(this.text, Math.min(end, length));
    return clientRects(range).map((rect) => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height }));
  }

  /** How far below the field's top (in its own scroll coordinates) the line holding `offset` starts. */
  lineTop(offset: number): number | null {
    const length = this.text.data.length;
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.text, Math.min(offset, length));
    range.setEnd(this.text, Math.min(offset + 1, length));
    const rect = clientRects(range)[0] ?? (typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null);
    if (!rect) return null;
    return rect.top - this.element.getBoundingClientRect().top + this.element.scrollTop;
  }

  remove(): void {
    this.element.remove();
  }
}

/** Scroll positions, sizes and viewport of the host: a transformed ancestor would shift fixed boxes (Harper's isContainingBlock). */
export function hostShift(host: HTMLElement): { x: number; y: number } {
  const rect = host.getBoundingClientRect();
  return { x: rect.left, y: rect.top };
}
