/**
 * Replacing a finding's words with a fix, only if they are still the words the check saw
 * (`range.insertText(text, "Replace")`). In a table row a fix can reach over cells (the
 * swapped dates of an Aktivitet row, "2021-01-15\t2021-06-30"): each cell gets its part,
 * so cells are never merged.
 */
import type { EditOutcome, TextTarget } from '../gateway';
import { locateTargets } from './ranges';
import { cellNumbers, type DocumentSnapshot } from './snapshot';

export async function replaceTarget(snapshot: DocumentSnapshot | null, target: TextTarget, text: string): Promise<EditOutcome> {
  return Word.run(async (context) => {
    const [located] = await locateTargets(context, snapshot, [target]);
    if (!located || located.kind === 'missing') return 'missing';
    if (located.kind === 'changed') return 'changed';
    const { pieces, layout } = located;
    if (pieces.length === 1) {
      located.range.insertText(text, 'Replace');
      await context.sync();
      return 'applied';
    }
    // Group the pieces by cell; a piece reaching over a cell's paragraphs stays within the cell.
    const cells = cellNumbers(layout);
    const groups: Array<{ cell: number; ranges: Word.Range[] }> = [];
    for (const piece of pieces) {
      const cell = cells[piece.span.segment]!;
      const group = groups[groups.length - 1];
      if (group && group.cell === cell) group.ranges.push(piece.range);
      else groups.push({ cell, ranges: [piece.range] });
    }
    const parts = text.split('\t');
    const fits = parts.length === groups.length;
    groups.forEach((group, index) => {
      const range = group.ranges.length === 1 ? group.ranges[0]! : group.ranges[0]!.expandTo(group.ranges[group.ranges.length - 1]!);
      const part = fits ? parts[index]! : index === 0 ? text.replace(/\t/g, ' ') : '';
      range.insertText(part, 'Replace');
    });
    await context.sync();
    return 'applied';
  });
}
