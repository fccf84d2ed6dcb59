/**
 * The Word object model's proxies: Document, Body, Paragraph(Collection), Range(Collection),
 * ListItem, Font, Table, TableCell, Comment, Annotation(Collection) and event handlers.
 * Each names its requirement set where it is above WordApi 1.3, so a fake "Word 2019"
 * refuses comments, paragraph events and annotations the way an old Word does: the call
 * queues, and the sync fails with ApiNotFound.
 */
import { FakeClientObject, FakeClientResult, FakeCollection, Slot, type FakeRequestContext, type Scalar } from './context';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import type { ParagraphHandler } from './host';
import type { FakeAnnotation, FakeCell, FakeComment, FakeDocumentModel, FakeParagraph, FakeTable, ParagraphEventType, RangeRef, SearchOptions } from './model';
import { isBuiltInStyle } from './styles';

const WORD_1_4 = 'WordApi 1.4';
const WORD_1_6 = 'WordApi 1.6';
const WORD_1_7 = 'WordApi 1.7';

function modelOf(context: FakeRequestContext): FakeDocumentModel {
  return context.host.model;
}

/** A range made at sync time, whose positions the context releases when its run ends. */
function keep(context: FakeRequestContext, range: RangeRef): RangeRef {
  context.keep(range.start);
  context.keep(range.end);
  return range;
}

function liveParagraph(context: FakeRequestContext, paragraph: FakeParagraph): () => FakeParagraph | null {
  return () => (modelOf(context).contains(paragraph) ? paragraph : null);
}

function liveRange(context: FakeRequestContext, range: RangeRef): () => RangeRef | null {
  return () => (modelOf(context).isLive(range) ? range : null);
}

function checkBuiltInStyle(value: unknown, location: string): string {
  if (typeof value !== 'string' || !isBuiltInStyle(value)) throw invalidArgument(location, `'${String(value)}' is not a Word.BuiltInStyleName.`);
  return value;
}

function insertLocation(value: unknown, allowed: readonly string[], location: string): string {
  if (typeof value !== 'string' || !allowed.includes(value))
    throw invalidArgument(location, `insertLocation must be ${allowed.join(' or ')}, not '${String(value)}'.`);
  return value;
}

// ---------------------------------------------------------------- Document, Body

export class FakeDocument extends FakeClientObject<FakeDocumentModel> {
  protected readonly typeName = 'Document';
  private readonly events: Partial<Record<ParagraphEventType, FakeEventHandlers>> = {};

  protected scalars(): Record<string, Scalar<FakeDocumentModel>> {
    return { saved: { get: () => true } };
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'body' ? this.body : undefined;
  }

  get body(): FakeBody {
    return this.cached('body', () => new FakeBody(this.context, () => modelOf(this.context)));
  }

  /** The selection as it is when the operation runs (a collapsed range for a cursor). */
  getSelection(): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'getSelection', () => slot.set(keep(this.context, modelOf(this.context).copyRange(modelOf(this.context).selection))));
    return new FakeRange(this.context, () => slot.get());
  }

  getAnnotationById(id: string): FakeAnnotation_ {
    const slot = new Slot<FakeAnnotation>();
    this.queue(WORD_1_7, 'getAnnotationById', () => {
      const annotation = modelOf(this.context).annotations.find((candidate) => candidate.id === id);
      if (!annotation) throw itemNotFound('Document.getAnnotationById');
      slot.set(annotation);
    });
    return new FakeAnnotation_(this.context, () => slot.get());
  }

  getParagraphByUniqueLocalId(id: string): FakeParagraphObject {
    const slot = new Slot<FakeParagraph>();
    this.queue(WORD_1_6, 'getParagraphByUniqueLocalId', () => {
      const paragraph = modelOf(this.context).paragraphs.find((candidate) => candidate.id === id);
      if (!paragraph) throw itemNotFound('Document.getParagraphByUniqueLocalId');
      slot.set(paragraph);
    });
    return new FakeParagraphObject(this.context, () => slot.get());
  }

  get onParagraphAdded(): FakeEventHandlers {
    return (this.events.ParagraphAdded ??= new FakeEventHandlers(this.context, 'ParagraphAdded'));
  }

  get onParagraphChanged(): FakeEventHandlers {
    return (this.events.ParagraphChanged ??= new FakeEventHandlers(this.context, 'ParagraphChanged'));
  }

  get onParagraphDeleted(): FakeEventHandlers {
    return (this.events.ParagraphDeleted ??= new FakeEventHandlers(this.context, 'ParagraphDeleted'));
  }
}

