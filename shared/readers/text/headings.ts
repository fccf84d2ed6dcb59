/**
 * Which units are headings. In plain text a heading is only known by its words and its
 * shape: a template heading (or label ending in a colon) the vocabulary knows, an
 * all-caps line, or a short title-shaped line set apart and followed by text.
 */
import { countWords, isAllCaps, isTitleShaped } from '../shape';
import { continues, type Layout, type Unit } from './layout';
import { BULLET } from './lines';
import { tableHeader } from './tables';

/** A heading of the template, or a known label ending in a colon. */
export function isKnownHeading(unit: Unit, breaksBefore: boolean, next: Unit | undefined, layout: Layout): boolean {
  const colon = unit.text.endsWith(':');
  // Without a break before it, only a label or a short line can be a heading: skip the rest cheaply.
  if (!breaksBefore && !colon && unit.text.length > 60) return false;
  if (unit.text.length > 160 || BULLET.test(unit.text)) return false;
  if (breaksBefore || colon) return layout.vocabulary.headings.match(unit.text) !== null;
  // A page can start with a heading right after a line that did not finish a sentence.
  const shaped = /^\p{Lu}/u.test(unit.text) && !/[.!?;,]$/.test(unit.text) && countWords(unit.text) <= 6 && !continues(next);
  if (!shaped) return false;
  const match = layout.vocabulary.headings.matchSpelledOut(unit.text);
  return match !== null && match.variant !== 'combined';
}

/** A heading the template does not know: all caps, or a title line followed by text. */
export function isGenericHeading(unit: Unit, next: Unit | undefined, afterNext: Unit | undefined, layout: Layout): boolean {
  if (isAllCaps(unit.text) && !continues(next)) return true;
  if (!isTitleLine(unit, next, layout) || !next) return false;
  if (tableHeader(next.text, layout.vocabulary)) return true;
  const headings = layout.vocabulary.headings;
  // A short line right before a template heading is a one-line answer, not an empty heading.
  if (next.text.length <= 160 && headings.match(next.text)) return false;
  const nextIsTitleLine = isTitleLine(next, afterNext, layout) && !isAllCaps(next.text) && !headings.match(next.text);
  // Two title-shaped lines in a row are a list (or a name and a title), not a heading.
  return !nextIsTitleLine;
}

/** Title-shaped and visibly shorter than the text's lines, and not wrapped onto the next line. */
export function isTitleLine(unit: Unit, next: Unit | undefined, layout: Layout): boolean {
  if (!isTitleShaped(unit.text) || continues(next)) return false;
  return unit.tight || unit.text.length < layout.wrapWidth * 0.75;
}
