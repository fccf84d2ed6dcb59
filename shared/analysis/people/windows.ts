/**
 * The people analysis of a block's text, tokenizing only bounded windows around numbers
 * (figures and number words above one): most of a long paragraph is prose without
 * counts, and this runs on every paragraph. Dates, ranges, times, phone numbers and years
 * not followed by a people word open no window. A break token between windows keeps
 * phrases from separate windows from being read as one.
 */
import { isLetterCode, lowerCode } from '../../text/chars';
import { mayBeNumberWord, numberWordValue } from '../../text/numbers';
import type { Span } from '../../text/sentences';
import { tokenize, type Token } from '../../text/tokens';
import { findGroups, type GenderGroup } from './groups';
import { readQuantities, type Quantity } from './quantities';
import { FILLERS, categoryOf, genderOf } from './words';

export interface PeopleFacts {
  quantities: Quantity[];
  groups: GenderGroup[];
}

/** Context kept around a number: a total may stand a sentence-part before its split. */
const BEFORE = 60;
const AFTER = 100;
const WINDOW_BREAK: Token = { kind: 'punct', text: '¶', lower: '¶', start: 0, end: 0 };
/** Words are short: past this, a run without spaces ("1.1.1.1…") is cut where it is, not scanned through for every number. */
const MAX_SNAP = 40;

/** Quantities and groups in tokens (all of a text, or its windows). */
export function analysePeople(tokens: readonly Token[], sentences: () => Span[]): PeopleFacts {
  const quantities = readQuantities(tokens);
  return { quantities, groups: findGroups(tokens, quantities, sentences) };
}

/**
 * analysePeople for a block's text, tokenizing only the neighbourhood of numbers: most of
 * a long paragraph is prose without counts, and this runs on every paragraph.
 */
export function analysePeopleInText(text: string, sentences: () => Span[]): PeopleFacts | null {
  const windows: Array<[number, number]> = [];
  forEachNumber(text, (numberStart, numberEnd) => {
    const start = snapBack(text, Math.max(0, numberStart - BEFORE));
    const end = snapForward(text, Math.min(text.length, numberEnd + AFTER));
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  });
  if (windows.length === 0) return null;
  const tokens: Token[] = [];
  for (const [start, end] of windows) {
    // A break token keeps phrases from separate windows from being read as one.
    if (tokens.length > 0) tokens.push({ ...WINDOW_BREAK, start, end: start });
    tokenize(text, start, end, tokens);
  }
  return analysePeople(tokens, sentences);
}

function snapBack(text: string, at: number): number {
  let position = at;
  while (position > 0 && at - position < MAX_SNAP && text.charCodeAt(position - 1) !== 32) position--;
  return position;
}

function snapForward(text: string, at: number): number {
  let position = at;
  while (position < text.length && position - at < MAX_SNAP && text.charCodeAt(position) !== 32) position++;
  return position;
}

/**
 * Dates, ranges, times and phone numbers ("2020-01-27", "0-18", "14:30", "08-508") and
 * years not followed by a word for people are no counts; drafts are full of them.
 */
function mayBeCount(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (before === 45 || before === 47 || before === 58 || after === 45 || after === 47 || after === 58) return false;
  if (end - start !== 4 || (text.charCodeAt(start) !== 49 && text.charCodeAt(start) !== 50)) return true;
  const word = /^\s*([\p{L}/-]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  return word !== undefined && (genderOf(word) !== undefined || categoryOf(word) !== undefined || FILLERS.has(word));
}

/** Calls back with each run of digits and each number word above one ("en", "ett" are too common to matter). */
function forEachNumber(text: string, found: (start: number, end: number) => void): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      const start = at;
      do at++;
      while (at < length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57);
      if (mayBeCount(text, start, at)) found(start, at);
    } else if (isLetterCode(code)) {
      const start = at;
      do at++;
      while (at < length && isLetterCode(text.charCodeAt(at)));
      if (at - start >= 3 && mayBeNumberWord(lowerCode(code), lowerCode(text.charCodeAt(start + 1)), at - start)) {
        const value = numberWordValue(text.slice(start, at).toLowerCase());
        if (value !== null && value > 1) found(start, at);
      }
    } else {
      at++;
    }
  }
}