export class FakeBody extends FakeClientObject<FakeDocumentModel> {
  protected readonly typeName = 'Body';

  protected scalars(): Record<string, Scalar<FakeDocumentModel>> {
    return {
      text: { get: (model) => model.paragraphs.map((paragraph) => paragraph.text).join('\r') },
      type: { get: () => 'MainDoc' },
    };
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'paragraphs' ? this.paragraphs : undefined;
  }

  get text(): string {
    return this.read('text');
  }

  /** All paragraphs, table cells' included, in document order (what they are when the operation runs). */
  get paragraphs(): FakeParagraphCollection {
    return this.cached('paragraphs', () => new FakeParagraphCollection(this.context, () => [...modelOf(this.context).paragraphs]));
  }

  insertParagraph(paragraphText: string, location: string): FakeParagraphObject {
    const slot = new Slot<FakeParagraph>();
    this.queue(undefined, 'insertParagraph', () => {
      const where = insertLocation(location, ['Start', 'End'], 'Body.insertParagraph') as 'Start' | 'End';
      slot.set(modelOf(this.context).insertParagraphInBody(paragraphText, where));
    });
    return new FakeParagraphObject(this.context, () => slot.get());
  }

  getRange(location = 'Whole'): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'getRange', () => {
      const model = modelOf(this.context);
      const first = model.paragraphs[0]!;
      const last = model.paragraphs[model.paragraphs.length - 1]!;
      const range =
        location === 'Start'
          ? model.collapsed(first, 0)
          : location === 'End' || location === 'After'
            ? model.collapsed(last, last.text.length)
            : { start: model.anchor(first, 0), end: model.anchor(last, last.text.length) };
      slot.set(keep(this.context, range));
    });
    return new FakeRange(this.context, () => slot.get());
  }

  search(searchText: string, options: SearchOptions = {}): FakeRangeCollection {
    const slot = new Slot<RangeRef[]>();
    this.queue(undefined, 'search', () => {
      const model = modelOf(this.context);
      const last = model.paragraphs[model.paragraphs.length - 1]!;
      const whole = { start: model.anchor(model.paragraphs[0]!, 0), end: model.anchor(last, last.text.length) };
      slot.set(model.search(keep(this.context, whole), searchText, options, 'Body.search').map((range) => keep(this.context, range)));
    });
    return new FakeRangeCollection(this.context, () => slot.get());
  }

  select(): void {
    this.queue(undefined, 'select', () => {
      const model = modelOf(this.context);
      const last = model.paragraphs[model.paragraphs.length - 1]!;
      model.select(keep(this.context, { start: model.anchor(model.paragraphs[0]!, 0), end: model.anchor(last, last.text.length) }));
      this.context.host.noteSelectionChanged();
    });
  }
}

// ---------------------------------------------------------------- Paragraphs

export class FakeParagraphCollection extends FakeCollection<FakeParagraph, FakeParagraphObject> {
  protected readonly typeName = 'ParagraphCollection';

  protected createItem(target: FakeParagraph): FakeParagraphObject {
    return new FakeParagraphObject(this.context, liveParagraph(this.context, target));
  }

  private pick(which: 'first' | 'last', nullable: boolean): FakeParagraphObject {
    const slot = new Slot<FakeParagraph>();
    this.queue(undefined, which === 'first' ? 'getFirst' : 'getLast', () => {
      const paragraphs = this.resolve();
      const paragraph = which === 'first' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
      if (!paragraph && !nullable) throw itemNotFound(`ParagraphCollection.${which === 'first' ? 'getFirst' : 'getLast'}`);
      slot.set(paragraph ?? null);
    });
    return new FakeParagraphObject(this.context, () => slot.get(), nullable);
  }

  getFirst(): FakeParagraphObject {
    return this.pick('first', false);
  }

  getFirstOrNullObject(): FakeParagraphObject {
    return this.pick('first', true);
  }

  getLast(): FakeParagraphObject {
    return this.pick('last', false);
  }

  getLastOrNullObject(): FakeParagraphObject {
    return this.pick('last', true);
  }
}

export class FakeParagraphObject extends FakeClientObject<FakeParagraph> {
  protected readonly typeName = 'Paragraph';

