/**
 * The quoted context of a finding: about 60 characters either side of the flagged text,
 * on one line, the flagged part in <mark>, so the reader need not open the draft.
 */
import { escapeHtml } from './escape';

const CONTEXT = 60;
const MAX_FLAGGED = 160;

/** HTML for the text around source[rawStart..rawEnd]; a zero-width finding shows a caret. */
export function renderContext(source: string, rawStart: number, rawEnd: number): string {
  const start = safeCut(source, clamp(rawStart, 0, source.length));
  const end = safeCut(source, clamp(rawEnd, start, source.length));
  const before = contextBefore(source, start);
  const after = contextAfter(source, end);
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

function contextBefore(source: string, start: number): string {
  // Take generously, collapse, then keep the last CONTEXT characters from a word start.
  const raw = source.slice(safeCut(source, Math.max(0, start - CONTEXT * 3)), start);
  let text = collapse(raw);
  if (start - raw.length === 0) text = text.trimStart();
  if (text.length <= CONTEXT) return text;
  let cut = safeCut(text, text.length - CONTEXT);
  const space = text.indexOf(' ', cut);
  if (text[cut - 1] !== ' ' && space >= 0 && space - cut < 15) cut = space + 1;
  return '…' + text.slice(cut);
}

function contextAfter(source: string, end: number): string {
  const rawEnd = safeCut(source, Math.min(source.length, end + CONTEXT * 3));
  let text = collapse(source.slice(end, rawEnd));
  if (rawEnd === source.length) text = text.trimEnd();
  if (text.length <= CONTEXT) return text;
  let cut = safeCut(text, CONTEXT);
  const space = text.lastIndexOf(' ', cut);
  if (text[cut] !== ' ' && space >= 0 && cut - space < 15) cut = space;
  return text.slice(0, cut).trimEnd() + '…';
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
