/**
 * A skeleton as Markdown: ATX headings, paragraphs, pipe tables, a blank line between
 * blocks. utkastkoll's own Markdown reader reads it back as the same document.
 */
import type { Skeleton, SkeletonItem } from './types';

export function skeletonToMarkdown(skeleton: Skeleton): string {
  return skeleton.items.map(itemToMarkdown).join('\n\n') + '\n';
}

function itemToMarkdown(item: SkeletonItem): string {
  switch (item.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(1, item.level)))} ${item.text}`;
    case 'paragraph':
      return item.text;
    case 'table':
      return [row(item.header), row(item.header.map(() => '---')), ...item.rows.map(row)].join('\n');
  }
}

/** "| a | b |"; an empty cell is two spaces, as editors write it; a "|" in a cell is escaped. */
function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}