  constructor(
    context: FakeRequestContext,
    resolver: () => FakeParagraph | null,
    nullable = false,
    /** Returned by `Range.insertParagraph` (office-js #1656). */
    private readonly fromRangeInsert = false,
  ) {
    super(context, resolver, nullable);
  }

  protected scalars(): Record<string, Scalar<FakeParagraph>> {
    const model = modelOf(this.context);
    return {
      text: { get: (paragraph) => paragraph.text },
      style: { get: (paragraph) => model.styleName(paragraph), set: (paragraph, value) => model.setStyleName(paragraph, String(value), 'Paragraph.style') },
      styleBuiltIn: {
        get: (paragraph) => paragraph.styleBuiltIn,
        set: (paragraph, value) => {
          if (this.fromRangeInsert && this.context.host.quirks.rangeInsertParagraphStyle)
            throw invalidArgument('Paragraph.styleBuiltIn', 'Invalid arguments (office-js #1656).');
          model.setStyleBuiltIn(paragraph, checkBuiltInStyle(value, 'Paragraph.styleBuiltIn'));
        },
      },
      outlineLevel: {
        get: (paragraph) => model.outlineLevelOf(paragraph),
        set: (paragraph, value) => {
          paragraph.outlineLevel = Number(value);
          model.markChanged(paragraph);
        },
      },
      isListItem: { get: (paragraph) => paragraph.list !== undefined },
      tableNestingLevel: { get: (paragraph) => model.nestingLevel(paragraph) },
      isLastParagraph: { get: (paragraph) => model.paragraphs[model.paragraphs.length - 1] === paragraph },
      uniqueLocalId: { get: (paragraph) => paragraph.id, api: WORD_1_6 },
      alignment: { get: () => 'Left' },
    };
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    switch (name) {
      case 'font':
        return this.font;
      case 'listItem':
        return this.listItem;
      case 'listItemOrNullObject':
        return this.listItemOrNullObject;
      case 'parentTableCell':
        return this.parentTableCell;
      case 'parentTableCellOrNullObject':
        return this.parentTableCellOrNullObject;
      case 'parentTable':
        return this.parentTable;
      case 'parentTableOrNullObject':
        return this.parentTableOrNullObject;
      default:
        return undefined;
    }
  }

  get text(): string {
    return this.read('text');
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.write('style', value);
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(value: string) {
    this.write('styleBuiltIn', value);
  }
  get outlineLevel(): number {
    return this.read('outlineLevel');
  }
  set outlineLevel(value: number) {
    this.write('outlineLevel', value);
  }
  get isListItem(): boolean {
    return this.read('isListItem');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  get isLastParagraph(): boolean {
    return this.read('isLastParagraph');
  }
  get uniqueLocalId(): string {
    return this.read('uniqueLocalId');
  }

  get font(): FakeFont {
    return this.cached('font', () => new FakeFont(this.context, () => [this.resolve()]));
  }

  get listItem(): FakeListItem {
    return this.cached('listItem', () => new FakeListItem(this.context, () => (this.resolve().list ? this.resolve() : null)));
  }

  get listItemOrNullObject(): FakeListItem {
    return this.cached('listItemOrNullObject', () => new FakeListItem(this.context, () => (this.resolve().list ? this.resolve() : null), true));
  }

  get parentTableCell(): FakeTableCell {
    return this.cached('parentTableCell', () => new FakeTableCell(this.context, () => this.resolve().cell ?? null));
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    return this.cached('parentTableCellOrNullObject', () => new FakeTableCell(this.context, () => this.resolve().cell ?? null, true));
  }

  get parentTable(): FakeTableObject {
    return this.cached('parentTable', () => new FakeTableObject(this.context, () => this.resolve().cell?.table ?? null));
  }

  get parentTableOrNullObject(): FakeTableObject {
    return this.cached('parentTableOrNullObject', () => new FakeTableObject(this.context, () => this.resolve().cell?.table ?? null, true));
  }

  /** Word's search inside this paragraph: at most 255 characters, caret codes for special characters. */
  search(searchText: string, options: SearchOptions = {}): FakeRangeCollection {
    const slot = new Slot<RangeRef[]>();
    this.queue(undefined, 'search', () => {
      const model = modelOf(this.context);
      const paragraph = this.resolve();
      const scope = keep(this.context, model.rangeOf(paragraph));
      slot.set(model.search(scope, searchText, options, 'Paragraph.search').map((range) => keep(this.context, range)));
    });
    return new FakeRangeCollection(this.context, () => slot.get());
  }

  getRange(location = 'Whole'): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'getRange', () => {
      const model = modelOf(this.context);
      const paragraph = this.resolve();
      const length = paragraph.text.length;
      switch (location) {
        case 'Whole':
        case 'Content':
          slot.set(keep(this.context, model.rangeOf(paragraph)));
          break;
        case 'Start':
          slot.set(keep(this.context, model.collapsed(paragraph, 0)));
          break;
        case 'End':
        case 'After':
          slot.set(keep(this.context, model.collapsed(paragraph, length)));
          break;
        default:
          throw invalidArgument('Paragraph.getRange', `rangeLocation must be Whole, Start, End, After or Content, not '${location}'.`);
      }
    });
    return new FakeRange(this.context, () => slot.get());
  }

