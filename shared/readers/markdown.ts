/**
 * Markdown → blocks: ATX and setext headings, paragraphs, "-", "*", "+" and "1." list
 * items, pipe tables. Inline emphasis, code ticks and links are stripped from block text
 * (with offsets kept), so "**Nämndmål**" is the heading "Nämndmål".
 */
import type { Block, Cell, SourceDocument } from '../document/model';

export interface Line {
  start: number;
  end: number;
  text: string;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/** Bullets are dropped from the text; numbers stay ("1. En modern storstad …" is a numbered goal). */
const BULLET_ITEM = /^ {0,3}[-*+][ \t]+/;
/** "|---|:---:|", the line under a pipe table's header. */
export const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;

export function parseMarkdown(source: string): SourceDocument {
  const lines = splitLines(source);
  const blocks: Block[] = [];
  let paragraph: Line[] = [];
  let paragraphKind: 'paragraph' | 'listItem' = 'paragraph';
  let paragraphSkip = 0;
  let inFence = false;
  let tableRows = 0;

  const flush = () => {
    if (paragraph.length > 0) blocks.push(inlineBlock(isBoldHeading(paragraph, paragraphKind) ? 'heading' : paragraphKind, paragraph, paragraphSkip));
    paragraph = [];
    paragraphKind = 'paragraph';
    paragraphSkip = 0;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (FENCE.test(line.text)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (line.text.trim() === '') {
      flush();
      tableRows = 0;
      continue;
    }
    const atx = ATX.exec(line.text);
    if (atx) {
      flush();
      const content = line.text.slice(atx[0].length).replace(/\s+#+\s*$/, '');
      blocks.push({ ...inlineBlock('heading', [{ ...line, text: content, start: line.start + atx[0].length }], 0), level: atx[1]!.length });
      continue;
    }
    const next = lines[index + 1];
    if (paragraph.length === 0 && next && SETEXT.exec(next.text) && !LIST_ITEM.test(line.text) && !line.text.includes('|')) {
      blocks.push({ ...inlineBlock('heading', [line], 0), level: next.text.trim().startsWith('=') ? 1 : 2 });
      index++;
      continue;
    }
    if (line.text.trimStart().startsWith('|')) {
      flush();
      if (TABLE_SEPARATOR.test(line.text)) continue;
      blocks.push({ ...tableRow(line), ...(tableRows === 0 ? { header: true } : {}) });
      tableRows++;
      continue;
    }
    if (LIST_ITEM.test(line.text)) {
      flush();
      paragraphKind = 'listItem';
      const bullet = BULLET_ITEM.exec(line.text);
      paragraphSkip = bullet ? bullet[0].length : (/^ */.exec(line.text)?.[0].length ?? 0);
    }
    paragraph.push(line);
  }
  flush();
  return { format: 'markdown', source, blocks };
}

/** "**Nämndmål:**" alone on a line: a heading written in bold, as Word exports and many writers make them. */
function isBoldHeading(lines: readonly Line[], kind: 'paragraph' | 'listItem'): boolean {
  if (kind !== 'paragraph' || lines.length !== 1) return false;
  const text = lines[0]!.text.trim();
  return text.length <= 104 && /^(\*\*|__)[^*_]+\1$/.test(text) && !/[.!?,;]$/.test(text.slice(2, -2));
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const text = source.slice(start, end).replace(/\r$/, '');
    lines.push({ start, end: start + text.length, text });
    if (end === source.length) break;
    start = end + 1;
  }
  return lines;
}

/** Joins the lines of a block, dropping inline markup while keeping a map to the source. */
function inlineBlock(kind: Block['kind'], lines: Line[], skipFirst: number): Block {
  let text = '';
  const segments: Array<{ at: number; source: number }> = [];
  lines.forEach((line, lineIndex) => {
    const leading = lineIndex === 0 ? skipFirst : (/^\s*/.exec(line.text)?.[0].length ?? 0);
    const content = line.text.slice(leading).trimEnd();
    if (text.length > 0) text += ' ';
    const stripped = stripInline(content);
    for (const piece of stripped) {
      segments.push({ at: text.length, source: line.start + leading + piece.from });
      text += piece.text;
    }
  });
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const start = first.start + skipFirst;
  const relative = segments.map((segment) => ({ at: segment.at, source: segment.source - start }));
  return { kind, text, start, end: last.end, map: { segments: relative.length > 0 ? relative : [{ at: 0, source: 0 }] } };
}

interface Piece {
  text: string;
  from: number;
}

// Bounded repeats: an unclosed "[" or "`" must not make the scan quadratic on a long line.
const INLINE = /\*\*|__|\[([^\]\n]{0,200})\]\([^)\n]{0,300}\)|`([^`\n]{0,200})`|(?<![\p{L}\d])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\d])/gu;

/** Text pieces with their offset in `content`, markup removed. */
function stripInline(content: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of content.matchAll(INLINE)) {
    if (match.index > last) pieces.push({ text: content.slice(last, match.index), from: last });
    const inner = match[1] ?? match[2];
    if (inner !== undefined) pieces.push({ text: inner, from: match.index + match[0].indexOf(inner) });
    last = match.index + match[0].length;
  }
  if (last < content.length) pieces.push({ text: content.slice(last), from: last });
  return pieces;
}

/** A pipe table row ("| Feriejobb | 2021-06-01 | 2021-08-31 |") as a table row block whose cells map back to the line. */
export function tableRow(line: Line): Block {
  const cells: Cell[] = [];
  const raw = line.text;
  let text = '';
  const segments: Array<{ at: number; source: number }> = [];
  // "| a | b |" or, as typed into a form field, "a | b".
  let cellStart = raw.trimStart().startsWith('|') ? raw.indexOf('|') + 1 : 0;
  for (let at = cellStart; at <= raw.length; at++) {
    const isEnd = at === raw.length || (raw[at] === '|' && raw[at - 1] !== '\\');
    if (!isEnd) continue;
    const rawCell = raw.slice(cellStart, at);
    const leading = rawCell.length - rawCell.trimStart().length;
    const cellText = rawCell.trim();
    if (at < raw.length || cellText !== '') {
      if (cells.length > 0) text += '\t';
      segments.push({ at: text.length, source: line.start + cellStart + leading });
      cells.push({ text: cellText, start: text.length, end: text.length + cellText.length });
      text += cellText;
    }
    cellStart = at + 1;
  }
  const relative = segments.map((segment) => ({ at: segment.at, source: segment.source - line.start }));
  return { kind: 'tableRow', text, start: line.start, end: line.end, cells, map: { segments: relative } };
}
