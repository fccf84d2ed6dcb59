/**
 * Counts of people in Swedish prose and how they are split by gender:
 * "42 elever varav 23 flickor och 19 pojkar", "65 ungdomar (28 flickor och 37 pojkar)",
 * "348 besökare 263 flickor/kvinnor, 75 pojkar/män samt 10 individer som definierade sig
 * som annat", "åtta pojkar och fem flickor", "28 % av medarbetarna är män".
 * FTE ("46,0 tjänster"), ages ("0-18 år"), dates and phone numbers are not headcounts.
 */
import { swedish } from '../data/index';
import type { PeopleCategory } from '../data/schema';
import { isLetterCode, lowerCode } from '../text/chars';
import { mayBeNumberWord, numberWordValue } from '../text/numbers';
import type { Span } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';

export type Gender = 'female' | 'male' | 'other';

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

export interface GenderGroup {
  parts: Quantity[];
  total?: { value: number; start: number; end: number; quantity?: Quantity };
  start: number;
  end: number;
}

export interface PeopleFacts {
  quantities: Quantity[];
  groups: GenderGroup[];
}

const { splits } = swedish;
const genderOfWord = new Map<string, Gender>();
for (const gender of ['female', 'male', 'other'] as const) {
  for (const word of swedish.gender[gender]) if (!word.includes(' ')) genderOfWord.set(word, gender);
}
/** Word lists of phrases ("plats för") as word sequences. */
function phrases(list: readonly string[]): string[][] {
  return list.map((phrase) => phrase.split(' '));
}

/** Do the tokens from `start` read the phrase's words? */
function phraseAt(tokens: readonly Token[], start: number, phrase: readonly string[]): boolean {
  return start >= 0 && phrase.every((word, offset) => tokens[start + offset]?.lower === word);
}

/** Third categories as word sequences: "okänt kön", "vill ej uppge", "annan könsidentitet". */
const OTHER_PHRASES = phrases(swedish.gender.other);
const SINGULAR = new Set(swedish.gender.singular);
const peopleCategory = new Map<string, PeopleCategory>();
for (const word of swedish.people.served) if (!word.includes(' ')) peopleCategory.set(word, 'served');
for (const word of swedish.people.staff) if (!word.includes(' ')) peopleCategory.set(word, 'staff');
const NOT_HEADCOUNT = new Set(swedish.people.notHeadcount);
const FILLERS = new Set(swedish.people.fillerWords);
const LINK_WORDS = new Set(splits.linkWords);
const SAME_SENTENCE_LINKS = new Set(splits.sameSentenceLinks);
const PREVIOUS_SENTENCE_LINKS = splits.previousSentenceLinks;
const PART_CONNECTORS = new Set(splits.partConnectors);
const EXTRA_PART_CONNECTORS = new Set(splits.extraPartConnectors);
const OTHER_PREFIXES = new Set(splits.otherPrefixes);
const TOTAL_WORDS = new Set(splits.totalWords);
const SHARE_STOPS = new Set(splits.shareStops);
const SHARE_SUBJECTS = new Set(splits.shareSubjects);
const YOUNG_PREFIXES = swedish.gender.youngPrefixes;
const VERBS_OF_BEING = new Set(['är', 'var', 'utgör', 'utgjorde', 'blev']);
const NOT_A_COUNT_BEFORE = phrases(swedish.people.notACount.before);
const NOT_A_COUNT_AFTER = phrases(swedish.people.notACount.after);
const RANGE_LINKS = new Set(swedish.people.notACount.rangeLinks);

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

function numberValue(token: Token): number | null {
  if (token.kind === 'number') return token.value ?? null;
  if (token.kind === 'word') return numberWordValue(token.lower);
  return null;
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

export function analysePeople(tokens: readonly Token[], sentences: () => Span[]): PeopleFacts {
  const quantities: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const quantity = readQuantity(tokens, index) ?? readNounFirst(tokens, index);
    if (quantity) {
      quantities.push(quantity);
      index = quantity.kind === 'share' ? quantity.first + 1 : quantity.last;
    }
  }
  return { quantities, groups: findGroups(tokens, quantities, sentences) };
}