  insertParagraph(paragraphText: string, location: string): FakeParagraphObject {
    const slot = new Slot<FakeParagraph>();
    this.queue(undefined, 'insertParagraph', () => {
      const where = insertLocation(location, ['Before', 'After'], 'Paragraph.insertParagraph') as 'Before' | 'After';
      slot.set(modelOf(this.context).insertParagraphNear(this.resolve(), paragraphText, where));
    });
    return new FakeParagraphObject(this.context, () => slot.get());
  }

  insertTable(rowCount: number, columnCount: number, location: string, values?: string[][]): FakeTableObject {
    const slot = new Slot<FakeTable>();
    this.queue(undefined, 'insertTable', () => {
      slot.set(modelOf(this.context).insertTable({ paragraph: this.resolve() }, rowCount, columnCount, location, values, 'Paragraph.insertTable'));
    });
    return new FakeTableObject(this.context, () => slot.get());
  }

  insertText(text: string, location: string): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'insertText', () => {
      const where = insertLocation(location, ['Replace', 'Start', 'End'], 'Paragraph.insertText');
      const model = modelOf(this.context);
      slot.set(keep(this.context, model.insertTextAt(keep(this.context, model.rangeOf(this.resolve())), text, where, 'Paragraph.insertText')));
    });
    return new FakeRange(this.context, () => slot.get());
  }

  select(selectionMode = 'Select'): void {
    this.queue(undefined, 'select', () => {
      const model = modelOf(this.context);
      const paragraph = this.resolve();
      const range =
        selectionMode === 'Start'
          ? model.collapsed(paragraph, 0)
          : selectionMode === 'End'
            ? model.collapsed(paragraph, paragraph.text.length)
            : model.rangeOf(paragraph);
      model.select(keep(this.context, range));
      this.context.host.noteSelectionChanged();
    });
  }

  delete(): void {
    this.queue(undefined, 'delete', () => modelOf(this.context).removeParagraph(this.resolve()));
  }

  detachFromList(): void {
    this.queue(undefined, 'detachFromList', () => modelOf(this.context).detachFromList(this.resolve()));
  }

  private neighbour(step: 1 | -1, nullable: boolean): FakeParagraphObject {
    const slot = new Slot<FakeParagraph>();
    this.queue(undefined, step === 1 ? 'getNext' : 'getPrevious', () => {
      const model = modelOf(this.context);
      const paragraph = model.paragraphs[model.indexOf(this.resolve()) + step];
      if (!paragraph && !nullable) throw itemNotFound(step === 1 ? 'Paragraph.getNext' : 'Paragraph.getPrevious');
      slot.set(paragraph ?? null);
    });
    return new FakeParagraphObject(this.context, () => slot.get(), nullable);
  }

  getNext(): FakeParagraphObject {
    return this.neighbour(1, false);
  }
  getNextOrNullObject(): FakeParagraphObject {
    return this.neighbour(1, true);
  }
  getPrevious(): FakeParagraphObject {
    return this.neighbour(-1, false);
  }
  getPreviousOrNullObject(): FakeParagraphObject {
    return this.neighbour(-1, true);
  }

  /** WordApi 1.7. */
  getText(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.queue(WORD_1_7, 'getText', () => result.set(this.resolve().text));
    return result;
  }

  /** WordApi 1.7: the critiques in this paragraph. */
  getAnnotations(): FakeAnnotationCollection {
    const slot = new Slot<FakeAnnotation[]>();
    this.queue(WORD_1_7, 'getAnnotations', () => {
      const paragraph = this.resolve();
      slot.set(modelOf(this.context).annotations.filter((annotation) => annotation.paragraph === paragraph));
    });
    return new FakeAnnotationCollection(this.context, () => slot.get());
  }

  /** WordApi 1.7: squiggles at paragraph-relative `{ start, length }`; returns their ids. */
  insertAnnotations(annotations: { critiques?: Array<{ colorScheme: string; start: number; length: number }> }): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.queue(WORD_1_7, 'insertAnnotations', () => {
      const model = modelOf(this.context);
      const paragraph = this.resolve();
      const ids: string[] = [];
      for (const critique of annotations.critiques ?? []) {
        const { start, length, colorScheme } = critique;
        if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 1 || start + length > paragraph.text.length) {
          throw invalidArgument('Paragraph.insertAnnotations', `Critique ${start}+${length} lies outside the paragraph (${paragraph.text.length} characters).`);
        }
        if (!['Red', 'Green', 'Blue', 'Lavender', 'Berry'].includes(colorScheme))
          throw invalidArgument('Paragraph.insertAnnotations', `Unknown colorScheme '${colorScheme}'.`);
        const annotation: FakeAnnotation = { id: model.newId('annotation'), paragraph, start, length, colorScheme, state: 'Created' };
        model.annotations.push(annotation);
        ids.push(annotation.id);
      }
      result.set(ids);
    });
    return result;
  }
}

