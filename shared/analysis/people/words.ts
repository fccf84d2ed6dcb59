/**
 * The people and gender words of shared/data/swedish.json as look-ups: the gender of
 * "flickor" or "flickor/kvinnor", whether a noun counts people served or staff (compounds
 * by their last part: "skolbarn", "socialsekreterare"), children and youth, and the word
 * lists the quantity and group readers test tokens against. Built once, at load.
 */
import { swedish } from '../../data/index';
import type { PeopleCategory } from '../../data/schema';
import type { Token } from '../../text/tokens';

export type Gender = 'female' | 'male' | 'other';

const { splits } = swedish;

/** Word lists of phrases ("plats för") as word sequences. */
function phrases(list: readonly string[]): string[][] {
  return list.map((phrase) => phrase.split(' '));
}

/** Do the tokens from `start` read the phrase's words? */
export function phraseAt(tokens: readonly Token[], start: number, phrase: readonly string[]): boolean {
  return start >= 0 && phrase.every((word, offset) => tokens[start + offset]?.lower === word);
}

const genderOfWord = new Map<string, Gender>();
for (const gender of ['female', 'male', 'other'] as const) {
  for (const word of swedish.gender[gender]) if (!word.includes(' ')) genderOfWord.set(word, gender);
}
const peopleCategory = new Map<string, PeopleCategory>();
for (const word of swedish.people.served) if (!word.includes(' ')) peopleCategory.set(word, 'served');
for (const word of swedish.people.staff) if (!word.includes(' ')) peopleCategory.set(word, 'staff');

/** Third categories as word sequences: "okänt kön", "vill ej uppge", "annan könsidentitet". */
export const OTHER_PHRASES = phrases(swedish.gender.other);
export const SINGULAR = new Set(swedish.gender.singular);
export const NOT_HEADCOUNT = new Set(swedish.people.notHeadcount);
export const FILLERS = new Set(swedish.people.fillerWords);
export const LINK_WORDS = new Set(splits.linkWords);
export const SAME_SENTENCE_LINKS = new Set(splits.sameSentenceLinks);
export const PREVIOUS_SENTENCE_LINKS = splits.previousSentenceLinks;
export const PART_CONNECTORS = new Set(splits.partConnectors);
export const EXTRA_PART_CONNECTORS = new Set(splits.extraPartConnectors);
export const OTHER_PREFIXES = new Set(splits.otherPrefixes);
export const TOTAL_WORDS = new Set(splits.totalWords);
export const SHARE_STOPS = new Set(splits.shareStops);
export const SHARE_SUBJECTS = new Set(splits.shareSubjects);
/** "30 var flickor" */
export const VERBS_AFTER_NUMBER = new Set(splits.verbsAfterNumber);
/** "flickorna var 30", "andelen kvinnor är 60 %" */
export const VERBS_BEFORE_NUMBER = new Set(splits.verbsBeforeNumber);
/** "procent", read as "%" */
export const PERCENT_WORDS = new Set(splits.percentWords);
/** "av": "90 % av flickorna", "(totalt av 20)" */
export const OF_WORDS = new Set(splits.ofWords);
export const NOT_A_COUNT_BEFORE = phrases(swedish.people.notACount.before);
export const NOT_A_COUNT_AFTER = phrases(swedish.people.notACount.after);
export const RANGE_LINKS = new Set(swedish.people.notACount.rangeLinks);
/** "per vecka": people reached in a time, a count ("220 besökare per vecka"). */
export const PER_TIME = new Set(swedish.people.notACount.perTime);
/** "de", "dessa": "38 av de 46 brukarna" is a part of a group. */
export const OF_DETERMINERS = new Set(swedish.people.notACount.ofDeterminers);
const YOUNG_PREFIXES = swedish.gender.youngPrefixes;

/** Gender of a word like "flickor" or "flickor/kvinnor"; undefined for mixed or none. */
export function genderOf(word: string): Gender | undefined {
  const direct = genderOfWord.get(word);
  if (direct || !word.includes('/')) return direct;
  const genders = new Set(word.split('/').map((part) => genderOfWord.get(part)));
  return genders.size === 1 ? [...genders][0] : undefined;
}

const categoryCache = new Map<string, PeopleCategory | null>();

/** Served (brukare, elever …) or staff (medarbetare, handläggare …); compounds by their last part. */
export function categoryOf(word: string): PeopleCategory | undefined {
  const direct = peopleCategory.get(word);
  if (direct) return direct;
  let cached = categoryCache.get(word);
  if (cached === undefined) {
    cached = compoundCategory(word) ?? null;
    if (categoryCache.size > 10_000) categoryCache.clear();
    categoryCache.set(word, cached);
  }
  return cached ?? undefined;
}

/** "skolbarn", "socialsekreterare": a compound ends in a known noun after a first part of three letters or more ("sekunder" is no "kunder"). */
function compoundCategory(word: string): PeopleCategory | undefined {
  if (NOT_HEADCOUNT.has(word) || word.length < 7) return undefined;
  for (const suffix of swedish.people.staffSuffixes) if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return 'staff';
  for (const [noun, category] of peopleCategory) {
    if (noun.length >= 4 && word.length - noun.length >= 3 && word.endsWith(noun) && !endsWithNotHeadcount(word)) return category;
  }
  return undefined;
}

function endsWithNotHeadcount(word: string): boolean {
  for (const noun of NOT_HEADCOUNT) if (noun.length >= 4 && word.endsWith(noun)) return true;
  return false;
}

/** "elever", "flickor", "pojkar": children and youth, whose split is "flickor och pojkar". */
export function isYoungNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return YOUNG_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The same people noun, in the indefinite or the definite plural: "brukare" and "brukarna",
 * "elever" and "eleverna", "barn" and "barnen". Case does not matter.
 */
export function sameNoun(a: string, b: string): boolean {
  const first = a.toLowerCase();
  const second = b.toLowerCase();
  return first === second || definiteForms(first).includes(second) || definiteForms(second).includes(first);
}

function definiteForms(indefinite: string): string[] {
  return [`${indefinite}na`, `${indefinite.replace(/e$/, '')}na`, `${indefinite}en`];
}