function readQuantity(tokens: readonly Token[], index: number): Quantity | null {
  const token = tokens[index]!;
  const value = numberValue(token);
  if (value === null || isPartOfCompound(tokens, index)) return null;
  const next = tokens[index + 1];
  if (next && (next.kind === 'percent' || next.lower === 'procent')) return readShare(tokens, index, value);
  const base = { value, start: token.start, numberStart: token.start, numberEnd: token.end, first: index };
  const other = otherPhraseEnd(tokens, index + 1);
  if (other !== null) return { ...base, kind: 'gender', gender: 'other', noun: tokens[other]!.text, end: tokens[other]!.end, last: other };
  let skipped = 0;
  for (let at = index + 1; at < tokens.length && skipped <= 2; at++) {
    const word = tokens[at]!;
    if (word.kind !== 'word') break;
    const gender = genderOf(word.lower);
    if (gender) return { ...base, kind: 'gender', gender, noun: word.text, end: word.end, last: at };
    if ((word.lower === 'är' || word.lower === 'var') && token.kind === 'number') {
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
  if (tokens[at]?.text === ':' || VERBS_OF_BEING.has(tokens[at]?.lower ?? '')) at++;
  const number = tokens[at];
  if (number?.kind !== 'number' || number.value === undefined || !Number.isInteger(number.value) || isPartOfCompound(tokens, at)) return null;
  if (number.value >= 1900 && number.value <= 2099) return null;
  const after = tokens[at + 1];
  if (after?.kind === 'percent' || after?.lower === 'procent' || (after?.kind === 'word' && (genderOf(after.lower) || categoryOf(after.lower)))) return null;
  return { kind: 'gender', gender, noun: noun.text, value: number.value, start: noun.start, end: number.end, numberStart: number.start, numberEnd: number.end, first: index, last: at };
}

/** "plats för 12 barn", "8 deltagare per grupp", "mellan 8 och 12 deltagare", "3 av 10 elever", "målet är att 50 ungdomar ska". */
function isNotACount(tokens: readonly Token[], numberIndex: number, nounIndex: number): boolean {
  const link = tokens[numberIndex - 1];
  const before = tokens[numberIndex - 2];
  if (link && before && RANGE_LINKS.has(link.lower) && numberValue(before) !== null) return true;
  if (NOT_A_COUNT_BEFORE.some((phrase) => phraseAt(tokens, numberIndex - phrase.length, phrase))) return true;
  return NOT_A_COUNT_AFTER.some((phrase) => phraseAt(tokens, nounIndex + 1, phrase));
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
      if (SINGULAR.has(token.lower) || tokens[at - 1]?.lower === 'av') return null;
      return share(gender, token, at);
    }
    words++;
  }
  // "Andelen kvinnor är 60 %": the gender stands before the number.
  let at = index - 1;
  if (VERBS_OF_BEING.has(tokens[at]?.lower ?? '')) at--;
  const noun = tokens[at];
  const gender = noun ? genderOf(noun.lower) : undefined;
  if (noun && gender && SHARE_SUBJECTS.has(tokens[at - 1]?.lower ?? '')) return share(gender, noun, index + 1);
  return null;
}

function findGroups(tokens: readonly Token[], quantities: readonly Quantity[], sentences: () => Span[]): GenderGroup[] {
  const groups: GenderGroup[] = [];
  // Look-ups a group needs, built once (a paragraph can hold thousands of quantities).
  const endingAt = new Map<number, Quantity>();
  for (const quantity of quantities) if (quantity.kind === 'people' || quantity.kind === 'bare') endingAt.set(quantity.last, quantity);
  let latestPeople: Quantity | undefined;
  let peopleBeforeGroup: Quantity | undefined;
  let current: Quantity[] = [];
  const flush = () => {
    if (current.length >= 2 && new Set(current.map((part) => part.gender)).size >= 2) {
      groups.push(withTotal(tokens, endingAt, peopleBeforeGroup, current, sentences));
    }
    current = [];
  };
  for (const quantity of quantities) {
    const last = current[current.length - 1];
    // "… varav 20 kvinnor och 20 män samt 10 barn": a further group of people is a part too.
    if (quantity.kind === 'people' && last && onlyConnectors(tokens, last.last + 1, quantity.first, EXTRA_PART_CONNECTORS)) {
      current.push(quantity);
      continue;
    }
    if (quantity.kind !== 'gender') {
      flush();
      if (quantity.kind === 'people') latestPeople = quantity;
      continue;
    }
    const previous = current[current.length - 1];
    if (previous && !onlyConnectors(tokens, previous.last + 1, quantity.first)) flush();
    if (current.length === 0) peopleBeforeGroup = latestPeople;
    current.push(quantity);
  }
  flush();
  return groups;
}

