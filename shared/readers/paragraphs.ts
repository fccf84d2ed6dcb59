/**
 * Paragraphs with their formatting → the document model. One reader for everything that
 * arrives paragraph by paragraph: .docx files, Word itself (through Office.js) and the
 * fields of web forms. It alone decides what a paragraph is (heading, list item, table
 * row, a line shaped like a title), so a document reads the same from a .docx file as
 * from Word.
 *
 * The source is virtual: one line per paragraph (a table row is one line, its cells
 * separated by tabs), so a diagnostic's line is its paragraph number. Each line holds the
 * paragraph's text as the editor has it, with Word's list number in front when there is
 * one; block texts are normalized (whitespace runs collapsed, soft hyphens dropped) with an
 * offset map back to the line, so an offset minus the paragraph's `textStart` is an offset
 * in the editor's own paragraph text.
 */
import { builtInDocTypes, type DocTypeSpec } from '../data/index';
import type { HeadingMatcher } from '../document/headings';
import type { Block, Cell, ParagraphLocation, SourceDocument } from '../document/model';
import { startsNumbered } from '../document/questions';
import { vocabularyFor } from '../document/vocabulary';
import { splitLabelledParagraphs } from './labels';
import { isHeadingLength, isTitleShaped } from './shape';

export interface ParagraphInput {
  /** The paragraph's text as the editor holds it (Word's `paragraph.text`, a form line). */
  text: string;
  /** The style's name as the writer sees it: "Rubrik 1", "Heading 2", "Liststycke". */
  style?: string;
  /** Word's locale-independent built-in style: "Heading1" … "Heading9", "Title", "Normal", "Other". */
  styleBuiltIn?: string;
  /** Word's outline level: 1–9 for heading levels, 10 (or absent) for body text. Custom heading styles carry it. */
  outlineLevel?: number;
  /** Set for paragraphs of a list: the level (0 = top) and Word's number or bullet ("7.", "1.2", "•"), which is not part of `text`. */
  list?: { level?: number; listString?: string };
  /** Every run with text is bold: a heading typed in the Normal style. */
  bold?: boolean;
  /** A table row: the texts of its cells (a cell's paragraphs joined by a space). `text` is then ignored. */
  cells?: readonly string[];
  /** The row's index in its table; 0 is the header row. */
  row?: number;
}

/** What one paragraph became: its line in the virtual source and its blocks (absolute offsets). */
export interface ReadParagraph {
  line: string;
  /** Offset in the line where the editor's paragraph text starts (after a list number). */
  textStart: number;
  blocks: Block[];
}

const HEADING_BUILT_IN = /^heading([1-9])$/i;
const HEADING_NAME = /^(?:heading|rubrik)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|rubrik)$/i;
/** Word's contents entries ("TOC 1", "Innehåll 1") and the contents heading: entries, not text to check. */
const CONTENTS_BUILT_IN = /^toc(?:[1-9]|heading)$/i;
const CONTENTS_NAME =
  /^(?:(?:toc|innehåll|innehll|innehållsförteckning|förteckning)\s*[1-9]|toc heading|innehållsförteckningsrubrik|rubrik för innehållsförteckning)$/i;
const LIST_NAME = /list|liststycke|punktlista|numrerad lista/i;
/** Word's list numbers that are numbers ("7.", "1.2", "3)"), not bullets or letters. */
const NUMBER_LIST_STRING = /^\(?\d{1,2}(?:\.\d{1,2})*[.):]?$/;
const TYPED_BULLET = /^(?:[•●▪◦·∙‣⁃■]|[-–*](?=\s))\s*/u;
const LINE_BREAKS = /[\n\r\v\f\u2028\u2029]/g;
/** Longer numbered paragraphs are answers that start with a number, not question lines. */
const MAX_NUMBERED_HEADING = 300;

