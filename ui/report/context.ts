/**
 * The quoted context of a finding: about 60 characters either side of the flagged text,
 * on one line, the flagged part in <mark>, so the reader need not open the draft. The
 * context stays inside the paragraph (or paragraphs) of the flagged text: no words of the
 * next paragraph or heading are quoted as if they belonged to it.
 */
import type { Block } from '../../shared/index';
import { escapeHtml } from './escape';

/** Source offsets the context may not go beyond. */
export interface Bounds {
  start: number;
  end: number;
}

const CONTEXT = 60;
const MAX_FLAGGED = 160;

/** HTML for the text around source[rawStart..rawEnd] within `bounds` (the whole source by default); a zero-width finding shows a caret. */
export function renderContext(source: string, rawStart: number, rawEnd: number, bounds?: Bounds): string {
  const start = safeCut(source, clamp(rawStart, 0, source.length));
  const end = safeCut(source, clamp(rawEnd, start, source.length));
  const low = clamp(bounds?.start ?? 0, 0, start);
  const high = clamp(bounds?.end ?? source.length, end, source.length);
  const before = contextBefore(source, start, low);
  const after = contextAfter(source, end, high);
  let flagged: string;
  if (start === end) {
    flagged = '<span class="caret" role="img" aria-label="här">‸</span>';
  } else {
    let text = collapse(source.slice(start, end));
    if (text.length > MAX_FLAGGED) text = text.slice(0, safeCut(text, MAX_FLAGGED - 1)).trimEnd() + '…';
    flagged = `<mark>${escapeHtml(text)}</mark>`;
  }
  return `${escapeHtml(before)}${flagged}${escapeHtml(after)}`;
}

function contextBefore(source: string, start: number, low: number): string {
  // Take generously, collapse, then keep the last CONTEXT characters from a word start.
  const raw = source.slice(safeCut(source, Math.max(low, start - CONTEXT * 3)), start);
  let text = collapse(raw);
  if (start - raw.length === low) text = text.trimStart();
  if (text.length <= CONTEXT) return text;
  let cut = safeCut(text, text.length - CONTEXT);
  const space = text.indexOf(' ', cut);
  if (text[cut - 1] !== ' ' && space >= 0 && space - cut < 15) cut = space + 1;
  return '…' + text.slice(cut);
}

function contextAfter(source: string, end: number, high: number): string {
  const rawEnd = safeCut(source, Math.min(high, end + CONTEXT * 3));
  let text = collapse(source.slice(end, rawEnd));
  if (rawEnd === high) text = text.trimEnd();
  if (text.length <= CONTEXT) return text;
  let cut = safeCut(text, CONTEXT);
  const space = text.lastIndexOf(' ', cut);
  if (text[cut] !== ' ' && space >= 0 && cut - space < 15) cut = space;
  return text.slice(0, cut).trimEnd() + '…';
}

/**
 * The paragraphs a range stands in: from the start of the block holding `start` to the end
 * of the block holding `end`. Between blocks (or without them), up to the nearest blank line.
 */
export function paragraphBounds(source: string, blocks: readonly Block[], rawStart: number, rawEnd: number): Bounds {
  const start = clamp(rawStart, 0, source.length);
  const end = clamp(rawEnd, start, source.length);
  const first = blocks.find((block) => block.start <= start && start <= block.end);
  const last = first && end <= first.end ? first : blocks.findLast((block) => block.start <= end && end <= block.end);
  return {
    start: first ? Math.min(first.start, start) : blankLineBefore(source, start),
    end: last ? Math.max(last.end, end) : blankLineAfter(source, end),
  };
}

const BLANK_LINE = /\n[^\S\n]*\n/g;

function blankLineBefore(source: string, at: number): number {
  let found = 0;
  BLANK_LINE.lastIndex = 0;
  for (let match = BLANK_LINE.exec(source); match && match.index + match[0].length <= at; match = BLANK_LINE.exec(source))
    found = match.index + match[0].length;
  return found;
}

function blankLineAfter(source: string, at: number): number {
  BLANK_LINE.lastIndex = at;
  const match = BLANK_LINE.exec(source);
  return match ? match.index : source.length;
}

/** All whitespace (line breaks, form feeds, tabs, non-breaking spaces) as single spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Moves a cut point off the middle of a surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at > 0 && at < text.length) {
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff) return at - 1;
  }
  return at;
}

/** Offsets from a diagnostic may lie outside the source (or be NaN): keep them inside. */
export function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(Number.isFinite(value) ? value : low, high));
}