export class FakeListItem extends FakeClientObject<FakeParagraph> {
  protected readonly typeName = 'ListItem';

  protected scalars(): Record<string, Scalar<FakeParagraph>> {
    const model = modelOf(this.context);
    return {
      level: {
        get: (paragraph) => paragraph.list!.level,
        set: (paragraph, value) => {
          paragraph.list!.level = Number(value);
          model.markChanged(paragraph);
        },
      },
      listString: { get: (paragraph) => model.listString(paragraph) },
      siblingIndex: { get: (paragraph) => model.siblingIndex(paragraph) },
    };
  }

  get level(): number {
    return this.read('level');
  }
  set level(value: number) {
    this.write('level', value);
  }
  get listString(): string {
    return this.read('listString');
  }
  get siblingIndex(): number {
    return this.read('siblingIndex');
  }
}

export class FakeFont extends FakeClientObject<FakeParagraph[]> {
  protected readonly typeName = 'Font';

  protected scalars(): Record<string, Scalar<FakeParagraph[]>> {
    const model = modelOf(this.context);
    return {
      bold: {
        get: (paragraphs) => {
          const values = new Set(paragraphs.map((paragraph) => paragraph.bold));
          return values.size === 1 ? [...values][0]! : null;
        },
        set: (paragraphs, value) => {
          for (const paragraph of paragraphs) {
            paragraph.bold = Boolean(value);
            model.markChanged(paragraph);
          }
        },
      },
      italic: { get: () => false },
      name: { get: () => 'Calibri' },
      size: { get: () => 11 },
    };
  }

  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.write('bold', value);
  }
  get italic(): boolean {
    return this.read('italic');
  }
  get name(): string {
    return this.read('name');
  }
  get size(): number {
    return this.read('size');
  }
}

// ---------------------------------------------------------------- Ranges

export class FakeRangeCollection extends FakeCollection<RangeRef, FakeRange> {
  protected readonly typeName = 'RangeCollection';

  protected createItem(target: RangeRef): FakeRange {
    return new FakeRange(this.context, liveRange(this.context, target));
  }

  getFirst(): FakeRange {
    return this.first(false);
  }

  getFirstOrNullObject(): FakeRange {
    return this.first(true);
  }

  private first(nullable: boolean): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'getFirst', () => {
      const range = this.resolve()[0];
      if (!range && !nullable) throw itemNotFound('RangeCollection.getFirst');
      slot.set(range ?? null);
    });
    return new FakeRange(this.context, () => slot.get(), nullable);
  }
}

export class FakeRange extends FakeClientObject<RangeRef> {
  protected readonly typeName = 'Range';

