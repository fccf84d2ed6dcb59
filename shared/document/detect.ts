/**
 * `--type auto`: which document type a draft is, and why, from the headings it uses.
 */
import { noTypeProfile, type DocTypeSpec } from '../data/index';

/** The other evidence a type needs before bare-numbered lines count as its questions. */
const BARE_QUESTION_EVIDENCE = 4;
/** Where a document names its kind: the letterhead and title lines. */
const TOP_BLOCKS = 15;
import { foldCase } from '../text/fuzzy';
import { joinSwedish } from '../text/numbers';
import { HeadingMatcher } from './headings';
import type { Block } from './model';
import { docTypeIndex, questionNumber } from './outline';
import { bareQuestionNumber } from './questions';

export interface Detection {
  /** The type with real evidence for it; null when no type has enough. */
  docType: DocTypeSpec | null;
  /** Swedish, for the report: "tjänsteutlåtande: 7 typiska rubriker (Förslag till beslut, …)", or why no type. */
  reason: string;
  /** The best type's score. */
  score: number;
  scores: Array<{ id: string; score: number }>;
  scoreOf(id: string): number | undefined;
}

interface Evidence {
  docType: DocTypeSpec;
  score: number;
  headings: string[];
  questions: number;
  /** The title or letterhead line that spoke for the type ("Verksamhetsplan 2021 för …"). */
  title?: string;
}

const signalMatchers = new WeakMap<DocTypeSpec, HeadingMatcher>();

function signalMatcher(docType: DocTypeSpec): HeadingMatcher {
  let matcher = signalMatchers.get(docType);
  if (!matcher) {
    matcher = new HeadingMatcher(docType.detection.signals.map((signal) => ({ id: signal.heading, title: signal.heading, aliases: [] })));
    signalMatchers.set(docType, matcher);
  }
  return matcher;
}

/**
 * The type a document is, on evidence: its template's headings, the type's signal
 * headings and numbered questions must weigh at least `minScore`; below that no type is
 * chosen, and the reason says what little was found.
 */
export function detectDocType(
  blocks: readonly Block[],
  docTypes: readonly DocTypeSpec[],
  minScore: number,
  otherKinds: readonly string[] = noTypeProfile.otherKinds,
): Detection {
  // Headings, heading-like lines, and short paragraphs (headings typed without a heading style).
  const candidates = blocks.filter((block) => block.kind === 'heading' || block.headingLike || (block.kind === 'paragraph' && block.text.length <= 100));
  const evidence = docTypes.map((docType) => weigh(docType, candidates));
  const best = evidence.reduce((winner, next) => (next.score > winner.score ? next : winner));
  const scores = evidence.map((item) => ({ id: item.docType.id, score: item.score }));
  const scoreOf = (id: string) => scores.find((item) => item.id === id)?.score;
  const found = describeEvidence(best);
  if (best.score < minScore) {
    const names = joinSwedish(
      docTypes.map((docType) => lowerFirst(docType.name)),
      'eller',
    );
    const reason = best.score === 0 ? `inga kännetecken på ${names} hittades` : `för få kännetecken på ${lowerFirst(best.docType.name)} (${found})`;
    return { docType: null, reason: `ingen känd dokumenttyp: ${reason}`, score: best.score, scores, scoreOf };
  }
  const otherKind = selfNamedKind(blocks, otherKinds);
  if (otherKind) {
    const reason = `dokumentet kallar sig ”${otherKind}” (men har ${found} som ${lowerFirst(best.docType.article ?? best.docType.name)})`;
    return { docType: null, reason: `ingen känd dokumenttyp: ${reason}`, score: best.score, scores, scoreOf };
  }
  return { docType: best.docType, reason: `${lowerFirst(best.docType.name)}: ${found}`, score: best.score, scores, scoreOf };
}

/** A line of its own at the top naming another kind of document: "TJÄNSTESKRIVELSE", "Protokoll 2021-03-04". */
function selfNamedKind(blocks: readonly Block[], otherKinds: readonly string[]): string | null {
  for (const block of blocks.slice(0, TOP_BLOCKS)) {
    if (block.text.length > 40) continue;
    const name = block.text.replace(/[\s\d:.\-–/()]+$/, '').trim();
    if (otherKinds.includes(name.toLowerCase())) return name;
  }
  return null;
}

