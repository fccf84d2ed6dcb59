/**
 * The source split into lines, each with its content trimmed and its indentation counted,
 * and the tests on a line's text the later steps share (bullets, a hyphen at the end, a
 * line that is only a web address). Offsets stay source offsets, so every block can map
 * its text back to the source.
 */
import { isSpaceCode as isSpace } from '../../text/chars';

export interface Line {
  contentStart: number;
  contentEnd: number;
  text: string;
  indent: number;
  blank: boolean;
  /** Has whitespace but nothing else: a paragraph separator in double-spaced layouts. */
  whitespaceOnly: boolean;
  /** Page furniture (page number, header, footer): not part of the text. */
  noise: boolean;
}

export const BULLET = /^(?:[•●▪◦·∙‣⁃■□➢➤►✓✔\uf0a7\uf0b7\uf076\uf0d8\uf0fc]|[-–—*](?=\s))\s*/u;
const HYPHEN_AT_END = /[\p{L}\d]-$/u;
export const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/;

/** "stöd-" at a line end: a hyphen right after a letter or digit (cheap test first). */
export function endsWithWordHyphen(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 45 && HYPHEN_AT_END.test(text);
}

export function splitLines(source: string): Line[] {
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

/** The next line with content after `index`. */
export function nextContentLine(lines: readonly Line[], index: number): Line | undefined {
  for (let next = index + 1; next < lines.length; next++) if (!lines[next]!.blank) return lines[next];
  return undefined;
}
