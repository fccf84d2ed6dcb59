/**
 * A session's own copy of a document, edited by the unit the front end sees: a Word
 * paragraph, a form field's value, or (for plain text and Markdown) a block's stretch of
 * the source. Each edit re-reads its unit exactly as a fresh read of the whole document
 * would, and says whether the document's structure (type, outline, title, signature)
 * may have changed or only the text of ordinary paragraphs did.
 */
import type { DocTypeSpec } from '../data/index';
import { readField } from '../readers/fields';
import { documentFromText } from '../readers/plain';
import { readParagraph, type ParagraphInput } from '../readers/paragraphs';
import { readText } from '../readers/text/index';
import { rereadAround, type Reread, type TextReading } from '../readers/text/reread';
import { LineIndex, sameReading, toSourceOffset, type Block, type SourceDocument } from './model';
import { keepsStructure } from './outline';
import { assignTables } from './tables';
import { vocabularyFor } from './vocabulary';

export interface Change {
  /** The edit may have changed headings, the title, the signature or what type the document is. */
  structure: boolean;
}

export class EditableDocument {
  private document: SourceDocument;
  private lineIndex: LineIndex | null = null;
  /** Plain text: what re-reading around an edit needs of the whole text, once the text has been read here. */
  private reading: TextReading | null = null;

  constructor(
    document: SourceDocument,
    private readonly docTypes: readonly DocTypeSpec[],
  ) {
    this.document = copyDocument(document);
    assignTables(this.document.blocks, docTypes);
  }

  get current(): SourceDocument {
    return this.document;
  }

  get blocks(): readonly Block[] {
    return this.document.blocks;
  }

