/**
 * Plain text, edited: the lines around the edit are read again instead of the whole text,
 * and the result is what a fresh read of the whole text gives, or null (read it all).
 *
 * A fresh read decides three things for the whole text: which lines are page furniture or
 * a contents page, the layout (double spacing, wrap width) and whether it is a web copy.
 * The re-read keeps the counts those decisions come from, takes away the old lines' share
 * and adds the new ones'; when a decision could change, or the edit comes near page
 * furniture, a contents page or a table, it gives up. The block builder's memory is short
 * (the open block, the unit or two ahead): the window starts a few blocks before the edit
 * and ends a few after, and the blocks it builds must agree with the old reading on two
 * blocks at each end, where the lines are the same; between them its blocks are the new ones.
 */
import type { Block } from '../../document/model';
import { startsContents } from './contents-page';
import { BlockBuilder } from './blocks';
import { collectEntries, countLine, doubleSpacedBy, groupUnits, spacingOf, wrapWidthBy, type Layout, type Spacing, type WrapHistogram } from './layout';
import { splitLines, type Line } from './lines';
import { couldBeRunningHeader, markPageNoise } from './page-furniture';
import { countPageLine, webCopyBy, type PageLineShare } from './run-in';

export interface TextReading {
  lines: Line[];
  layout: Layout;
  spacing: Spacing;
  wrap: WrapHistogram;
  pageLines: PageLineShare;
  webCopy: boolean;
}

export interface Reread {
  source: string;
  /** blocks[from, to) of the old reading are replaced by `added`; later blocks move by `delta`. */
  from: number;
  to: number;
  added: Block[];
  delta: number;
}

/** Blocks read again before and after the edited one. */
const BLOCKS_BEFORE = 3;
const BLOCKS_AFTER = 5;
/** Blocks at each end of the window that must read as before. */
const AGREEING = 2;
/** Non-blank lines around the window whose page-furniture marks must come out as before (furniture reaches six lines from a page number). */
const CONTEXT_LINES = 8;

/**
 * Block `index`'s stretch of `source` becomes `text`. On success the reading is updated to
 * the new source; on null it is unchanged.
 */
