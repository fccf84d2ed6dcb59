/**
 * Recognises section headings the way writers actually type them: any case
 * ("VERKSAMHETSBESKRIVNING"), "Kvalitéts-", a trailing colon, small typos, a genitive
 * in front ("Förvaltningens synpunkter och förslag") and two sections in one heading
 * ("Kvalitets- /utvecklingsarbete och kompetensutveckling") and a year after a heading the
 * template writes without one ("Budget 2021").
 */
import { swedish } from '../data/index';
import { editDistance, headingSkeleton, typoAllowance } from '../text/fuzzy';
import { alternatives } from '../text/patterns';

export interface HeadingTarget {
  id: string;
  title: string;
  aliases: readonly string[];
  genitivePrefix?: boolean;
}

/**
 * canonical: the template's own title (a trailing colon allowed); alias: an accepted
 * other name; variant: recognised, but spelt differently (case, accents, typos);
 * combined: one heading covering several sections.
 */
export type HeadingVariant = 'canonical' | 'alias' | 'variant' | 'combined';

export interface HeadingMatch<T extends HeadingTarget = HeadingTarget> {
  targets: T[];
  variant: HeadingVariant;
}

interface Name<T> {
  target: T;
  text: string;
  skeleton: string;
  isTitle: boolean;
}

const TRAILING_PUNCTUATION = /[\s:.]+$/;
const SECTION_NUMBER = new RegExp(String.raw`^(?:(?:${alternatives(swedish.labels.sectionNumberWords)})\s+)?\d{1,2}(?:\.\d{1,2})*[.:)]?\s+(?=\p{L})`, 'iu');
const TRAILING_YEAR = /\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?$/;
const MAX_HEADING_LENGTH = 160;
/** The largest typo allowance (typoAllowance). */
const MAX_TYPOS = 3;

export function cleanHeadingText(text: string): string {
  return text.replace(TRAILING_PUNCTUATION, '').replace(/\s+/g, ' ').trim();
}

/** A heading's text cleaned one way ("5. Ärendet" without its number, "Budget 2021" without its year), its skeleton made once. */
class Cleaned {
  private skeletonOf: string | undefined;

  constructor(readonly text: string) {}

  get skeleton(): string {
    return (this.skeletonOf ??= headingSkeleton(this.text));
  }
}

interface Forms {
  numbered: Cleaned;
  /** Null where the same as the form before it. */
  unnumbered: Cleaned | null;
  yearless: Cleaned | null;
}

/**
 * Every matcher (the reader's, detection's, the outline's) reads the same lines: the cleaned
 * forms and their skeletons depend on the text alone, so they are made once per text for all.
 */
const formsCache = new Map<string, Forms>();

function formsOf(text: string): Forms {
  let forms = formsCache.get(text);
  if (forms) return forms;
  const numbered = cleanHeadingText(text);
  // "5. Ärendet", "Område 1: Målgrupp": the numbering is the writer's, the heading the template's.
  const unnumbered = numbered.replace(SECTION_NUMBER, '');
  // "Budget 2021": the template's "Budget ÅÅÅÅ" with the year filled in.
  const yearless = unnumbered.replace(TRAILING_YEAR, '');
  const numberedForm = new Cleaned(numbered);
  const unnumberedForm = unnumbered !== numbered ? new Cleaned(unnumbered) : null;
  forms = {
    numbered: numberedForm,
    unnumbered: unnumberedForm,
    yearless: yearless !== unnumbered && yearless !== '' ? new Cleaned(yearless) : null,
  };
  if (formsCache.size > 20_000) formsCache.clear();
  formsCache.set(text, forms);
  return forms;
}

/** The same letters and digits, case aside (accents count: "Kvalitéts" is a misspelling). */
function sameLetters(a: string, b: string): boolean {
  const letters = (text: string) => text.toLocaleLowerCase('sv').replace(/[^\p{L}\d]+/gu, '');
  return letters(a) === letters(b);
}

export class HeadingMatcher<T extends HeadingTarget = HeadingTarget> {
  private readonly names: Name<T>[] = [];
  private readonly bySkeleton = new Map<string, Name<T>>();
  /** Every name of a skeleton ("… / Resursanvändning" and "… - Resursanvändning" share one). */
  private readonly allBySkeleton = new Map<string, Name<T>[]>();
  private readonly genitiveTargets: Name<T>[];

