/**
 * The document model every rule reads: a flat list of blocks (heading, paragraph, list
 * item, table row), each with its normalized text and a way back to the source offsets.
 * Sections are built on top of this by `outline.ts`.
 */

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow';

export type SourceFormat = 'text' | 'markdown' | 'docx' | 'fields';

/** A table cell; offsets are relative to the block text. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/**
 * Where the block text came from. `segments[i]` says that block text from offset `at`
 * onward was copied from the source starting at `block.start + source`. Relative to the
 * block's start, so moving a block (an edit earlier in the document) moves its map too.
 * Absent means the block text is a verbatim copy of source[start, end).
 */
export interface OffsetMap {
  segments: ReadonlyArray<{ at: number; source: number }>;
}

export interface Block {
  kind: BlockKind;
  /** Normalized text: wrapped lines joined, line-end hyphenation undone. */
  text: string;
  /** Source offsets covering the block. */
  start: number;
  end: number;
  /** Heading level from markup (docx styles, Markdown #), 1 = top. */
  level?: number;
  /** Word style name (docx), e.g. "Rubrik 1". */
  style?: string;
  /** A block that reads like a heading by its shape (short, title-like), even if not one. */
  headingLike?: boolean;
  /** Table id (from the document type's table specs) for table rows. */
  table?: string;
  /** The table's header row. */
  header?: boolean;
  cells?: Cell[];
  map?: OffsetMap;
  /** Web-form field this block came from. */
  field?: string;
}

export interface Field {
  id: string;
  label: string;
  value: string;
  /** A heading over the fields that follow it (a fieldset's legend, a heading in the form), with no value of its own. */
  group?: boolean;
}

/** A web-form field's place in a form document's virtual source: its label line, then its value. */
export interface FieldLocation {
  id: string;
  label: string;
  start: number;
  end: number;
  valueStart: number;
}

/** A paragraph's line in a paragraph document's virtual source; its own text starts at `textStart` (after Word's list number). */
export interface ParagraphLocation {
  start: number;
  textStart: number;
  end: number;
}

export interface SourceDocument {
  format: SourceFormat;
  /** The checked text; for docx and web forms a virtual text, one line per paragraph. */
  source: string;
  blocks: Block[];
  /** Web-form fields, in order, with their offsets in `source`. */
  fields?: FieldLocation[];
  /** Paragraphs (Word, .docx), in order, with their offsets in `source`. */
  paragraphs?: ParagraphLocation[];
}

/** Two blocks read alike: same kind, text and markup (their place in the source may differ). */
export function sameReading(a: Block, b: Block): boolean {
  return a.kind === b.kind && a.text === b.text && a.level === b.level && a.headingLike === b.headingLike && a.header === b.header && a.style === b.style;
}

/** Converts an offset in a block's text to an offset in the source. */
export function toSourceOffset(block: Block, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, block.text.length));
  const segments = block.map?.segments;
  if (!segments || segments.length === 0) return block.start + clamped;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.at <= clamped) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low]!;
  return block.start + segment.source + (clamped - segment.at);
}

/**
 * The source offset just after the character before `offset`: where a range of block text
 * ends in the source. At a map boundary it stays before markup that follows ("*Skärholmen*"
 * ends before the closing asterisk), where toSourceOffset would give the next text's start.
 */
export function toSourceEnd(block: Block, offset: number): number {
  return offset <= 0 ? toSourceOffset(block, 0) : toSourceOffset(block, offset - 1) + 1;
}

/** 1-based line and column of source offsets, via a line-start index built once. */
export class LineIndex {
  private readonly starts: number[];

  constructor(source: string) {
    const starts = [0];
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
    this.starts = starts;
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Updates the index after source[start, end) was replaced by `text` (cheaper than rebuilding it). */
  replace(start: number, end: number, text: string): void {
    const delta = text.length - (end - start);
    const first = this.firstAfter(start);
    const kept = this.firstAfter(end);
    const added: number[] = [];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) added.push(start + at + 1);
    // In place: an edit within a line (the common case) moves no array, only the later starts.
    this.starts.splice(first, kept - first, ...added);
    const starts = this.starts;
    for (let index = first + added.length; index < starts.length; index++) starts[index]! += delta;
  }

  /** Index of the first line start greater than offset. */
  private firstAfter(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