function onlyConnectors(tokens: readonly Token[], from: number, to: number, connectors: ReadonlySet<string> = PART_CONNECTORS): boolean {
  if (to - from > 3 || to <= from) return false;
  for (let at = from; at < to; at++) if (!connectors.has(tokens[at]!.lower)) return false;
  return true;
}

function withTotal(
  tokens: readonly Token[],
  endingAt: ReadonlyMap<number, Quantity>,
  peopleBefore: Quantity | undefined,
  parts: Quantity[],
  sentences: () => Span[],
): GenderGroup {
  const group: GenderGroup = { parts, start: parts[0]!.start, end: parts[parts.length - 1]!.end };
  const total = totalBefore(tokens, endingAt, peopleBefore, parts[0]!, sentences) ?? totalAfter(tokens, parts[parts.length - 1]!);
  if (total && mayBeTotalOf(total, parts)) group.total = total;
  return group;
}

/** "186 barn fick stöd av 12 socialsekreterare, 95 flickor och 91 pojkar": the staff are not the children's total. */
function mayBeTotalOf(total: NonNullable<GenderGroup['total']>, parts: readonly Quantity[]): boolean {
  if (parts.some((part) => part.value > total.value)) return false;
  return !(total.quantity?.category === 'staff' && parts.every((part) => part.gender === 'other' || isYoungNoun(part.noun ?? '')));
}