/** A document type id, or what a Swede types for it: any case, with or without å/ä/ö, or an alias ("tu", "vp"). */
export function resolveTypeId(input: string, docTypes: readonly DocTypeSpec[]): string | null {
  const wanted = foldCase(input.trim());
  for (const docType of docTypes) {
    const names = [docType.id, docType.name, ...docType.aliases];
    if (names.some((name) => foldCase(name) === wanted)) return docType.id;
  }
  return null;
}

function describeEvidence(evidence: Evidence): string {
  const parts: string[] = [];
  if (evidence.headings.length > 0) {
    const shown = evidence.headings.slice(0, 3).join(', ') + (evidence.headings.length > 3 ? ' …' : '');
    parts.push(`${evidence.headings.length} ${evidence.headings.length === 1 ? 'typisk rubrik' : 'typiska rubriker'} (${shown})`);
  }
  if (evidence.questions > 0) parts.push(`${evidence.questions} ${evidence.questions === 1 ? 'numrerad fråga' : 'numrerade frågor'}`);
  if (evidence.title) parts.push(`titeln ”${evidence.title.length > 40 ? evidence.title.slice(0, 39).trimEnd() + '…' : evidence.title}”`);
  return parts.length > 0 ? joinSwedish(parts) : 'inga typiska rubriker';
}

/** "Tävlingsbidrag till Kvalitetsutmärkelsen" → "tävlingsbidrag till Kvalitetsutmärkelsen" (names stay capitalised). */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function weigh(docType: DocTypeSpec, candidates: readonly Block[]): Evidence {
  const index = docTypeIndex(docType);
  const signals = signalMatcher(docType);
  const seenSpecs = new Set<string>();
  const seenSignals = new Set<string>();
  const seenQuestions = new Set<number>();
  /** "7 Syfte och mål": a numbered agenda or chapter list looks the same, so these count only beside other evidence. */
  const bareQuestions = new Set<number>();
  const headings: string[] = [];
  let score = 0;
  for (const block of candidates) {
    const number = docType.questions ? questionNumber(block.text) : null;
    if (number !== null && number <= docType.questions!.count && !seenQuestions.has(number)) {
      seenQuestions.add(number);
      score += docType.detection.questionWeight;
      continue;
    }
    const bare = docType.questions ? bareQuestionNumber(block.text) : null;
    if (bare !== null && bare >= 1 && bare <= docType.questions!.count) {
      bareQuestions.add(bare);
      continue;
    }
    const styled = block.kind === 'heading';
    if (!styled && /[.!?,;]$/.test(block.text)) continue;
    const match = styled
      ? (index.anywhere.match(block.text) ?? index.childMatcher(null).match(block.text))
      : (index.anywhere.matchSpelledOut(block.text) ?? index.childMatcher(null).matchSpelledOut(block.text));
    for (const target of match?.targets ?? []) {
      if (seenSpecs.has(target.id)) continue;
      seenSpecs.add(target.id);
      headings.push(target.title);
      score += target.spec?.requirement === 'required' ? 2 : 1;
    }
    const signal = styled ? signals.match(block.text) : signals.matchSpelledOut(block.text);
    for (const target of signal?.targets ?? []) {
      if (seenSignals.has(target.id)) continue;
      seenSignals.add(target.id);
      score += docType.detection.signals.find((candidate) => candidate.heading === target.id)!.weight;
    }
  }
  const title = titleEvidence(docType, candidates);
  if (title) score += title.weight;
  if (score >= BARE_QUESTION_EVIDENCE) {
    for (const number of bareQuestions) {
      if (seenQuestions.has(number)) continue;
      seenQuestions.add(number);
      score += docType.detection.questionWeight;
    }
  }
  return { docType, score, headings, questions: seenQuestions.size, ...(title ? { title: title.text } : {}) };
}

/** The first title or letterhead line near the top that starts with one of the type's title words. */
function titleEvidence(docType: DocTypeSpec, candidates: readonly Block[]): { text: string; weight: number } | null {
  const titles = docType.detection.titles;
  if (titles.length === 0) return null;
  for (const block of candidates.slice(0, TOP_BLOCKS)) {
    if (block.text.length > 150 || /[.!?]$/.test(block.text)) continue;
    const folded = foldCase(block.text);
    for (const title of titles) {
      const word = foldCase(title.startsWith);
      if (folded.startsWith(word) && !/[\p{L}]/u.test(folded.charAt(word.length))) return { text: block.text, weight: title.weight };
    }
  }
  return null;
}