export function documentFromParagraphs(paragraphs: readonly ParagraphInput[], docTypes: readonly DocTypeSpec[] = builtInDocTypes): SourceDocument {
  const headings = vocabularyFor(docTypes).headings;
  const lines: string[] = [];
  const blocks: Block[] = [];
  const locations: ParagraphLocation[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const read = readParagraph(paragraph, offset, headings);
    lines.push(read.line);
    for (const block of read.blocks) blocks.push(block);
    locations.push({ start: offset, textStart: offset + read.textStart, end: offset + read.line.length });
    offset += read.line.length + 1;
  }
  return { format: 'docx', source: lines.map((line) => line + '\n').join(''), blocks, paragraphs: locations };
}

/** Reads one paragraph whose line starts at `lineStart` in the virtual source. */
export function readParagraph(input: ParagraphInput, lineStart: number, headings: HeadingMatcher): ReadParagraph {
  if (input.cells) return readTableRow(input, lineStart);
  const prefix = listNumber(input);
  const line = prefix + input.text.replace(LINE_BREAKS, ' ');
  const bullet = prefix === '' && !input.list ? TYPED_BULLET.exec(line.trimStart()) : null;
  const from = bullet ? line.length - line.trimStart().length + bullet[0].length : 0;
  const span = normalizedSpan(line, from, line.length);
  if (span.text === '' || isContentsEntry(input)) return { line, textStart: prefix.length, blocks: [] };
  const block: Block = { kind: 'paragraph', text: span.text, start: lineStart + span.start, end: lineStart + span.end };
  if (span.segments) block.map = { segments: span.segments };
  classify(block, input, bullet !== null);
  return { line, textStart: prefix.length, blocks: splitLabelledParagraphs([block], headings) };
}

function isContentsEntry(input: ParagraphInput): boolean {
  return (
    (input.styleBuiltIn !== undefined && CONTENTS_BUILT_IN.test(input.styleBuiltIn)) || (input.style !== undefined && CONTENTS_NAME.test(input.style.trim()))
  );
}

/** "7. " when Word numbers the paragraph with a number (questions, goals); bullets and letters are left out. */
function listNumber(input: ParagraphInput): string {
  const listString = input.list?.listString?.trim();
  return listString && NUMBER_LIST_STRING.test(listString) ? `${listString} ` : '';
}

function classify(block: Block, input: ParagraphInput, typedBullet: boolean): void {
  if (input.style !== undefined) block.style = input.style;
  const level = headingLevel(input);
  if (level !== undefined) {
    block.kind = 'heading';
    block.level = level;
    return;
  }
  if (input.list || (input.style !== undefined && LIST_NAME.test(input.style)) || typedBullet) {
    block.kind = 'listItem';
    if (startsNumbered(block.text) && block.text.length <= MAX_NUMBERED_HEADING) block.headingLike = true;
    return;
  }
  if (input.bold && isHeadingLength(block.text)) {
    block.kind = 'heading';
    return;
  }
  if (isTitleShaped(block.text) || (startsNumbered(block.text) && block.text.length <= MAX_NUMBERED_HEADING)) block.headingLike = true;
}

/** Heading level from the built-in style, the style's name, or the outline level (custom heading styles). */
function headingLevel(input: ParagraphInput): number | undefined {
  const builtIn = input.styleBuiltIn !== undefined ? HEADING_BUILT_IN.exec(input.styleBuiltIn) : null;
  if (builtIn) return Number(builtIn[1]);
  const named = input.style !== undefined ? HEADING_NAME.exec(input.style.trim()) : null;
  if (named) return Number(named[1]);
  if (input.styleBuiltIn?.toLowerCase() === 'title' || (input.style !== undefined && TITLE_NAME.test(input.style.trim()))) return 1;
  const outline = input.outlineLevel;
  return outline !== undefined && Number.isInteger(outline) && outline >= 1 && outline <= 9 ? outline : undefined;
}

