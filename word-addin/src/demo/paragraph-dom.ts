/**
 * The simulated Word document's markup: one element per paragraph (`<h1>`…`<h6>` for
 * headings, `<p>` otherwise) and one `<table>` per run of table rows. What Word shows beside
 * the text — the style name, the list number — lives in data attributes that the demo's CSS
 * draws, so an element's textContent is exactly what Word's `paragraph.text` would be.
 */
import type { ParagraphInput } from '../../../shared/index';
import type { NewContent } from '../gateway';

/** Every paragraph and table cell the user can type in. Plain text only, as Word's paragraph text is. */
const EDITABLE = 'plaintext-only';
const HEADING_STYLE = /^heading([1-9])$/i;

/** The name Swedish Word shows for a built-in style; undefined for Normal (no label, as in Word's style area). */
export function swedishStyleName(styleBuiltIn: string | undefined, list: boolean): string | undefined {
  const heading = styleBuiltIn !== undefined ? HEADING_STYLE.exec(styleBuiltIn) : null;
  if (heading) return `Rubrik ${heading[1]}`;
  if (styleBuiltIn?.toLowerCase() === 'title') return 'Rubrik';
  return list ? 'Liststycke' : undefined;
}

export function paragraphElement(document: Document, input: ParagraphInput): HTMLElement {
  const level = input.styleBuiltIn !== undefined ? Number(HEADING_STYLE.exec(input.styleBuiltIn)?.[1]) : NaN;
  const element = document.createElement(level >= 1 && level <= 6 ? `h${level}` : 'p');
  element.setAttribute('contenteditable', EDITABLE);
  element.setAttribute('spellcheck', 'false');
  if (input.styleBuiltIn !== undefined) element.dataset.style = input.styleBuiltIn;
  const styleName = input.style ?? swedishStyleName(input.styleBuiltIn, input.list !== undefined);
  if (styleName !== undefined && styleName !== 'Normal') element.dataset.styleName = styleName;
  if (input.outlineLevel !== undefined) element.dataset.outlineLevel = String(input.outlineLevel);
  if (input.list) {
    element.dataset.listLevel = String(input.list.level ?? 0);
    if (input.list.listString !== undefined) element.dataset.listString = input.list.listString;
  }
  if (input.bold) element.dataset.bold = 'true';
  element.textContent = input.text;
  return element;
}

export function tableElement(document: Document, rows: readonly (readonly string[])[]): HTMLTableElement {
  const table = document.createElement('table');
  const body = table.appendChild(document.createElement('tbody'));
  for (const cells of rows) {
    const row = body.appendChild(document.createElement('tr'));
    for (const text of cells) {
      const cell = row.appendChild(document.createElement('td'));
      cell.setAttribute('contenteditable', EDITABLE);
      cell.setAttribute('spellcheck', 'false');
      cell.textContent = text;
    }
  }
  return table;
}

/** Elements for paragraph inputs in order; consecutive table rows share a table until a row 0 starts a new one. */
export function documentElements(document: Document, paragraphs: readonly ParagraphInput[]): HTMLElement[] {
  const elements: HTMLElement[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) elements.push(tableElement(document, rows));
    rows = [];
  };
  for (const paragraph of paragraphs) {
    if (paragraph.cells) {
      if (paragraph.row === 0) flush();
      rows.push([...paragraph.cells]);
      continue;
    }
    flush();
    elements.push(paragraphElement(document, paragraph));
  }
  flush();
  return elements;
}

export function contentElements(document: Document, content: readonly NewContent[]): HTMLElement[] {
  return content.map((item) => {
    if (item.kind === 'table') return tableElement(document, item.rows);
    if (item.kind === 'heading') return paragraphElement(document, { text: item.text, styleBuiltIn: `Heading${item.level}` });
    return paragraphElement(document, { text: item.text, styleBuiltIn: 'Normal' });
  });
}

/** A paragraph element read back as Word's API would describe it. */
export function paragraphInput(element: HTMLElement): ParagraphInput {
  const input: ParagraphInput = { text: element.textContent ?? '' };
  const tagLevel = /^H([1-6])$/.exec(element.tagName)?.[1];
  const styleBuiltIn = element.dataset.style ?? (tagLevel !== undefined ? `Heading${tagLevel}` : undefined);
  if (styleBuiltIn !== undefined) input.styleBuiltIn = styleBuiltIn;
  if (element.dataset.styleName !== undefined) input.style = element.dataset.styleName;
  const outline = Number(element.dataset.outlineLevel);
  if (element.dataset.outlineLevel !== undefined && Number.isInteger(outline)) input.outlineLevel = outline;
  if (element.dataset.listLevel !== undefined || element.dataset.listString !== undefined) {
    input.list = { level: Number(element.dataset.listLevel ?? 0) || 0 };
    if (element.dataset.listString !== undefined) input.list.listString = element.dataset.listString;
  }
  if (element.dataset.bold === 'true') input.bold = true;
  return input;
}

export function rowInput(row: HTMLTableRowElement, index: number): ParagraphInput {
  return { text: '', cells: Array.from(row.cells, (cell) => cell.textContent ?? ''), row: index };
}
