/**
 * What a line or paragraph looks like, read the same by every reader: short and
 * capitalised like a heading, finished like a sentence, in capitals like a letterhead.
 */
import { startsNumbered } from '../document/questions';

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const space = text.charCodeAt(at) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const CLOSERS = new Set(['"', '”', '’', ')', ']'].map((char) => char.charCodeAt(0)));
const TERMINALS = new Set(['.', '!', '?', ':', ';', '…'].map((char) => char.charCodeAt(0)));
const SENTENCE_END_OR_COMMA = /[.!?;,]["”’)\]]*$/;

/** Ends like a sentence or a label: ".", "!", "?", ":", ";", "…", maybe followed by a closing quote or bracket. */
export function endsTerminal(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && CLOSERS.has(text.charCodeAt(at))) at--;
  return at >= 0 && TERMINALS.has(text.charCodeAt(at)) && at < text.length;
}

export function startsUpper(text: string): boolean {
  return /^["”„«(]?\p{Lu}/u.test(text);
}

export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const char of text) {
    if (char.toLowerCase() !== char) letters++;
    else if (char.toUpperCase() !== char) return false;
  }
  return letters >= 4 && countWords(text) <= 12;
}

/** Short, capitalised, no sentence punctuation: could be a heading. */
export function isTitleShaped(text: string): boolean {
  if (text.length > 90 || !/^\p{Lu}/u.test(text) || !/\p{L}{2}/u.test(text)) return false;
  if (SENTENCE_END_OR_COMMA.test(text) || text.endsWith('-') || text.includes('http') || startsNumbered(text)) return false;
  const words = countWords(text);
  return text.endsWith(':') ? words <= 5 : words <= 10;
}

/** A short paragraph without sentence punctuation at its end: what a bold line must be to count as a heading. */
export function isHeadingLength(text: string): boolean {
  return text.length <= 100 && !/[.!?,;]$/.test(text);
}
