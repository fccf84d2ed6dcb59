/**
 * The fake Word document itself: paragraphs in body order (table cells' paragraphs
 * included, as `body.paragraphs` has them), tables and cells, the selection, comments,
 * annotations and the add-in's document settings. Proxies (objects.ts) read and change it
 * only when a batch is synced, as Word does. Plain data and functions: no Node, no DOM.
 */
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import { localizedStyleName, type FakeLocale } from './styles';

export interface FakeList {
  /** 0 = top level. */
  level: number;
  /** Word's number or bullet as `listItem.listString` gives it; computed when absent. */
  listString?: string;
  /** Numbered lists count "1.", "2." … ("1.1" one level down); others are bullets. */
  numbered: boolean;
  /** Paragraphs of one list share its counters. */
  listId: string;
}

export interface FakeParagraph {
  /** `uniqueLocalId` (WordApi 1.6). */
  readonly id: string;
  /** Word's `paragraph.text`: tabs as "\t", manual line breaks as "\v", never the list number. */
  text: string;
  /** "Normal", "Heading1" … "Heading9", "Title", "ListParagraph", or "Other" for a custom style. */
  styleBuiltIn: string;
  /** The custom style's name when `styleBuiltIn` is "Other". */
  customStyle?: string;
  /** Outline level of a custom heading style (1–9); built-in headings have their own. */
  outlineLevel?: number;
  list?: FakeList;
  /** `font.bold`: true, false, or null for mixed. */
  bold: boolean | null;
  /** The innermost table cell it is in. */
  cell?: FakeCell;
  /** Made by `Range.insertParagraph` (see office-js #1656 and `FakeQuirks`). */
  fromRangeInsert?: boolean;
}

export interface FakeTable {
  readonly id: string;
  styleBuiltIn: string;
  /** The cell a nested table stands in. */
  readonly parentCell?: FakeCell;
}

export interface FakeCell {
  readonly table: FakeTable;
  readonly row: number;
  readonly column: number;
}

export interface Position {
  paragraph: FakeParagraph;
  offset: number;
}

export interface RangeRef {
  start: Position;
  end: Position;
}

export interface FakeComment {
  readonly id: string;
  readonly content: string;
  readonly range: RangeRef;
}

export interface FakeAnnotation {
  readonly id: string;
  readonly paragraph: FakeParagraph;
  start: number;
  length: number;
  readonly colorScheme: string;
  state: 'Created' | 'Accepted' | 'Rejected';
}

export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  matchWildcards?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

export type ParagraphEventType = 'ParagraphAdded' | 'ParagraphChanged' | 'ParagraphDeleted';

/** Word's limit on search strings (office-js #168, #731; escapes count, #1726). */
export const SEARCH_LIMIT = 255;

export class FakeDocumentModel {
  paragraphs: FakeParagraph[] = [];
  selection: RangeRef;
  readonly comments: FakeComment[] = [];
  annotations: FakeAnnotation[] = [];
  /** Every `range.select()`, oldest first. */
  readonly selectionLog: RangeRef[] = [];
  /** The add-in's settings as saved in the file (JSON text per name). */
  savedSettings: Record<string, string> = {};
  /** Positions Word keeps up to date while text changes: the selection, comments, live ranges. */
  private readonly anchors = new Set<Position>();
  private version = 0;
  private indexCache: { version: number; map: Map<FakeParagraph, number> } | null = null;
  private listCache: { version: number; map: Map<FakeParagraph, string> } | null = null;
  private nextId = 1;
  /** Paragraph events collected since they were last delivered. */
  pendingEvents: Array<{ type: ParagraphEventType; id: string }> = [];

  constructor(readonly locale: FakeLocale) {
    const first = this.createParagraph({ text: '' });
    this.paragraphs.push(first);
    this.selection = this.collapsed(first, 0);
  }

  newId(prefix: string): string {
    const n = this.nextId++;
    return prefix === 'paragraph' ? `{F4CE0000-0000-4000-8000-${String(n).padStart(12, '0')}}/${n}` : `${prefix}-${n}`;
  }

  createParagraph(init: Partial<Omit<FakeParagraph, 'id'>> & { text: string }): FakeParagraph {
    return { id: this.newId('paragraph'), styleBuiltIn: 'Normal', bold: false, ...init };
  }

  createTable(styleBuiltIn: string, parentCell?: FakeCell): FakeTable {
    return parentCell ? { id: this.newId('table'), styleBuiltIn, parentCell } : { id: this.newId('table'), styleBuiltIn };
  }

