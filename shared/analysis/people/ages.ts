/**
 * Whether a count is of children and youth, whose split is "flickor och pojkar", or of
 * adults ("kvinnor och män"): by what follows it in its clause ("25 deltagare 16–17 år",
 * "30 deltagare i årskurs 9", "40 ungdomar 18–24 år", "barn under 18 år"), else by its
 * noun ("elever", "barn", "ungdomar").
 */
import { swedish } from '../../data/index';
import type { Quantity } from './quantities';
import { isYoungNoun } from './words';

const { adultAge, words: youngWords } = swedish.gender.youngContext;

/** Characters after the count the context may stand in: the rest of a short clause. */
const REACH = 40;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\d])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}])`;
/**
 * Right after the noun: "16–17 år", "(13–16 år)", "i åldern 13 till 16 år", "under 18 år",
 * "över 65 år"; an age further on may be a duration ("… deltog i 5 år").
 */
const AGES = new RegExp(
  String.raw`^[\s,(]*(?:(?:i\s+)?(?:åldern|åldrarna|ålder)\s+|mellan\s+|som\s+är\s+)?(?:(under|upp\s+till|över|från)\s+)?(\d{1,2})(?:\s*(?:[-–]|till|och)\s*(\d{1,2}))?\s*år${NOT_LETTER_AFTER}`,
  'iu',
);
const YOUNG_WORDS = new RegExp(`${NOT_LETTER_BEFORE}(?:${youngWords.join('|')})${NOT_LETTER_AFTER}`, 'iu');

/**
 * Children and youth: the ages or school years after the count say so, or else its noun
 * does. Staff are adults whatever the school ("14 lärare i årskurs 9").
 */
export function isYoungCount(text: string, quantity: Quantity): boolean {
  if (quantity.category === 'staff') return false;
  const byNoun = isYoungNoun(quantity.noun ?? '');
  const after = clauseAfter(text, quantity.end);
  const ages = AGES.exec(after);
  if (ages) {
    const [, bound, first, second] = ages;
    const low = Number(first);
    const high = second === undefined ? low : Number(second);
    const word = bound?.toLowerCase().replace(/\s+/g, ' ');
    if (word === 'under') return low <= adultAge || byNoun;
    if (word === 'upp till') return low < adultAge || byNoun;
    if (word === 'över' || word === 'från') return low >= adultAge - 1 ? false : byNoun;
    if (Math.max(low, high) < adultAge) return true;
    if (Math.min(low, high) >= adultAge) return false;
  }
  return byNoun || YOUNG_WORDS.test(after);
}

/** The text after the count up to the end of its clause (a stop, a semicolon), at most REACH characters. */
function clauseAfter(text: string, from: number): string {
  const slice = text.slice(from, from + REACH);
  const stop = slice.search(/[.!?;]\s|[.!?;]$/);
  return stop === -1 ? slice : slice.slice(0, stop);
}
