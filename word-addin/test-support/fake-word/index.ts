/**
 * A fake Word for tests of Office.js code, in vitest (Node) and bundled into a browser page.
 *
 *   const word = createFakeWord(blocks, { wordApi: '1.3' });  // a "Word 2019"
 *   word.install();                                            // globalThis.Word / Office
 *   …code under test…
 *   word.paragraphs(); word.selection(); word.comments(); word.syncCount;
 *
 * It behaves like Word where add-ins trip: proxies must be loaded and synced before their
 * properties are read, operations run only at `context.sync()`, list numbers are not in
 * `text`, search strings over 255 characters fail, requirement sets are enforced, settings
 * are saved into the document only by `saveAsync`.
 */
import type { ParagraphInput } from '../../../shared/index';
import { FakeHost, type FakeQuirks } from './host';
import type { FakeParagraph, RangeRef } from './model';
import { createOfficeNamespace, createWordNamespace } from './office';
import { blocksFromParagraphInputs, buildDocument, type FakeBlockSpec, type FakeParagraphSpec } from './spec';
import type { FakeLocale } from './styles';

export type { FakeBlockSpec, FakeCellSpec, FakeListSpec, FakeParagraphObjectSpec, FakeParagraphSpec, FakeTableSpec } from './spec';
export { blocksFromParagraphInputs } from './spec';
export { FakeOfficeError } from './errors';
export type { FakeQuirks } from './host';
export type { FakeLocale } from './styles';
export { SEARCH_LIMIT } from './model';

/** Requirement sets of typical hosts (office-js-docs-reference, word-api-requirement-sets.md). */
export const FAKE_HOSTS = {
  /** Office 2019/2021 volume licences: WordApi 1.3 only. */
  word2019: { WordApi: '1.3' },
  /** Office 2024 / Microsoft 365: up to WordApi 1.8 (comments, paragraph events, annotations). */
  microsoft365: { WordApi: '1.8' },
} as const;

export interface FakeWordOptions {
  /** Highest WordApi version: "1.3" (Word 2019), "1.4" (comments), "1.6" (paragraph events), "1.7" (annotations). Default "1.8". */
  wordApi?: string;
  /** Other requirement sets, e.g. `{ WordApiDesktop: '1.4' }`. */
  requirements?: Record<string, string>;
  /** Default "sv-SE": `style` reads "Rubrik 1". */
  locale?: FakeLocale;
  platform?: 'PC' | 'Mac' | 'OfficeOnline';
  /** The add-in's document settings as saved in the file. */
  settings?: Record<string, unknown>;
  /** Where the cursor is: paragraph index and offsets (default the start of the document). */
  selection?: { paragraph: number; start?: number; end?: number };
  quirks?: Partial<FakeQuirks>;
}

export interface FakeParagraphView {
  index: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  isListItem: boolean;
  listString?: string;
  listLevel?: number;
  bold: boolean | null;
  tableNestingLevel: number;
  /** The outermost table's cell: table index in document order, row, column. */
  cell?: { table: number; row: number; column: number };
  uniqueLocalId: string;
}

/** A place in the document: paragraph index (into `paragraphs()`), offsets in its text. */
export interface FakeSpot {
  paragraph: number;
  start: number;
  /** Paragraph index of the end, when the range reaches into another paragraph. */
  endParagraph: number;
  end: number;
  text: string;
}

export interface FakeCommentView extends FakeSpot {
  id: string;
  content: string;
}

export interface FakeAnnotationView {
  id: string;
  paragraph: number;
  start: number;
  length: number;
  colorScheme: string;
  state: string;
  text: string;
}

export interface FakeTableView {
  index: number;
  styleBuiltIn: string;
  nestingLevel: number;
  /** Each cell's paragraphs' texts joined by "\r", as Word's `table.values`. */
  values: string[][];
}

export class FakeWord {
  /** The `Word` namespace to install as `globalThis.Word`. */
  readonly Word: Record<string, unknown>;
  /** The `Office` namespace to install as `globalThis.Office`. */
  readonly Office: Record<string, unknown>;
  private readonly host: FakeHost;

  constructor(blocks: readonly FakeBlockSpec[] = [], options: FakeWordOptions = {}) {
    const requirements: Record<string, string> = { WordApi: options.wordApi ?? '1.8', ...(options.requirements ?? {}) };
    const quirks: FakeQuirks = { rangeInsertParagraphStyle: true, ...(options.quirks ?? {}) };
    this.host = new FakeHost(requirements, quirks, options.platform ?? 'PC', options.locale ?? 'sv-SE');
    this.Word = createWordNamespace(this.host);
    this.Office = createOfficeNamespace(this.host);
    this.load(blocks);
    for (const [name, value] of Object.entries(options.settings ?? {})) this.host.model.savedSettings[name] = JSON.stringify(value);
    this.host.liveSettings = new Map(Object.entries(this.host.model.savedSettings));
    if (options.selection) this.setSelection(options.selection.paragraph, options.selection.start ?? 0, options.selection.end, false);
  }