  constructor(targets: readonly T[]) {
    for (const target of targets) {
      for (const [index, text] of [target.title, ...target.aliases].entries()) {
        const name = { target, text: cleanHeadingText(text), skeleton: headingSkeleton(text), isTitle: index === 0 };
        if (name.skeleton === '') continue;
        this.names.push(name);
        if (!this.bySkeleton.has(name.skeleton)) this.bySkeleton.set(name.skeleton, name);
        const same = this.allBySkeleton.get(name.skeleton);
        if (same) same.push(name);
        else this.allBySkeleton.set(name.skeleton, [name]);
      }
    }
    this.genitiveTargets = this.names.filter((name) => name.target.genitivePrefix);
    this.skeletonLengths = [...new Set(this.names.map((name) => name.skeleton.length))].sort((a, b) => b - a);
    this.longestSkeleton = this.skeletonLengths[0] ?? 0;
    this.shortestSkeleton = this.skeletonLengths[this.skeletonLengths.length - 1] ?? 0;
    this.skeletonStarts = new Set(this.names.map((name) => name.skeleton.slice(0, this.shortestSkeleton)));
  }

  private readonly longestSkeleton: number;
  private readonly shortestSkeleton: number;
  private readonly skeletonStarts: ReadonlySet<string>;
  private readonly targetSkeletons = new Map<T, readonly string[]>();
  private readonly nameCounts = new Map<Name<T>, Int16Array>();

  /** Headings recur (parse, detection, outline, every re-check): remember answers. */
  private readonly cache = new Map<string, HeadingMatch<T> | null>();
  private readonly skeletonLengths: number[];

  match(text: string): HeadingMatch<T> | null {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const result = this.matchUncached(text);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(text, result);
    return result;
  }

  private matchUncached(text: string): HeadingMatch<T> | null {
    if (text.length > MAX_HEADING_LENGTH * 2) return null;
    const { numbered, unnumbered, yearless } = formsOf(text);
    return this.matchCleaned(numbered) ?? (unnumbered ? this.matchCleaned(unnumbered) : null) ?? (yearless ? this.matchCleaned(yearless) : null);
  }

  private matchCleaned(form: Cleaned): HeadingMatch<T> | null {
    const cleaned = form.text;
    if (cleaned.length === 0 || cleaned.length > MAX_HEADING_LENGTH) return null;
    const skeleton = form.skeleton;
    if (skeleton === '') return null;
    return this.exact(cleaned, skeleton) ?? this.genitive(cleaned) ?? this.fuzzy(skeleton) ?? this.combined(skeleton);
  }

  private exact(cleaned: string, skeleton: string): HeadingMatch<T> | null {
    const names = this.allBySkeleton.get(skeleton);
    if (!names) return null;
    const same = names.find((name) => name.text === cleaned);
    if (same) return { targets: [same.target], variant: same.isTitle ? 'canonical' : 'alias' };
    // "INLEDNING", "Uppföljning av ekonomi–Resursanvändning": the template's words in another case or punctuation are a style, not a variant.
    const styled = names.find((name) => sameLetters(name.text, cleaned));
    if (styled) return { targets: [styled.target], variant: styled.isTitle ? 'canonical' : 'alias' };
    return { targets: [names[0]!.target], variant: 'variant' };
  }

  private genitive(cleaned: string): HeadingMatch<T> | null {
    const space = cleaned.indexOf(' ');
    if (space < 0 || this.genitiveTargets.length === 0) return null;
    const first = cleaned.slice(0, space);
    if (!/^\p{L}+[sS]$/u.test(first)) return null;
    const rest = cleaned.slice(space + 1);
    const skeleton = headingSkeleton(rest);
    for (const name of this.genitiveTargets) {
      if (name.skeleton !== skeleton) continue;
      const exactCase = name.text.toLowerCase() === rest.toLowerCase() && /^\p{Lu}/u.test(first);
      return { targets: [name.target], variant: exactCase ? 'alias' : 'variant' };
    }
    // "Förvaltningens synpunkter och förlag": a typo after the genitive.
    const typo = this.closest(skeleton, this.genitiveTargets);
    return typo ? { targets: [typo.target], variant: 'variant' } : null;
  }

  /**
   * Recognised by name, not by typo tolerance: what a short line of prose may be taken
   * for without a heading style or layout saying it is a heading.
   */
  matchSpelledOut(text: string): HeadingMatch<T> | null {
    const match = this.match(text);
    if (!match || match.variant === 'combined') return match;
    const forms = formsOf(text);
    const skeleton = (forms.unnumbered ?? forms.numbered).skeleton;
    const spelledOut = match.targets.some((target) =>
      this.nameSkeletons(target).some((nameSkeleton) => nameSkeleton === skeleton || (target.genitivePrefix === true && skeleton.endsWith(nameSkeleton))),
    );
    return spelledOut ? match : null;
  }

  /** The skeletons of a target's title and aliases, made once per matcher rather than for every line asked about. */
  private nameSkeletons(target: T): readonly string[] {
    let skeletons = this.targetSkeletons.get(target);
    if (!skeletons) {
      skeletons = [target.title, ...target.aliases].map(headingSkeleton);
      this.targetSkeletons.set(target, skeletons);
    }
    return skeletons;
  }

