/**
 * A skeleton as plain text, for a web form's text field: each heading and paragraph on a
 * line of its own with a blank line between, tables as "Aktivitet | Startdatum | Slutdatum"
 * lines. Rows left empty are dropped: a plain field has no cells to fill in.
 */
import type { Skeleton, SkeletonItem } from './types';

export function skeletonToText(skeleton: Skeleton): string {
  return skeleton.items.map(itemToText).join('\n\n\n') + '\n';
}

function itemToText(item: SkeletonItem): string {
  switch (item.kind) {
    case 'heading':
    case 'paragraph':
      return item.text;
    case 'table':
      return [item.header, ...item.rows.filter((cells) => cells.some((cell) => cell.trim() !== ''))].map((cells) => cells.join(' | ')).join('\n');
  }
}
