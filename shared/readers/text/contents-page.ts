/**
 * Contents pages: "Inledning ........ 3", "1.1 Alla barn … 11", "22 Barn och unga". Their
 * lines are entries of an innehållsförteckning, not headings, questions or goals, and their
 * page numbers are not counts of people, so they are marked as noise like page furniture.
 *
 * A contents page is a run of entries under a heading "Innehåll(sförteckning)", or, without
 * that heading, a run holding at least three entries with dot leaders. In such a run, a
 * short line with a page number at one end ("22 Lokaler", "Bilagor 14") is an entry too:
 * PDF extraction loses the leaders of some lines.
 */
import { swedish } from '../../data/index';
import { countWords } from '../shape';
import type { Line } from './lines';

const CONTENTS_HEADINGS = new Set(swedish.contentsPage.headings);
/** Text, then dot leaders (or an ellipsis), then a page number. */
const LEADER_ENTRY = /^\S.{0,150}?(?:\s*(?:\.\s?){3,}|\s*…+)\s*\d{1,3}$/u;
/** Text, one tab, a page number: an entry typed by hand, but only under a contents heading (a table of figures has tabs too). */
const TAB_ENTRY = /^\S[^\t]{0,150}\t\s*\d{1,3}$/u;
/** Short text with a page number at either end and no sentence punctuation. */
const BARE_ENTRY = /^(?:\d{1,3}\s+\p{L}[^.!?]{0,80}|\p{L}[^.!?]{0,80}?\s\d{1,3})$/u;
const MIN_LEADER_ENTRIES = 3;
/** Longer lines are no contents heading (twice, for what lower-casing may add): spares the test on every line. */
const HEADING_LENGTH_LIMIT = 2 * Math.max(0, ...[...CONTENTS_HEADINGS].map((heading) => heading.length)) + 1;

/** A line a contents page can start with: its heading or an entry with dot leaders. */
export function startsContents(text: string): boolean {
  return isContentsHeading(text) || isLeaderEntry(text);
}

export function markContentsPages(lines: Line[]): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank || line.noise) continue;
    const heading = isContentsHeading(line.text);
    if (!heading && !isLeaderEntry(line.text)) continue;
    const end = runEnd(lines, heading ? index + 1 : index);
    if (heading ? end.entries > 0 : end.leaderEntries >= MIN_LEADER_ENTRIES) {
      for (let at = index; at < end.index; at++) if (!lines[at]!.blank) lines[at]!.noise = true;
      index = end.index - 1;
    }
  }
}

function isContentsHeading(text: string): boolean {
  return text.length <= HEADING_LENGTH_LIMIT && CONTENTS_HEADINGS.has(text.replace(/:$/, '').toLowerCase());
}

/** An entry ends in its page number: the regex only for lines ending in a digit. */
function isLeaderEntry(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 && LEADER_ENTRY.test(text);
}

/** Where a run of contents entries starting at `from` ends (exclusive), and how many entries it holds. */
function runEnd(lines: Line[], from: number): { index: number; entries: number; leaderEntries: number } {
  let entries = 0;
  let leaderEntries = 0;
  let end = from;
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank || line.noise) continue;
    const leader = isLeaderEntry(line.text);
    if (!leader && !TAB_ENTRY.test(line.text) && !(BARE_ENTRY.test(line.text) && countWords(line.text) <= 10)) break;
    entries++;
    if (leader) leaderEntries++;
    end = index + 1;
  }
  return { index: end, entries, leaderEntries };
}
