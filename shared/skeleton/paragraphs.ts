/**
 * A skeleton as Word paragraphs: headings in Word's built-in heading styles (Heading1 …,
 * "Rubrik 1" in a Swedish Word), placeholders as plain paragraphs, tables as rows with a
 * header row. The Word add-in inserts them; the paragraph reader reads them back as the
 * same document.
 */
import type { ParagraphInput } from '../readers/paragraphs';
import type { Skeleton } from './types';

export function skeletonToParagraphs(skeleton: Skeleton): ParagraphInput[] {
  return skeleton.items.flatMap((item): ParagraphInput[] => {
    switch (item.kind) {
      case 'heading':
        return [{ text: item.text, styleBuiltIn: `Heading${Math.min(9, Math.max(1, item.level))}` }];
      case 'paragraph':
        return [{ text: item.text }];
      case 'table':
        return [item.header, ...item.rows].map((cells, row) => ({ text: '', cells, row }));
    }
  });
}