export function rereadAround(reading: TextReading, blocks: readonly Block[], source: string, index: number, text: string): Reread | null {
  if (reading.webCopy || blocks.length === 0) return null;
  const edited = blocks[index]!;
  const first = Math.max(0, index - BLOCKS_BEFORE);
  const last = Math.min(blocks.length - 1, index + BLOCKS_AFTER);
  // A table is read by its header row and rows that end in dates: read it all.
  if (blocks.slice(Math.max(0, first - 1), last + 2).some((block) => block.kind === 'tableRow')) return null;
  const lines = reading.lines;
  const firstLine = first === 0 ? 0 : lineAt(lines, blocks[first]!.start);
  const lastLine = last === blocks.length - 1 ? lines.length - 1 : lineAt(lines, Math.max(blocks[last]!.start, blocks[last]!.end - 1));
  const toEnd = lastLine === lines.length - 1;
  const spanStart = source.lastIndexOf('\n', lines[firstLine]!.contentStart - 1) + 1;
  const spanEnd = toEnd ? source.length : endOfLine(source, lines[lastLine]!.contentEnd);
  if (edited.start < spanStart || edited.end > spanEnd) return null;
  const delta = text.length - (edited.end - edited.start);
  const newSpan = source.slice(spanStart, edited.start) + text + source.slice(edited.end, spanEnd);
  const newLines = splitLines(newSpan);
  for (const line of newLines) {
    line.contentStart += spanStart;
    line.contentEnd += spanStart;
  }
  const oldLines = lines.slice(firstLine, lastLine + 1);
  if (!markAround(lines, firstLine, lastLine, newLines, edited, delta, reading)) return null;

  // The counts behind the whole-text decisions, with the window's lines exchanged.
  const previous = previousContent(lines, firstLine);
  const next = nextContent(lines, lastLine);
  const before = previous < 0 ? [] : lines.slice(previous, firstLine);
  const after = next < 0 ? [] : lines.slice(lastLine + 1, next + 1);
  const oldEntries = collectEntries([...before, ...oldLines, ...after]);
  const newEntries = collectEntries([...before, ...newLines, ...after]);
  const skip = previous < 0 ? 0 : 1;
  const spacing = exchange(reading.spacing, spacingOf(oldEntries, skip), spacingOf(newEntries, skip));
  if (doubleSpacedBy(spacing) !== reading.layout.doubleSpaced) return null;
  const pageLines = { ...reading.pageLines };
  for (const line of oldLines) countPageLine(pageLines, line, -1);
  for (const line of newLines) countPageLine(pageLines, line, 1);
  if (webCopyBy(pageLines)) return null;
  const wrap = { counts: reading.wrap.counts.slice(), total: reading.wrap.total };
  for (const line of oldLines) if (!line.blank && !line.noise) countLine(wrap, line.text.length, -1);
  for (const line of newLines) if (!line.blank && !line.noise) countLine(wrap, line.text.length, 1);
  if (wrapWidthBy(wrap) !== reading.layout.wrapWidth) return null;

  // The window's own entries (the line after it only gave its gap) built into blocks.
  const spanEntries = newEntries.slice(skip, next < 0 ? newEntries.length : newEntries.length - 1);
  const built = new BlockBuilder(groupUnits(spanEntries, reading.layout.doubleSpaced), reading.layout).build();
  if (built.some((block) => block.kind === 'tableRow')) return null;
  // The last blocks were built without the lines after the window: the old reading's stand.
  const kept = toEnd ? built : built.slice(0, built.length - AGREEING);
  const to = toEnd ? blocks.length : last + 1 - AGREEING;
  if (first > 0 && !agrees(kept.slice(0, AGREEING), blocks.slice(first, first + AGREEING), 0)) return null;
  if (!toEnd && !agrees(kept.slice(-AGREEING), blocks.slice(to - AGREEING, to), delta)) return null;
  if (kept.length < (first > 0 ? AGREEING : 0) + (toEnd ? 0 : AGREEING)) return null;

  for (let later = lastLine + 1; later < lines.length; later++) {
    lines[later]!.contentStart += delta;
    lines[later]!.contentEnd += delta;
  }
  lines.splice(firstLine, oldLines.length, ...newLines);
  reading.spacing = spacing;
  reading.wrap = wrap;
  reading.pageLines = pageLines;
  return { source: source.slice(0, edited.start) + text + source.slice(edited.end), from: first, to, added: kept, delta };
}

/**
 * Marks the new lines' page furniture as a fresh read would: the lines around the window are
 * marked again with them, and every line that did not change must come out as it was (then
 * the marks of the new lines are the fresh read's too: furniture reaches six lines from a
 * page number). No new line, and none near the window, may start a contents page; the lines
 * that could make a later line a running header must be the same as before.
 */
