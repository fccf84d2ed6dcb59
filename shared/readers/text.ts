/**
 * Plain text → blocks. Written for what our users paste or export: text extracted from
 * PDFs, with page headers and footers ("Tjänsteutlåtande / Sid 5 (25) / Box 490 …",
 * "PM / Sida 20 (75)"), pages starting with a space, words hyphenated at line ends, a
 * blank line after every line, "•" bullets and tables flattened to lines.
 */
import type { TableSpec } from '../data/index';
import { isSpaceCode as isSpace } from '../text/chars';
import { foldCase } from '../text/fuzzy';
import { startsNumbered } from '../document/questions';
import { knownLabel } from './labels';
import type { Block, Cell, SourceDocument } from '../document/model';
import { DATES_AT_END, rowCells } from '../document/tables';
import { countWords, endsTerminal, isAllCaps, isTitleShaped, startsUpper } from './shape';
import { tableHeaderKey, type Vocabulary } from '../document/vocabulary';

interface Line {
  contentStart: number;
  contentEnd: number;
  text: string;
  indent: number;
  blank: boolean;
  /** Has whitespace but nothing else: a paragraph separator in double-spaced layouts. */
  whitespaceOnly: boolean;
  noise: boolean;
}

/** How a content line is separated from the previous one. */
type Gap = 'start' | 'none' | 'soft' | 'hard' | 'page';

interface Entry {
  line: Line;
  gap: Gap;
}

interface Unit {
  entries: Entry[];
  text: string;
  /** Several lines set tight in a double-spaced layout: a heading or caption, one unit. */
  tight: boolean;
}

const PAGE_NUMBER = /^(?:sid|sida)\.?\s*\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4})?$|^\d{1,4}\s*\(\s*\d{1,4}\s*\)$/i;
const PAGE_HEADER_WORD =
  /^(?:tjänsteutlåtande|pm|promemoria|anteckningar|minnesanteckningar|protokoll|protokollsutdrag|yttrande|skrivelse|utlåtande|dnr\b.{0,40}|diarienummer\b.{0,40})$/i;
const CONTACT_LINE =
  /^(?:box\s+\d+.{0,60}|start\.stockholm\S{0,40}|\S{1,40}@\S{1,40}|(?:tel(?:efon)?|växel|e-post|epost|fax)\b.{0,60}|\+?\d[\d\s-]{5,20}\d|\d{3}\s?\d{2}\s+\p{Lu}\p{L}{1,30}.{0,30}|(?:www\.)?stockholm\.se\S{0,40})$/iu;
const BULLET = /^(?:[•●▪◦·∙‣⁃■□➢➤►✓✔\uf0a7\uf0b7\uf076\uf0d8\uf0fc]|[-–—*](?=\s))\s*/u;
const HYPHEN_AT_END = /[\p{L}\d]-$/u;

/** "stöd-" at a line end: a hyphen right after a letter or digit (cheap test first). */
function endsWithWordHyphen(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 45 && HYPHEN_AT_END.test(text);
}
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/;
const KEEP_HYPHEN_BEFORE = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'till', 'som', 'men', 'som']);

export function parseText(source: string, vocabulary: Vocabulary): SourceDocument {
  const lines = splitLines(source);
  markPageNoise(lines, vocabulary);
  const entries = collectEntries(lines);
  const doubleSpaced = isDoubleSpaced(entries);
  const wrapWidth = measureWrapWidth(entries);
  const units = groupUnits(entries, doubleSpaced);
  const blocks = new BlockBuilder(units, vocabulary, doubleSpaced, wrapWidth).build();
  return { format: 'text', source, blocks };
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    let contentEnd = end;
    let contentStart = start;
    while (contentStart < contentEnd && isSpace(source.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isSpace(source.charCodeAt(contentEnd - 1))) contentEnd--;
    const text = source.slice(contentStart, contentEnd);
    lines.push({
      contentStart,
      contentEnd,
      text,
      indent: countIndent(source, start, contentStart),
      blank: text === '',
      whitespaceOnly: text === '' && end > start && !(end - start === 1 && source.charCodeAt(start) === 13),
      noise: false,
    });
    if (end === source.length) break;
    start = end + 1;
  }
  return lines;
}


