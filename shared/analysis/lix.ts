/**
 * LIX (läsbarhetsindex, Björnsson): words per sentence plus the percentage of words
 * longer than six letters. Sentences are counted the classic way, by their ending
 * punctuation, skipping abbreviations ("t.ex.", "bl.a.") and ordinals ("1."). One pass
 * over the characters, no regular expressions: it runs over every paragraph.
 */
import { swedish } from '../data/index';
import type { LixBandId } from '../data/schema';
import { isDigitCode as isDigit, isLetterCode as isLetter, isSpaceCode as isSpace } from '../text/chars';

export interface LixStats {
  words: number;
  longWords: number;
  sentences: number;
}

export interface LixBand {
  id: LixBandId;
  /** Swedish name of the band. */
  name: string;
}

/** The bands from shared/data/swedish.json, easiest first; the last has no limit. */
const BANDS = swedish.lix.bands;

const ABBREVIATIONS = new Set(swedish.abbreviations.map((abbreviation) => abbreviation.toLowerCase()));

/** One sentence as LIX counts it: block-relative offsets (first letter to its ending mark) and its words. */
export interface LixSentence {
  start: number;
  end: number;
  words: number;
  longWords: number;
}

export function lixStats(text: string): LixStats {
  const stats: LixStats = { words: 0, longWords: 0, sentences: 0 };
  scan(text, (_start, _end, words, longWords) => {
    stats.words += words;
    stats.longWords += longWords;
    stats.sentences++;
  });
  return stats;
}

/** The sentences lixStats counts, with where each stands: for pointing at the longest ones. */
export function lixSentences(text: string): LixSentence[] {
  const sentences: LixSentence[] = [];
  scan(text, (start, end, words, longWords) => sentences.push({ start, end, words, longWords }));
  return sentences;
}

/** One pass over the characters; `sentence` is called for every sentence with at least one word. */
function scan(text: string, sentence: (start: number, end: number, words: number, longWords: number) => void): void {
  let words = 0;
  let longWords = 0;
  let sentenceStart = -1;
  let wordEnd = 0;
  let letters = 0;
  let tokenStart = 0; // start of the current whitespace-delimited chunk
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    if (isLetter(code)) {
      if (sentenceStart < 0) sentenceStart = at;
      letters++;
      continue;
    }
    // A hyphen, apostrophe or abbreviation dot inside a word keeps it one word ("stöd-samtal", "FN's", "t.ex.").
    if ((code === 45 || code === 39 || code === 0x2019 || code === 46) && letters > 0 && isLetter(text.charCodeAt(at + 1))) continue;
    if (letters > 0) {
      words++;
      if (letters > 6) longWords++;
      letters = 0;
      wordEnd = at;
    }
    if ((code === 46 || code === 33 || code === 63 || code === 58) && words > 0 && endsSentence(text, at, tokenStart)) {
      sentence(sentenceStart, at + 1, words, longWords);
      words = 0;
      longWords = 0;
      sentenceStart = -1;
    }
    if (isSpace(code)) tokenStart = at + 1;
  }
  if (words > 0) sentence(sentenceStart, wordEnd, words, longWords);
}

/** A "." ends a sentence unless it ends an abbreviation or a number, or text follows directly. */
function endsSentence(text: string, at: number, chunkStart: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (at + 1 < text.length && !isSpace(next) && next !== 0x201d && next !== 34 && next !== 41) return false; // "t.ex", "1.4"
  if (text.charCodeAt(at) !== 46) return true;
  const previous = text.charCodeAt(at - 1);
  // "1." opening a list item is no sentence; "… öppnade 2021. Den …" is.
  if (isDigit(previous)) return chunkStart > 0 && startsWithCapital(text, at + 1);
  const chunk = text
    .slice(chunkStart, at)
    .replace(/^[("”„«]+/, '')
    .toLowerCase();
  return !ABBREVIATIONS.has(chunk);
}

function startsWithCapital(text: string, from: number): boolean {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const char = text.charAt(at);
  return char !== '' && char !== char.toLowerCase();
}

export function addLix(a: LixStats, b: LixStats): LixStats {
  return { words: a.words + b.words, longWords: a.longWords + b.longWords, sentences: a.sentences + b.sentences };
}

export function lixValue(stats: LixStats): number {
  if (stats.words === 0) return 0;
  return stats.words / Math.max(1, stats.sentences) + (stats.longWords * 100) / stats.words;
}

/** The usual Swedish bands (data): under 30 very easy … 60 and over very hard. */
export function lixBand(lix: number): LixBand {
  let band = BANDS[BANDS.length - 1]!;
  for (const each of BANDS) {
    if (each.below !== undefined && lix < each.below) {
      band = each;
      break;
    }
  }
  return { id: band.id, name: band.name };
}

/** The least LIX of a band ("mycket svår": 60), from the data. */
export function lixBandStart(id: LixBandId): number {
  const index = BANDS.findIndex((band) => band.id === id);
  return index <= 0 ? 0 : BANDS[index - 1]!.below!;
}