function readTableRow(input: ParagraphInput, lineStart: number): ReadParagraph {
  const raw = (input.cells ?? []).map((cell) => cell.replace(LINE_BREAKS, ' ').replace(/\t/g, ' '));
  const line = raw.join('\t');
  if (raw.length === 0) return { line, textStart: 0, blocks: [] };
  const cells: Cell[] = [];
  const segments: Array<{ at: number; source: number }> = [];
  let text = '';
  let cellStart = 0;
  raw.forEach((cell, index) => {
    if (index > 0) text += '\t';
    const span = normalizedSpan(cell, 0, cell.length);
    const shift = cellStart + span.start;
    if (span.segments) for (const segment of span.segments) segments.push({ at: text.length + segment.at, source: shift + segment.source });
    else segments.push({ at: text.length, source: shift });
    cells.push({ text: span.text, start: text.length, end: text.length + span.text.length });
    text += span.text;
    cellStart += cell.length + 1;
  });
  const block: Block = { kind: 'tableRow', text, start: lineStart, end: lineStart + line.length, cells, map: { segments } };
  if (input.row === 0) block.header = true;
  return { line, textStart: 0, blocks: [block] };
}

interface Span {
  text: string;
  /** Offsets in the raw text where the normalized text starts and ends. */
  start: number;
  end: number;
  /** Offset map relative to `start`; absent when the text is a verbatim copy. */
  segments?: Array<{ at: number; source: number }>;
}

/**
 * raw[from, to) with whitespace runs collapsed to one space (a lone no-break space, as in
 * "12 000", is kept), soft hyphens dropped and the ends trimmed, and a map back to raw.
 */
export function normalizedSpan(raw: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && isWhite(raw.charCodeAt(start))) start++;
  while (end > start && isWhite(raw.charCodeAt(end - 1))) end--;
  let text = '';
  const segments: Array<{ at: number; source: number }> = [{ at: 0, source: 0 }];
  let verbatim = true;
  let at = start;
  while (at < end) {
    const code = raw.charCodeAt(at);
    if (code === 0xad) {
      at++;
      segments.push({ at: text.length, source: at - start });
      verbatim = false;
      continue;
    }
    if (isWhite(code)) {
      let runEnd = at + 1;
      while (runEnd < end && isWhite(raw.charCodeAt(runEnd))) runEnd++;
      const lone = runEnd === at + 1;
      const keep = lone && (code === 0x20 || code === 0xa0 || code === 0x202f);
      text += keep ? raw[at] : ' ';
      if (!keep) verbatim = false;
      if (!lone) segments.push({ at: text.length, source: runEnd - start });
      at = runEnd;
      continue;
    }
    text += raw[at];
    at++;
  }
  const span: Span = { text, start, end };
  if (!verbatim)
    span.segments = segments.filter((segment, index) => index === 0 || segment.source - segment.at !== segments[index - 1]!.source - segments[index - 1]!.at);
  return span;
}

function isWhite(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where a source offset lies in a paragraph document: the paragraph and the offset in its own text (null inside Word's list number). */
export function locateInParagraphs(document: SourceDocument, offset: number): { paragraph: number; offset: number } | null {
  const paragraphs = document.paragraphs;
  if (!paragraphs || paragraphs.length === 0) return null;
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (paragraphs[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  const paragraph = paragraphs[low]!;
  if (offset < paragraph.textStart || offset > paragraph.end) return null;
  return { paragraph: low, offset: offset - paragraph.textStart };
}

/**
 * A document read from text or Markdown as Word would hold it: headings in heading
 * styles, list items in a list, table rows with their cells. For opening such a file
 * where paragraphs are expected (the Word add-in's demo, tests of paragraph editing).
 */
export function paragraphsFromBlocks(blocks: readonly Block[]): ParagraphInput[] {
  let row = 0;
  return blocks.map((block): ParagraphInput => {
    if (block.kind === 'tableRow') {
      row = block.header ? 0 : row + 1;
      return { text: '', cells: block.cells?.map((cell) => cell.text) ?? [block.text], row };
    }
    if (block.kind === 'heading') return { text: block.text, styleBuiltIn: `Heading${block.level ?? 2}` };
    if (block.kind === 'listItem') return { text: block.text, list: { level: 0, listString: '•' } };
    return { text: block.text };
  });
}
