/**
 * The verdict a manager reads first: errors block sending, warnings ask for a look,
 * info (LIX, non-canonical headings) never blocks.
 */
import { countPhrase, fillTemplate, uiWords, type SeverityCounts } from '../data/ui';
import type { Readiness } from './types';

export function readiness(counts: Pick<SeverityCounts, 'error' | 'warning'>): Readiness {
  const words = uiWords.readiness;
  const errors = countPhrase('error', counts.error);
  const warnings = countPhrase('warning', counts.warning);
  if (counts.error > 0) {
    const template = counts.warning > 0 ? words['not-ready'].sentenceWithWarnings : words['not-ready'].sentence;
    return { verdict: 'not-ready', title: words['not-ready'].title, sentence: fillTemplate(template, { errors, warnings }) };
  }
  if (counts.warning > 0) {
    return { verdict: 'almost-ready', title: words['almost-ready'].title, sentence: fillTemplate(words['almost-ready'].sentence, { warnings }) };
  }
  return { verdict: 'ready', title: words.ready.title, sentence: words.ready.sentence };
}
