/**
 * Findings as Word comments (`range.insertComment`, WordApi 1.4 — not Office 2019/2021,
 * where the pane offers the review report instead). A comment goes only on words that are
 * still what the check saw; the others are counted as skipped. Adding comments also fires
 * paragraph events (office-js #5049): the pane's re-read sees no change and stays quiet.
 */
import type { CommentRequest } from '../gateway';
import { locateTargets } from './ranges';
import type { DocumentSnapshot } from './snapshot';

export async function addCommentsAt(snapshot: DocumentSnapshot | null, comments: readonly CommentRequest[]): Promise<{ added: number; skipped: number }> {
  if (comments.length === 0) return { added: 0, skipped: 0 };
  return Word.run(async (context) => {
    const located = await locateTargets(
      context,
      snapshot,
      comments.map((comment) => comment.target),
    );
    let added = 0;
    located.forEach((place, index) => {
      if (place.kind !== 'found') return;
      place.range.insertComment(comments[index]!.text);
      added++;
    });
    if (added > 0) await context.sync();
    return { added, skipped: comments.length - added };
  });
}