/** "elever", "flickor", "pojkar": children and youth, whose split is "flickor och pojkar". */
export function isYoungNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return YOUNG_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function totalBefore(
  tokens: readonly Token[],
  endingAt: ReadonlyMap<number, Quantity>,
  peopleBefore: Quantity | undefined,
  first: Quantity,
  sentences: () => Span[],
): GenderGroup['total'] | undefined {
  let at = first.first - 1;
  const walked: string[] = [];
  while (at >= 0 && walked.length < 5) {
    const token = tokens[at]!;
    if (!(LINK_WORDS.has(token.lower) || /^[(,:–-]$/.test(token.text))) break;
    walked.unshift(token.lower);
    at--;
  }
  const adjacent = endingAt.get(at);
  if (adjacent) return totalOf(adjacent);
  if (!peopleBefore) return undefined;
  if (isSetOffAfter(tokens, peopleBefore, first, walked)) return totalOf(peopleBefore);
  const phrase = walked.join(' ');
  // "Vi hade 120 besökare. Av dem var 70 kvinnor och 40 män."
  if (PREVIOUS_SENTENCE_LINKS.some((link) => ` ${phrase} `.includes(` ${link} `))) {
    return withinSentences(tokens, peopleBefore, first, sentences, 1) ? totalOf(peopleBefore) : undefined;
  }
  // "65 ungdomar med familjer har haft en insats varav 28 flickor och 37 pojkar"
  if (walked.some((word) => SAME_SENTENCE_LINKS.has(word))) {
    return withinSentences(tokens, peopleBefore, first, sentences, 0) ? totalOf(peopleBefore) : undefined;
  }
  return undefined;
}

/**
 * "186 barn fick stöd av fältgruppen, 95 flickor och 91 pojkar": the split set off by a
 * comma, colon or parenthesis a few words after its count, in the same sentence.
 */
function isSetOffAfter(tokens: readonly Token[], total: Quantity, first: Quantity, walked: readonly string[]): boolean {
  if (!walked.some((word) => word === ',' || word === ':' || word === '(') || first.first - total.last > SET_OFF_REACH) return false;
  for (let at = total.last + 1; at < first.first; at++) if (/^[.!?;¶]$/.test(tokens[at]!.text) || numberValue(tokens[at]!) !== null) return false;
  return true;
}

/** Tokens a set-off split may stand after its count. */
const SET_OFF_REACH = 10;

/**
 * Is `earlier` in the sentence of `later`, or at most `back` sentences before it? Without
 * a full stop, question or exclamation mark between them it is the same sentence;
 * otherwise compromise decides (the stop may end "t.ex." or "ca.").
 */
function withinSentences(tokens: readonly Token[], earlier: Quantity, later: Quantity, sentences: () => Span[], back: number): boolean {
  let stop = false;
  // A window break hides the text between: let compromise look at it.
  for (let at = earlier.last + 1; at < later.first && !stop; at++) stop = /^[.!?¶]$/.test(tokens[at]!.text);
  if (!stop) return true;
  const spans = sentences();
  const sentence = spanAt(spans, later.start);
  if (!sentence) return false;
  const reach = spans[Math.max(0, spans.indexOf(sentence) - back)]!;
  return earlier.start >= reach.start;
}

function totalOf(quantity: Quantity): NonNullable<GenderGroup['total']> {
  return { value: quantity.value, start: quantity.numberStart, end: quantity.numberEnd, quantity };
}

/** "… 12 kvinnor och 8 män (totalt 20)" */
function totalAfter(tokens: readonly Token[], last: Quantity): GenderGroup['total'] | undefined {
  for (let at = last.last + 1; at < tokens.length && at <= last.last + 4; at++) {
    const token = tokens[at]!;
    if (TOTAL_WORDS.has(token.lower)) {
      const number = tokens[at + 1]?.lower === 'av' ? tokens[at + 2] : tokens[at + 1];
      const value = number ? numberValue(number) : null;
      return value === null || !number ? undefined : { value, start: number.start, end: number.end };
    }
    if (!/^[(,]$/.test(token.text)) return undefined;
  }
  return undefined;
}

/** Context kept around a number: a total may stand a sentence-part before its split. */
const BEFORE = 60;
const AFTER = 100;
const WINDOW_BREAK: Token = { kind: 'punct', text: '¶', lower: '¶', start: 0, end: 0 };

/**
 * analysePeople for a block's text, tokenizing only the neighbourhood of numbers: most of
 * a long paragraph is prose without counts, and this runs on every paragraph.
 */
export function analysePeopleInText(text: string, sentences: () => Span[]): PeopleFacts | null {
  const windows: Array<[number, number]> = [];
  forEachNumber(text, (numberStart, numberEnd) => {
    const start = snapBack(text, Math.max(0, numberStart - BEFORE));
    const end = snapForward(text, Math.min(text.length, numberEnd + AFTER));
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  });
  if (windows.length === 0) return null;
  const tokens: Token[] = [];
  for (const [start, end] of windows) {
    // A break token keeps phrases from separate windows from being read as one.
    if (tokens.length > 0) tokens.push({ ...WINDOW_BREAK, start, end: start });
    tokenize(text, start, end, tokens);
  }
  return analysePeople(tokens, sentences);
}

/** Words are short: past this, a run without spaces ("1.1.1.1…") is cut where it is, not scanned through for every number. */
const MAX_SNAP = 40;

function snapBack(text: string, at: number): number {
  let position = at;
  while (position > 0 && at - position < MAX_SNAP && text.charCodeAt(position - 1) !== 32) position--;
  return position;
}

function snapForward(text: string, at: number): number {
  let position = at;
  while (position < text.length && position - at < MAX_SNAP && text.charCodeAt(position) !== 32) position++;
  return position;
}

/**
 * Dates, ranges, times and phone numbers ("2020-01-27", "0-18", "14:30", "08-508") and
 * years not followed by a word for people are no counts; drafts are full of them.
 */
function mayBeCount(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (before === 45 || before === 47 || before === 58 || after === 45 || after === 47 || after === 58) return false;
  if (end - start !== 4 || (text.charCodeAt(start) !== 49 && text.charCodeAt(start) !== 50)) return true;
  const word = /^\s*([\p{L}/-]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  return word !== undefined && (genderOf(word) !== undefined || categoryOf(word) !== undefined || FILLERS.has(word));
}

/** Calls back with each run of digits and each number word above one ("en", "ett" are too common to matter). */
function forEachNumber(text: string, found: (start: number, end: number) => void): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      const start = at;
      do at++;
      while (at < length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57);
      if (mayBeCount(text, start, at)) found(start, at);
    } else if (isLetterCode(code)) {
      const start = at;
      do at++;
      while (at < length && isLetterCode(text.charCodeAt(at)));
      if (at - start >= 3 && mayBeNumberWord(lowerCode(code), lowerCode(text.charCodeAt(start + 1)), at - start)) {
        const value = numberWordValue(text.slice(start, at).toLowerCase());
        if (value !== null && value > 1) found(start, at);
      }
    } else {
      at++;
    }
  }
}

/** The span (of sorted, disjoint spans) containing an offset, by binary search. */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}