  changed(): void {
    this.version++;
  }

  // ---- positions and order ----

  /** A position Word keeps current while text before it changes; `release` it when done. */
  anchor(paragraph: FakeParagraph, offset: number): Position {
    const position = { paragraph, offset };
    this.anchors.add(position);
    return position;
  }

  release(position: Position): void {
    this.anchors.delete(position);
  }

  collapsed(paragraph: FakeParagraph, offset: number): RangeRef {
    return { start: this.anchor(paragraph, offset), end: this.anchor(paragraph, offset) };
  }

  rangeOf(paragraph: FakeParagraph, start = 0, end = paragraph.text.length): RangeRef {
    return { start: this.anchor(paragraph, start), end: this.anchor(paragraph, end) };
  }

  copyRange(range: RangeRef): RangeRef {
    return { start: this.anchor(range.start.paragraph, range.start.offset), end: this.anchor(range.end.paragraph, range.end.offset) };
  }

  indexOf(paragraph: FakeParagraph): number {
    if (!this.indexCache || this.indexCache.version !== this.version) {
      this.indexCache = { version: this.version, map: new Map(this.paragraphs.map((item, index) => [item, index])) };
    }
    return this.indexCache.map.get(paragraph) ?? -1;
  }

  contains(paragraph: FakeParagraph): boolean {
    return this.indexOf(paragraph) >= 0;
  }

  comparePositions(a: Position, b: Position): number {
    return this.indexOf(a.paragraph) - this.indexOf(b.paragraph) || a.offset - b.offset;
  }

  /** The paragraphs a range touches, in order. */
  paragraphsIn(range: RangeRef): FakeParagraph[] {
    const from = this.indexOf(range.start.paragraph);
    const to = this.indexOf(range.end.paragraph);
    if (from < 0 || to < 0) return [];
    return this.paragraphs.slice(from, to + 1);
  }

  rangeText(range: RangeRef): string {
    const paragraphs = this.paragraphsIn(range);
    if (paragraphs.length === 1) return paragraphs[0]!.text.slice(range.start.offset, range.end.offset);
    return paragraphs
      .map((paragraph, index) => {
        if (index === 0) return paragraph.text.slice(range.start.offset);
        if (index === paragraphs.length - 1) return paragraph.text.slice(0, range.end.offset);
        return paragraph.text;
      })
      .join('\r');
  }

  isLive(range: RangeRef): boolean {
    return this.contains(range.start.paragraph) && this.contains(range.end.paragraph);
  }

  // ---- structure ----

  nestingLevel(paragraph: FakeParagraph): number {
    let level = 0;
    for (let cell = paragraph.cell; cell; cell = cell.table.parentCell) level++;
    return level;
  }

  tableNestingLevel(table: FakeTable): number {
    let level = 1;
    for (let cell = table.parentCell; cell; cell = cell.table.parentCell) level++;
    return level;
  }

  /** Whether the paragraph stands in the table (directly or in a table nested in it). */
  inTable(paragraph: FakeParagraph, table: FakeTable): boolean {
    for (let cell = paragraph.cell; cell; cell = cell.table.parentCell) if (cell.table === table) return true;
    return false;
  }

  /** The cell of `table` the paragraph stands in (through nested tables). */
  cellIn(paragraph: FakeParagraph, table: FakeTable): FakeCell | undefined {
    for (let cell = paragraph.cell; cell; cell = cell.table.parentCell) if (cell.table === table) return cell;
    return undefined;
  }

  tableParagraphs(table: FakeTable): FakeParagraph[] {
    return this.paragraphs.filter((paragraph) => this.inTable(paragraph, table));
  }

  tables(): FakeTable[] {
    const seen = new Set<FakeTable>();
    const tables: FakeTable[] = [];
    for (const paragraph of this.paragraphs) {
      const chain: FakeTable[] = [];
      for (let cell = paragraph.cell; cell; cell = cell.table.parentCell) chain.unshift(cell.table);
      for (const table of chain) {
        if (seen.has(table)) continue;
        seen.add(table);
        tables.push(table);
      }
    }
    return tables;
  }

  /** Rows of cells, each cell's paragraphs' texts (nested tables' paragraphs included). */
  tableCells(table: FakeTable): FakeParagraph[][][] {
    const rows: FakeParagraph[][][] = [];
    for (const paragraph of this.tableParagraphs(table)) {
      const cell = this.cellIn(paragraph, table)!;
      const row = (rows[cell.row] ??= []);
      (row[cell.column] ??= []).push(paragraph);
    }
    return rows.map((row) => Array.from(row, (cell) => cell ?? []));
  }

