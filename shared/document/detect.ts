/**
 * `--type auto`: which document type a draft is, and why, from the headings it uses.
 */
import type { DocTypeSpec } from '../data/index';
import { joinSwedish } from '../text/numbers';
import { HeadingMatcher } from './headings';
import type { Block } from './model';
import { docTypeIndex, questionNumber } from './outline';

export interface Detection {
  docType: DocTypeSpec;
  /** Swedish, for the report: "tjänsteutlåtande: 7 typiska rubriker (Förslag till beslut, …)". */
  reason: string;
  scores: Array<{ id: string; score: number }>;
}

interface Evidence {
  docType: DocTypeSpec;
  score: number;
  headings: string[];
  questions: number;
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

export function detectDocType(blocks: readonly Block[], docTypes: readonly DocTypeSpec[]): Detection {
  // Headings, heading-like lines, and short paragraphs (headings typed without a heading style).
  const candidates = blocks.filter((block) => block.kind === 'heading' || block.headingLike || (block.kind === 'paragraph' && block.text.length <= 100));
  const evidence = docTypes.map((docType) => weigh(docType, candidates));
  const best = evidence.reduce((winner, next) => (next.score > winner.score ? next : winner));
  const scores = evidence.map((item) => ({ id: item.docType.id, score: item.score }));
  if (best.score === 0) {
    return { docType: best.docType, reason: `inga typiska rubriker hittades; kontrolleras som ${lowerFirst(best.docType.name)}`, scores };
  }
  const parts: string[] = [];
  if (best.headings.length > 0) {
    const shown = best.headings.slice(0, 3).join(', ') + (best.headings.length > 3 ? ' …' : '');
    parts.push(`${best.headings.length} typiska rubriker (${shown})`);
  }
  if (best.questions > 0) parts.push(`${best.questions} numrerade frågor`);
  return { docType: best.docType, reason: `${lowerFirst(best.docType.name)}: ${joinSwedish(parts)}`, scores };
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
  const headings: string[] = [];
  let score = 0;
  for (const block of candidates) {
    const number = docType.questions ? questionNumber(block.text) : null;
    if (number !== null && number <= docType.questions!.count && !seenQuestions.has(number)) {
      seenQuestions.add(number);
      score += docType.detection.questionWeight;
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
  return { docType, score, headings, questions: seenQuestions.size };
}