  protected scalars(): Record<string, Scalar<RangeRef>> {
    const model = modelOf(this.context);
    return {
      text: { get: (range) => model.rangeText(range) },
      isEmpty: { get: (range) => model.comparePositions(range.start, range.end) === 0 },
      style: { get: (range) => model.styleName(range.start.paragraph) },
      styleBuiltIn: {
        get: (range) => range.start.paragraph.styleBuiltIn,
        set: (range, value) => {
          const style = checkBuiltInStyle(value, 'Range.styleBuiltIn');
          for (const paragraph of model.paragraphsIn(range)) model.setStyleBuiltIn(paragraph, style);
        },
      },
    };
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'font') return this.font;
    if (name === 'paragraphs') return this.paragraphs;
    if (name === 'parentTableCellOrNullObject') return this.parentTableCellOrNullObject;
    if (name === 'parentTableOrNullObject') return this.parentTableOrNullObject;
    return undefined;
  }

  get text(): string {
    return this.read('text');
  }
  get isEmpty(): boolean {
    return this.read('isEmpty');
  }
  get style(): string {
    return this.read('style');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(value: string) {
    this.write('styleBuiltIn', value);
  }

  get font(): FakeFont {
    return this.cached('font', () => new FakeFont(this.context, () => modelOf(this.context).paragraphsIn(this.resolve())));
  }

  get paragraphs(): FakeParagraphCollection {
    return this.cached('paragraphs', () => new FakeParagraphCollection(this.context, () => modelOf(this.context).paragraphsIn(this.resolve())));
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    return this.cached('parentTableCellOrNullObject', () => new FakeTableCell(this.context, () => this.resolve().start.paragraph.cell ?? null, true));
  }

  get parentTableOrNullObject(): FakeTableObject {
    return this.cached('parentTableOrNullObject', () => new FakeTableObject(this.context, () => this.resolve().start.paragraph.cell?.table ?? null, true));
  }

  /** Selects the range (Word scrolls it into view); the fake records it. */
  select(selectionMode = 'Select'): void {
    this.queue(undefined, 'select', () => {
      const model = modelOf(this.context);
      const range = this.resolve();
      const target =
        selectionMode === 'Start' ? { start: range.start, end: range.start } : selectionMode === 'End' ? { start: range.end, end: range.end } : range;
      model.select(target);
      this.context.host.noteSelectionChanged();
    });
  }

  insertText(text: string, location: string): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'insertText', () => {
      const where = insertLocation(location, ['Replace', 'Start', 'End', 'Before', 'After'], 'Range.insertText');
      slot.set(keep(this.context, modelOf(this.context).insertTextAt(this.resolve(), text, where, 'Range.insertText')));
    });
    return new FakeRange(this.context, () => slot.get());
  }

  delete(): void {
    this.queue(undefined, 'delete', () => modelOf(this.context).replaceRange(this.resolve(), ''));
  }

  /** The range from the earlier start to the later end of the two. */
  expandTo(range: FakeRange): FakeRange {
    return this.expand(range, false);
  }

  expandToOrNullObject(range: FakeRange): FakeRange {
    return this.expand(range, true);
  }

  private expand(other: FakeRange, nullable: boolean): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'expandTo', () => {
      const model = modelOf(this.context);
      const a = this.resolve();
      const b = other.resolve();
      const start = model.comparePositions(a.start, b.start) <= 0 ? a.start : b.start;
      const end = model.comparePositions(a.end, b.end) >= 0 ? a.end : b.end;
      slot.set(keep(this.context, { start: model.anchor(start.paragraph, start.offset), end: model.anchor(end.paragraph, end.offset) }));
    });
    return new FakeRange(this.context, () => slot.get(), nullable);
  }

  getRange(location = 'Whole'): FakeRange {
    const slot = new Slot<RangeRef>();
    this.queue(undefined, 'getRange', () => {
      const model = modelOf(this.context);
      const range = this.resolve();
      switch (location) {
        case 'Whole':
        case 'Content':
          slot.set(keep(this.context, model.copyRange(range)));
          break;
        case 'Start':
        case 'Before':
          slot.set(keep(this.context, model.collapsed(range.start.paragraph, range.start.offset)));
          break;
        case 'End':
        case 'After':
          slot.set(keep(this.context, model.collapsed(range.end.paragraph, range.end.offset)));
          break;
        default:
          throw invalidArgument('Range.getRange', `rangeLocation must be Whole, Start, End, Before, After or Content, not '${location}'.`);
      }
    });
    return new FakeRange(this.context, () => slot.get());
  }

  search(searchText: string, options: SearchOptions = {}): FakeRangeCollection {
    const slot = new Slot<RangeRef[]>();
    this.queue(undefined, 'search', () => {
      slot.set(
        modelOf(this.context)
          .search(this.resolve(), searchText, options, 'Range.search')
          .map((range) => keep(this.context, range)),
      );
    });
    return new FakeRangeCollection(this.context, () => slot.get());
  }

  /** WordApi 1.4. */
  insertComment(commentText: string): FakeCommentObject {
    const slot = new Slot<FakeComment>();
    this.queue(WORD_1_4, 'insertComment', () => {
      const model = modelOf(this.context);
      const range = this.resolve();
      const comment: FakeComment = { id: model.newId('comment'), content: commentText, range: model.copyRange(range) };
      model.comments.push(comment);
      slot.set(comment);
    });
    return new FakeCommentObject(this.context, () => slot.get());
  }

  /** office-js #1656: the paragraph this returns refuses `styleBuiltIn` (see `FakeQuirks`). */
  insertParagraph(paragraphText: string, location: string): FakeParagraphObject {
    const slot = new Slot<FakeParagraph>();
    this.queue(undefined, 'insertParagraph', () => {
      const where = insertLocation(location, ['Before', 'After'], 'Range.insertParagraph') as 'Before' | 'After';
      const range = this.resolve();
      const model = modelOf(this.context);
      const paragraph = model.insertParagraphNear(where === 'Before' ? range.start.paragraph : range.end.paragraph, paragraphText, where);
      paragraph.fromRangeInsert = true;
      slot.set(paragraph);
    });
    return new FakeParagraphObject(this.context, () => slot.get(), false, true);
  }

  insertTable(rowCount: number, columnCount: number, location: string, values?: string[][]): FakeTableObject {
    const slot = new Slot<FakeTable>();
    this.queue(undefined, 'insertTable', () => {
      const range = this.resolve();
      const anchor = location === 'Before' ? range.start.paragraph : range.end.paragraph;
      slot.set(modelOf(this.context).insertTable({ paragraph: anchor }, rowCount, columnCount, location, values, 'Range.insertTable'));
    });
    return new FakeTableObject(this.context, () => slot.get());
  }
}