/** Leading spaces and tabs; a form feed (page break) does not count as indentation. */
function countIndent(source: string, lineStart: number, contentStart: number): number {
  let indent = 0;
  for (let at = lineStart; at < contentStart; at++) if (source.charCodeAt(at) !== 12) indent++;
  return indent;
}

function markPageNoise(lines: Line[], vocabulary: Vocabulary): void {
  let previousContent: Line | null = null;
  const shortLinesSoFar = new Set<string>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    if (PAGE_NUMBER.test(line.text)) {
      line.noise = true;
      markPageHeaderBefore(lines, index);
      markRunningHeaderAfter(lines, index, vocabulary, shortLinesSoFar);
    } else if (previousContent && line.text.length >= 20 && line.text === previousContent.text) {
      // PDF extraction sometimes repeats the last line of a page on the next one.
      line.noise = true;
    }
    if (!line.noise) {
      previousContent = line;
      if (line.text.length <= 80) shortLinesSoFar.add(line.text);
    }
  }
}

function markPageHeaderBefore(lines: Line[], pageNumberIndex: number): void {
  let seen = 0;
  for (let index = pageNumberIndex - 1; index >= 0 && seen < 4; index--) {
    const line = lines[index]!;
    if (line.blank) continue;
    seen++;
    const furniture = PAGE_HEADER_WORD.test(line.text) || CONTACT_LINE.test(line.text) || (index === pageNumberIndex - 1 && isPageLabel(lines, index));
    if (!furniture) return;
    line.noise = true;
  }
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

function markRunningHeaderAfter(lines: Line[], pageNumberIndex: number, vocabulary: Vocabulary, shortLinesSoFar: ReadonlySet<string>): void {
  let seen = 0;
  for (let index = pageNumberIndex + 1; index < lines.length && seen < 6; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    seen++;
    if (CONTACT_LINE.test(line.text) || PAGE_HEADER_WORD.test(line.text)) {
      line.noise = true;
      continue;
    }
    if (seen === 1 && isRunningHeader(lines, index, vocabulary, shortLinesSoFar)) line.noise = true;
    return;
  }
}

/**
 * Right under the page number, a running header repeats the current part's name
 * ("Inledning", "Målgrupp"). A part name seen for the first time is the part's own
 * heading opening the page ("Sid 2 (4)" then "Bakgrund"), unless the heading itself follows.
 */
function isRunningHeader(lines: Line[], index: number, vocabulary: Vocabulary, shortLinesSoFar: ReadonlySet<string>): boolean {
  const text = lines[index]!.text;
  if (text.endsWith(':') || countWords(text) > 6 || !vocabulary.headings.match(text)) return false;
  return shortLinesSoFar.has(text) || nextContentLine(lines, index)?.text === text;
}

function nextContentLine(lines: Line[], index: number): Line | undefined {
  for (let next = index + 1; next < lines.length; next++) if (!lines[next]!.blank) return lines[next];
  return undefined;
}

function collectEntries(lines: Line[]): Entry[] {
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

/** A blank line after (nearly) every line: what PDF extraction gives for 1.5 line spacing. */
function isDoubleSpaced(entries: Entry[]): boolean {
  let soft = 0;
  let none = 0;
  for (const entry of entries) {
    if (entry.gap === 'soft') soft++;
    else if (entry.gap === 'none') none++;
  }
  return soft + none >= 10 && soft / (soft + none) > 0.6;
}

function measureWrapWidth(entries: Entry[]): number {
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

function groupUnits(entries: Entry[], doubleSpaced: boolean): Unit[] {
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

/** The unit goes on where the previous one stopped: it starts in lower case. */
function continues(next: Unit | undefined): boolean {
  return next !== undefined && next.entries[0]!.gap !== 'hard' && /^\p{Ll}/u.test(next.text);
}

class BlockBuilder {
  private readonly blocks: Block[] = [];
  /** The block being built; its text is collected in parts and joined when it closes. */
  private current: { block: Block; parts: string[]; length: number; segments: Array<{ at: number; source: number }>; lastLine: Line } | null = null;
  private table: { spec: TableSpec; pending: Entry[] } | null = null;
  private afterLabel = false;
  /** The previous unit was a short title-shaped line kept as text (a list without bullets). */
  private inTitleLineRun = false;

  constructor(
    private readonly units: Unit[],
    private readonly vocabulary: Vocabulary,
    private readonly doubleSpaced: boolean,
    private readonly wrapWidth: number,
  ) {}

  build(): Block[] {
    for (let index = 0; index < this.units.length; index++) {
      const unit = this.units[index]!;
      if (this.table && this.consumeTableUnit(unit)) continue;
      this.consumeUnit(unit, this.units[index + 1], this.units[index + 2]);
    }
    this.flushTableRow();
    this.close();
    return this.blocks;
  }

  private consumeUnit(unit: Unit, next: Unit | undefined, afterNext: Unit | undefined): void {
    const inTitleLineRun = this.inTitleLineRun;
    this.inTitleLineRun = false;
    const first = unit.entries[0]!;
    const tableSpec = this.tableHeader(unit.text);
    if (tableSpec) {
      this.close();
      this.startTable(tableSpec, unit);
      return;
    }
    const bullet = BULLET.exec(first.line.text);
    const listByIndent =
      this.doubleSpaced && first.line.indent > 0 && (first.gap === 'soft' || first.gap === 'hard') && !startsNumbered(unit.text);
    if (bullet || listByIndent) {
      this.close();
      this.open('listItem', unit, bullet ? bullet[0].length : 0);
      this.afterLabel = false;
      return;
    }
    const breaksBefore = this.breaksBefore(first);
    const known = this.knownHeading(unit, breaksBefore, next);
    if (known) {
      this.emitHeading(unit);
      return;
    }
    if (breaksBefore && this.splitsLabel(unit)) return;
    if (breaksBefore && !this.afterLabel && !inTitleLineRun && this.isGenericHeading(unit, next, afterNext)) {
      this.emitHeading(unit);
      return;
    }
    this.inTitleLineRun = breaksBefore && this.isTitleLine(unit, next);
    if (breaksBefore || !this.current) {
      this.close();
      this.open('paragraph', unit, 0);
      if (startsNumbered(unit.text)) {
        this.current!.block.headingLike = true;
        // A question heading ends with its line (or its tight group in a double-spaced layout).
        if (unit.tight || this.doubleSpaced || unit.text.length < this.wrapWidth * 0.85) this.close();
      }
    } else {
      this.append(unit);
    }
    this.afterLabel = false;
    if (unit.tight) this.close();
  }

  private breaksBefore(entry: Entry): boolean {
    const current = this.current;
    if (!current || current.block.kind === 'heading') return true;
    if (entry.gap === 'hard' || entry.gap === 'start') return true;
    if (entry.gap === 'soft' && !this.doubleSpaced) return true;
    const previous = current.lastLine.text;
    if (URL_ONLY.test(previous)) return true;
    if (endsWithWordHyphen(previous)) return false; // "Fit-" / "Outcomes": the word goes on
    const short = previous.length < this.wrapWidth * 0.75;
    if (short && endsTerminal(previous)) return true;
    if (short && startsUpper(entry.line.text)) return true;
    // A numbered question may run over two lines; its full stop ends it, and the answer follows.
    if (current.block.headingLike === true && endsTerminal(previous) && startsUpper(entry.line.text)) return true;
    if (endsTerminal(previous) && startsNumbered(entry.line.text)) return true;
    // A short capitalised line after a finished sentence starts something new ("Utveckling miljö").
    const text = entry.line.text;
    return endsTerminal(previous) && text.length < this.wrapWidth * 0.6 && isTitleShaped(text);
  }

  private knownHeading(unit: Unit, breaksBefore: boolean, next: Unit | undefined): boolean {
    const colon = unit.text.endsWith(':');
    // Without a break before it, only a label or a short line can be a heading: skip the rest cheaply.
    if (!breaksBefore && !colon && unit.text.length > 60) return false;
    if (unit.text.length > 160 || BULLET.test(unit.text)) return false;
    if (breaksBefore || colon) return this.vocabulary.headings.match(unit.text) !== null;
    // A page can start with a heading right after a line that did not finish a sentence.
    const shaped = /^\p{Lu}/u.test(unit.text) && !/[.!?;,]$/.test(unit.text) && countWords(unit.text) <= 6 && !continues(next);
    if (!shaped) return false;
    const match = this.vocabulary.headings.matchSpelledOut(unit.text);
    return match !== null && match.variant !== 'combined';
  }

  private isGenericHeading(unit: Unit, next: Unit | undefined, afterNext: Unit | undefined): boolean {
    if (isAllCaps(unit.text) && !continues(next)) return true;
    if (!this.isTitleLine(unit, next) || !next) return false;
    if (this.tableHeader(next.text)) return true;
    // A short line right before a template heading is a one-line answer, not an empty heading.
    if (next.text.length <= 160 && this.vocabulary.headings.match(next.text)) return false;
    const nextIsTitleLine =
      this.isTitleLine(next, afterNext) && !isAllCaps(next.text) && !this.vocabulary.headings.match(next.text);
    // Two title-shaped lines in a row are a list (or a name and a title), not a heading.
    return !nextIsTitleLine;
  }

  /** Title-shaped and visibly shorter than the text's lines, and not wrapped onto the next line. */
  private isTitleLine(unit: Unit, next: Unit | undefined): boolean {
    if (!isTitleShaped(unit.text) || continues(next)) return false;
    return unit.tight || unit.text.length < this.wrapWidth * 0.75;
  }

  /** "Nämndmål: Invånarna i …" on one line: a known label and its content. */
  private splitsLabel(unit: Unit): boolean {
    if (unit.entries.length !== 1) return false;
    const match = knownLabel(unit.text, this.vocabulary.headings);
    if (!match) return false;
    const line = unit.entries[0]!.line;
    const labelLength = match[0].length - 1;
    this.close();
    const headingText = unit.text.slice(0, match[1]!.length + 1);
    this.blocks.push({
      kind: 'heading',
      text: headingText,
      start: line.contentStart,
      end: line.contentStart + headingText.length,
    });
    const contentStart = line.contentStart + labelLength;
    const content = unit.text.slice(labelLength);
    this.current = {
      block: { kind: 'paragraph', text: '', start: contentStart, end: line.contentEnd },
      parts: [content],
      length: content.length,
      segments: [{ at: 0, source: contentStart }],
      lastLine: line,
    };
    this.afterLabel = false;
    return true;
  }

  private emitHeading(unit: Unit): void {
    this.close();
    this.open('heading', unit, 0);
    this.close();
    this.afterLabel = unit.text.endsWith(':');
  }

  private open(kind: Block['kind'], unit: Unit, skip: number): void {
    const first = unit.entries[0]!.line;
    const start = first.contentStart + skip;
    const text = first.text.slice(skip);
    this.current = {
      block: { kind, text: '', start, end: first.contentEnd },
      parts: [text],
      length: text.length,
      segments: [{ at: 0, source: start }],
      lastLine: first,
    };
    for (const entry of unit.entries.slice(1)) this.appendLine(entry.line);
  }

  private append(unit: Unit): void {
    for (const entry of unit.entries) this.appendLine(entry.line);
  }

  private appendLine(line: Line): void {
    const current = this.current!;
    const block = current.block;
    // Test the previous line, not the growing block text.
    const hyphenated = endsWithWordHyphen(current.lastLine.text) && current.lastLine.contentEnd === block.end;
    if (hyphenated && /^\p{Ll}/u.test(line.text) && !KEEP_HYPHEN_BEFORE.has(/^\p{L}+/u.exec(line.text)?.[0] ?? '')) {
      const last = current.parts.length - 1;
      current.parts[last] = current.parts[last]!.slice(0, -1); // "stöd-" + "samtal" → "stödsamtal"
      current.length--;
    } else if (!(hyphenated && /^[\p{Lu}\d]/u.test(line.text))) {
      current.parts.push(' ');
      current.length++;
    }
    current.segments.push({ at: current.length, source: line.contentStart });
    current.parts.push(line.text);
    current.length += line.text.length;
    block.end = line.contentEnd;
    current.lastLine = line;
  }

  private close(): void {
    if (!this.current) return;
    const { block, segments, parts } = this.current;
    block.text = parts.length === 1 ? parts[0]! : parts.join('');
    if (segments.length > 1) block.map = { segments: segments.map((segment) => ({ at: segment.at, source: segment.source - block.start })) };
    if (block.kind === 'heading' || block.kind === 'paragraph') {
      if (block.kind === 'paragraph' && isTitleShaped(block.text)) block.headingLike = true;
    }
    this.blocks.push(block);
    this.current = null;
  }

  private tableHeader(text: string): TableSpec | undefined {
    if (text.length > 120 || !this.vocabulary.tableFirstLetters.has(text.charCodeAt(0) | 32)) return undefined;
    const space = text.indexOf(' ');
    const firstWord = (space < 0 ? text : text.slice(0, space)).toLowerCase();
    if (!this.vocabulary.tableFirstWords.has(firstWord)) return undefined;
    return this.vocabulary.tableByHeader.get(tableHeaderKey([text]));
  }

  private startTable(spec: TableSpec, unit: Unit): void {
    const line = unit.entries[0]!.line;
    this.blocks.push({
      kind: 'tableRow',
      text: line.text,
      start: line.contentStart,
      end: line.contentEnd,
      table: spec.id,
      header: true,
      cells: headerCells(line.text, spec),
    });
    this.table = { spec, pending: [] };
    this.afterLabel = false;
  }

  /** Returns false when the unit ends the table (a heading or another table follows). */
  private consumeTableUnit(unit: Unit): boolean {
    const table = this.table!;
    if (this.tableHeader(unit.text) || (unit.text.length <= 160 && this.vocabulary.headings.match(unit.text))) {
      // Lines that never reached a date are not a row: in plain text a row is only known by its end.
      const pending = table.pending;
      this.table = null;
      for (const entry of pending) this.consumeUnit({ entries: [entry], text: entry.line.text, tight: false }, unit, undefined);
      return false;
    }
    for (const entry of unit.entries) {
      table.pending.push(entry);
      if (this.endsRow(table.spec, entry.line.text)) this.flushTableRow();
    }
    if (table.pending.length >= 8) {
      // No row ending in sight: this is prose after the table, not a row.
      const pending = table.pending;
      this.table = null;
      for (const entry of pending) this.consumeUnit({ entries: [entry], text: entry.line.text, tight: false }, undefined, undefined);
    }
    return true;
  }

  private endsRow(spec: TableSpec, text: string): boolean {
    if (spec.startDate !== undefined || spec.endDate !== undefined) return DATES_AT_END.test(text);
    if (spec.rowEndValues.length > 0) {
      const last = /(\p{L}+)\s*$/u.exec(text)?.[1];
      return last !== undefined && spec.rowEndValues.some((value) => foldCase(value) === foldCase(last));
    }
    return true;
  }

  private flushTableRow(): void {
    const table = this.table;
    if (!table || table.pending.length === 0) return;
    const lines = table.pending.map((entry) => entry.line);
    table.pending = [];
    this.current = {
      block: { kind: 'tableRow', text: '', start: lines[0]!.contentStart, end: lines[0]!.contentEnd, table: table.spec.id },
      parts: [lines[0]!.text],
      length: lines[0]!.text.length,
      segments: [{ at: 0, source: lines[0]!.contentStart }],
      lastLine: lines[0]!,
    };
    for (const line of lines.slice(1)) this.appendLine(line);
    const block = this.current.block;
    this.close();
    block.cells = rowCells(block.text, table.spec);
  }
}

function headerCells(text: string, spec: TableSpec): Cell[] {
  const cells: Cell[] = [];
  const folded = foldCase(text);
  let from = 0;
  for (const column of spec.columns) {
    const at = folded.indexOf(foldCase(column), from);
    if (at < 0) continue;
    cells.push({ text: text.slice(at, at + column.length), start: at, end: at + column.length });
    from = at + column.length;
  }
  return cells;
}
