/**
 * Page furniture in text extracted from PDFs: page numbers ("Sid 5 (25)", "Sida 20 av 75",
 * "5 (25)"), the header and footer lines around them ("Tjänsteutlåtande", "Dnr …",
 * "Box 490 …", "Telefon …", "stockholm.se"), the page's label and the running header
 * under the number. Marked as noise so a paragraph runs on across the page break.
 * The words are data (swedish.json, pageFurniture); the patterns are built once, here.
 */
import { swedish } from '../../data/index';
import type { Vocabulary } from '../../document/vocabulary';
import { alternatives } from '../../text/patterns';
import { countWords, endsTerminal, isAllCaps } from '../shape';
import { nextContentLine, type Line } from './lines';

const words = swedish.pageFurniture;

const PAGE_NUMBER = new RegExp(
  `^(?:${alternatives(words.pageNumberWords)})\\.?\\s*\\d{1,4}\\s*(?:\\(\\s*\\d{1,4}\\s*\\)|(?:${alternatives(words.pageCountWords)})\\s+\\d{1,4})?$|^\\d{1,4}\\s*\\(\\s*\\d{1,4}\\s*\\)$`,
  'i',
);
const PAGE_HEADER_WORD = new RegExp(`^(?:${alternatives(words.headerWords)}|(?:${alternatives(words.referenceWords)})\\b.{0,40})$`, 'i');
/** Postal box, web address, e-mail, phone, postal code and town: the city's letterhead. */
const CONTACT_LINE = new RegExp(
  `^(?:(?:${alternatives(words.postBoxWords)})\\s+\\d+.{0,60}|\\S{1,40}@\\S{1,40}|(?:${alternatives(words.contactWords)})\\b.{0,60}|\\+?\\d[\\d\\s-]{5,20}\\d|\\d{3}\\s?\\d{2}\\s+\\p{Lu}\\p{L}{1,30}.{0,30}|(?:${alternatives(words.webAddresses)})\\S{0,40})$`,
  'iu',
);

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/** A line whose text, seen as text earlier, makes the same text under a later page number a running header. */
export function couldBeRunningHeader(text: string, vocabulary: Vocabulary): boolean {
  return text.length <= 80 && !text.endsWith(':') && countWords(text) <= 6 && vocabulary.headings.match(text) !== null;
}

/**
 * Marks page furniture as noise. `seenEarlier` answers for text before the first of
 * `lines` (a re-read marks the lines around an edit, not the whole text).
 */
export function markPageNoise(lines: Line[], vocabulary: Vocabulary, seenEarlier: (text: string) => boolean = () => false): void {
  let previousContent: Line | null = null;
  // The short lines seen as text so far, looked up only under a page number: kept as a mark per line, not hashed into a set for every line.
  const seenAsText = new Uint8Array(lines.length);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    if (PAGE_NUMBER.test(line.text)) {
      line.noise = true;
      markPageHeaderBefore(lines, index, vocabulary);
      markRunningHeaderAfter(lines, index, vocabulary, (text) => seenBefore(lines, seenAsText, index, text) || seenEarlier(text));
    } else if (previousContent && line.text.length >= 20 && line.text === previousContent.text) {
      // PDF extraction sometimes repeats the last line of a page on the next one.
      line.noise = true;
    }
    if (!line.noise) {
      previousContent = line;
      if (line.text.length <= 80) seenAsText[index] = 1;
    }
  }
}

function seenBefore(lines: readonly Line[], seenAsText: Uint8Array, before: number, text: string): boolean {
  for (let index = before - 1; index >= 0; index--) if (seenAsText[index] === 1 && lines[index]!.text === text) return true;
  return false;
}

function markPageHeaderBefore(lines: Line[], pageNumberIndex: number, vocabulary: Vocabulary): void {
  let seen = 0;
  for (let index = pageNumberIndex - 1; index >= 0 && seen < 6; index--) {
    const line = lines[index]!;
    if (line.blank) continue;
    seen++;
    const furniture =
      PAGE_HEADER_WORD.test(line.text) ||
      CONTACT_LINE.test(line.text) ||
      (index === pageNumberIndex - 1 && isPageLabel(lines, index)) ||
      isLetterheadInCapitals(line.text, vocabulary);
    if (!furniture) return;
    line.noise = true;
  }
}

/**
 * "ENSKEDE-ÅRSTA-VANTÖRS STADSDELSFÖRVALTNING", "AVDELNINGEN FÖR KULTUR OCH FRITID" over the
 * page's "Tjänsteutlåtande / Sid 2 (5)"; a template heading in capitals ending the page before is text.
 */
function isLetterheadInCapitals(text: string, vocabulary: Vocabulary): boolean {
  return text.length <= 80 && isAllCaps(text) && countWords(text) <= 8 && vocabulary.headings.match(text) === null;
}

/**
 * A short line set right above the page number and apart from the text before it is the
 * page's label ("Kvalitetsutmärkelsen 2022", "Verksamhetsplan 2022 Fältgruppen"), not the
 * last line of a paragraph running over the page.
 */
function isPageLabel(lines: Line[], index: number): boolean {
  const text = lines[index]!.text;
  if (countWords(text) > 6 || /[.!?:;,]$/.test(text) || !/^[\p{Lu}\d]/u.test(text)) return false;
  const before = lines[index - 1];
  return before === undefined || before.blank || before.noise || endsTerminal(before.text);
}

function markRunningHeaderAfter(lines: Line[], pageNumberIndex: number, vocabulary: Vocabulary, seenSoFar: (text: string) => boolean): void {
  let seen = 0;
  for (let index = pageNumberIndex + 1; index < lines.length && seen < 6; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    seen++;
    if (CONTACT_LINE.test(line.text) || PAGE_HEADER_WORD.test(line.text)) {
      line.noise = true;
      continue;
    }
    if (seen === 1 && isRunningHeader(lines, index, vocabulary, seenSoFar)) line.noise = true;
    return;
  }
}

/**
 * Right under the page number, a running header repeats the current part's name
 * ("Inledning", "Målgrupp"). A part name seen for the first time is the part's own
 * heading opening the page ("Sid 2 (4)" then "Bakgrund"), unless the heading itself follows.
 */
function isRunningHeader(lines: Line[], index: number, vocabulary: Vocabulary, seenSoFar: (text: string) => boolean): boolean {
  const text = lines[index]!.text;
  if (text.endsWith(':') || countWords(text) > 6 || !vocabulary.headings.match(text)) return false;
  return seenSoFar(text) || nextContentLine(lines, index)?.text === text;
}
