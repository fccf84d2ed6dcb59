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
  return doubleSpacedBy(spacingOf(entries, 0));
}

/** What decides double spacing, counted so a re-read can add and take away its lines' share. */
export interface Spacing {
  soft: number;
  none: number;
  runOn: number;
}

/** The spacing of entries[from…] (an earlier entry only as the line before the first). */
export function spacingOf(entries: readonly Entry[], from: number): Spacing {
  const spacing = { soft: 0, none: 0, runOn: 0 };
  for (let index = from; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.gap === 'soft') {
      spacing.soft++;
      if (index > 0 && runsOn(entries[index - 1]!.line.text, entry.line.text)) spacing.runOn++;
    } else if (entry.gap === 'none') spacing.none++;
  }
  return spacing;
}

export function doubleSpacedBy({ soft, none, runOn }: Spacing): boolean {
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
  return wrapWidthBy(wrapHistogram(entries));
}

/** The lengths of real lines (over 20 characters), by length up to 500: the wrap width's data. */
export interface WrapHistogram {
  counts: Uint32Array;
  total: number;
}

export function wrapHistogram(entries: readonly Entry[]): WrapHistogram {
  const histogram = { counts: new Uint32Array(501), total: 0 };
  for (const entry of entries) countLine(histogram, entry.line.text.length, 1);
  return histogram;
}

/** Adds (+1) or takes away (-1) a line of this length. */
export function countLine(histogram: WrapHistogram, length: number, sign: 1 | -1): void {
  if (length <= 20) return;
  histogram.counts[Math.min(500, length)]! += sign;
  histogram.total += sign;
}

/** The 90th percentile of the lengths of real lines, by histogram (no sorting). */
export function wrapWidthBy({ counts, total }: WrapHistogram): number {
  if (total < 5) return 80;
  let seen = 0;
  const wanted = Math.floor(total * 0.9) + 1;
  for (let length = 0; length <= 500; length++) {
    seen += counts[length]!;
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
