/**
 * How Kvalitetsutmärkelsen entrants number the questions they answer: "7.", "7)", "7:",
 * "Fråga 7.", "Fråga 7 –" or just "Fråga 7".
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

/** Starts with a question number and has text after it. */
export function startsNumbered(text: string): boolean {
  const match = QUESTION_START.exec(text);
  return match !== null && match[0].length < text.length;
}
