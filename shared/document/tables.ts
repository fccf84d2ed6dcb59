/**
 * Tables from Word or Markdown arrive as rows with cells but without knowing which
 * template table they are; the header row tells ("Aktivitet | Startdatum | Slutdatum").
 */
import type { DocTypeSpec, TableSpec } from '../data/index';
import type { Block, Cell } from './model';
import { tableHeaderKey, vocabularyFor } from './vocabulary';

export function assignTables(blocks: Block[], docTypes: readonly DocTypeSpec[]): void {
  const { tableByHeader } = vocabularyFor(docTypes);
  let index = 0;
  while (index < blocks.length) {
    const first = blocks[index]!;
    if (first.kind !== 'tableRow' || first.table) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < blocks.length && blocks[end]!.kind === 'tableRow' && !blocks[end]!.header && !blocks[end]!.table) end++;
    const spec = first.cells ? tableByHeader.get(tableHeaderKey(first.cells.map((cell) => cell.text))) : undefined;
    if (spec) {
      first.header = true;
      for (let row = index; row < end; row++) blocks[row]!.table = spec.id;
    }
    index = end;
  }
}

const DATE = String.raw`\d{2,4}[-./]\d{1,2}[-./]\d{1,4}`;
/** A row's dates at its end, as a flattened table row ends: "… 2020-01-01 2020-12-31", or with the cells typed apart: "… / 2020-01-01 / 2020-12-31". */
export const DATES_AT_END = new RegExp(String.raw`(?:^|\s+(?:[/|]\s+)?)(${DATE})(?:\s+(?:[/|]\s+)?(${DATE}))?\s*$`);

/** Splits a flattened row: description first, dates (or the last column's value) at the end. */
export function rowCells(text: string, spec: TableSpec): Cell[] {
  if (spec.startDate !== undefined || spec.endDate !== undefined) {
    const match = DATES_AT_END.exec(text);
    if (!match) return [{ text, start: 0, end: text.length }];
    const cells: Cell[] = [];
    const descriptionEnd = match.index;
    cells.push({ text: text.slice(0, descriptionEnd).trim(), start: 0, end: text.slice(0, descriptionEnd).trimEnd().length });
    let from = descriptionEnd;
    for (const date of [match[1], match[2]]) {
      if (date === undefined) continue;
      const at = text.indexOf(date, from);
      cells.push({ text: date, start: at, end: at + date.length });
      from = at + date.length;
    }
    return cells;
  }
  const last = /(\p{L}+)\s*$/u.exec(text);
  if (!last || spec.rowEndValues.length === 0) return [{ text, start: 0, end: text.length }];
  const valueStart = last.index;
  const description = text.slice(0, valueStart).trimEnd();
  return [
    { text: description, start: 0, end: description.length },
    { text: last[1]!, start: valueStart, end: valueStart + last[1]!.length },
  ];
}
