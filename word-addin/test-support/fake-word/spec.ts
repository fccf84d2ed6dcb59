/**
 * How a fake document is written down: paragraphs (a string, or text with a style, outline
 * level, list numbering, bold) and tables (rows of cells; a cell holds text, paragraphs or
 * a nested table). `blocksFromParagraphInputs` turns the core's paragraph inputs — e.g.
 * `paragraphsFromBlocks(documentFromText(seed, 'text').blocks)` — into such a document.
 */
import type { ParagraphInput } from '../../../shared/index';
import { invalidArgument } from './errors';
import type { FakeCell, FakeDocumentModel, FakeParagraph } from './model';
import { isBuiltInStyle } from './styles';

export interface FakeListSpec {
  level?: number;
  /** Word's number or bullet ("7.", "1.2", "•"); counted through the list when absent and `numbered`. */
  listString?: string;
  numbered?: boolean;
  /** Paragraphs of one list count together; default "list-1". */
  listId?: string;
}

export interface FakeParagraphObjectSpec {
  text: string;
  /** "Normal" (default; "ListParagraph" for a list item), "Heading1" … "Title", or "Other" with `style`. */
  styleBuiltIn?: string;
  /** A custom style's name ("Kommunrubrik"); makes `styleBuiltIn` "Other" unless given. */
  style?: string;
  /** For custom heading styles: 1–9. */
  outlineLevel?: number;
  list?: FakeListSpec;
  /** `font.bold`: true, false or null (mixed). */
  bold?: boolean | null;
}

export type FakeParagraphSpec = string | FakeParagraphObjectSpec;

export type FakeCellSpec = string | { content: FakeBlockSpec[] };

export interface FakeTableSpec {
  /** Rows of cells; the first row is the header. */
  table: FakeCellSpec[][];
  styleBuiltIn?: string;
}

export type FakeBlockSpec = FakeParagraphSpec | FakeTableSpec;

function isTable(block: FakeBlockSpec): block is FakeTableSpec {
  return typeof block === 'object' && 'table' in block;
}

/** Builds the blocks into the model's paragraphs (replacing what it held). */
export function buildDocument(model: FakeDocumentModel, blocks: readonly FakeBlockSpec[]): void {
  const paragraphs: FakeParagraph[] = [];
  appendBlocks(model, paragraphs, blocks, undefined);
  if (paragraphs.length === 0 || isTableParagraphAtEnd(paragraphs)) paragraphs.push(model.createParagraph({ text: '' }));
  model.paragraphs = paragraphs;
  model.changed();
  model.pendingEvents = [];
  model.selection = model.collapsed(paragraphs[0]!, 0);
}

function isTableParagraphAtEnd(paragraphs: FakeParagraph[]): boolean {
  return paragraphs[paragraphs.length - 1]!.cell !== undefined;
}

function appendBlocks(model: FakeDocumentModel, out: FakeParagraph[], blocks: readonly FakeBlockSpec[], cell: FakeCell | undefined): void {
  blocks.forEach((block, index) => {
    if (!isTable(block)) {
      out.push(paragraphOf(model, block, cell));
      return;
    }
    // Word keeps a paragraph between two tables (else they are one table).
    const previous = out[out.length - 1];
    if (index > 0 && previous && previous.cell !== cell) out.push(model.createParagraph(cell ? { text: '', cell } : { text: '' }));
    const table = model.createTable(block.styleBuiltIn ?? 'TableGrid', cell);
    block.table.forEach((row, rowIndex) => {
      row.forEach((spec, column) => {
        const inner: FakeCell = { table, row: rowIndex, column };
        const content = typeof spec === 'string' ? [spec] : spec.content;
        const before = out.length;
        appendBlocks(model, out, content, inner);
        // A cell always ends with one of its own paragraphs (after a nested table too).
        if (out.length === before || out[out.length - 1]!.cell !== inner) out.push(model.createParagraph({ text: '', cell: inner }));
      });
    });
  });
}

function paragraphOf(model: FakeDocumentModel, spec: FakeParagraphSpec, cell: FakeCell | undefined): FakeParagraph {
  const object = typeof spec === 'string' ? { text: spec } : spec;
  const styleBuiltIn = object.styleBuiltIn ?? (object.style !== undefined ? 'Other' : object.list ? 'ListParagraph' : 'Normal');
  if (!isBuiltInStyle(styleBuiltIn)) throw invalidArgument('FakeWord', `'${styleBuiltIn}' is not a Word.BuiltInStyleName.`);
  const paragraph = model.createParagraph({ text: object.text, styleBuiltIn, bold: object.bold === undefined ? false : object.bold });
  if (object.style !== undefined && styleBuiltIn === 'Other') paragraph.customStyle = object.style;
  if (object.outlineLevel !== undefined) paragraph.outlineLevel = object.outlineLevel;
  if (object.list) {
    const list = object.list;
    paragraph.list = {
      level: list.level ?? 0,
      numbered: list.numbered ?? (list.listString !== undefined && /\d/.test(list.listString)),
      listId: list.listId ?? 'list-1',
      ...(list.listString !== undefined ? { listString: list.listString } : {}),
    };
  }
  if (cell) paragraph.cell = cell;
  return paragraph;
}

/**
 * The core's paragraph inputs as a Word document: consecutive table rows become one table
 * (a new one where a row 0 follows rows), list numbers stay outside the text.
 */
export function blocksFromParagraphInputs(inputs: readonly ParagraphInput[]): FakeBlockSpec[] {
  const blocks: FakeBlockSpec[] = [];
  let table: FakeTableSpec | null = null;
  for (const input of inputs) {
    if (input.cells) {
      if (!table || input.row === 0) {
        table = { table: [] };
        blocks.push(table);
      }
      table.table.push([...input.cells]);
      continue;
    }
    table = null;
    const spec: FakeParagraphObjectSpec = { text: input.text };
    if (input.styleBuiltIn !== undefined) spec.styleBuiltIn = isBuiltInStyle(input.styleBuiltIn) ? input.styleBuiltIn : 'Other';
    if (input.style !== undefined) spec.style = input.style;
    if (input.style !== undefined && input.styleBuiltIn === undefined) spec.styleBuiltIn = 'Other';
    if (input.outlineLevel !== undefined) spec.outlineLevel = input.outlineLevel;
    if (input.bold !== undefined) spec.bold = input.bold;
    if (input.list) spec.list = { level: input.list.level ?? 0, ...(input.list.listString !== undefined ? { listString: input.list.listString } : {}) };
    blocks.push(spec);
  }
  return blocks;
}