  private fuzzy(skeleton: string): HeadingMatch<T> | null {
    // No allowance exceeds MAX_TYPOS, so only names that near in length can be within theirs; most lines are far longer than any name.
    if (skeleton.length > this.longestSkeleton + MAX_TYPOS) return null;
    const best = this.closest(skeleton, this.names);
    return best ? { targets: [best.target], variant: 'variant' } : null;
  }

  /** The name within its typo allowance (sized by the template's heading) closest to the skeleton. */
  private closest(skeleton: string, names: readonly Name<T>[]): Name<T> | null {
    let best: Name<T> | null = null;
    let bestDistance = Infinity;
    let counts: Int16Array | null = null;
    for (const name of names) {
      const allowance = typoAllowance(name.skeleton.length);
      if (allowance === 0 || Math.abs(name.skeleton.length - skeleton.length) > allowance) continue;
      counts ??= letterCounts(skeleton, SKELETON_COUNTS);
      // Each edit changes the letter counts by at most two, so counts this far apart need more edits than allowed.
      if (countDifference(counts, this.letterCountsOf(name)) > 2 * allowance) continue;
      const distance = editDistance(skeleton, name.skeleton, allowance);
      if (distance <= allowance && distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }

  private letterCountsOf(name: Name<T>): Int16Array {
    let counts = this.nameCounts.get(name);
    if (!counts) {
      counts = letterCounts(name.skeleton, new Int16Array(COUNT_BUCKETS));
      this.nameCounts.set(name, counts);
    }
    return counts;
  }

  /** Splits the skeleton into two or three known skeletons, e.g. "kvalitetsutvecklingsarbete"+"kompetensutveckling". */
  private combined(skeleton: string): HeadingMatch<T> | null {
    const parts = this.split(skeleton, 3);
    if (!parts || parts.length < 2) return null;
    const targets: T[] = [];
    for (const part of parts) if (!targets.includes(part.target)) targets.push(part.target);
    return targets.length > 1 ? { targets, variant: 'combined' } : { targets, variant: 'variant' };
  }

  private split(skeleton: string, maxParts: number): Name<T>[] | null {
    if (skeleton === '') return [];
    if (maxParts === 0) return null;
    // Every part is a whole skeleton, at least `shortestSkeleton` long: a text whose start begins none cannot split.
    if (skeleton.length < this.shortestSkeleton || !this.skeletonStarts.has(skeleton.slice(0, this.shortestSkeleton))) return null;
    for (const end of this.skeletonLengths) {
      if (end > skeleton.length) continue;
      const head = this.bySkeleton.get(skeleton.slice(0, end));
      if (!head) continue;
      const rest = this.split(skeleton.slice(end), maxParts - 1);
      if (rest) return [head, ...rest];
    }
    return null;
  }
}

/** Characters counted by their code modulo this: letters sharing a bucket only make the difference smaller, so it stays a lower bound. */
const COUNT_BUCKETS = 64;
const SKELETON_COUNTS = new Int16Array(COUNT_BUCKETS);

function letterCounts(text: string, into: Int16Array): Int16Array {
  into.fill(0);
  for (let at = 0; at < text.length; at++) into[text.charCodeAt(at) & (COUNT_BUCKETS - 1)]!++;
  return into;
}

function countDifference(a: Int16Array, b: Int16Array): number {
  let difference = 0;
  for (let bucket = 0; bucket < COUNT_BUCKETS; bucket++) difference += Math.abs(a[bucket]! - b[bucket]!);
  return difference;
}

/**
 * What differs between a heading as written and the template's, in the writer's words:
 * "”Kvalitéts-” i stället för ”Kvalitets-”", "”av” saknas", "”egen” är tillagt". Case and
 * punctuation around words do not count.
 */
export function headingDifference(written: string, template: string): string {
  const words = (text: string) =>
    cleanHeadingText(text)
      .split(/[\s/]+/)
      .filter((word) => /[\p{L}\d]/u.test(word));
  const a = words(written);
  const b = words(template);
  const key = (word: string) => word.toLocaleLowerCase('sv').replace(/^[^\p{L}\d]+|[^\p{L}\d-]+$/gu, '');
  // Longest common subsequence of the words; what is left over on either side is the difference.
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = key(a[i]!) === key(b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const extra: string[] = [];
  const missing: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && key(a[i]!) === key(b[j]!)) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) extra.push(a[i++]!);
    else missing.push(b[j++]!);
  }
  const quoted = (list: string[]) => `”${list.join(' ')}”`;
  if (extra.length > 0 && missing.length > 0) return `${quoted(extra)} i stället för ${quoted(missing)}`;
  if (missing.length > 0) return `${quoted(missing)} saknas`;
  if (extra.length > 0) return `${quoted(extra)} är tillagt`;
  return `”${cleanHeadingText(written)}” i stället för ”${cleanHeadingText(template)}”`;
}