  tableValues(table: FakeTable): string[][] {
    return this.tableCells(table).map((row) => row.map((cell) => cell.map((paragraph) => paragraph.text).join('\r')));
  }

  /** The paragraphs inside the same container (body or cell) as the paragraph: where insertions stay. */
  sameContainer(a: FakeParagraph, b: FakeParagraph): boolean {
    return a.cell === b.cell;
  }

  // ---- styles, lists ----

  styleName(paragraph: FakeParagraph): string {
    if (paragraph.styleBuiltIn === 'Other') return paragraph.customStyle ?? 'Other';
    return localizedStyleName(paragraph.styleBuiltIn, this.locale);
  }

  outlineLevelOf(paragraph: FakeParagraph): number {
    const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn);
    if (heading) return Number(heading[1]);
    return paragraph.outlineLevel ?? 10;
  }

  /** Word's `listString`: the given one, or the list's number counted through the document. */
  listString(paragraph: FakeParagraph): string {
    if (!paragraph.list) return '';
    if (paragraph.list.listString !== undefined) return paragraph.list.listString;
    if (!this.listCache || this.listCache.version !== this.version) this.listCache = { version: this.version, map: this.countLists() };
    return this.listCache.map.get(paragraph) ?? '';
  }

  private countLists(): Map<FakeParagraph, string> {
    const counters = new Map<string, number[]>();
    const strings = new Map<FakeParagraph, string>();
    for (const paragraph of this.paragraphs) {
      const list = paragraph.list;
      if (!list) continue;
      if (!list.numbered) {
        strings.set(paragraph, ['•', 'o', '▪'][list.level % 3]!);
        continue;
      }
      const counts = counters.get(list.listId) ?? [];
      counts[list.level] = (counts[list.level] ?? 0) + 1;
      counts.length = list.level + 1;
      counters.set(list.listId, counts);
      const numbers = Array.from(counts, (count) => Math.max(1, count ?? 0));
      strings.set(paragraph, list.level === 0 ? `${numbers[0]}.` : numbers.join('.'));
    }
    return strings;
  }

  siblingIndex(paragraph: FakeParagraph): number {
    const list = paragraph.list;
    if (!list) return 0;
    let index = 0;
    for (const other of this.paragraphs) {
      if (other === paragraph) return index;
      if (other.list?.listId === list.listId && other.list.level === list.level) index++;
    }
    return index;
  }

  setStyleBuiltIn(paragraph: FakeParagraph, styleBuiltIn: string): void {
    paragraph.styleBuiltIn = styleBuiltIn;
    delete paragraph.customStyle;
    delete paragraph.outlineLevel;
    this.markChanged(paragraph);
  }

  /** `paragraph.style = name`: a localized built-in name or a custom style the document has. */
  setStyleName(paragraph: FakeParagraph, name: string, location: string): void {
    for (const builtIn of ['Normal', 'Title', 'Subtitle', 'ListParagraph', 'Quote', ...Array.from({ length: 9 }, (_, i) => `Heading${i + 1}`)]) {
      if (localizedStyleName(builtIn, this.locale) === name) return this.setStyleBuiltIn(paragraph, builtIn);
    }
    if (this.paragraphs.some((other) => other.styleBuiltIn === 'Other' && other.customStyle === name)) {
      paragraph.styleBuiltIn = 'Other';
      paragraph.customStyle = name;
      this.markChanged(paragraph);
      return;
    }
    throw invalidArgument(location, `There is no style named '${name}' in this document (${this.locale}).`);
  }

  // ---- editing ----

  markChanged(paragraph: FakeParagraph): void {
    this.changed();
    this.pendingEvents.push({ type: 'ParagraphChanged', id: paragraph.id });
  }

  /** Replaces [start, end) of one paragraph's text; Word splits the paragraph at "\n" or "\r". */
  replaceText(paragraph: FakeParagraph, start: number, end: number, text: string): RangeRef {
    const [first, ...more] = text.split(/\r\n|\r|\n/);
    const before = paragraph.text.slice(0, start);
    const after = paragraph.text.slice(end);
    const delta = first!.length - (end - start);
    for (const position of this.anchors) {
      if (position.paragraph !== paragraph) continue;
      if (position.offset >= end) position.offset += delta;
      else if (position.offset > start) position.offset = Math.min(position.offset, start + first!.length);
    }
    this.annotations = this.annotations.filter(
      (annotation) => annotation.paragraph !== paragraph || annotation.start + annotation.length <= start || annotation.start >= end,
    );
    for (const annotation of this.annotations) if (annotation.paragraph === paragraph && annotation.start >= end) annotation.start += delta;
    paragraph.text = before + first! + (more.length === 0 ? after : '');
    this.markChanged(paragraph);
    if (more.length === 0) return this.rangeOf(paragraph, start, start + first!.length);
    let last = paragraph;
    more.forEach((line, index) => {
      const next = this.insertParagraphNear(last, index === more.length - 1 ? line + after : line, 'After');
      last = next;
    });
    for (const position of this.anchors) {
      if (position.paragraph === paragraph && position.offset > paragraph.text.length) {
        position.offset = Math.min(position.offset - (start + first!.length) + more[more.length - 1]!.length, last.text.length);
        position.paragraph = last;
      }
    }
    return { start: this.anchor(paragraph, start), end: this.anchor(last, more[more.length - 1]!.length) };
  }

  /** `range.insertText(text, "Replace")`: across paragraphs they merge, but never across table cells. */
  replaceRange(range: RangeRef, text: string): RangeRef {
    const paragraphs = this.paragraphsIn(range);
    if (paragraphs.length <= 1) return this.replaceText(range.start.paragraph, range.start.offset, range.end.offset, text);
    const first = paragraphs[0]!;
    const last = paragraphs[paragraphs.length - 1]!;
    const endOffset = range.end.offset;
    if (paragraphs.every((paragraph) => paragraph.cell === first.cell)) {
      const tail = last.text.slice(endOffset);
      for (const paragraph of paragraphs.slice(1)) this.removeParagraph(paragraph, first, first.text.length);
      first.text = first.text.slice(0, range.start.offset) + tail;
      return this.replaceText(first, range.start.offset, range.start.offset, text);
    }
    // Word keeps the cells: the text goes into the first, the rest of the range is emptied.
    this.replaceText(last, 0, endOffset, '');
    for (const paragraph of paragraphs.slice(1, -1)) this.replaceText(paragraph, 0, paragraph.text.length, '');
    return this.replaceText(first, range.start.offset, first.text.length, text);
  }

  insertTextAt(range: RangeRef, text: string, location: string, where: string): RangeRef {
    switch (location) {
      case 'Replace':
        return this.replaceRange(range, text);
      case 'Start':
      case 'Before':
        return this.replaceText(range.start.paragraph, range.start.offset, range.start.offset, text);
      case 'End':
      case 'After':
        return this.replaceText(range.end.paragraph, range.end.offset, range.end.offset, text);
      default:
        throw invalidArgument(where, `insertLocation must be Replace, Start, End, Before or After, not '${location}'.`);
    }
  }

  /** A new paragraph next to `anchor`, in the same cell, with its style and list (as Enter does). */
  insertParagraphNear(anchor: FakeParagraph, text: string, location: 'Before' | 'After'): FakeParagraph {
    const index = this.indexOf(anchor);
    if (index < 0) throw itemNotFound('Paragraph.insertParagraph');
    const paragraph = this.createParagraph({ text, styleBuiltIn: anchor.styleBuiltIn, bold: false });
    if (anchor.customStyle !== undefined) paragraph.customStyle = anchor.customStyle;
    if (anchor.outlineLevel !== undefined) paragraph.outlineLevel = anchor.outlineLevel;
    if (anchor.list) {
      paragraph.list = { ...anchor.list };
      // A numbered list counts on; a given bullet stays the same bullet.
      if (anchor.list.numbered) delete paragraph.list.listString;
    }
    if (anchor.cell) paragraph.cell = anchor.cell;
    this.paragraphs.splice(location === 'Before' ? index : index + 1, 0, paragraph);
    this.changed();
    this.pendingEvents.push({ type: 'ParagraphAdded', id: paragraph.id });
    return paragraph;
  }

  /** `body.insertParagraph(text, "Start" | "End")`: a Normal paragraph at the body's start or end. */
  insertParagraphInBody(text: string, location: 'Start' | 'End'): FakeParagraph {
    const paragraph = this.createParagraph({ text });
    if (location === 'Start') this.paragraphs.unshift(paragraph);
    else this.paragraphs.push(paragraph);
    this.changed();
    this.pendingEvents.push({ type: 'ParagraphAdded', id: paragraph.id });
    return paragraph;
  }

  /** Before the table's first paragraph or after its last, in the table's own container. */
  insertParagraphByTable(table: FakeTable, text: string, location: 'Before' | 'After'): FakeParagraph {
    const inside = this.tableParagraphs(table);
    if (inside.length === 0) throw itemNotFound('Table.insertParagraph');
    const paragraph = this.createParagraph({ text });
    if (table.parentCell) paragraph.cell = table.parentCell;
    const index = location === 'Before' ? this.indexOf(inside[0]!) : this.indexOf(inside[inside.length - 1]!) + 1;
    this.paragraphs.splice(index, 0, paragraph);
    this.changed();
    this.pendingEvents.push({ type: 'ParagraphAdded', id: paragraph.id });
    return paragraph;
  }

  /**
   * A table of empty (or given) cells before or after a paragraph or a table. Like Word, a
   * table is never left without a paragraph after it in its container, and two tables never
   * touch (they would become one).
   */
  insertTable(
    anchor: { paragraph: FakeParagraph } | { table: FakeTable },
    rowCount: number,
    columnCount: number,
    location: string,
    values: string[][] | undefined,
    where: string,
  ): FakeTable {
    if (!Number.isInteger(rowCount) || !Number.isInteger(columnCount) || rowCount < 1 || columnCount < 1)
      throw invalidArgument(where, 'rowCount and columnCount must be positive.');
    if (location !== 'Before' && location !== 'After') throw invalidArgument(where, `insertLocation must be Before or After, not '${location}'.`);
    if (values && (values.length > rowCount || values.some((row) => row.length > columnCount))) throw invalidArgument(where, 'values do not fit the table.');
    const container = 'paragraph' in anchor ? anchor.paragraph.cell : anchor.table.parentCell;
    const table = this.createTable('TableGrid', container);
    const cells: FakeParagraph[] = [];
    for (let row = 0; row < rowCount; row++) {
      for (let column = 0; column < columnCount; column++) {
        cells.push(this.createParagraph({ text: values?.[row]?.[column] ?? '', cell: { table, row, column } }));
      }
    }
    let index: number;
    if ('paragraph' in anchor) {
      const at = this.indexOf(anchor.paragraph);
      if (at < 0) throw itemNotFound(where);
      index = location === 'Before' ? at : at + 1;
    } else {
      const inside = this.tableParagraphs(anchor.table);
      if (inside.length === 0) throw itemNotFound(where);
      index = location === 'Before' ? this.indexOf(inside[0]!) : this.indexOf(inside[inside.length - 1]!) + 1;
    }
    const before = this.paragraphs[index - 1];
    const separator: FakeParagraph[] = [];
    if (before && before.cell !== container && this.nestingLevel(before) > this.nestingLevelOfCell(container)) {
      const gap = this.createParagraph({ text: '' });
      if (container) gap.cell = container;
      separator.push(gap);
    }
    const next = this.paragraphs[index];
    const trailing: FakeParagraph[] = [];
    if (!next || next.cell !== container) {
      const gap = this.createParagraph({ text: '' });
      if (container) gap.cell = container;
      trailing.push(gap);
    }
    const added = [...separator, ...cells, ...trailing];
    this.paragraphs.splice(index, 0, ...added);
    this.changed();
    for (const paragraph of added) this.pendingEvents.push({ type: 'ParagraphAdded', id: paragraph.id });
    return table;
  }

  private nestingLevelOfCell(cell: FakeCell | undefined): number {
    let level = 0;
    for (let at = cell; at; at = at.table.parentCell) level++;
    return level;
  }

  /** Deletes a paragraph; positions in it move to `target` (or the next paragraph). */
  removeParagraph(paragraph: FakeParagraph, target?: FakeParagraph, offset = 0): void {
    const index = this.indexOf(paragraph);
    if (index < 0) return;
    this.paragraphs.splice(index, 1);
    if (this.paragraphs.length === 0) this.paragraphs.push(this.createParagraph({ text: '' }));
    const fallback = target ?? this.paragraphs[Math.min(index, this.paragraphs.length - 1)]!;
    for (const position of this.anchors) {
      if (position.paragraph !== paragraph) continue;
      position.paragraph = fallback;
      position.offset = target ? offset + position.offset : 0;
    }
    this.annotations = this.annotations.filter((annotation) => annotation.paragraph !== paragraph);
    this.changed();
    this.pendingEvents.push({ type: 'ParagraphDeleted', id: paragraph.id });
  }

  detachFromList(paragraph: FakeParagraph): void {
    if (!paragraph.list) return;
    delete paragraph.list;
    if (paragraph.styleBuiltIn === 'ListParagraph') paragraph.styleBuiltIn = 'Normal';
    this.markChanged(paragraph);
  }

  select(range: RangeRef): void {
    this.release(this.selection.start);
    this.release(this.selection.end);
    this.selection = this.copyRange(range);
    this.selectionLog.push({ start: { ...range.start }, end: { ...range.end } });
  }

  // ---- search ----

  /** `search(text, options)` inside a range: Word's matches, non-overlapping, never across paragraphs. */
  search(range: RangeRef, searchText: string, options: SearchOptions, where: string): RangeRef[] {
    if (typeof searchText !== 'string' || searchText.length === 0) throw invalidArgument(where, 'searchText must not be empty.');
    if (searchText.length > SEARCH_LIMIT)
      throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'The search string is invalid or is longer than 255 characters.', where);
    if (options.matchWildcards) throw new FakeOfficeError('NotImplemented', 'The fake Word does not implement wildcard searches.', where);
    const pattern = parsePattern(searchText, where);
    if (pattern === null) return [];
    const matches: RangeRef[] = [];
    const paragraphs = this.paragraphsIn(range);
    paragraphs.forEach((paragraph, index) => {
      const from = index === 0 ? range.start.offset : 0;
      const to = index === paragraphs.length - 1 ? range.end.offset : paragraph.text.length;
      let at = from;
      while (at + pattern.length <= to) {
        if (matchesAt(paragraph.text, at, pattern, options)) {
          matches.push(this.rangeOf(paragraph, at, at + pattern.length));
          at += pattern.length;
        } else at++;
      }
    });
    return matches;
  }
}

