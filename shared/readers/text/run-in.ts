/**
 * Text copied from a web page where a whole page of a PDF or a form is one line: headings
 * run into the sentence after them ("Inledning Om vårt tävlingsbidrag Vi är en förskola …",
 * "… delaktiga. Administrativa uppgifter Förskolan Humlan …", "Målgrupp 1. Hur skaffar sig
 * verksamheten kunskap …? Genom observationer …"). In that layout only, such lines are cut
 * where a template heading or a numbered question clearly starts — at the line's start or
 * after a finished sentence, followed by a capital — so the headings are found where they are.
 */
import type { Vocabulary } from '../../document/vocabulary';
import { alternatives } from '../../text/patterns';
import type { Line } from './lines';

/** A line this long holds a page, not a paragraph. */
const PAGE_LINE = 400;
/** In a web copy, a line this long may hold run-in headings (a short page is shorter than a full one). */
const CUT_LINE = 100;
/** Share of the text in page lines that makes the layout a web copy. */
const PAGE_LINE_SHARE = 0.5;

const patterns = new WeakMap<Vocabulary, RegExp>();

/** A heading or a numbered question starting at a sentence border, before a capital or a number. */
function runInPattern(vocabulary: Vocabulary): RegExp {
  let pattern = patterns.get(vocabulary);
  if (!pattern) {
    const names = alternatives(vocabulary.headingNames.map((name) => name.replace(/:$/, '')));
    pattern = new RegExp(
      String.raw`(?<=^|[.?!:]\s+|(?:${names})\s+)(?:(?:${names})(?=\s+(?:[\p{Lu}”"«]|\d{1,2}\.\s))|\d{1,2}\.\s+\p{Lu}[^?]{5,300}\?(?=\s+[\p{Lu}”"«]|$))`,
      'gu',
    );
    patterns.set(vocabulary, pattern);
  }
  return pattern;
}

export function isWebCopy(lines: readonly Line[]): boolean {
  return webCopyBy(pageLineShare(lines));
}

/** Characters of text, and of them those in lines of a whole page's length. */
export interface PageLineShare {
  total: number;
  inPageLines: number;
}

export function pageLineShare(lines: readonly Line[]): PageLineShare {
  const share = { total: 0, inPageLines: 0 };
  for (const line of lines) countPageLine(share, line, 1);
  return share;
}

/** Adds (+1) or takes away (-1) a line's share (page furniture counts: the share is taken before it is marked). */
export function countPageLine(share: PageLineShare, line: Line, sign: 1 | -1): void {
  if (line.blank) return;
  share.total += sign * line.text.length;
  if (line.text.length >= PAGE_LINE) share.inPageLines += sign * line.text.length;
}

export function webCopyBy({ total, inPageLines }: PageLineShare): boolean {
  return total > 0 && inPageLines / total >= PAGE_LINE_SHARE;
}

export function splitRunInHeadings(lines: Line[], vocabulary: Vocabulary): Line[] {
  if (!isWebCopy(lines)) return lines;
  const pattern = runInPattern(vocabulary);
  const result: Line[] = [];
  for (const line of lines) {
    if (line.noise || line.text.length < CUT_LINE) {
      result.push(line);
      continue;
    }
    const cuts = new Set<number>([0]);
    for (const match of line.text.matchAll(pattern)) {
      cuts.add(match.index);
      cuts.add(match.index + match[0].length);
    }
    const points = [...cuts, line.text.length].sort((a, b) => a - b);
    for (let index = 0; index + 1 < points.length; index++) {
      const part = partOf(line, points[index]!, points[index + 1]!);
      if (!part) continue;
      if (result.length > 0 && result[result.length - 1] !== line) result.push(separator(part.contentStart));
      result.push(part);
    }
  }
  return result;
}

function partOf(line: Line, from: number, to: number): Line | null {
  const raw = line.text.slice(from, to);
  const text = raw.trim();
  if (text === '') return null;
  const start = line.contentStart + from + (raw.length - raw.trimStart().length);
  return { contentStart: start, contentEnd: start + text.length, text, indent: 0, blank: false, whitespaceOnly: false, noise: false };
}

/** A blank line that sets the parts apart like paragraphs. */
function separator(at: number): Line {
  return { contentStart: at, contentEnd: at, text: '', indent: 0, blank: true, whitespaceOnly: true, noise: false };
}