  /** Replaces the document's content (settings and handlers stay). */
  load(blocks: readonly FakeBlockSpec[]): void {
    buildDocument(this.host.model, blocks);
  }

  loadParagraphInputs(inputs: readonly ParagraphInput[]): void {
    this.load(blocksFromParagraphInputs(inputs));
  }

  /**
   * Makes this fake the page's Word: sets `target.Word`, and `target.Office` — or, when the
   * real office.js already defined `Office`, puts the fake's context, onReady and enums on
   * it (replacing it if its properties cannot be redefined).
   */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
    target.Word = this.Word;
    const existing = target.Office as Record<string, unknown> | undefined;
    if (!existing || typeof existing !== 'object') {
      target.Office = this.Office;
      return;
    }
    try {
      for (const [name, value] of Object.entries(this.Office))
        Object.defineProperty(existing, name, { value, configurable: true, writable: true, enumerable: true });
    } catch {
      // office.js's Office.context is a non-configurable getter; keep its other members (Office.Promise, used by its DOMContentLoaded handler) behind the fake's.
      target.Office = Object.setPrototypeOf(this.Office, existing);
    }
  }

  // ---- counters ----

  /** `context.sync()` calls so far (Word.run's final sync included when it had work). */
  get syncCount(): number {
    return this.host.syncCount;
  }

  get runCount(): number {
    return this.host.runCount;
  }

  resetCounters(): void {
    this.host.syncCount = 0;
    this.host.runCount = 0;
  }

  // ---- inspection ----

  paragraphs(): FakeParagraphView[] {
    const model = this.host.model;
    const tables = model.tables().filter((table) => !table.parentCell);
    return model.paragraphs.map((paragraph, index) => {
      const view: FakeParagraphView = {
        index,
        text: paragraph.text,
        style: model.styleName(paragraph),
        styleBuiltIn: paragraph.styleBuiltIn,
        outlineLevel: model.outlineLevelOf(paragraph),
        isListItem: paragraph.list !== undefined,
        bold: paragraph.bold,
        tableNestingLevel: model.nestingLevel(paragraph),
        uniqueLocalId: paragraph.id,
      };
      if (paragraph.list) {
        view.listString = model.listString(paragraph);
        view.listLevel = paragraph.list.level;
      }
      const outer = outermostCell(paragraph);
      if (outer) view.cell = { table: tables.indexOf(outer.table), row: outer.row, column: outer.column };
      return view;
    });
  }

  texts(): string[] {
    return this.host.model.paragraphs.map((paragraph) => paragraph.text);
  }

  tables(): FakeTableView[] {
    const model = this.host.model;
    return model
      .tables()
      .map((table, index) => ({ index, styleBuiltIn: table.styleBuiltIn, nestingLevel: model.tableNestingLevel(table), values: model.tableValues(table) }));
  }

  /** The current selection (a cursor has start === end). */
  selection(): FakeSpot {
    return this.spot(this.host.model.selection);
  }

  /** Every `select()` the add-in made, oldest first. */
  selections(): FakeSpot[] {
    return this.host.model.selectionLog.map((range) => this.spot(range));
  }

  comments(): FakeCommentView[] {
    return this.host.model.comments.map((comment) => ({ id: comment.id, content: comment.content, ...this.spot(comment.range) }));
  }

  /** The squiggles, in document order. */
  annotations(): FakeAnnotationView[] {
    const model = this.host.model;
    const inOrder = [...model.annotations].sort((a, b) => model.indexOf(a.paragraph) - model.indexOf(b.paragraph) || a.start - b.start);
    return inOrder.map((annotation) => ({
      id: annotation.id,
      paragraph: model.indexOf(annotation.paragraph),
      start: annotation.start,
      length: annotation.length,
      colorScheme: annotation.colorScheme,
      state: annotation.state,
      text: annotation.paragraph.text.slice(annotation.start, annotation.start + annotation.length),
    }));
  }

  /** Settings as saved into the document (what the next reviewer gets). */
  savedSettings(): Record<string, unknown> {
    return Object.fromEntries(Object.entries(this.host.model.savedSettings).map(([name, json]) => [name, JSON.parse(json)]));
  }

  /** Registered selection and paragraph handlers. */
  handlerCount(): number {
    return this.host.handlerCount();
  }

  /**
   * The document as the core's paragraph inputs, computed from the model's structure (an
   * oracle for readers: one input per paragraph outside tables, one per outer table row).
   */
  expectedInputs(): ParagraphInput[] {
    const model = this.host.model;
    const inputs: ParagraphInput[] = [];
    let rowKey: string | null = null;
    let current: { cells: string[][]; row: number } | null = null;
    const flush = () => {
      if (current) inputs.push({ text: '', cells: current.cells.map((cell) => cell.join(' ')), row: current.row });
      current = null;
      rowKey = null;
    };
    for (const paragraph of model.paragraphs) {
      const outer = outermostCell(paragraph);
      if (!outer) {
        flush();
        const input: ParagraphInput = {
          text: paragraph.text,
          style: model.styleName(paragraph),
          styleBuiltIn: paragraph.styleBuiltIn,
          outlineLevel: model.outlineLevelOf(paragraph),
        };
        if (paragraph.list) input.list = { level: paragraph.list.level, listString: model.listString(paragraph) };
        if (paragraph.bold === true) input.bold = true;
        inputs.push(input);
        continue;
      }
      const key = `${outer.table.id}/${outer.row}`;
      if (key !== rowKey) {
        flush();
        rowKey = key;
        current = { cells: [], row: outer.row };
      }
      const cells = current!.cells;
      while (cells.length <= outer.column) cells.push([]);
      cells[outer.column]!.push(paragraph.text);
    }
    flush();
    return inputs;
  }

  // ---- the writer's actions ----

  /** The writer retypes a paragraph: Word reports the change (paragraph events, selection). */
  editParagraph(index: number, text: string): void {
    const model = this.host.model;
    const paragraph = this.paragraphAt(index);
    model.replaceText(paragraph, 0, paragraph.text.length, text);
    this.setSelection(model.indexOf(paragraph), paragraph.text.length, undefined, true);
  }

  /** The writer adds a paragraph before `index` (in the same cell, if any). */
  insertParagraphAt(index: number, spec: FakeParagraphSpec): void {
    const model = this.host.model;
    const text = typeof spec === 'string' ? spec : spec.text;
    const anchor = model.paragraphs[index];
    const paragraph = anchor ? model.insertParagraphNear(anchor, text, 'Before') : model.insertParagraphInBody(text, 'End');
    paragraph.styleBuiltIn = typeof spec === 'string' ? 'Normal' : (spec.styleBuiltIn ?? 'Normal');
    delete paragraph.customStyle;
    delete paragraph.list;
    this.host.deliverEvents();
  }

  deleteParagraphAt(index: number): void {
    this.host.model.removeParagraph(this.paragraphAt(index));
    this.host.deliverEvents();
  }

  /** Puts the cursor (or a selection) somewhere; fires DocumentSelectionChanged unless told not to. */
  setSelection(index: number, start = 0, end: number = start, notify = true): void {
    const model = this.host.model;
    const paragraph = this.paragraphAt(index);
    model.release(model.selection.start);
    model.release(model.selection.end);
    model.selection = model.rangeOf(paragraph, start, end);
    if (notify) {
      this.host.noteSelectionChanged();
      this.host.deliverEvents();
    }
  }

  /** Closes and opens the document again: unsaved settings, annotations and handlers are gone. */
  reopen(): void {
    this.host.liveSettings = new Map(Object.entries(this.host.model.savedSettings));
    this.host.model.annotations = [];
    this.host.selectionHandlers.clear();
    this.host.paragraphHandlers.clear();
  }

  private paragraphAt(index: number): FakeParagraph {
    const paragraph = this.host.model.paragraphs[index];
    if (!paragraph) throw new RangeError(`The fake document has no paragraph ${index} (it has ${this.host.model.paragraphs.length}).`);
    return paragraph;
  }

  private spot(range: RangeRef): FakeSpot {
    const model = this.host.model;
    return {
      paragraph: model.indexOf(range.start.paragraph),
      start: range.start.offset,
      endParagraph: model.indexOf(range.end.paragraph),
      end: range.end.offset,
      text: model.rangeText(range),
    };
  }
}

function outermostCell(paragraph: FakeParagraph) {
  let cell = paragraph.cell;
  while (cell?.table.parentCell) cell = cell.table.parentCell;
  return cell;
}

export function createFakeWord(blocks: readonly FakeBlockSpec[] = [], options: FakeWordOptions = {}): FakeWord {
  return new FakeWord(blocks, options);
}
