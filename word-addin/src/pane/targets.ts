/**
 * From the core's data to the gateway's: source offsets of the paragraph document to a
 * paragraph and offsets in its own text, the core's insertions and skeletons to new
 * content, a finding to a comment.
 */
import { uiWords, type Diagnostic, type Insertion, type Skeleton, type SourceDocument } from '../../../shared/index';
import type { NewContent, TextTarget } from '../gateway';

/** The paragraph at a source offset and the offset in its own text (0 inside Word's list number). */
export function targetAt(document: SourceDocument, offset: number): { paragraph: number; offset: number } {
  const paragraphs = document.paragraphs ?? [];
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (paragraphs[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  const paragraph = paragraphs[low];
  if (!paragraph) return { paragraph: 0, offset: 0 };
  return { paragraph: low, offset: Math.max(0, Math.min(offset, paragraph.end) - paragraph.textStart) };
}

/** Source [start, end) with the text the check saw there, as words in one paragraph. */
export function targetOf(document: SourceDocument, start: number, end: number, text: string): TextTarget {
  const from = targetAt(document, start);
  const to = targetAt(document, end);
  // A finding never spans paragraphs; if it reaches into the next line, it ends with its own paragraph.
  const paragraphEnd = to.paragraph === from.paragraph ? to.offset : from.offset + text.length;
  return { paragraph: from.paragraph, start: from.offset, end: Math.max(from.offset, paragraphEnd), text };
}

export function contentOf(paragraphs: Insertion['paragraphs']): NewContent[] {
  return paragraphs.map((paragraph) =>
    paragraph.heading !== undefined ? { kind: 'heading', level: paragraph.heading, text: paragraph.text } : { kind: 'paragraph', text: paragraph.text },
  );
}

/** A skeleton's headings, placeholders and tables (header row first) as content to insert. */
export function skeletonContent(skeleton: Skeleton): NewContent[] {
  return skeleton.items.map((item): NewContent => {
    switch (item.kind) {
      case 'heading':
        return { kind: 'heading', level: item.level, text: item.text };
      case 'paragraph':
        return { kind: 'paragraph', text: item.text };
      case 'table':
        return { kind: 'table', rows: [item.header, ...item.rows] };
    }
  });
}

/** "Fel: Mål 2.5 ska citeras ordagrant … (utkastkoll)": what a manager's comment says. */
export function commentText(diagnostic: Diagnostic): string {
  return `${uiWords.severities[diagnostic.severity].label}: ${diagnostic.message} (utkastkoll)`;
}
