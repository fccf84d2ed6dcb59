/**
 * Does a line start a new block, or go on with the open one? In PDF-extracted text a
 * paragraph's lines are not marked as such: a blank line, a short line that ends a
 * sentence, a capital after a short line or a numbered question decide.
 */
import { startsNumbered } from '../../document/questions';
import { endsTerminal, isTitleShaped, startsUpper } from '../shape';
import type { OpenBlock } from './block-text';
import type { Entry, Layout } from './layout';
import { URL_ONLY, endsWithWordHyphen } from './lines';

export function breaksBefore(entry: Entry, current: OpenBlock | null, layout: Layout): boolean {
  if (!current || current.block.kind === 'heading') return true;
  if (entry.gap === 'hard' || entry.gap === 'start') return true;
  if (entry.gap === 'soft' && !layout.doubleSpaced) return true;
  const previous = current.lastLine.text;
  if (URL_ONLY.test(previous)) return true;
  if (endsWithWordHyphen(previous)) return false; // "Fit-" / "Outcomes": the word goes on
  const short = previous.length < layout.wrapWidth * 0.75;
  if (short && endsTerminal(previous)) return true;
  if (short && startsUpper(entry.line.text)) return true;
  // A numbered question may run over two lines; its full stop ends it, and the answer follows.
  if (current.block.headingLike === true && endsTerminal(previous) && startsUpper(entry.line.text)) return true;
  if (endsTerminal(previous) && startsNumbered(entry.line.text)) return true;
  // A short capitalised line after a finished sentence starts something new ("Utveckling miljö").
  const text = entry.line.text;
  return endsTerminal(previous) && text.length < layout.wrapWidth * 0.6 && isTitleShaped(text);
}
