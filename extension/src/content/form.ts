/**
 * The page's form as one document for the core: its fields in document order, each with
 * its label, and the headings that stand above groups of fields (the six Kvalitetsutmärkelsen
 * areas as fieldset legends, "KF:s inriktningsmål" above the goal fields) as entries of
 * their own. `documentFromFields` reads a label as a heading and an empty value as nothing,
 * so a group heading is a field with an empty value, and required-section, section-order,
 * empty-section and goal consistency see the form's structure across fields.
 *
 * Headings count only inside the part of the page that holds the fields (their lowest
 * common ancestor, across frames) plus the one heading right above it (the form's title),
 * never in navigation, banners or side columns. A field without a label of its own takes
 * the heading or legend right above it; a label that repeats that heading replaces it, so
 * "Nämndmål" is not read as two sections. A heading followed by another heading of the
 * same or a higher level before any field is dropped: its part of the page holds no text
 * fields (radio buttons, static text) and would only read as an empty section.
 */
import { discoverFields, type FieldElement } from './discover';
import { editableAttribute, frameDocument, hostFrame, isElement, isIframe } from './dom';
import { headingLevel, headingText, ownLabel, type LabelSource } from './labels';

export interface FormEntry {
  /** Stable within the page: the element's id or name, else its position ("falt-3", "rubrik-2"). */
  id: string;
  kind: 'field' | 'group';
  /** What the core reads as the heading ("" when a field continues the section above it). */
  label: string;
  /** How the side panel names it: the label, else the heading above it, else "Fält 3". */
  name: string;
  source: LabelSource;
  /** The field, or the heading/legend element of a group. */
  element: HTMLElement;
}

export interface PageForm {
  entries: FormEntry[];
  /** The entries that are fields (no group headings), in order. */
  fields: FormEntry[];
}

/** The tag of our own overlay host: never read as part of the page. */
export const OVERLAY_TAG = 'utkastkoll-overlay';

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'select', 'button', 'datalist', OVERLAY_TAG]);
const CHROME_ROLES =
  '[role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="search"], nav, aside, search, dialog:not([open])';

interface Heading {
  element: HTMLElement;
  text: string;
  /** 1–6; legends have none (they belong to their fieldset and are never dropped). */
  level: number | null;
  source: 'legend' | 'heading';
}

export function readForm(document: Document): PageForm {
  const fields = discoverFields(document);
  const fieldSet = new Set<Element>(fields);
  const groupingFieldsets = fieldsetsHolding(fields);
  const region = commonAncestor(fields);
  const entries: FormEntry[] = [];
  const usedIds = new Set<string>();
  let pending: Heading[] = [];
  let inRegion = false;
  let lastBefore: Heading | null = null;
  let fieldCount = 0;
  let groupCount = 0;
  let context = '';

  const unique = (wanted: string): string => {
    let id = wanted;
    for (let n = 2; usedIds.has(id); n++) id = `${wanted}-${n}`;
    usedIds.add(id);
    return id;
  };

  const emitGroups = (): void => {
    for (const heading of pending) {
      groupCount++;
      entries.push({
        id: unique(heading.element.id || (heading.source === 'legend' ? heading.element.parentElement?.id : '') || `rubrik-${groupCount}`),
        kind: 'group',
        label: heading.text,
        name: heading.text,
        source: heading.source,
        element: heading.element,
      });
      context = heading.text;
    }
    pending = [];
  };

  const addHeading = (heading: Heading): void => {
    if (!inRegion) {
      lastBefore = heading;
      return;
    }
    while (heading.level !== null) {
      const last = pending[pending.length - 1];
      if (!last || last.level === null || last.level < heading.level) break;
      pending.pop();
    }
    pending.push(heading);
  };

  const addField = (element: FieldElement): void => {
    fieldCount++;
    const own = ownLabel(element);
    let label = own.text;
    let source: LabelSource = own.source;
    if (label !== '') {
      const last = pending[pending.length - 1];
      if (last && sameText(last.text, label)) pending.pop();
    } else {
      const last = pending.pop();
      if (last) {
        label = last.text;
        source = last.source;
      }
    }
    emitGroups();
    const name = label || context || placeholderOf(element) || `Fält ${fieldCount}`;
    entries.push({ id: unique(fieldIdOf(element) || `falt-${fieldCount}`), kind: 'field', label, name, source, element });
    if (label) context = label;
  };

  const visit = (element: Element): void => {
    if (SKIPPED_TAGS.has(element.localName)) return;
    const entering = element === region;
    if (entering) {
      inRegion = true;
      if (lastBefore) pending.push(lastBefore);
    }
    if (fieldSet.has(element)) {
      addField(element as FieldElement);
    } else {
      const heading = headingOf(element, groupingFieldsets);
      if (heading) addHeading(heading);
      else if (isIframe(element)) {
        const inner = frameDocument(element);
        if (inner?.documentElement) visit(inner.documentElement);
      } else {
        for (let child = element.firstElementChild; child; child = child.nextElementSibling) visit(child);
      }
    }
    if (entering) inRegion = false;
  };

  if (fields.length > 0 && document.documentElement) visit(document.documentElement);
  return { entries, fields: entries.filter((entry) => entry.kind === 'field') };
}

