/**
 * How a finding is named in the list and to screen readers: the flagged words quoted on
 * one line, and a short name for the buttons that act on it.
 */
import type { Diagnostic } from '../../shared/index';

const MAX_QUOTE = 90;
const MAX_NAME = 100;

/** All whitespace (line breaks, tabs, non-breaking spaces) as single spaces, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cut at a word boundary near `max` and end with "…"; never splits a surrogate pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > max * 0.6) cut = space;
  return text.slice(0, cut).trimEnd() + '…';
}

/** ”286 ungdomar varav 124 flickor…”, or '' when nothing is flagged (a place between characters). */
export function quoteFlagged(text: string, max = MAX_QUOTE): string {
  const flat = collapse(text);
  return flat === '' ? '' : `”${shorten(flat, max)}”`;
}

/** The finding in a few words for aria-labels: its message's first sentence, shortened. */
export function findingName(diagnostic: Pick<Diagnostic, 'message'>): string {
  const message = collapse(diagnostic.message);
  const sentence = /^.+?[.!?](?=\s|$)/.exec(message)?.[0] ?? message;
  return shorten(sentence, MAX_NAME);
}
