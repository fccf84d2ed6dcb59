/**
 * goal-inconsistent: the same Nämndmål or Enhetsmål written differently in two places
 * of one document (typically copied from last year's plan and edited in one place only).
 */
import { sameWording } from '../analysis/goals';
import { foldedWords, wordSimilarity } from '../text/fuzzy';
import { defineRule, quote, type Finding } from './rule';

type MessageId = 'inconsistent';
type FixId = 'useEarlierWording' | 'useThisWordingThere';
import { goalStatements, type Statement } from './goal-statements';

/** Closer than this, two goal texts are one goal written two ways. */
const SAME_GOAL_TEXT = 0.75;

export const goalInconsistent = defineRule<MessageId, FixId>({
  id: 'goal-inconsistent',
  meta: {
    title: 'Samma mål, samma lydelse',
    family: 'mal',
    description: 'Hittar Nämndmål och Enhetsmål som står på flera ställen i dokumentet men med olika formuleringar.',
    defaultSeverity: 'warning',
    needsType: true,
    messages: {
      inconsistent: 'Målet är formulerat annorlunda än tidigare ({other}). Använd samma lydelse överallt.',
    },
    // Which of the two wordings is the right one is the writer's call.
    fixes: {
      useEarlierWording: { title: 'Använd samma lydelse som första gången', safe: false },
      useThisWordingThere: { title: 'Använd den här lydelsen även första gången', safe: false },
    },
    exampleType: 'verksamhetsplan',
    examples: {
      valid: [
        {
          text: [
            '### Nämndmål:',
            'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö',
            '### Nämndmål:',
            'Stadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi',
          ].join('\n'),
        },
      ],
      invalid: [
        {
          text: [
            '### Nämndmål:',
            'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö',
            '### Nämndmål:',
            'Stadsdelsnämnden är en attraktiv arbetsgivare som erbjuder en god arbetsmiljö',
          ].join('\n'),
          expect: [{ messageId: 'inconsistent', data: { level: 'Nämndmål', other: '”Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö”' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId, FixId>[] = [];
    const seen: Array<{ statement: Statement; words: string[] }> = [];
    for (const statement of goalStatements(context)) {
      if (!statement.section.spec?.goal?.consistent || statement.quote.text === '') continue;
      const words = foldedWords(statement.quote.text);
      const earlier = closestEarlier(seen, statement, words);
      if (earlier) {
        const { quote: current } = statement;
        findings.push({
          block: statement.block,
          start: current.textStart,
          end: current.textEnd,
          messageId: 'inconsistent',
          data: { level: statement.section.spec!.title, other: quote(earlier.quote.text, 120), otherText: earlier.quote.text },
          fixes: [
            { fixId: 'useEarlierWording', start: current.textStart, end: current.textEnd, text: earlier.quote.text },
            { fixId: 'useThisWordingThere', block: earlier.block, start: earlier.quote.textStart, end: earlier.quote.textEnd, text: current.text },
          ],
          related: [{ block: earlier.block, start: earlier.quote.textStart, end: earlier.quote.textEnd }],
        });
      }
      seen.push({ statement, words });
    }
    return findings;
  },
});

function closestEarlier(seen: ReadonlyArray<{ statement: Statement; words: string[] }>, statement: Statement, words: string[]): Statement | null {
  let best: Statement | null = null;
  let bestSimilarity = SAME_GOAL_TEXT;
  for (const candidate of seen) {
    if (candidate.statement.level !== statement.level) continue;
    if (sameWording(candidate.statement.quote.text, statement.quote.text)) return null;
    // Goals that end differently are different goals ("… en meningsfull fritid" / "… en trygg skolgång").
    if (candidate.words[candidate.words.length - 1] !== words[words.length - 1]) continue;
    const similarity = wordSimilarity(candidate.words, words);
    if (similarity >= bestSimilarity && !differsOnlyInNames(candidate.statement.quote.text, statement.quote.text)) {
      best = candidate.statement;
      bestSimilarity = similarity;
    }
  }
  return best;
}

/** "Fältgruppen arbetar för …" and "Familjestödet arbetar för …": the same wording for two units is two goals. */
function differsOnlyInNames(first: string, second: string): boolean {
  const firstWords = wordsOf(first);
  const secondWords = wordsOf(second);
  const changed = [...firstWords.filter((word) => !secondWords.includes(word)), ...secondWords.filter((word) => !firstWords.includes(word))];
  return changed.length > 0 && changed.every((word) => /^\p{Lu}/u.test(word));
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\d]+(?:[-:][\p{L}\d]+)*/gu) ?? [];
}
