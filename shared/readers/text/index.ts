/**
 * Plain text → blocks. Written for what our users paste or export: text extracted from
 * PDFs, with page headers and footers ("Tjänsteutlåtande / Sid 5 (25) / Box 490 …",
 * "PM / Sida 20 (75)"), pages starting with a space, words hyphenated at line ends, a
 * blank line after every line, "•" bullets and tables flattened to lines.
 *
 * The steps, one file each: lines.ts (split and trim), run-in.ts (cut a web copy's page lines
 * at their run-in headings), page-furniture.ts (drop page
 * numbers, headers and footers), contents-page.ts (drop an innehållsförteckning), layout.ts (gaps, spacing, wrap width, units), blocks.ts
 * (units → blocks, with breaks.ts, headings.ts, tables.ts and block-text.ts).
 */
import type { SourceDocument } from '../../document/model';
import type { Vocabulary } from '../../document/vocabulary';
import { BlockBuilder } from './blocks';
import { collectEntries, groupUnits, isDoubleSpaced, measureWrapWidth } from './layout';
import { splitLines } from './lines';
import { markContentsPages } from './contents-page';
import { markPageNoise } from './page-furniture';
import { splitRunInHeadings } from './run-in';

export function parseText(source: string, vocabulary: Vocabulary): SourceDocument {
  const lines = splitRunInHeadings(splitLines(source), vocabulary);
  markPageNoise(lines, vocabulary);
  markContentsPages(lines);
  const entries = collectEntries(lines);
  const doubleSpaced = isDoubleSpaced(entries);
  const wrapWidth = measureWrapWidth(entries);
  const units = groupUnits(entries, doubleSpaced);
  const blocks = new BlockBuilder(units, { vocabulary, doubleSpaced, wrapWidth }).build();
  return { format: 'text', source, blocks };
}
