/**
 * Changing a field's text so that the page's own editor (and its undo) sees it, as a
 * writer's typing would. A textarea or input: focus, select the stretch, then
 * `document.execCommand('insertText')` — the browser edits the value, keeps undo and fires
 * `input`, which React-controlled fields need (FRONTEND-FACTS §11; Harper's
 * replaceFormElementValue in packages/lint-framework/src/lint/computeLintBoxes/index.ts).
 * Where execCommand is missing or refuses (jsdom, some browsers), the value is set through
 * the element's native setter and `input` dispatched, which React also notices. An editor:
 * the stretch selected as a DOM Range, then `insertText`; where that fails, `beforeinput`
 * is offered to the editor first (ProseMirror, Slate and Lexical handle it) and only if it
 * is not taken are the text nodes changed directly, then `input` dispatched.
 *
 * Before anything changes, the text at the stretch is compared with what the core flagged:
 * when the writer has changed it since the check, nothing is done ("changed").
 */
import { isInput, isTextControl, windowOf, type TextControl } from './dom';
import { isRealText, rangeOf, readEditable } from './editable-text';
import { isWritable } from './field-value';

export type EditOutcome = 'applied' | 'changed' | 'readonly' | 'virtual' | 'single-line';

/** Replaces [start, end) of the field's text by `text`, if the text there is still `expected`. */
export function replaceText(element: HTMLElement, start: number, end: number, text: string, expected: string): EditOutcome {
  if (!isWritable(element)) return 'readonly';
  if (isTextControl(element)) {
    if (element.value.slice(start, end) !== expected || end > element.value.length) return 'changed';
    replaceInControl(element, start, end, text);
    return 'applied';
  }
  const map = readEditable(element);
  if (map.text.slice(start, end) !== expected || end > map.text.length) return 'changed';
  if (end > start && !isRealText(map, start, end)) return 'virtual';
  replaceInEditor(element, start, end, text);
  return 'applied';
}

/**
 * Puts `text` at the caret of the field (replacing a selection), or at `caret` when the
 * field lost focus since (the side panel took it): the last known caret of that field.
 * A `block` (a goal block, an empty document) starts and ends on lines of its own in a
 * textarea, so it does not run into the text around it.
 */
export function insertAtCaret(
  element: HTMLElement,
  text: string,
  caret?: { start: number; end: number } | Range | null,
  options: { block?: boolean } = {},
): EditOutcome {
  if (!isWritable(element)) return 'readonly';
  if (isInput(element) && text.includes('\n')) return 'single-line';
  if (isTextControl(element)) {
    const known = caret && !isRange(caret) ? caret : null;
    const start = known?.start ?? element.selectionStart ?? element.value.length;
    const end = known?.end ?? element.selectionEnd ?? start;
    replaceInControl(element, start, end, options.block ? asBlock(element.value.slice(0, start), text, element.value.slice(end)) : text);
    return 'applied';
  }
  const range = isRange(caret) && element.contains(caret.startContainer) ? caret : currentRangeIn(element);
  insertInEditor(element, range ?? endOf(element), text);
  return 'applied';
}

/** The block with the line breaks it needs between the text before and after it. */
export function asBlock(before: string, text: string, after: string): string {
  const body = text.replace(/^\n+/, '').replace(/\n+$/, '');
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after === '' ? '' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return lead + body + tail;
}

/** Selects [start, end) of the field's text and brings it into view (click-to-focus from the side panel). */
export function selectText(element: HTMLElement, start: number, end: number): void {
  const view = windowOf(element);
  focusField(element);
  if (isTextControl(element)) {
    const length = element.value.length;
    element.setSelectionRange(Math.min(start, length), Math.min(end, length));
  } else {
    const range = rangeOf(readEditable(element), start, end) ?? endOf(element);
    const selection = view?.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const target = range.startContainer.parentElement ?? element;
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Focus without the browser's own jump (the caller scrolls where it needs). */
export function focusField(element: HTMLElement): void {
  try {
    element.focus({ preventScroll: true });
  } catch {
    element.focus();
  }
}

function replaceInControl(element: TextControl, start: number, end: number, text: string): void {
  const before = element.value;
  focusField(element);
  element.setSelectionRange(start, end);
  if (execute(element.ownerDocument, text)) return;
  // Fallback: the native setter (the page's framework may have wrapped `value`), the caret after the new text, then `input`.
  setNativeValue(element, before.slice(0, start) + text + before.slice(end));
  element.setSelectionRange(start + text.length, start + text.length);
  dispatchInput(element, text);
}

function replaceInEditor(element: HTMLElement, start: number, end: number, text: string): void {
  const range = rangeOf(readEditable(element), start, end) ?? endOf(element);
  insertInEditor(element, range, text);
}

function insertInEditor(element: HTMLElement, range: Range, text: string): void {
  const document = element.ownerDocument;
  const view = windowOf(element);
  focusField(element);
  const selection = view?.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (execute(document, text)) return;
  const InputEventOf = (view as (Window & { InputEvent?: typeof InputEvent }) | null)?.InputEvent;
  if (InputEventOf) {
    const offered = new InputEventOf('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertReplacementText', data: text });
    element.dispatchEvent(offered);
    if (offered.defaultPrevented) return;
  }
  const live = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : range;
  live.deleteContents();
  const fragment = document.createDocumentFragment();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) fragment.appendChild(document.createElement('br'));
    if (line !== '') fragment.appendChild(document.createTextNode(line));
  });
  const last = fragment.lastChild;
  live.insertNode(fragment);
  if (last && selection) {
    const after = document.createRange();
    after.setStartAfter(last);
    after.collapse(true);
    selection.removeAllRanges();
    selection.addRange(after);
  }
  dispatchInput(element, text);
}

/** `execCommand('insertText')` where the browser has it and does it; false means: use the fallback. */
function execute(document: Document, text: string): boolean {
  const command = (document as Document & { execCommand?: unknown }).execCommand;
  if (typeof command !== 'function') return false;
  try {
    return text === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** Sets `value` through the prototype's setter of the element's own realm, so a framework's instance-level wrapper sees a change. */
export function setNativeValue(element: TextControl, value: string): void {
  let prototype: object | null = Object.getPrototypeOf(element);
  while (prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value');
    if (descriptor?.set) {
      descriptor.set.call(element, value);
      return;
    }
    prototype = Object.getPrototypeOf(prototype);
  }
  element.value = value;
}

function dispatchInput(element: HTMLElement, text: string): void {
  const view = windowOf(element) as (Window & { InputEvent?: typeof InputEvent; Event: typeof Event }) | null;
  const event = view?.InputEvent
    ? new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text })
    : new (view?.Event ?? Event)('input', { bubbles: true });
  element.dispatchEvent(event);
}

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && 'startContainer' in value && 'collapse' in value;
}

function currentRangeIn(element: HTMLElement): Range | null {
  const selection = windowOf(element)?.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return element.contains(range.startContainer) && element.contains(range.endContainer) ? range : null;
}

function endOf(element: HTMLElement): Range {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  return range;
}
