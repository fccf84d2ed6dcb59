/**
 * Which elements of a page are checked: every sizeable text field, in document order,
 * across same-origin iframes. A textarea always; a text input only when it can hold long
 * text (no maxlength, or at least 200, or wide on screen), never a search box or a
 * name/e-mail field; a contenteditable editor by its top-most editing host only (the
 * editor, not its paragraphs); a document in design mode by its body. Cross-origin frames
 * are out of reach here: the content script running inside them checks them itself.
 */
import { editableAttribute, frameDocument, hiddenItself, isElement, isIframe, isInput, isTextArea } from './dom';

/** An element the core reads as one form field. */
export type FieldElement = HTMLElement;

/** A text input must allow this many characters to count as a writing field. */
export const LONG_INPUT_MAXLENGTH = 200;
/** …or be this wide on screen (px), or have at least this `size`. */
export const WIDE_INPUT_PX = 400;
export const WIDE_INPUT_SIZE = 60;

const TEXT_INPUT_TYPES = new Set(['', 'text']);
/** Autocomplete tokens of short personal data: never a draft to check. */
const SHORT_AUTOCOMPLETE =
  /\b(name|given-name|family-name|additional-name|nickname|email|tel|tel-national|username|current-password|new-password|one-time-code|postal-code|address-line\d|street-address|country|country-name|organization|organization-title|bday|bday-day|bday-month|bday-year|cc-\w+|url)\b/;
const SHORT_INPUTMODES = new Set(['numeric', 'decimal', 'tel', 'email', 'url', 'search']);
const SEARCH_ROLES = new Set(['combobox', 'searchbox', 'spinbutton']);

export function isCheckableTextArea(element: Element): boolean {
  return isTextArea(element) && !hiddenItself(element);
}

/** A text input that can hold a paragraph of writing (see the module comment). */
export function isLongTextInput(element: Element): boolean {
  if (!isInput(element) || hiddenItself(element)) return false;
  const type = (element.getAttribute('type') ?? '').trim().toLowerCase();
  if (!TEXT_INPUT_TYPES.has(type)) return false;
  if (element.hasAttribute('list')) return false;
  if (SEARCH_ROLES.has((element.getAttribute('role') ?? '').toLowerCase())) return false;
  if (element.closest('[role="search"], search')) return false;
  if (SHORT_AUTOCOMPLETE.test((element.getAttribute('autocomplete') ?? '').toLowerCase())) return false;
  if (SHORT_INPUTMODES.has((element.getAttribute('inputmode') ?? '').toLowerCase())) return false;
  const max = element.maxLength;
  if (max < 0 || max >= LONG_INPUT_MAXLENGTH) return true;
  return isWide(element);
}

function isWide(element: HTMLInputElement): boolean {
  if (element.size >= WIDE_INPUT_SIZE && element.hasAttribute('size')) return true;
  return element.getBoundingClientRect().width >= WIDE_INPUT_PX;
}

/** The top-most editing host: editable itself, no editable ancestor (its paragraphs are part of it). */
export function isEditorRoot(element: Element): boolean {
  if (!isElement(element) || !editableAttribute(element) || hiddenItself(element)) return false;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (editableAttribute(parent)) return false;
  }
  return !designModeOn(element.ownerDocument);
}

function designModeOn(document: Document): boolean {
  return (document.designMode ?? '').toLowerCase() === 'on';
}

const CANDIDATES = 'textarea, input, [contenteditable]';

/** Same-origin child documents of a document, in document order (not recursive). */
export function childDocuments(document: Document): Array<{ frame: HTMLIFrameElement; document: Document }> {
  const found: Array<{ frame: HTMLIFrameElement; document: Document }> = [];
  for (const frame of Array.from(document.querySelectorAll('iframe, frame'))) {
    if (!isIframe(frame)) continue;
    const child = frameDocument(frame);
    if (child) found.push({ frame, document: child });
  }
  return found;
}

/** The document and every same-origin document below it, the top first. */
export function reachableDocuments(document: Document, seen = new Set<Document>()): Document[] {
  if (seen.has(document)) return [];
  seen.add(document);
  const all = [document];
  for (const child of childDocuments(document)) all.push(...reachableDocuments(child.document, seen));
  return all;
}

/** The checkable fields of one document (not its frames), in document order. */
export function fieldsIn(document: Document): FieldElement[] {
  if (designModeOn(document) && document.body) return [document.body];
  const fields: FieldElement[] = [];
  for (const element of Array.from(document.querySelectorAll(CANDIDATES))) {
    if (isCheckableTextArea(element) || isLongTextInput(element) || isEditorRoot(element)) fields.push(element as HTMLElement);
  }
  return fields;
}

/** Every checkable field of the page reachable from `document`, frames included (their fields at the frame's place). */
export function discoverFields(document: Document): FieldElement[] {
  const fields: FieldElement[] = [];
  walkFrames(document, new Set(), (field) => fields.push(field));
  return fields;
}

function walkFrames(document: Document, seen: Set<Document>, visit: (field: FieldElement) => void): void {
  if (seen.has(document)) return;
  seen.add(document);
  const frames = childDocuments(document);
  const fields = fieldsIn(document);
  // Merge the frames into the field order by position, so a frame's fields stand where the frame stands.
  let next = 0;
  for (const field of fields) {
    while (next < frames.length && precedes(frames[next]!.frame, field)) walkFrames(frames[next++]!.document, seen, visit);
    visit(field);
  }
  while (next < frames.length) walkFrames(frames[next++]!.document, seen, visit);
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING, without the realm's Node
}

/** Whether an element is (still) a field the page would discover: connected and of a checkable kind. */
export function stillCheckable(element: FieldElement): boolean {
  if (!element.isConnected) return false;
  const document = element.ownerDocument;
  if (designModeOn(document)) return element === document.body;
  return isCheckableTextArea(element) || isLongTextInput(element) || isEditorRoot(element);
}
