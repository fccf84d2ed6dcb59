/**
 * Tables from Word or Markdown arrive as rows with cells but without knowing which
 * template table they are; the header row tells ("Aktivitet | Startdatum | Slutdatum").
 */
import type { DocTypeSpec } from '../data/index';
import type { Block } from './model';
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
