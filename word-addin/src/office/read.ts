/**
 * Reads the whole body as the core's paragraph inputs, in at most two syncs for a
 * document of any length (FRONTEND-FACTS 1: fewer syncs, named properties only):
 *
 * 1. one batched load of every paragraph's text, style, styleBuiltIn, outlineLevel,
 *    isListItem, tableNestingLevel and font.bold;
 * 2. only if there are list items or table cells: their `listItemOrNullObject`
 *    (level, listString — list numbers are not in `text`) and `parentTableCellOrNullObject`
 *    (rowIndex, cellIndex), queued per paragraph and synced once. Loading these through
 *    the collection's navigation paths is unverified on real Word (office-js #2037 uses
 *    it), so they are loaded on the paragraphs that need them.
 *
 * Table cells' paragraphs become one input per row (a cell's paragraphs joined by a space,
 * nested tables flattened into their cell); the snapshot keeps which Word paragraphs are
 * behind each input.
 */
import type { ParagraphInput } from '../../../shared/index';
import type { DocumentSnapshot, InputLayout, WordParagraphSnapshot } from './snapshot';

const PARAGRAPH_PROPERTIES = ['text', 'style', 'styleBuiltIn', 'outlineLevel', 'isListItem', 'tableNestingLevel', 'font/bold']
  .map((name) => `items/${name}`)
  .join(',');

/** Word's list numbers that the core puts in front of the line ("7.", "1.2", "3)"). */
const NUMBER_LIST_STRING = /^\(?\d{1,2}(?:\.\d{1,2})*[.):]?$/;

/** One body paragraph as read, before grouping. */
export interface RawParagraph {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
  isListItem: boolean;
  tableNestingLevel: number;
  bold?: boolean | null;
  list?: { level: number; listString: string };
  cell?: { rowIndex: number; cellIndex: number };
}

export async function readDocument(): Promise<{ inputs: ParagraphInput[]; snapshot: DocumentSnapshot }> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(PARAGRAPH_PROPERTIES);
    await context.sync();
    const items = paragraphs.items;
    const lists = new Map<number, Word.ListItem>();
    const cells = new Map<number, Word.TableCell>();
    items.forEach((paragraph, index) => {
      if (paragraph.isListItem) lists.set(index, paragraph.listItemOrNullObject.load('level,listString'));
      if (paragraph.tableNestingLevel > 0) cells.set(index, paragraph.parentTableCellOrNullObject.load('rowIndex,cellIndex'));
    });
    if (lists.size > 0 || cells.size > 0) await context.sync();
    const raw = items.map((paragraph, index): RawParagraph => {
      const read: RawParagraph = {
        text: paragraph.text,
        style: paragraph.style,
        styleBuiltIn: paragraph.styleBuiltIn,
        outlineLevel: paragraph.outlineLevel,
        isListItem: paragraph.isListItem,
        tableNestingLevel: paragraph.tableNestingLevel,
        bold: paragraph.font.bold,
      };
      const list = lists.get(index);
      if (list && !list.isNullObject) read.list = { level: list.level, listString: list.listString };
      const cell = cells.get(index);
      if (cell && !cell.isNullObject) read.cell = { rowIndex: cell.rowIndex, cellIndex: cell.cellIndex };
      return read;
    });
    return buildInputs(raw);
  });
}

/**
 * Body paragraphs → inputs: one per paragraph outside tables, one per row of an outer
 * table. A paragraph of a nested table (level 2 and deeper) belongs to the outer cell of
 * the next level-1 paragraph: Word ends every cell with a paragraph of its own, after a
 * nested table too.
 */
export function buildInputs(raw: readonly RawParagraph[]): { inputs: ParagraphInput[]; snapshot: DocumentSnapshot } {
  const inputs: ParagraphInput[] = [];
  const layouts: InputLayout[] = [];
  const paragraphs: WordParagraphSnapshot[] = raw.map((paragraph) => ({
    text: paragraph.text,
    isListItem: paragraph.isListItem,
    tableNestingLevel: paragraph.tableNestingLevel,
  }));
  let row: { rowIndex: number; lastCell: number; cells: number[][]; anchor: number } | null = null;
  let nested: number[] = [];

  const flushRow = () => {
    if (!row) return;
    if (nested.length > 0) row.cells[row.cells.length - 1]!.push(...nested);
    nested = [];
    const cells = row.cells.map((cell) => cell.map((index) => raw[index]!.text).join(' '));
    inputs.push({ text: '', cells, row: row.rowIndex });
    const layout: InputLayout = { paragraphs: [], separators: [], row: true, listPrefix: '', tableAnchor: row.anchor };
    // The line is the cells joined by tabs; a cell Word reports no paragraph for (merged) still counts.
    let previous = -1;
    row.cells.forEach((cell, cellNumber) => {
      cell.forEach((index, k) => {
        layout.paragraphs.push(index);
        layout.separators.push(k > 0 ? ' ' : '\t'.repeat(previous < 0 ? cellNumber : cellNumber - previous));
      });
      if (cell.length > 0) previous = cellNumber;
    });
    layouts.push(layout);
    row = null;
  };

  raw.forEach((paragraph, index) => {
    if (paragraph.tableNestingLevel <= 0 || (paragraph.tableNestingLevel === 1 && !paragraph.cell)) {
      flushRow();
      inputs.push(paragraphInput(paragraph));
      layouts.push({ paragraphs: [index], separators: [''], row: false, listPrefix: listPrefix(paragraph) });
      return;
    }
    if (paragraph.tableNestingLevel > 1 || !paragraph.cell) {
      nested.push(index);
      return;
    }
    const { rowIndex, cellIndex } = paragraph.cell;
    if (!row || row.rowIndex !== rowIndex || cellIndex < row.lastCell) {
      const pending = nested;
      nested = [];
      flushRow();
      nested = pending;
      row = { rowIndex, lastCell: cellIndex, cells: [], anchor: index };
    }
    while (row.cells.length <= cellIndex) row.cells.push([]);
    row.lastCell = cellIndex;
    const cell = row.cells[cellIndex]!;
    cell.push(...nested, index);
    nested = [];
  });
  flushRow();
  return { inputs, snapshot: { paragraphs, inputs: layouts } };
}

function paragraphInput(paragraph: RawParagraph): ParagraphInput {
  const input: ParagraphInput = { text: paragraph.text };
  if (typeof paragraph.style === 'string' && paragraph.style !== '') input.style = paragraph.style;
  if (typeof paragraph.styleBuiltIn === 'string') input.styleBuiltIn = paragraph.styleBuiltIn;
  if (typeof paragraph.outlineLevel === 'number') input.outlineLevel = paragraph.outlineLevel;
  if (paragraph.list) input.list = { level: paragraph.list.level, listString: paragraph.list.listString };
  // Word gives true only when every run is bold (null for mixed).
  if (paragraph.bold === true) input.bold = true;
  return input;
}

function listPrefix(paragraph: RawParagraph): string {
  const listString = paragraph.list?.listString.trim();
  return listString && NUMBER_LIST_STRING.test(listString) ? `${listString} ` : '';
}
