/**
 * Numbers tied to a people noun or a gender, read from tokens: "42 elever", "23 flickor",
 * "åtta pojkar", "flickor 141", "Flickorna var 30", "10 individer som definierade sig som
 * annat", "28 % av medarbetarna är män", and a bare "346 (" before a parenthesis. Limits,
 * rates, ranges, page numbers and goals ("plats för 12 barn", "8 per grupp", "sidan 22
 * barn") are marked as no count; ages, dates and phone numbers ("0-18", "2020-01-01",
 * "08-508") and a number before a capitalised title ("22 Barn och unga" in a table of
 * contents) are skipped.
 */
import type { PeopleCategory } from '../../data/schema';
import { numberWordValue } from '../../text/numbers';
import type { Token } from '../../text/tokens';
import {
  FILLERS,
  NOT_A_COUNT_AFTER,
  NOT_A_COUNT_BEFORE,
  NOT_HEADCOUNT,
  OF_DETERMINERS,
  OF_WORDS,
  OTHER_PHRASES,
  OTHER_PREFIXES,
  PART_CONNECTORS,
  PERCENT_WORDS,
  PER_TIME,
  RANGE_LINKS,
  SHARE_STOPS,
  SHARE_SUBJECTS,
  SINGULAR,
  VERBS_AFTER_NUMBER,
  VERBS_BEFORE_NUMBER,
  categoryOf,
  genderOf,
  phraseAt,
  type Gender,
} from './words';

export interface Quantity {
  /** people: "42 elever"; gender: "23 flickor"; share: "28 % … män"; bare: "346 (" */
  kind: 'people' | 'gender' | 'share' | 'bare';
  value: number;
  /** Offsets of the number through the noun (block-relative). */
  start: number;
  end: number;
  /** Offsets of the number alone. */
  numberStart: number;
  numberEnd: number;
  /** Index of the number token and of the last token of the phrase. */
  first: number;
  last: number;
  noun?: string;
  gender?: Gender;
  category?: PeopleCategory;
  /** A limit, rate, range, ratio or goal ("plats för 12 barn", "8 per grupp"), not people counted. */
  notACount?: true;
}

/** The quantities in the tokens, in order; each token belongs to one at most. */
export function readQuantities(tokens: readonly Token[]): Quantity[] {
  const quantities: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const quantity = readQuantity(tokens, index) ?? readNounFirst(tokens, index);
    if (quantity) {
      quantities.push(quantity);
      index = quantity.kind === 'share' ? quantity.first + 1 : quantity.last;
    }
  }
  return quantities;
}

/** The value of a figure or a number word ("åtta"); null for anything else. */
export function numberValue(token: Token): number | null {
  if (token.kind === 'number') return token.value ?? null;
  if (token.kind === 'word') return numberWordValue(token.lower);
  return null;
}

/** "%" or "procent" */
function isPercent(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'percent' || PERCENT_WORDS.has(token.lower));
}

/** "0-18", "2020-01-01", "08-508 04 517", "14:30": parts of something else, not counts. */
function isPartOfCompound(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.kind !== 'number') return false;
  const before = tokens[index - 1];
  const beforeThat = tokens[index - 2];
  if (before && beforeThat?.kind === 'number' && /^[-–/:]$/.test(before.text) && before.start === beforeThat.end) return true;
  const after = tokens[index + 1];
  const afterThat = tokens[index + 2];
  return Boolean(after && afterThat?.kind === 'number' && /^[-–/:]$/.test(after.text) && after.start === token.end);
}

function readQuantity(tokens: readonly Token[], index: number): Quantity | null {
  const token = tokens[index]!;
  const value = numberValue(token);
  if (value === null || isPartOfCompound(tokens, index)) return null;
  const next = tokens[index + 1];
  if (isPercent(next)) return readShare(tokens, index, value);
  const base = { value, start: token.start, numberStart: token.start, numberEnd: token.end, first: index };
  const other = otherPhraseEnd(tokens, index + 1);
  if (other !== null) return { ...base, kind: 'gender', gender: 'other', noun: tokens[other]!.text, end: tokens[other]!.end, last: other };
  // "22 Barn och unga", "23 Äldre": a page or section number before a title, as in a table of contents.
  if (token.kind === 'number' && next?.kind === 'word' && isTitleCase(next.text)) return null;
  let skipped = 0;
  for (let at = index + 1; at < tokens.length && skipped <= 2; at++) {
    const word = tokens[at]!;
    if (word.kind !== 'word') break;
    const gender = genderOf(word.lower);
    if (gender) return { ...base, kind: 'gender', gender, noun: word.text, end: word.end, last: at };
    if (VERBS_AFTER_NUMBER.has(word.lower) && token.kind === 'number') {
      skipped++;
      continue;
    }
    if (NOT_HEADCOUNT.has(word.lower)) return null;
    const following = tokens[at + 1];
    const followedByNoun = following?.kind === 'word' && (genderOf(following.lower) || categoryOf(following.lower));
    if (FILLERS.has(word.lower) && followedByNoun) {
      skipped++;
      continue;
    }
    const category = categoryOf(word.lower);
    if (category) {
      const quantity: Quantity = { ...base, kind: 'people', category, noun: word.text, end: word.end, last: at };
      if (saysOtherGender(tokens, at)) {
        quantity.kind = 'gender';
        quantity.gender = 'other';
      } else if (isNotACount(tokens, index, at)) {
        quantity.notACount = true;
      }
      return quantity;
    }
    if (FILLERS.has(word.lower)) {
      skipped++;
      continue;
    }
    break;
  }
  if (next?.text === '(' && token.kind === 'number' && Number.isInteger(value)) {
    return { ...base, kind: 'bare', end: token.end, last: index };
  }
  return null;
}

