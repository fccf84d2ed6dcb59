/**
 * Letterhead lines above a document's title: the förvaltning in capitals, the avdelning,
 * "Handläggare" and the handläggare's name, "Telefon …", "Till" and the nämnd with the
 * meeting date. Page numbers, "Tjänsteutlåtande" and "Dnr" are dropped by the readers
 * already; these stay in the text, but the title is the first line after them.
 */
import { swedish } from '../data/index';
import { isAllCaps } from '../readers/shape';
import { alternatives } from '../text/patterns';
import type { Block } from './model';

const words = swedish.letterhead;
const LINE_WORD = new RegExp(`^(?:${alternatives(words.lineWords)})(?![\\p{L}])`, 'iu');
const ORGANISATION = new RegExp(`(?:${alternatives(words.organisationEndings)})$`, 'iu');
const DATE = /\b(?:19|20)\d\d-\d\d-\d\d\b/;
/** A person's name: two to four capitalised words. */
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;

export function isLetterheadLine(block: Block, previous: Block | undefined): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return false;
  const text = block.text.replace(/[:\s]+$/, '');
  if (text.length > 80 || /[.!?]$/.test(text)) return false;
  if (isAllCaps(text) || LINE_WORD.test(text) || DATE.test(text)) return true;
  const withoutDate = text.replace(DATE, '').trim();
  if (ORGANISATION.test(withoutDate) && withoutDate.split(/\s+/).length <= 5) return true;
  // The name under "Handläggare".
  return previous !== undefined && /^handläggare\b/i.test(previous.text) && NAME.test(text);
}
