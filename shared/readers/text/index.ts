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
import { collectEntries, doubleSpacedBy, groupUnits, spacingOf, wrapHistogram, wrapWidthBy } from './layout';
import { splitLines } from './lines';
import { markContentsPages } from './contents-page';
import { markPageNoise } from './page-furniture';
import { pageLineShare, splitRunInHeadings, webCopyBy } from './run-in';
import type { TextReading } from './reread';

export function parseText(source: string, vocabulary: Vocabulary): SourceDocument {
  return readText(source, vocabulary).document;
}

/** The document, and what a re-read around an edit needs of the whole text (reread.ts). */
export function readText(source: string, vocabulary: Vocabulary): { document: SourceDocument; reading: TextReading } {
  const split = splitLines(source);
  const pageLines = pageLineShare(split);
  const webCopy = webCopyBy(pageLines);
  const lines = webCopy ? splitRunInHeadings(split, vocabulary) : split;
  markPageNoise(lines, vocabulary);
  markContentsPages(lines);
  const entries = collectEntries(lines);
  const spacing = spacingOf(entries, 0);
  const wrap = wrapHistogram(entries);
  const layout = { vocabulary, doubleSpaced: doubleSpacedBy(spacing), wrapWidth: wrapWidthBy(wrap) };
  const units = groupUnits(entries, layout.doubleSpaced);
  const blocks = new BlockBuilder(units, layout).build();
  return { document: { format: 'text', source, blocks }, reading: { lines, layout, spacing, wrap, pageLines, webCopy } };
}
