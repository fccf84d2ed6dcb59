/**
 * A total and its parts by gender: runs of gender quantities joined by connectors
 * ("23 flickor och 19 pojkar", "… samt 10 barn"), and the total they split, found before
 * them ("42 elever varav …", "65 ungdomar (28 flickor …", "Av 40 deltagare var …",
 * "Vi hade 120 besökare. Av dem var …", a count set off by a comma) or after them
 * ("… (totalt 20)", "…, totalt 22 personer", "… från tre enheter, totalt 22 personer"). Where a full stop stands between a total and its split, compromise's
 * sentences decide (the stop may end "t.ex." or "ca.").
 */
import type { Span } from '../../text/sentences';
import type { Token } from '../../text/tokens';
import { numberValue, type Quantity } from './quantities';
import { spanAt } from './spans';
import {
  EXTRA_PART_CONNECTORS,
  FILLERS,
  LINK_WORDS,
  NOT_HEADCOUNT,
  OF_WORDS,
  PART_CONNECTORS,
  PREVIOUS_SENTENCE_LINKS,
  SAME_SENTENCE_LINKS,
  TOTAL_WORDS,
  categoryOf,
  genderOf,
  isYoungNoun,
} from './words';

export interface GenderGroup {
  parts: Quantity[];
  total?: { value: number; start: number; end: number; quantity?: Quantity };
  start: number;
  end: number;
}

/** Tokens a set-off split may stand after its count. */
const SET_OFF_REACH = 10;
/** Tokens before a split looked at for other counts in its sentence (a bound for long runs of figures). */
const OTHERS_REACH = 40;
/** Tokens a total set off after its split may stand after it: "… 12 kvinnor och 10 män från tre enheter, totalt 22 personer". */
const TOTAL_AFTER_REACH = 12;

export function findGroups(tokens: readonly Token[], quantities: readonly Quantity[], sentences: () => Span[]): GenderGroup[] {
  const groups: GenderGroup[] = [];
  // Look-ups a group needs, built once (a paragraph can hold thousands of quantities).
  const endingAt = new Map<number, Quantity>();
  const startingAt = new Map<number, Quantity>();
  for (const quantity of quantities) {
    if (quantity.kind === 'people' || quantity.kind === 'bare') endingAt.set(quantity.last, quantity);
    startingAt.set(quantity.first, quantity);
  }
  let latestPeople: Quantity | undefined;
  let peopleBeforeGroup: Quantity | undefined;
  let current: Quantity[] = [];
  const flush = () => {
    if (current.length >= 2 && new Set(current.map((part) => part.gender)).size >= 2) {
      groups.push(withTotal(tokens, endingAt, startingAt, peopleBeforeGroup, current, sentences));
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
  startingAt: ReadonlyMap<number, Quantity>,
  peopleBefore: Quantity | undefined,
  parts: Quantity[],
  sentences: () => Span[],
): GenderGroup {
  const group: GenderGroup = { parts, start: parts[0]!.start, end: parts[parts.length - 1]!.end };
  const total =
    totalBefore(tokens, endingAt, peopleBefore, parts[0]!, sentences) ??
    totalAfter(tokens, startingAt, parts[parts.length - 1]!, othersBefore(tokens, startingAt, parts[0]!));
  if (total && mayBeTotalOf(total, parts)) group.total = total;
  return group;
}

/** "186 barn fick stöd av 12 socialsekreterare, 95 flickor och 91 pojkar": the staff are not the children's total. */
function mayBeTotalOf(total: NonNullable<GenderGroup['total']>, parts: readonly Quantity[]): boolean {
  if (parts.some((part) => part.value > total.value)) return false;
  return !(total.quantity?.category === 'staff' && parts.every((part) => part.gender === 'other' || isYoungNoun(part.noun ?? '')));
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

/**
 * Other counts of people earlier in the split's sentence ("12 kvinnor och 10 män i grupp A
 * och 8 kvinnor och 9 män i grupp B, totalt 39 personer"): a total further on may be of all of them.
 */
function othersBefore(tokens: readonly Token[], startingAt: ReadonlyMap<number, Quantity>, first: Quantity): boolean {
  for (let at = first.first - 1; at >= 0 && at >= first.first - OTHERS_REACH && !/^[.!?;¶]$/.test(tokens[at]!.text); at--) {
    const kind = startingAt.get(at)?.kind;
    if (kind === 'gender' || kind === 'people' || kind === 'share') return true;
  }
  return false;
}

/**
 * "… 12 kvinnor och 8 män (totalt 20)", "… 12 kvinnor och 10 män, totalt 22 personer", and
 * a few words on in the same clause: "… 12 kvinnor och 10 män från tre enheter, totalt 22
 * personer". Further off than right after the split, the total word must follow a comma,
 * parenthesis or dash, and the total must count people ("totalt 22 personer") or end the
 * clause ("…, totalt 22."); any other count, gender or people word, or a stop, between the
 * split and the total ends the search, and so do other counts of people earlier in the
 * sentence (the total may be of more than this split).
 */
function totalAfter(
  tokens: readonly Token[],
  startingAt: ReadonlyMap<number, Quantity>,
  last: Quantity,
  othersBefore: boolean,
): GenderGroup['total'] | undefined {
  let adjacent = true;
  for (let at = last.last + 1; at < tokens.length && at <= last.last + TOTAL_AFTER_REACH; at++) {
    const token = tokens[at]!;
    if (TOTAL_WORDS.has(token.lower)) {
      adjacent &&= at <= last.last + 4;
      if (!adjacent && (othersBefore || !/^[(,–-]$/.test(tokens[at - 1]!.text))) return undefined;
      const numberAt = OF_WORDS.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
      const number = tokens[numberAt];
      const value = number ? numberValue(number) : null;
      if (value === null || !number) return undefined;
      const quantity = startingAt.get(numberAt);
      if (quantity && (quantity.kind === 'share' || quantity.kind === 'gender' || quantity.notACount)) return undefined;
      const people = quantity?.kind === 'people' ? quantity : undefined;
      const after = tokens[numberAt + 1];
      if (!people && after?.kind === 'percent') return undefined;
      // "totalt 20 timmar", "totalt 500 kr": no headcount; further off, only people or the clause's end.
      if (!people && after?.kind === 'word' && (NOT_HEADCOUNT.has(after.lower) || !(adjacent || FILLERS.has(after.lower)))) return undefined;
      return { value, start: number.start, end: number.end, ...(people ? { quantity: people } : {}) };
    }
    if (token.kind === 'word') {
      if (genderOf(token.lower) || categoryOf(token.lower)) return undefined;
      adjacent = false;
    } else if (!/^[(,–-]$/.test(token.text)) {
      return undefined; // a stop, another number
    } else if (!/^[(,]$/.test(token.text)) {
      adjacent = false;
    }
  }
  return undefined;
}
