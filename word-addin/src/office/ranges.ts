/**
 * Targets → Word ranges, shared by select, replace and comments. A target is checked
 * against the document before anything is mapped (FRONTEND-FACTS 2, "what a robust add-in
 * does"): the paragraphs' texts are read again, the input's paragraphs found (in place, or
 * shifted when paragraphs were added above), and the expected text compared. Only then are
 * the searches queued — all targets' in one sync — and their ranges joined.
 *
 *   sync 1: every body paragraph's text;  sync 2: the searches;  the caller's sync: the action.
 */
import type { TextTarget } from '../gateway';
import { planChunks, searchForm, searchable, type SearchChunk } from './search-chunks';
import { comparableLine, currentIndices, holdsTarget, spansOf, type DocumentSnapshot, type InputLayout, type ParagraphSpan } from './snapshot';

export type Located =
  /** The words, as one range, and per Word paragraph the piece inside it. */
  | { kind: 'found'; range: Word.Range; pieces: Array<{ span: ParagraphSpan; range: Word.Range }>; layout: InputLayout; paragraphs: Word.Paragraph[] }
  /** The text is no longer what the check saw (or Word's search did not find it): the input's paragraphs. */
  | { kind: 'changed'; paragraphs: Word.Paragraph[] }
  /** The input's paragraphs are gone. */
  | { kind: 'missing' };

/** What the first sync found out about a target. */
type Checked =
  | { kind: 'missing' }
  | { kind: 'changed'; paragraphs: Word.Paragraph[] }
  | { kind: 'mapped'; layout: InputLayout; paragraphs: Word.Paragraph[]; spans: ParagraphSpan[]; pending: PendingRange[] };

/** A range whose searches are queued; `resolve` after the sync gives it, or null. */
export interface PendingRange {
  resolve(): Word.Range | null;
}

/** Reads the body's texts (one sync), checks each target, queues the searches and syncs once more. */
export async function locateTargets(context: Word.RequestContext, snapshot: DocumentSnapshot | null, targets: readonly TextTarget[]): Promise<Located[]> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  const items = paragraphs.items;
  const texts = items.map((paragraph) => paragraph.text);
  const checked = targets.map((target) => checkTarget(snapshot, target, items, texts));
  if (checked.some((check) => check.kind === 'mapped')) await context.sync();
  return checked.map((check): Located => {
    if (check.kind !== 'mapped') return check;
    const ranges = check.pending.map((pending) => pending.resolve());
    if (ranges.some((range) => range === null)) return { kind: 'changed', paragraphs: check.paragraphs };
    const pieces = check.spans.map((span, index) => ({ span, range: ranges[index]! }));
    const range = pieces.length === 1 ? pieces[0]!.range : pieces[0]!.range.expandTo(pieces[pieces.length - 1]!.range);
    return { kind: 'found', range, pieces, layout: check.layout, paragraphs: check.paragraphs };
  });
}

function checkTarget(snapshot: DocumentSnapshot | null, target: TextTarget, items: Word.Paragraph[], texts: string[]): Checked {
  const layout = snapshot?.inputs[target.paragraph];
  if (!snapshot || !layout) return { kind: 'missing' };
  const indices = currentIndices(snapshot, layout, texts);
  if (!indices) return { kind: 'missing' };
  const paragraphs = indices.map((index) => items[index]!);
  if (!holdsTarget(layout, comparableLine(layout, indices, texts), target)) return { kind: 'changed', paragraphs };
  const spans = spansOf(layout, indices, texts, target.start, target.end);
  if (spans.length === 0) return { kind: 'changed', paragraphs };
  const pending = spans.map((span) => queueSpanRange(items[span.paragraph]!, texts[span.paragraph]!, span.start, span.end));
  return { kind: 'mapped', layout, paragraphs, spans, pending };
}

/** Queues what finds [start, end) of one paragraph: at most two searches, or a collapsed range for a place. */
export function queueSpanRange(paragraph: Word.Paragraph, text: string, start: number, end: number): PendingRange {
  if (start === end) return queuePlace(paragraph, text, start);
  const chunks = planChunks(text, start, end);
  if (!chunks) return { resolve: () => null };
  const first = queueChunk(paragraph, chunks[0]!);
  const last = chunks.length > 1 ? queueChunk(paragraph, chunks[chunks.length - 1]!) : first;
  return {
    resolve() {
      const from = first.resolve();
      const to = last.resolve();
      if (!from || !to) return null;
      // Everything between the two is the paragraph's text, already compared.
      return from === to ? from : from.expandTo(to);
    },
  };
}

/** A place between characters: the start of the character after it, or the end of the one before. */
function queuePlace(paragraph: Word.Paragraph, text: string, at: number): PendingRange {
  const after = characterAt(text, at);
  if (after) {
    const chunk = queueChunk(paragraph, after);
    return { resolve: () => chunk.resolve()?.getRange('Start') ?? null };
  }
  const before = characterBefore(text, at);
  if (before) {
    const chunk = queueChunk(paragraph, before);
    return { resolve: () => chunk.resolve()?.getRange('End') ?? null };
  }
  if (at === 0) {
    const range = paragraph.getRange('Start');
    return { resolve: () => range };
  }
  return { resolve: () => null };
}

function characterAt(text: string, at: number): SearchChunk | null {
  if (at >= text.length || !searchable(text[at]!)) return null;
  const width = isSurrogatePairAt(text, at) ? 2 : 1;
  return planChunks(text, at, at + width)?.[0] ?? null;
}

function characterBefore(text: string, at: number): SearchChunk | null {
  if (at <= 0 || !searchable(text[at - 1]!)) return null;
  const width = at >= 2 && isSurrogatePairAt(text, at - 2) ? 2 : 1;
  return planChunks(text, at - width, at)?.[0] ?? null;
}

function isSurrogatePairAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length;
}

/** One search, matchCase on; after the sync, the chunk's occurrence if its text is what was expected. */
function queueChunk(paragraph: Word.Paragraph, chunk: SearchChunk): PendingRange {
  const results = paragraph.search(chunk.search, { matchCase: true });
  results.load('items/text');
  return {
    resolve() {
      const range = results.items[chunk.occurrence];
      return range && searchForm(range.text) === searchForm(chunk.text) ? range : null;
    },
  };
}
