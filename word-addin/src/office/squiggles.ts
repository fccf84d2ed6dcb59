/**
 * Findings as squiggles in the text: annotations (WordApi 1.7, `paragraph.insertAnnotations`
 * with paragraph-relative `{ start, length }` — the core's offsets). They need a Microsoft
 * 365 subscription (a service behind them; one-time-purchase Office fails, office-js #4953)
 * and are not saved in the document (docs `word/annotations.md`), so they are an optional
 * layer over the pane's list: any failure leaves the document as it was.
 */
import type { Squiggle } from '../gateway';
import { comparableLine, currentIndices, holdsTarget, spansOf, type DocumentSnapshot } from './snapshot';

const COLOR_SCHEMES = (): Record<Squiggle['severity'], string> => ({
  error: Word.CritiqueColorScheme.red,
  warning: Word.CritiqueColorScheme.lavender,
  info: Word.CritiqueColorScheme.blue,
});

const SEVERITY_ORDER: Record<Squiggle['severity'], number> = { error: 0, warning: 1, info: 2 };

interface Critique {
  colorScheme: string;
  start: number;
  length: number;
}

/**
 * Removes the squiggles this add-in put in earlier (`earlier` holds their ids; annotations
 * belong to the session) and puts in the new ones; returns the new ids.
 */
export async function replaceSquiggles(snapshot: DocumentSnapshot | null, squiggles: readonly Squiggle[], earlier: ReadonlySet<string>): Promise<string[]> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const items = paragraphs.items;
    const texts = items.map((paragraph) => paragraph.text);
    if (earlier.size > 0) {
      const existing = items.map((paragraph) => paragraph.getAnnotations().load('id'));
      await context.sync();
      for (const collection of existing) for (const annotation of collection.items) if (earlier.has(annotation.id)) annotation.delete();
    }
    const critiques = critiquesByParagraph(snapshot, squiggles, texts);
    const results = [...critiques].map(([index, list]) => items[index]!.insertAnnotations({ critiques: list as Word.Critique[] }));
    await context.sync();
    return results.flatMap((result) => result.value);
  });
}

/** Each squiggle whose text is still there, as critiques per Word paragraph; the worst first where they overlap. */
export function critiquesByParagraph(snapshot: DocumentSnapshot | null, squiggles: readonly Squiggle[], texts: readonly string[]): Map<number, Critique[]> {
  const byParagraph = new Map<number, Critique[]>();
  if (!snapshot) return byParagraph;
  const colors = COLOR_SCHEMES();
  const ordered = [...squiggles].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const squiggle of ordered) {
    const layout = snapshot.inputs[squiggle.target.paragraph];
    if (!layout || squiggle.target.end <= squiggle.target.start) continue;
    const indices = currentIndices(snapshot, layout, texts);
    if (!indices || !holdsTarget(layout, comparableLine(layout, indices, texts), squiggle.target)) continue;
    for (const span of spansOf(layout, indices, texts, squiggle.target.start, squiggle.target.end)) {
      const list = byParagraph.get(span.paragraph) ?? [];
      if (list.some((critique) => span.start < critique.start + critique.length && critique.start < span.end)) continue;
      list.push({ colorScheme: colors[squiggle.severity], start: span.start, length: span.end - span.start });
      byParagraph.set(span.paragraph, list);
    }
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.start - b.start);
  return byParagraph;
}