/** "Barn", "Äldre": a capital first letter and lower case after it (not "ELEVER", not "I"). */
function isTitleCase(word: string): boolean {
  const first = word.charAt(0);
  const rest = word.slice(1);
  return rest.length > 0 && first !== first.toLowerCase() && rest === rest.toLowerCase() && rest !== rest.toUpperCase();
}

/**
 * The noun before its number, as in lists and tables turned into prose: "flickor 141,
 * pojkar 161", "kvinnor: 12", "Flickorna var 30 och pojkarna 25". Years are no counts here.
 */
function readNounFirst(tokens: readonly Token[], index: number): Quantity | null {
  const noun = tokens[index]!;
  if (noun.kind !== 'word') return null;
  const gender = genderOf(noun.lower);
  if (!gender || SINGULAR.has(noun.lower)) return null;
  let at = index + 1;
  if (tokens[at]?.text === ':' || VERBS_BEFORE_NUMBER.has(tokens[at]?.lower ?? '')) at++;
  const number = tokens[at];
  if (number?.kind !== 'number' || number.value === undefined || !Number.isInteger(number.value) || isPartOfCompound(tokens, at)) return null;
  if (number.value >= 1900 && number.value <= 2099) return null;
  const after = tokens[at + 1];
  if (isPercent(after) || (after?.kind === 'word' && (genderOf(after.lower) || categoryOf(after.lower)))) return null;
  return {
    kind: 'gender',
    gender,
    noun: noun.text,
    value: number.value,
    start: noun.start,
    end: number.end,
    numberStart: number.start,
    numberEnd: number.end,
    first: index,
    last: at,
  };
}

/**
 * "plats för 12 barn", "8 deltagare per grupp", "mellan 8 och 12 deltagare", "3 av 10 elever",
 * "38 av de 46 brukarna", "målet är att 50 ungdomar ska". People per a unit of time ("220
 * besökare per vecka") are counted all the same.
 */
function isNotACount(tokens: readonly Token[], numberIndex: number, nounIndex: number): boolean {
  const link = tokens[numberIndex - 1];
  const before = tokens[numberIndex - 2];
  if (link && before && RANGE_LINKS.has(link.lower) && numberValue(before) !== null) return true;
  if (isPartOf(tokens, numberIndex)) return true;
  if (NOT_A_COUNT_BEFORE.some((phrase) => phraseAt(tokens, numberIndex - phrase.length, phrase))) return true;
  let after = nounIndex + 1;
  if (tokens[after]?.lower === 'per' && PER_TIME.has(tokens[after + 1]?.lower ?? '')) after += 2;
  return NOT_A_COUNT_AFTER.some((phrase) => phraseAt(tokens, after, phrase));
}

/** "38 av de 46 brukarna", "tre av dessa 20 elever": the whole a part is taken of. */
function isPartOf(tokens: readonly Token[], numberIndex: number): boolean {
  const determiner = tokens[numberIndex - 1];
  const of = tokens[numberIndex - 2];
  const part = tokens[numberIndex - 3];
  return Boolean(determiner && of && part && OF_DETERMINERS.has(determiner.lower) && OF_WORDS.has(of.lower) && numberValue(part) !== null);
}

/** "10 individer som definierade sig som annat" */
function saysOtherGender(tokens: readonly Token[], nounIndex: number): boolean {
  for (let at = nounIndex + 1; at < tokens.length && at <= nounIndex + 7; at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' && token.text !== '-') return false;
    if (otherPhraseEnd(tokens, at) !== null) return true;
  }
  return false;
}

/** Index of the last token of a third-category phrase starting at `from` ("okänt kön", "med annan könsidentitet"). */
function otherPhraseEnd(tokens: readonly Token[], from: number): number | null {
  const start = OTHER_PREFIXES.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  for (const phrase of OTHER_PHRASES) {
    if (phraseAt(tokens, start, phrase)) {
      // The longest phrase wins: "okänt kön" over "okänt".
      const longer = OTHER_PHRASES.some((other) => other.length > phrase.length && phraseAt(tokens, start, other));
      if (!longer) return start + phrase.length - 1;
    }
  }
  return null;
}

/** "28 % av enhetens medarbetare är män", "72 % är kvinnor", "50 % män", "Andelen kvinnor är 60 %". */
function readShare(tokens: readonly Token[], index: number, value: number): Quantity | null {
  const number = tokens[index]!;
  const percent = tokens[index + 1]!;
  const share = (gender: Gender, noun: Token, last: number): Quantity => ({
    kind: 'share',
    value,
    gender,
    noun: noun.text,
    start: number.start,
    end: percent.end,
    numberStart: number.start,
    numberEnd: percent.end,
    first: index,
    last,
  });
  let words = 0;
  for (let at = index + 2; at < tokens.length && words < 7; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word' || SHARE_STOPS.has(token.lower) || SHARE_SUBJECTS.has(token.lower) || PART_CONNECTORS.has(token.lower)) break;
    const gender = genderOf(token.lower);
    if (gender) {
      // "i 95 % av samtalen deltar en kvinna" is how often; "90 % av flickorna" a rate within a group.
      if (SINGULAR.has(token.lower) || OF_WORDS.has(tokens[at - 1]?.lower ?? '')) return null;
      return share(gender, token, at);
    }
    words++;
  }
  // "Andelen kvinnor är 60 %": the gender stands before the number.
  let at = index - 1;
  if (VERBS_BEFORE_NUMBER.has(tokens[at]?.lower ?? '')) at--;
  const noun = tokens[at];
  const gender = noun ? genderOf(noun.lower) : undefined;
  if (noun && gender && SHARE_SUBJECTS.has(tokens[at - 1]?.lower ?? '')) return share(gender, noun, index + 1);
  return null;
}
