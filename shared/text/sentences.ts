/**
 * Sentence boundaries with compromise, taught Swedish abbreviations ("t.ex.", "bl.a.",
 * "dvs.", "ca", "kl.") so they do not end sentences. compromise costs about half a
 * second over a whole 139 KB document, so callers split one block at a time, and only
 * the blocks that need it.
 */
import nlp from 'compromise/one';
import { swedish } from '../data/index';

const abbreviations: Record<string, true> = {};
for (const abbreviation of swedish.abbreviations) abbreviations[abbreviation.toLowerCase()] = true;
nlp.plugin({ model: { one: { abbreviations } } });

export interface Span {
  start: number;
  end: number;
}

interface CompromiseSentence {
  offset?: { start: number; length: number };
}

export function splitSentences(text: string): Span[] {
  if (text.trim() === '') return [];
  // terms: false skips per-word output we do not use (the typings do not list it).
  const options = { offset: true, terms: false } as unknown as { offset: boolean };
  const sentences = nlp(text).json(options) as CompromiseSentence[];
  const spans: Span[] = [];
  for (const sentence of sentences) {
    if (!sentence.offset) continue;
    spans.push({ start: sentence.offset.start, end: sentence.offset.start + sentence.offset.length });
  }
  return spans.length > 0 ? spans : [{ start: 0, end: text.length }];
}