  get source(): string {
    return this.document.source;
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.document.source));
  }

  /** The source text behind block-relative offsets (what lies between table cells, too). */
  sourceText(blockIndex: number, start: number, end: number): string {
    const block = this.document.blocks[blockIndex]!;
    return this.document.source.slice(toSourceOffset(block, start), toSourceOffset(block, end));
  }

  replaceParagraph(index: number, input: ParagraphInput): Change {
    const location = this.paragraphAt(index, false);
    return this.replaceParagraphUnit(index, location.start, location.end - location.start + 1, input);
  }

  /** Inserts a paragraph before paragraph `index` (the paragraph count appends it). */
  insertParagraph(index: number, input: ParagraphInput): Change {
    const paragraphs = this.paragraphs();
    if (!Number.isInteger(index) || index < 0 || index > paragraphs.length) throw new RangeError(`stycke ${index} finns inte`);
    const start = index === paragraphs.length ? this.document.source.length : this.paragraphAt(index, true).start;
    paragraphs.splice(index, 0, { start, textStart: start, end: start - 1 });
    return this.replaceParagraphUnit(index, start, 0, input);
  }

  deleteParagraph(index: number): Change {
    const location = this.paragraphAt(index, false);
    const change = this.splice(location.start, location.end - location.start + 1, '', []);
    const paragraphs = this.paragraphs();
    paragraphs.splice(index, 1);
    shiftParagraphs(paragraphs, index, location.start - location.end - 1);
    return change;
  }

  replaceField(id: string, value: string): Change {
    const fields = this.document.fields;
    const index = fields?.findIndex((field) => field.id === id) ?? -1;
    if (!fields || index < 0) throw new RangeError(`fältet ${id} finns inte`);
    const field = fields[index]!;
    const oldLength = field.end + 2 - field.start;
    const read = readField({ id, label: field.label, value }, field.start, vocabularyFor(this.docTypes).headings);
    const change = this.splice(field.start, oldLength, read.chunk, read.blocks);
    fields[index] = read.location;
    const delta = read.chunk.length - oldLength;
    for (let later = index + 1; later < fields.length; later++) {
      const other = fields[later]!;
      other.start += delta;
      other.end += delta;
      other.valueStart += delta;
    }
    return change;
  }

  /**
   * Plain text and Markdown: the block's stretch of the source becomes `text` and the
   * whole source is read again (a line's neighbours decide how it is read in PDF text), so
   * the result is what a fresh read gives; unchanged blocks keep their analysis by text.
   */
  replaceBlockText(index: number, text: string): Change {
    const block = this.document.blocks[index];
    if (!block) throw new RangeError(`block ${index} finns inte`);
    const format = this.document.format;
    if (format !== 'text' && format !== 'markdown') {
      throw new Error(`ett ${format}-dokument ändras stycke för stycke (replaceParagraph) eller fält för fält (replaceField)`);
    }
    if (format === 'text' && this.reading) {
      const local = rereadAround(this.reading, this.document.blocks, this.document.source, index, text);
      if (local) return this.applyReread(local, block.start, block.end, text);
    }
    const source = this.document.source.slice(0, block.start) + text + this.document.source.slice(block.end);
    if (format === 'markdown') return this.replaceWith(documentFromText(source, format, this.docTypes));
    const { document, reading } = readText(source, vocabularyFor(this.docTypes));
    const change = this.replaceWith(document);
    this.reading = reading;
    return change;
  }

  /** The blocks read again around an edit in place of the old ones; the rest only move. */
  private applyReread(reread: Reread, start: number, end: number, text: string): Change {
    const blocks = this.document.blocks;
    const { from, to, added, delta } = reread;
    const removed = blocks.slice(from, to);
    for (let later = to; later < blocks.length; later++) {
      blocks[later]!.start += delta;
      blocks[later]!.end += delta;
    }
    blocks.splice(from, to - from, ...added);
    this.document.source = reread.source;
    this.lineIndex?.replace(start, end, text);
    return { structure: !sameStructureAround(removed, added, from, blocks.length) };
  }

  /** A whole new reading of the document (paragraphs added or removed outside the session). */
  replaceWith(document: SourceDocument): Change {
    const previous = this.document.blocks;
    this.document = copyDocument(document);
    assignTables(this.document.blocks, this.docTypes);
    this.lineIndex = null;
    this.reading = null;
    return { structure: !sameStructureAround(previous, this.document.blocks, 0, this.document.blocks.length) };
  }

  private paragraphs(): NonNullable<SourceDocument['paragraphs']> {
    const paragraphs = this.document.paragraphs;
    if (!paragraphs) throw new Error(`ett ${this.document.format}-dokument har inga stycken; använd documentFromParagraphs`);
    return paragraphs;
  }

  private paragraphAt(index: number, allowEnd: boolean): NonNullable<SourceDocument['paragraphs']>[number] {
    const paragraphs = this.paragraphs();
    const location = paragraphs[index];
    if (!location || !Number.isInteger(index) || (allowEnd ? index > paragraphs.length : index >= paragraphs.length)) {
      throw new RangeError(`stycke ${index} finns inte`);
    }
    return location;
  }

  private replaceParagraphUnit(index: number, start: number, oldLength: number, input: ParagraphInput): Change {
    const read = readParagraph(input, start, vocabularyFor(this.docTypes).headings);
    const chunk = read.line + '\n';
    const change = this.splice(start, oldLength, chunk, read.blocks);
    const paragraphs = this.paragraphs();
    paragraphs[index] = { start, textStart: start + read.textStart, end: start + read.line.length };
    shiftParagraphs(paragraphs, index + 1, chunk.length - oldLength);
    return change;
  }

  /** Replaces source[start, start + oldLength) and the blocks read from it. */
  private splice(start: number, oldLength: number, chunk: string, added: Block[]): Change {
    const blocks = this.document.blocks;
    const end = start + oldLength;
    const first = firstBlockFrom(blocks, start);
    let last = first;
    while (last < blocks.length && blocks[last]!.start < end) last++;
    const removed = blocks.slice(first, last);
    const delta = chunk.length - oldLength;
    for (let later = last; later < blocks.length; later++) {
      blocks[later]!.start += delta;
      blocks[later]!.end += delta;
    }
    blocks.splice(first, last - first, ...added);
    this.document.source = this.document.source.slice(0, start) + chunk + this.document.source.slice(end);
    this.lineIndex?.replace(start, end, chunk);
    if ([...removed, ...added].some((block) => block.kind === 'tableRow')) this.reassignTables(first, first + added.length);
    return { structure: !keepsStructure(removed, added, first, blocks.length) };
  }

  /** Table membership comes from each table's header row: read it again for the tables around an edit. */
  private reassignTables(from: number, to: number): void {
    const blocks = this.document.blocks;
    let runStart = Math.min(from, blocks.length);
    while (runStart > 0 && blocks[runStart - 1]!.kind === 'tableRow') runStart--;
    let runEnd = Math.max(runStart, to);
    while (runEnd < blocks.length && blocks[runEnd]!.kind === 'tableRow') runEnd++;
    const run = blocks.slice(runStart, runEnd);
    for (const row of run) delete row.table;
    assignTables(run, this.docTypes);
  }
}

/**
 * The blocks that changed between two readings of a document keep its structure. The
 * blocks that read the same get the earlier reading's text string: the facts cache then
 * finds them by a string it has already hashed, without comparing the whole text again.
 */
function sameStructureAround(before: readonly Block[], after: Block[], at: number, blockCount: number): boolean {
  let head = 0;
  while (head < before.length && head < after.length && sameReading(before[head]!, after[head]!)) {
    after[head]!.text = before[head]!.text;
    head++;
  }
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && sameReading(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)) {
    after[after.length - 1 - tail]!.text = before[before.length - 1 - tail]!.text;
    tail++;
  }
  return keepsStructure(before.slice(head, before.length - tail), after.slice(head, after.length - tail), at + head, blockCount);
}

function firstBlockFrom(blocks: readonly Block[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function shiftParagraphs(paragraphs: NonNullable<SourceDocument['paragraphs']>, from: number, delta: number): void {
  for (let index = from; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    paragraph.start += delta;
    paragraph.textStart += delta;
    paragraph.end += delta;
  }
}

/** A private copy: the session edits blocks in place and must not touch the caller's. */
function copyDocument(document: SourceDocument): SourceDocument {
  const copy: SourceDocument = { ...document, blocks: document.blocks.map((block) => ({ ...block })) };
  if (document.fields) copy.fields = document.fields.map((field) => ({ ...field }));
  if (document.paragraphs) copy.paragraphs = document.paragraphs.map((paragraph) => ({ ...paragraph }));
  return copy;
}
