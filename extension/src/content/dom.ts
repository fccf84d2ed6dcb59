/**
 * Small DOM helpers that work across same-origin frames. A field in an iframe belongs to
 * the frame's own window, so `instanceof HTMLTextAreaElement` (the top window's class) is
 * false for it: everything here goes by tag name and the element's own document and window.
 */

export type TextControl = HTMLTextAreaElement | HTMLInputElement;

export function isTextArea(node: unknown): node is HTMLTextAreaElement {
  return isElement(node) && node.localName === 'textarea';
}

export function isInput(node: unknown): node is HTMLInputElement {
  return isElement(node) && node.localName === 'input';
}

/** A textarea or an input: its text is `.value`, edited with setSelectionRange. */
export function isTextControl(node: unknown): node is TextControl {
  return isTextArea(node) || isInput(node);
}

export function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

export function isIframe(node: unknown): node is HTMLIFrameElement {
  return isElement(node) && (node.localName === 'iframe' || node.localName === 'frame');
}

/** The element's own window (the iframe's, for a field inside one). */
export function windowOf(node: Node): Window | null {
  return (node.ownerDocument ?? (node as Document)).defaultView;
}

/** A same-origin frame's document, or null (cross-origin, sandboxed, not loaded). Reading it never throws. */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const document = frame.contentDocument;
    return document && document.documentElement ? document : null;
  } catch {
    return null;
  }
}

/** The iframe element a document is shown in, when that frame is same-origin with its parent. */
export function hostFrame(document: Document): HTMLIFrameElement | null {
  try {
    const element = document.defaultView?.frameElement ?? null;
    return isIframe(element) ? element : null;
  } catch {
    return null;
  }
}

/** `contenteditable` values that make an editing host ("false" and "inherit" do not). */
export function editableAttribute(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null) return false;
  const lower = value.trim().toLowerCase();
  return lower === '' || lower === 'true' || lower === 'plaintext-only';
}

/** Hidden by the page on the element itself (not by a closed tab around it): the original textarea an editor replaced. */
export function hiddenItself(element: HTMLElement): boolean {
  if (element.hidden || element.getAttribute('aria-hidden') === 'true') return true;
  const view = windowOf(element);
  const style = view?.getComputedStyle(element);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/** Collapses runs of white space (as a label is read aloud or on screen) and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
