/**
 * A field's own label, as a writer reads it on the page: the elements named by
 * `aria-labelledby`, a `<label for>` or a wrapping `<label>`, else `aria-label`. The
 * fieldset legend and the nearest heading above a field are the form's headings; form.ts
 * decides whether one of them labels a field that has none of its own.
 */
import { hostFrame, isElement, isTextControl, squash } from './dom';

export type LabelSource = 'aria-labelledby' | 'label' | 'aria-label' | 'legend' | 'heading' | 'none';

export interface OwnLabel {
  text: string;
  source: LabelSource;
}

/** Elements whose text is not part of a label: the controls themselves and what is not shown. */
const SKIPPED = new Set(['textarea', 'input', 'select', 'button', 'script', 'style', 'template', 'noscript', 'svg', 'option']);

/**
 * The text of an element as shown: text nodes in order, without form controls, hidden
 * parts (`hidden`, `aria-hidden`, inline `display: none`) and the required-field star.
 */
export function visibleText(root: Element, includeHiddenRoot = false): string {
  const parts: string[] = [];
  const visit = (node: Node, isRoot: boolean): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (!isElement(node)) return;
    if (SKIPPED.has(node.localName)) return;
    if (!(isRoot && includeHiddenRoot) && (node.hidden || node.getAttribute('aria-hidden') === 'true' || node.style?.display === 'none')) return;
    if (node.getAttribute('contenteditable') !== null && !isRoot) return;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, false);
    // Block boundaries read as a space, so "Fråga 7<br>Hur …" does not run together.
    if (node.localName === 'br' || node.localName === 'p' || node.localName === 'div') parts.push(' ');
  };
  visit(root, true);
  return cleanLabel(parts.join(''));
}

/** "Nämndmål *" → "Nämndmål"; runs of white space collapsed. */
export function cleanLabel(text: string): string {
  return squash(text)
    .replace(/\s*\*+\s*$/, '')
    .replace(/^\*+\s*/, '')
    .trim();
}

function byIds(document: Document, ids: string): string {
  return squash(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const element = document.getElementById(id);
        return element ? visibleText(element, true) : '';
      })
      .join(' '),
  );
}

/** `<label>` elements for a field: `.labels` for controls; for an editor the `for` and wrapping labels by hand. */
function labelElements(element: HTMLElement): HTMLLabelElement[] {
  if (isTextControl(element)) return Array.from(element.labels ?? []);
  const found: HTMLLabelElement[] = [];
  if (element.id) {
    for (const label of Array.from(element.ownerDocument.querySelectorAll('label[for]'))) {
      if ((label as HTMLLabelElement).htmlFor === element.id) found.push(label as HTMLLabelElement);
    }
  }
  const wrapping = element.parentElement?.closest('label');
  if (wrapping) found.push(wrapping);
  return found;
}

/** The label the field carries itself (not a legend or a heading), and where it came from. */
export function ownLabel(element: HTMLElement): OwnLabel {
  const document = element.ownerDocument;
  // An editor that is a frame's whole body (design mode, CKEditor 4) is labelled by its iframe.
  if (element === document.body || element === document.documentElement) {
    const frame = hostFrame(document);
    return frame ? ownLabel(frame) : { text: '', source: 'none' };
  }
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = byIds(document, labelledBy);
    if (text) return { text, source: 'aria-labelledby' };
  }
  const labels = labelElements(element)
    .map((label) => visibleText(label))
    .filter(Boolean);
  if (labels.length > 0) return { text: squash(labels.join(' ')), source: 'label' };
  const aria = cleanLabel(element.getAttribute('aria-label') ?? '');
  if (aria) return { text: aria, source: 'aria-label' };
  // An editor alone in a frame (a rich-text editor's iframe) is labelled where the frame stands.
  const frame = hostFrame(document);
  return frame ? ownLabel(frame) : { text: '', source: 'none' };
}

/** A heading element's level: h1–h6 by tag, role="heading" by aria-level (default 2, as ARIA says). */
export function headingLevel(element: Element): number | null {
  const match = /^h([1-6])$/.exec(element.localName);
  if (match) return Number(match[1]);
  if (element.getAttribute('role') === 'heading') {
    const level = Number(element.getAttribute('aria-level'));
    return Number.isInteger(level) && level > 0 ? level : 2;
  }
  return null;
}

/** The text of a legend or heading, as it reads. */
export function headingText(element: Element): string {
  return visibleText(element);
}
