/**
 * How Kvalitetsutmärkelsen entrants number the questions they answer: "7.", "7)", "7:",
 * "Fråga 7.", "Fråga 7 –" or just "Fråga 7"; and, in an entry, a short title line after a
 * bare number ("7 Syfte och mål").
 */
import { swedish } from '../data/index';
import { alternatives } from '../text/patterns';

const QUESTION_WORDS = alternatives(swedish.labels.questionWords.flatMap((word) => [word, word.toUpperCase()]));

/** A line that starts with a question number ("fråga 1)" in lower case continues a sentence). */
export const QUESTION_START = new RegExp(String.raw`^(?:(?:${QUESTION_WORDS})\s*(\d{1,2})(?!\d)\s*[.):–-]?|(\d{1,2})\s*[.):](?!\d))\s*`);

/** Starts with "Fråga" (any case): a question line, numbered or not. */
export const QUESTION_WORD_START = new RegExp(`^(?:${alternatives(swedish.labels.questionWords)})`, 'i');

/** The question number a heading starts with, or null. */
export function questionNumber(text: string): number | null {
  const match = QUESTION_START.exec(text);
  if (!match) return null;
  return Number(match[1] ?? match[2]);
}

/** "7 Syfte och mål": a bare number and a short title, no sentence. Only an entry's outline reads it as a question. */
const BARE_QUESTION = /^(\d{1,2})\s+\p{Lu}[^.!?:;]{2,90}\??$/u;

export function bareQuestionNumber(text: string): number | null {
  const match = BARE_QUESTION.exec(text);
  return match ? Number(match[1]) : null;
}

/** Starts with a question number and has text after it. */
export function startsNumbered(text: string): boolean {
  const match = QUESTION_START.exec(text);
  return match !== null && match[0].length < text.length;
}
