/**
 * Typing paragraphs as in Word: each paragraph is its own plain-text editing host, so Enter,
 * and Backspace or Delete at a paragraph's edge, would otherwise do nothing or put a line
 * break inside it. Here Enter splits the paragraph (a heading is followed by body text, a
 * list by its next item), Backspace at the start joins it to the one before, Delete at the
 * end joins the next. Each change is announced as an `input` event, as typing is.
 */
import { paragraphElement, paragraphInput } from './paragraph-dom';

export function enableParagraphEditing(root: HTMLElement): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const host = event.target instanceof HTMLElement ? event.target : null;
    if (!host) return;
    if (host.tagName === 'TD' && event.key === 'Enter') {
      // One paragraph per cell in the demo; Shift+Enter still makes a line break.
      if (!event.shiftKey) event.preventDefault();
      return;
    }
    if (host.parentElement !== root) return;
    const caret = caretIn(host);
    if (!caret) return;
    const text = host.textContent ?? '';
    let changed: HTMLElement | null = null;
    if (event.key === 'Enter' && !event.shiftKey) changed = split(host, text, caret.start, caret.end);
    else if (event.key === 'Backspace' && caret.start === 0 && caret.end === 0) changed = join(previousParagraph(host), host);
    else if (event.key === 'Delete' && caret.start === text.length && caret.end === text.length) changed = join(host, nextParagraph(host));
    if (!changed) return;
    event.preventDefault();
    changed.dispatchEvent(new Event('input', { bubbles: true }));
  };
  root.addEventListener('keydown', onKeyDown);
  return () => root.removeEventListener('keydown', onKeyDown);
}

function split(host: HTMLElement, text: string, start: number, end: number): HTMLElement {
  const input = paragraphInput(host);
  if (start === 0 && end === 0 && text !== '') {
    // Enter at the start of a paragraph opens an empty body paragraph above it, the heading stays a heading.
    host.before(paragraphElement(host.ownerDocument, { text: '', styleBuiltIn: 'Normal' }));
    return host;
  }
  host.textContent = text.slice(0, start);
  const heading = /^(?:heading\d|title)$/i.test(input.styleBuiltIn ?? '') || /^H\d$/.test(host.tagName);
  const next = heading
    ? paragraphElement(host.ownerDocument, { text: text.slice(end), styleBuiltIn: 'Normal' })
    : paragraphElement(host.ownerDocument, {
        ...input,
        text: text.slice(end),
        ...(input.list ? { list: { ...input.list, listString: nextListString(input.list.listString) } } : {}),
      });
  host.after(next);
  placeCaret(next, 0);
  return next;
}

function join(first: HTMLElement | null, second: HTMLElement | null): HTMLElement | null {
  if (!first || !second) return null;
  const at = (first.textContent ?? '').length;
  first.textContent = (first.textContent ?? '') + (second.textContent ?? '');
  second.remove();
  placeCaret(first, at);
  return first;
}

/** "7." → "8.", "1.2" → "1.3"; bullets stay bullets. (Word renumbers the whole list; the demo numbers the new item only.) */
export function nextListString(listString: string | undefined): string | undefined {
  const number = listString !== undefined ? /^(.*?)(\d+)([.):]?)$/.exec(listString) : null;
  return number ? `${number[1]}${Number(number[2]) + 1}${number[3]}` : listString;
}

function previousParagraph(host: HTMLElement): HTMLElement | null {
  const previous = host.previousElementSibling;
  return previous instanceof HTMLElement && !(previous instanceof HTMLTableElement) ? previous : null;
}

function nextParagraph(host: HTMLElement): HTMLElement | null {
  const next = host.nextElementSibling;
  return next instanceof HTMLElement && !(next instanceof HTMLTableElement) ? next : null;
}

/** The selection's start and end as offsets in the host's text, when the selection is inside it. */
function caretIn(host: HTMLElement): { start: number; end: number } | null {
  const selection = host.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!host.contains(range.startContainer) || !host.contains(range.endContainer)) return null;
  return { start: offsetIn(host, range.startContainer, range.startOffset), end: offsetIn(host, range.endContainer, range.endOffset) };
}

function offsetIn(host: HTMLElement, node: Node, offset: number): number {
  const range = host.ownerDocument.createRange();
  range.selectNodeContents(host);
  range.setEnd(node, offset);
  return range.toString().length;
}

function placeCaret(element: HTMLElement, offset: number): void {
  element.focus();
  const range = element.ownerDocument.createRange();
  const text = element.firstChild;
  if (text instanceof Text) range.setStart(text, Math.min(offset, text.data.length));
  else range.setStart(element, 0);
  range.collapse(true);
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
