/**
 * The years a document is for, read from its title lines ("Verksamhetsplan 2017 för
 * Älvsjö hemtjänst", "Verksamhetsplan 2020–2022", "Kvalitetsutmärkelsen 2022"), and which
 * goal catalogs belong to that period. A plan of 2017 quotes the KF goals of budget
 * 2015–2018: checking it against the 2020–2022 goals would call every goal wrong.
 */
import { swedish, type GoalCatalog } from '../data/index';
import { alternatives } from '../text/patterns';
import type { Block } from './model';

export interface Years {
  from: number;
  to: number;
}

/** Title lines stand at the top: a cover page and a letterhead take at most this many blocks. */
const TITLE_BLOCKS = 15;
const TITLE_YEAR = new RegExp(
  String.raw`^(?:${alternatives(swedish.period.titleWords)})\b[^.!?]{0,60}?\b((?:19|20)\d\d)(?:\s*[–—-]\s*((?:19|20)?\d\d))?\b`,
  'iu',
);

export function documentYears(blocks: readonly Block[]): Years | null {
  for (const block of blocks.slice(0, TITLE_BLOCKS)) {
    // A title line, not a sentence that mentions a plan and a year.
    if (block.text.length > 120 || /[.!?]$/.test(block.text)) continue;
    const match = TITLE_YEAR.exec(block.text);
    if (!match) continue;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2].length === 2 ? match[1]!.slice(0, 2) + match[2] : match[2]);
    return to >= from ? { from, to } : { from, to: from };
  }
  return null;
}

/** A catalog without a period, or whose period overlaps the document's years, applies. */
export function catalogApplies(catalog: GoalCatalog, years: Years | null): boolean {
  if (!years || !catalog.period) return true;
  return overlaps(catalog.period, years);
}

export function overlaps(a: Years, b: Years): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function yearsText(years: Years): string {
  return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}
