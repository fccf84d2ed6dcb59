/**
 * The layout of the page as the later steps need it: content lines as entries with the
 * gap before each (none, one blank line, more, a page break), whether the text is
 * double-spaced (PDF extraction of 1.5 line spacing: a blank line after nearly every
 * line), how wide the lines wrap, and units: lines set tight in a double-spaced layout
 * (a heading or caption over two lines) grouped as one.
 */
import type { Vocabulary } from '../../document/vocabulary';
import { BULLET, type Line } from './lines';

/** How a content line is separated from the previous one. */
export type Gap = 'start' | 'none' | 'soft' | 'hard' | 'page';

export interface Entry {
  line: Line;
  gap: Gap;
}

export interface Unit {
  entries: Entry[];
  text: string;
  /** Several lines set tight in a double-spaced layout: a heading or caption, one unit. */
  tight: boolean;
}

/** What the block builder knows of the whole text. */
export interface Layout {
  vocabulary: Vocabulary;
  doubleSpaced: boolean;
  /** The length real lines wrap at (90th percentile). */
  wrapWidth: number;
}

export function collectEntries(lines: readonly Line[]): Entry[] {
  const entries: Entry[] = [];
  let empties = 0;
  let hard = false;
  let page = false;
  for (const line of lines) {
    if (line.noise) {
      page = true;
      continue;
    }
    if (line.blank) {
      if (line.whitespaceOnly) hard = true;
      else empties++;
      continue;
    }
    let gap: Gap;
    if (entries.length === 0) gap = 'start';
    else if (page) gap = 'page';
    else if (hard || empties >= 2) gap = 'hard';
    else if (empties === 1) gap = 'soft';
    else gap = 'none';
    entries.push({ line, gap });
    empties = 0;
    hard = false;
    page = false;
  }
  return entries;
}

/**
 * A blank line after (nearly) every line: what PDF extraction gives for 1.5 line spacing.
 * Hand-typed text has a blank line between paragraphs too, but there each line ends its
 * paragraph: only in the PDF layout do sentences run on across the blank lines.
 */
export function isDoubleSpaced(entries: readonly Entry[]): boolean {
  let soft = 0;
  let none = 0;
  let runOn = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.gap === 'soft') {
      soft++;
      if (index > 0 && runsOn(entries[index - 1]!.line.text, entry.line.text)) runOn++;
    } else if (entry.gap === 'none') none++;
  }
  return soft + none >= 10 && soft / (soft + none) > 0.6 && runOn >= MIN_RUN_ON && runOn / soft >= MIN_RUN_ON_SHARE;
}

/** Sentences running on across blank lines, of all blank lines, that make the layout the PDF one. */
const MIN_RUN_ON = 3;
const MIN_RUN_ON_SHARE = 0.1;

/** The line does not end a sentence and the next goes on in lower case. */
function runsOn(previous: string, next: string): boolean {
  return !/[.!?:]$/.test(previous) && /^\p{Ll}/u.test(next);
}

export function measureWrapWidth(entries: readonly Entry[]): number {
  // 90th percentile of the lengths of real lines, by histogram (no sorting).
  const histogram = new Uint32Array(501);
  let count = 0;
  for (const entry of entries) {
    const length = entry.line.text.length;
    if (length <= 20) continue;
    histogram[Math.min(500, length)]!++;
    count++;
  }
  if (count < 5) return 80;
  let seen = 0;
  const wanted = Math.floor(count * 0.9) + 1;
  for (let length = 0; length <= 500; length++) {
    seen += histogram[length]!;
    if (seen >= wanted) return length;
  }
  return 500;
}

export function groupUnits(entries: readonly Entry[], doubleSpaced: boolean): Unit[] {
  const units: Unit[] = [];
  for (const entry of entries) {
    const previous = units[units.length - 1];
    const joinsTight =
      doubleSpaced &&
      previous !== undefined &&
      entry.gap === 'none' &&
      entry.line.indent === 0 &&
      !BULLET.test(entry.line.text) &&
      !BULLET.test(previous.entries[0]!.line.text);
    if (joinsTight) {
      previous.entries.push(entry);
      previous.text += ' ' + entry.line.text;
      previous.tight = true;
    } else {
      units.push({ entries: [entry], text: entry.line.text, tight: false });
    }
  }
  return units;
}

/** One line as a unit of its own (lines held back as a possible table row). */
export function unitOf(entry: Entry): Unit {
  return { entries: [entry], text: entry.line.text, tight: false };
}

/** The unit goes on where the previous one stopped: it starts in lower case. */
export function continues(next: Unit | undefined): boolean {
  return next !== undefined && next.entries[0]!.gap !== 'hard' && /^\p{Ll}/u.test(next.text);
}
