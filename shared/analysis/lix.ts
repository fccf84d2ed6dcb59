/**
 * LIX (läsbarhetsindex, Björnsson): words per sentence plus the percentage of words
 * longer than six letters. Sentences are counted the classic way, by their ending
 * punctuation, skipping abbreviations ("t.ex.", "bl.a.") and ordinals ("1.").
 */
import { swedish } from '../data/index';
import type { Token } from '../text/tokens';

export interface LixStats {
  words: number;
  longWords: number;
  sentences: number;
}

export interface LixBand {
  id: 'mycket-latt' | 'latt' | 'medelsvar' | 'svar' | 'mycket-svar';
  /** Swedish name of the band. */
  name: string;
}

const ABBREVIATIONS = new Set(swedish.abbreviations.map((abbreviation) => abbreviation.toLowerCase()));
const ENDINGS = new Set(['.', '!', '?', ':']);

export function lixStats(tokens: readonly Token[]): LixStats {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  let openSentence = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'word') {
      words++;
      if (countLetters(token.text) > 6) longWords++;
      openSentence = true;
    } else if (token.kind === 'punct' && ENDINGS.has(token.text) && openSentence && endsSentence(tokens, index)) {
      sentences++;
      openSentence = false;
    }
  }
  if (openSentence) sentences++;
  return { words, longWords, sentences };
}

function countLetters(word: string): number {
  let letters = 0;
  for (const char of word) if (char !== '-' && char !== '/' && char !== "'" && char !== '’') letters++;
  return letters;
}

function endsSentence(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (next && next.start === token.end && next.kind !== 'punct') return false; // "t.ex", "1.4"
  if (token.text !== '.') return true;
  const previous = tokens[index - 1];
  if (!previous || previous.kind === 'number') return false;
  return !ABBREVIATIONS.has(attachedText(tokens, index).toLowerCase());
}

/** The characters glued to the period from the left: "t.ex" for "t.ex.". */
function attachedText(tokens: readonly Token[], periodIndex: number): string {
  let text = '';
  let at = periodIndex - 1;
  let end = tokens[periodIndex]!.start;
  while (at >= 0 && tokens[at]!.end === end) {
    text = tokens[at]!.text + text;
    end = tokens[at]!.start;
    at--;
  }
  return text;
}

export function addLix(a: LixStats, b: LixStats): LixStats {
  return { words: a.words + b.words, longWords: a.longWords + b.longWords, sentences: a.sentences + b.sentences };
}

export function lixValue(stats: LixStats): number {
  if (stats.words === 0) return 0;
  return stats.words / Math.max(1, stats.sentences) + (stats.longWords * 100) / stats.words;
}

/** The usual Swedish bands: under 30 very easy … 60 and over very hard. */
export function lixBand(lix: number): LixBand {
  if (lix < 30) return { id: 'mycket-latt', name: 'mycket lättläst' };
  if (lix < 40) return { id: 'latt', name: 'lättläst' };
  if (lix < 50) return { id: 'medelsvar', name: 'medelsvår' };
  if (lix < 60) return { id: 'svar', name: 'svår' };
  return { id: 'mycket-svar', name: 'mycket svår' };
}