/** A heading or a grouping legend (one whose fieldset holds a field), unless it is page chrome or a label's text. */
function headingOf(element: Element, groupingFieldsets: Set<Element>): Heading | null {
  if (!isElement(element)) return null;
  if (element.localName === 'legend') {
    const fieldset = element.parentElement;
    if (!fieldset || fieldset.localName !== 'fieldset' || !groupingFieldsets.has(fieldset)) return null;
    if (firstLegend(fieldset) !== element) return null;
    const text = headingText(element);
    return text ? { element, text, level: null, source: 'legend' } : null;
  }
  const level = headingLevel(element);
  if (level === null || element.closest('label') || isChrome(element) || insideEditor(element)) return null;
  const text = headingText(element);
  return text ? { element, text, level, source: 'heading' } : null;
}

function firstLegend(fieldset: Element): Element | null {
  for (let child = fieldset.firstElementChild; child; child = child.nextElementSibling) if (child.localName === 'legend') return child;
  return null;
}

/** Navigation, banners and side columns: their headings are not the form's. A header or footer counts only outside the content. */
function isChrome(element: Element): boolean {
  if (element.closest(CHROME_ROLES)) return true;
  const band = element.closest('header, footer');
  return band !== null && band.parentElement?.closest('main, article, section, form, fieldset, [role="main"]') == null;
}

/** A heading typed inside a rich-text editor is the editor's text, not the form's. */
function insideEditor(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (editableAttribute(node)) return true;
  return false;
}

/** Fieldsets (in any frame up the chain) that hold at least one field: only their legends are headings. */
function fieldsetsHolding(fields: readonly FieldElement[]): Set<Element> {
  const found = new Set<Element>();
  for (const field of fields) for (const ancestor of pathOf(field)) if (ancestor.localName === 'fieldset') found.add(ancestor);
  return found;
}

/** The element's ancestors from the top document's root down to itself, through same-origin frames. */
export function pathOf(element: Element): Element[] {
  const path: Element[] = [];
  let node: Element | null = element;
  while (node) {
    path.push(node);
    node = node.parentElement ?? hostFrame(node.ownerDocument);
  }
  return path.reverse();
}

/** The deepest element containing every field (the field itself when there is one). */
export function commonAncestor(fields: readonly Element[]): Element | null {
  if (fields.length === 0) return null;
  let common = pathOf(fields[0]!);
  for (const field of fields.slice(1)) {
    const path = pathOf(field);
    let length = 0;
    while (length < common.length && length < path.length && common[length] === path[length]) length++;
    common = common.slice(0, length);
  }
  return common[common.length - 1] ?? null;
}

/** The element's own name for the page: its id or name; a frame's body editor goes by its iframe's. */
function fieldIdOf(element: HTMLElement): string {
  const document = element.ownerDocument;
  if (element === document.body || element === document.documentElement) {
    const frame = hostFrame(document);
    return frame ? fieldIdOf(frame) : '';
  }
  return element.id || element.getAttribute('name') || '';
}

function placeholderOf(element: HTMLElement): string {
  return (element.getAttribute('placeholder') ?? element.getAttribute('data-placeholder') ?? '').replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  const normal = (text: string) =>
    text
      .toLocaleLowerCase('sv')
      .replace(/[\s:*]+$/g, '')
      .replace(/\s+/g, ' ');
  return normal(a) === normal(b);
}
