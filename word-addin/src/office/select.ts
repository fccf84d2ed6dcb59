/**
 * Selecting a finding's words: Word selects the range and scrolls it into view. When the
 * text changed since the check (or Word's search cannot find it), the paragraph is selected
 * instead, so the writer still lands in the right place.
 */
import type { SelectOutcome, TextTarget } from '../gateway';
import { locateTargets } from './ranges';
import type { DocumentSnapshot } from './snapshot';

export async function selectTarget(snapshot: DocumentSnapshot | null, target: TextTarget): Promise<SelectOutcome> {
  return Word.run(async (context) => {
    const [located] = await locateTargets(context, snapshot, [target]);
    if (!located || located.kind === 'missing') return 'missing';
    if (located.kind === 'found') {
      located.range.select();
      await context.sync();
      return 'selected';
    }
    wholeRange(located.paragraphs).select();
    await context.sync();
    return 'changed';
  });
}

/** The range over all of an input's paragraphs (one paragraph, or a table row's cells). */
export function wholeRange(paragraphs: readonly Word.Paragraph[]): Word.Range {
  const first = paragraphs[0]!.getRange('Whole');
  return paragraphs.length === 1 ? first : first.expandTo(paragraphs[paragraphs.length - 1]!.getRange('Whole'));
}