type CharTest = (char: string, matchCase: boolean) => boolean;

const literal =
  (expected: string): CharTest =>
  (char, matchCase) =>
    matchCase ? char === expected : char.toLocaleLowerCase('sv') === expected.toLocaleLowerCase('sv');
const oneOf =
  (...expected: string[]): CharTest =>
  (char) =>
    expected.includes(char);

/** Word's caret codes (docs `word/search-option-guidance.md`); null when nothing can match. */
function parsePattern(searchText: string, where: string): CharTest[] | null {
  const pattern: CharTest[] = [];
  let impossible = false;
  for (let at = 0; at < searchText.length; at++) {
    const char = searchText[at]!;
    if (char === '^') {
      const code = searchText[++at];
      switch (code) {
        case 't':
          pattern.push(oneOf('\t'));
          break;
        case 'l':
          pattern.push(oneOf('\v'));
          break;
        case 's':
          pattern.push(oneOf('\u00a0'));
          break;
        case '-':
          pattern.push(oneOf('\u00ad', '\u001f'));
          break;
        case '~':
          pattern.push(oneOf('\u001e'));
          break;
        case '^':
          pattern.push(oneOf('^'));
          break;
        case '?':
          pattern.push(() => true);
          break;
        case '#':
          pattern.push((c) => /\p{Nd}/u.test(c));
          break;
        case '$':
          pattern.push((c) => /\p{L}/u.test(c));
          break;
        case 'p':
          impossible = true; // A paragraph mark never lies inside one paragraph's text.
          pattern.push(() => false);
          break;
        default:
          throw invalidArgument(where, `Unknown special character '^${code ?? ''}' in the search string.`);
      }
      continue;
    }
    // Raw control characters are not found by Word's search (the divvun add-in breaks chunks at them).
    if (/[\u0000-\u001f\u007f-\u009f]/.test(char)) impossible = true;
    pattern.push(literal(char));
  }
  return impossible ? null : pattern;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function matchesAt(text: string, at: number, pattern: CharTest[], options: SearchOptions): boolean {
  const matchCase = options.matchCase ?? false;
  for (let index = 0; index < pattern.length; index++) if (!pattern[index]!(text[at + index]!, matchCase)) return false;
  const before = at > 0 && WORD_CHAR.test(text[at - 1]!);
  const after = at + pattern.length < text.length && WORD_CHAR.test(text[at + pattern.length]!);
  if ((options.matchWholeWord || options.matchPrefix) && before) return false;
  if ((options.matchWholeWord || options.matchSuffix) && after) return false;
  return true;
}