function markAround(
  lines: readonly Line[],
  firstLine: number,
  lastLine: number,
  newLines: Line[],
  edited: Block,
  delta: number,
  reading: TextReading,
): boolean {
  const oldLines = lines.slice(firstLine, lastLine + 1);
  const contextStart = contentLinesBack(lines, firstLine, 2 * CONTEXT_LINES);
  const contextEnd = contentLinesForward(lines, lastLine, 2 * CONTEXT_LINES);
  const checkedStart = contentLinesBack(lines, firstLine, CONTEXT_LINES);
  const checkedEnd = contentLinesForward(lines, lastLine, CONTEXT_LINES);
  for (let index = checkedStart; index <= checkedEnd; index++) {
    if (index >= firstLine && index <= lastLine) continue;
    if (startsContents(lines[index]!.text)) return false;
  }
  if (newLines.some((line) => !line.blank && startsContents(line.text))) return false;
  const vocabulary = reading.layout.vocabulary;
  if (!sameHeaderTexts(oldLines, newLines, vocabulary)) return false;

  const before = lines.slice(contextStart, firstLine).map(unmarked);
  const after = lines.slice(lastLine + 1, contextEnd + 1).map(unmarked);
  const earlier = (text: string) => {
    for (let index = contextStart - 1; index >= 0; index--) {
      const line = lines[index]!;
      if (!line.noise && !line.blank && line.text.length <= 80 && line.text === text) return true;
    }
    return false;
  };
  markPageNoise([...before, ...newLines, ...after], vocabulary, earlier);
  // The lines that did not change keep their marks: those around the window, and the window's before and after the edit.
  for (let index = checkedStart; index < firstLine; index++) if (before[index - contextStart]!.noise !== lines[index]!.noise) return false;
  for (let index = lastLine + 1; index <= checkedEnd; index++) if (after[index - lastLine - 1]!.noise !== lines[index]!.noise) return false;
  for (let index = 0; index < oldLines.length && index < newLines.length && oldLines[index]!.contentEnd < edited.start; index++) {
    if (oldLines[index]!.noise !== newLines[index]!.noise || oldLines[index]!.text !== newLines[index]!.text) return false;
  }
  for (let back = 1; back <= oldLines.length && back <= newLines.length && oldLines[oldLines.length - back]!.contentStart > edited.end; back++) {
    const old = oldLines[oldLines.length - back]!;
    const now = newLines[newLines.length - back]!;
    if (old.noise !== now.noise || old.text !== now.text || old.contentStart + delta !== now.contentStart) return false;
  }
  // The line before the window that was text is text now: the repeated-line test starts from it.
  return contextStart === 0 || before.slice(checkedStart - contextStart).some((line) => !line.blank && !line.noise);
}

function unmarked(line: Line): Line {
  return { ...line, noise: false };
}

function sameHeaderTexts(oldLines: readonly Line[], newLines: readonly Line[], vocabulary: Layout['vocabulary']): boolean {
  const headerTexts = (span: readonly Line[]) =>
    new Set(span.filter((line) => !line.blank && !line.noise && couldBeRunningHeader(line.text, vocabulary)).map((line) => line.text));
  const oldTexts = headerTexts(oldLines);
  const newTexts = headerTexts(newLines);
  return oldTexts.size === newTexts.size && [...oldTexts].every((text) => newTexts.has(text));
}

/** The index `count` non-blank lines before `from` (or 0). */
function contentLinesBack(lines: readonly Line[], from: number, count: number): number {
  let index = from;
  for (let seen = 0; index > 0 && seen < count;) if (!lines[--index]!.blank) seen++;
  return index;
}

/** The index `count` non-blank lines after `from` (or the last). */
function contentLinesForward(lines: readonly Line[], from: number, count: number): number {
  let index = from;
  for (let seen = 0; index < lines.length - 1 && seen < count;) if (!lines[++index]!.blank) seen++;
  return index;
}

function previousContent(lines: readonly Line[], before: number): number {
  for (let index = before - 1; index >= 0; index--) if (!lines[index]!.blank && !lines[index]!.noise) return index;
  return -1;
}

function nextContent(lines: readonly Line[], after: number): number {
  for (let index = after + 1; index < lines.length; index++) if (!lines[index]!.blank && !lines[index]!.noise) return index;
  return -1;
}

/** The last line starting at or before `offset`. */
function lineAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.contentStart <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function endOfLine(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end < 0 ? source.length : end;
}

function exchange(total: Spacing, removed: Spacing, added: Spacing): Spacing {
  return {
    soft: total.soft - removed.soft + added.soft,
    none: total.none - removed.none + added.none,
    runOn: total.runOn - removed.runOn + added.runOn,
  };
}

/** The window's blocks read as the old ones, `delta` later in the source. */
function agrees(built: readonly Block[], old: readonly Block[], delta: number): boolean {
  if (built.length !== old.length) return false;
  return built.every((block, index) => {
    const other = old[index]!;
    return (
      block.kind === other.kind &&
      block.text === other.text &&
      block.start === other.start + delta &&
      block.end === other.end + delta &&
      block.headingLike === other.headingLike &&
      block.level === other.level &&
      sameMap(block, other)
    );
  });
}

function sameMap(a: Block, b: Block): boolean {
  const left = a.map?.segments ?? [];
  const right = b.map?.segments ?? [];
  return left.length === right.length && left.every((segment, index) => segment.at === right[index]!.at && segment.source === right[index]!.source);
}
