/**
 * Tables flattened to lines, as PDF extraction leaves them: a known header line
 * ("Aktivitet Startdatum Slutdatum"), then rows whose cells run over several lines. In
 * plain text a row is only known by its end (its dates, or a value of its last column),
 * so lines are held until one ends a row; the cells are found afterwards.
 */
import type { TableSpec } from '../../data/index';
import type { Block, Cell } from '../../document/model';
import { DATES_AT_END, rowCells } from '../../document/tables';
import { tableHeaderKey, type Vocabulary } from '../../document/vocabulary';
import { foldCase } from '../../text/fuzzy';
import { OpenBlock } from './block-text';
import type { Unit } from './layout';
import type { Line } from './lines';

/** Lines held back as a row that has not ended: past this many, it is prose after the table. */
export const MAX_PENDING_LINES = 8;

/** The table whose header the text is ("Aktivitet Startdatum Slutdatum"); cheap tests first. */
export function tableHeader(text: string, vocabulary: Vocabulary): TableSpec | undefined {
  if (text.length > 120 || !vocabulary.tableFirstLetters.has(text.charCodeAt(0) | 32)) return undefined;
  const space = text.indexOf(' ');
  const firstWord = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  if (!vocabulary.tableFirstWords.has(firstWord)) return undefined;
  return vocabulary.tableByHeader.get(tableHeaderKey([text]));
}

/** A heading or another table's header ends the table. */
export function endsTable(unit: Unit, vocabulary: Vocabulary): boolean {
  return tableHeader(unit.text, vocabulary) !== undefined || (unit.text.length <= 160 && vocabulary.headings.match(unit.text) !== null);
}

/** Does this line end a row: its dates, or a value of the last column ("Pågår")? */
export function endsRow(spec: TableSpec, text: string): boolean {
  if (spec.startDate !== undefined || spec.endDate !== undefined) return DATES_AT_END.test(text);
  if (spec.rowEndValues.length > 0) {
    const last = /(\p{L}+)\s*$/u.exec(text)?.[1];
    return last !== undefined && spec.rowEndValues.some((value) => foldCase(value) === foldCase(last));
  }
  return true;
}

export function headerRow(line: Line, spec: TableSpec): Block {
  return {
    kind: 'tableRow',
    text: line.text,
    start: line.contentStart,
    end: line.contentEnd,
    table: spec.id,
    header: true,
    cells: headerCells(line.text, spec),
  };
}

/** The lines of one row joined as a block, with its cells. */
export function tableRow(lines: readonly Line[], spec: TableSpec): Block {
  const first = lines[0]!;
  const row = new OpenBlock({ kind: 'tableRow', text: '', start: first.contentStart, end: first.contentEnd, table: spec.id }, first.text, first);
  for (const line of lines.slice(1)) row.appendLine(line);
  const block = row.finish();
  block.cells = rowCells(block.text, spec);
  return block;
}

function headerCells(text: string, spec: TableSpec): Cell[] {
  const cells: Cell[] = [];
  const folded = foldCase(text);
  let from = 0;
  for (const column of spec.columns) {
    const at = folded.indexOf(foldCase(column), from);
    if (at < 0) continue;
    cells.push({ text: text.slice(at, at + column.length), start: at, end: at + column.length });
    from = at + column.length;
  }
  return cells;
}