// ---------------------------------------------------------------- Tables

export class FakeTableObject extends FakeClientObject<FakeTable> {
  protected readonly typeName = 'Table';

  protected scalars(): Record<string, Scalar<FakeTable>> {
    const model = modelOf(this.context);
    return {
      rowCount: { get: (table) => model.tableCells(table).length },
      values: { get: (table) => model.tableValues(table) },
      nestingLevel: { get: (table) => model.tableNestingLevel(table) },
      headerRowCount: { get: () => 1 },
      style: { get: (table) => table.styleBuiltIn },
      styleBuiltIn: {
        get: (table) => table.styleBuiltIn,
        set: (table, value) => {
          table.styleBuiltIn = checkBuiltInStyle(value, 'Table.styleBuiltIn');
          model.changed();
        },
      },
    };
  }

  get rowCount(): number {
    return this.read('rowCount');
  }
  get values(): string[][] {
    return this.read('values');
  }
  get nestingLevel(): number {
    return this.read('nestingLevel');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(value: string) {
    this.write('styleBuiltIn', value);
  }

  insertParagraph(paragraphText: string, location: string): FakeParagraphObject {
    const slot = new Slot<FakeParagraph>();
    this.queue(undefined, 'insertParagraph', () => {
      const where = insertLocation(location, ['Before', 'After'], 'Table.insertParagraph') as 'Before' | 'After';
      slot.set(modelOf(this.context).insertParagraphByTable(this.resolve(), paragraphText, where));
    });
    return new FakeParagraphObject(this.context, () => slot.get());
  }

  insertTable(rowCount: number, columnCount: number, location: string, values?: string[][]): FakeTableObject {
    const slot = new Slot<FakeTable>();
    this.queue(undefined, 'insertTable', () => {
      slot.set(modelOf(this.context).insertTable({ table: this.resolve() }, rowCount, columnCount, location, values, 'Table.insertTable'));
    });
    return new FakeTableObject(this.context, () => slot.get());
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    const slot = new Slot<FakeCell>();
    this.queue(undefined, 'getCell', () => {
      const table = this.resolve();
      const paragraph = modelOf(this.context)
        .tableParagraphs(table)
        .find((candidate) => candidate.cell?.table === table && candidate.cell.row === rowIndex && candidate.cell.column === cellIndex);
      if (!paragraph) throw itemNotFound('Table.getCell');
      slot.set(paragraph.cell!);
    });
    return new FakeTableCell(this.context, () => slot.get());
  }

  select(): void {
    this.queue(undefined, 'select', () => {
      const model = modelOf(this.context);
      const inside = model.tableParagraphs(this.resolve());
      const last = inside[inside.length - 1]!;
      model.select(keep(this.context, { start: model.anchor(inside[0]!, 0), end: model.anchor(last, last.text.length) }));
      this.context.host.noteSelectionChanged();
    });
  }
}

export class FakeTableCell extends FakeClientObject<FakeCell> {
  protected readonly typeName = 'TableCell';

