/**
 * Goals quoted in a draft and the catalog they should match word for word. Comparing
 * every paragraph against every goal is slow and finds false friends, so quotes are only
 * looked for where a goal can stand: under a goal heading, after a goal number
 * ("KF:s mål 2.5 Stockholm är …") or inside quotation marks.
 */
import { swedish, type GoalCatalog, type GoalSpec } from '../data/index';
import { alternatives } from '../text/patterns';
import { foldCase, foldedWords, wordSimilarity } from '../text/fuzzy';

export interface GoalQuote {
  /** Goal number as written ("1.4"), if any. */
  number?: string;
  numberStart?: number;
  numberEnd?: number;
  /** The quoted goal text, block-relative. */
  text: string;
  textStart: number;
  textEnd: number;
  /** Inside quotation marks: the quote's extent is known, so it is compared whole. */
  bounded?: boolean;
}

export interface CatalogGoal extends GoalSpec {
  catalog: GoalCatalog;
  words: string[];
}

export interface GoalMatch {
  goal: CatalogGoal;
  similarity: number;
  exact: boolean;
  /** The part of the quote that stands for the goal (a free-text quote may go on after it). */
  textEnd: number;
}

/** "1.4. I Stockholm …", "Inriktningsmål 1: En modern …", "Mål 1.1 I Stockholm …", "1.1 – I Stockholm …". */
const STATEMENT = new RegExp(
  String.raw`^\s*(?:(?:(?:${alternatives(swedish.labels.goalOwnerWords)})\s+)?(?:${alternatives(swedish.labels.goalLevelWords)})\s*)?(\d{1,2}(?:\.\d{1,2})?)(?!\d)\s*[.:)]?\s*(?:[–—-]\s*)?(?=\S)`,
  'i',
);
/** "mål 1.2 Stockholm är …", "1.2 – Stockholm är …", "mål 1.2 (Stockholm är …)". */
const NUMBERED_IN_TEXT = /(?:^|[\s(])(\d{1,2}\.\d{1,2})\.?\s+(?:[–—-]\s+|\()?(\p{Lu}[^.!?;:”"»\n]{8,240})/gu;
const QUOTED = /[”"«„“]([^”"»“\n]{15,250})[”"»“]/g;

/** A goal statement under a goal heading: "1.4. I Stockholm får …" or just the text. */
export function statementQuote(text: string): GoalQuote {
  const match = STATEMENT.exec(text);
  const body = trimGoalText(text, match ? match[0].length : 0, text.length);
  if (!match) return body;
  const numberStart = text.indexOf(match[1]!);
  return { ...body, number: match[1], numberStart, numberEnd: numberStart + match[1]!.length };
}

/** Goal-like quotes in running text. */
export function findQuotes(text: string): GoalQuote[] {
  if (!/\d\.\d|[”"«„“]/.test(text)) return [];
  const quotes: GoalQuote[] = [];
  for (const match of text.matchAll(NUMBERED_IN_TEXT)) {
    const numberStart = match.index + match[0].indexOf(match[1]!);
    const textStart = match.index + match[0].length - match[2]!.length;
    quotes.push({
      ...trimGoalText(text, textStart, textStart + match[2]!.length),
      number: match[1],
      numberStart,
      numberEnd: numberStart + match[1]!.length,
    });
  }
  const numbered = quotes.length;
  let next = 0; // numbered quotes come in text order, so one pointer finds overlaps
  for (const match of text.matchAll(QUOTED)) {
    const textStart = match.index + 1;
    const textEnd = textStart + match[1]!.length;
    while (next < numbered && quotes[next]!.textEnd <= textStart) next++;
    if (next < numbered && quotes[next]!.textStart < textEnd) continue;
    quotes.push({ ...trimGoalText(text, textStart, textEnd), bounded: true });
  }
  return quotes;
}

function trimGoalText(text: string, from: number, to: number): GoalQuote {
  let start = from;
  let end = to;
  // Quotation marks and a closing parenthesis belong to the writer's sentence, not to the goal.
  while (start < end && /[\s”"«„“]/.test(text[start]!)) start++;
  while (end > start && /[\s.;:,”"»“)]/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), textStart: start, textEnd: end };
}

/** Whitespace, dashes and typographic quotes do not count; the first letter's case does not either. */
export function sameWording(a: string, b: string): boolean {
  const normalize = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/[–—]/g, '-')
      .replace(/[.;:,\s]+$/, '')
      .trim();
  const x = normalize(a);
  const y = normalize(b);
  return x.length === y.length && x.slice(1) === y.slice(1) && x.charAt(0).toLowerCase() === y.charAt(0).toLowerCase();
}

export class GoalIndex {
  readonly goals: CatalogGoal[];

  constructor(catalogs: readonly GoalCatalog[]) {
    this.goals = catalogs.flatMap((catalog) => catalog.goals.map((goal) => ({ ...goal, catalog, words: foldedWords(goal.text) })));
  }

  byNumber(number: string, levels?: readonly string[]): CatalogGoal | undefined {
    return this.goals.find((goal) => goal.number === number && (!levels || levels.includes(goal.level)));
  }

  hasLevel(level: string): boolean {
    return this.goals.some((goal) => goal.level === level);
  }

  /**
   * The catalog goal a quote stands for. With `prefix`, the quote may run on after the
   * goal (free text), so the best-matching leading part of it is compared.
   */
  bestMatch(quote: GoalQuote, levels: readonly string[] | undefined, prefix: boolean, atLeast = 0): GoalMatch | null {
    const words = wordSpans(quote.text);
    const present = new Set(words.map((word) => word.folded));
    let best: GoalMatch | null = null;
    for (const goal of this.goals) {
      if (levels && !levels.includes(goal.level)) continue;
      // Upper bound of the similarity from the words the two share at all: skips most goals cheaply.
      let shared = 0;
      for (const word of goal.words) if (present.has(word)) shared++;
      const shortest = prefix ? Math.min(words.length, Math.max(1, goal.words.length - 3)) : words.length;
      const bound = (2 * shared) / (goal.words.length + shortest);
      if (bound < atLeast || (best && bound <= best.similarity)) continue;
      const lengths = prefix ? candidateLengths(goal.words.length, words.length) : [words.length];
      for (const length of lengths) {
        const taken = words.slice(0, length);
        const similarity = wordSimilarity(
          taken.map((word) => word.folded),
          goal.words,
        );
        if (best && similarity <= best.similarity) continue;
        const textEnd = quote.textStart + (taken[taken.length - 1]?.end ?? 0);
        const quoted = quote.text.slice(0, textEnd - quote.textStart);
        best = { goal, similarity, exact: sameWording(quoted, goal.text), textEnd };
      }
    }
    return best;
  }
}

function candidateLengths(goalLength: number, available: number): number[] {
  const lengths: number[] = [];
  for (let length = Math.max(1, goalLength - 3); length <= Math.min(available, goalLength + 3); length++) lengths.push(length);
  return lengths.length > 0 ? lengths : [available];
}

interface WordSpan {
  folded: string;
  end: number;
}

function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) spans.push({ folded: foldCase(match[0]), end: match.index + match[0].length });
  return spans;
}

/** Words added to and dropped from the catalog text, by longest common subsequence. */
export function wordDiff(found: string, expected: string): { added: string[]; dropped: string[] } {
  const a = found.split(/\s+/).filter(Boolean);
  const b = expected.split(/\s+/).filter(Boolean);
  const key = (word: string) => foldCase(word).replace(/[^\p{L}\p{N}]/gu, '');
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = key(a[i]!) === key(b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const added: string[] = [];
  const dropped: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      added.push(a[i++]!);
    } else {
      dropped.push(b[j++]!);
    }
  }
  added.push(...a.slice(i));
  dropped.push(...b.slice(j));
  return { added, dropped };
}