  protected scalars(): Record<string, Scalar<FakeCell>> {
    const model = modelOf(this.context);
    return {
      rowIndex: { get: (cell) => cell.row },
      cellIndex: { get: (cell) => cell.column },
      value: {
        get: (cell) =>
          model
            .tableParagraphs(cell.table)
            .filter((paragraph) => model.cellIn(paragraph, cell.table) === cell)
            .map((paragraph) => paragraph.text)
            .join('\r'),
      },
    };
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'parentTable' ? this.parentTable : undefined;
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }
  get value(): string {
    return this.read('value');
  }

  get parentTable(): FakeTableObject {
    return this.cached('parentTable', () => new FakeTableObject(this.context, () => this.resolve().table));
  }
}

// ---------------------------------------------------------------- Comments, annotations

export class FakeCommentObject extends FakeClientObject<FakeComment> {
  protected readonly typeName = 'Comment';

  protected scalars(): Record<string, Scalar<FakeComment>> {
    return {
      id: { get: (comment) => comment.id, api: WORD_1_4 },
      content: { get: (comment) => comment.content, api: WORD_1_4 },
      authorName: { get: () => 'Fake Writer', api: WORD_1_4 },
      resolved: { get: () => false, api: WORD_1_4 },
    };
  }

  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }

  delete(): void {
    this.queue(WORD_1_4, 'delete', () => {
      const model = modelOf(this.context);
      const comment = this.resolve();
      model.comments.splice(model.comments.indexOf(comment), 1);
    });
  }
}

export class FakeAnnotationCollection extends FakeCollection<FakeAnnotation, FakeAnnotation_> {
  protected readonly typeName = 'AnnotationCollection';

  protected createItem(target: FakeAnnotation): FakeAnnotation_ {
    return new FakeAnnotation_(this.context, () => (modelOf(this.context).annotations.includes(target) ? target : null));
  }
}

/** Word.Annotation (named with a trailing underscore: the model has a FakeAnnotation). */
export class FakeAnnotation_ extends FakeClientObject<FakeAnnotation> {
  protected readonly typeName = 'Annotation';

  protected scalars(): Record<string, Scalar<FakeAnnotation>> {
    return {
      id: { get: (annotation) => annotation.id, api: WORD_1_7 },
      state: { get: (annotation) => annotation.state, api: WORD_1_7 },
    };
  }

  get id(): string {
    return this.read('id');
  }
  get state(): string {
    return this.read('state');
  }

  delete(): void {
    this.queue(WORD_1_7, 'delete', () => {
      const model = modelOf(this.context);
      const annotation = this.resolve();
      model.annotations = model.annotations.filter((candidate) => candidate !== annotation);
    });
  }
}

// ---------------------------------------------------------------- Events

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handlers: FakeEventHandlers,
    private readonly handler: ParagraphHandler,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/** `document.onParagraphChanged` & co. (WordApi 1.6): registered at sync, removed at sync. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly type: ParagraphEventType,
  ) {}

  add(handler: ParagraphHandler): FakeEventHandlerResult {
    this.context.enqueue(() => {
      const host = this.context.host;
      if (!host.supports(WORD_1_6)) throw new FakeOfficeError('ApiNotFound', `Document.on${this.type} needs ${WORD_1_6}.`, `Document.on${this.type}.add`);
      const handlers = host.paragraphHandlers.get(this.type) ?? new Set();
      handlers.add(handler);
      host.paragraphHandlers.set(this.type, handlers);
    });
    return new FakeEventHandlerResult(this.context, this, handler);
  }

  remove(handler: ParagraphHandler): void {
    this.context.enqueue(() => {
      this.context.host.paragraphHandlers.get(this.type)?.delete(handler);
    });
  }
}
