/**
 * goal-inconsistent: the same Nämndmål or Enhetsmål written differently in two places
 * of one document (typically copied from last year's plan and edited in one place only).
 * The message names where the other wording stands. Which wording is right is the
 * writer's call, so both are offered as suggestions; when one of them is a loaded
 * catalog's goal word for word, that one is right, and goal-wording already puts it in
 * the other place (a safe fix), so this rule says nothing more.
 */
import { sameWording } from '../analysis/goals';
import { foldedWords, wordSimilarity } from '../text/fuzzy';
import { goalStatements, type Statement } from './goal-statements';
import { defineRule, quote, type Finding, type FindingFix } from './rule';

type MessageId = 'inconsistent';
type FixId = 'useEarlierWording' | 'useThisWordingThere';

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
      // {relatedPlace} is where the other wording stands ("rad 12", "stycke 12"), from the finding's related range.
      inconsistent: 'Målet är formulerat annorlunda än i ”{otherSection}” ovan ({relatedPlace}): {other}. Använd samma lydelse på båda ställena.',
    },
    // Which of the two wordings is the right one is the writer's call: suggestions only.
    fixes: {
      useEarlierWording: { title: 'Använd lydelsen ovan ({relatedPlace}) här', safe: false },
      useThisWordingThere: { title: 'Använd den här lydelsen även ovan ({relatedPlace})', safe: false },
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
          expect: [
            {
              messageId: 'inconsistent',
              data: {
                level: 'Nämndmål',
                otherSection: 'Nämndmål',
                relatedPlace: 'rad 2',
                other: '”Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö”',
              },
            },
          ],
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
      if (earlier && !catalogDecides(earlier, statement)) {
        const { quote: current } = statement;
        findings.push({
          block: statement.block,
          start: current.textStart,
          end: current.textEnd,
          messageId: 'inconsistent',
          data: {
            level: statement.section.spec!.title,
            otherSection: earlier.section.title,
            other: quote(earlier.quote.text, 120),
            otherText: earlier.quote.text,
          },
          fixes: suggestions(statement, earlier),
          related: [{ block: earlier.block, start: earlier.quote.textStart, end: earlier.quote.textEnd }],
        });
      }
      seen.push({ statement, words });
    }
    return findings;
  },
});

/** Either wording in the other's place; never a fix that writes over a catalog's exact wording. */
function suggestions(statement: Statement, earlier: Statement): Array<FindingFix<FixId>> {
  const fixes: Array<FindingFix<FixId>> = [];
  const { quote: current } = statement;
  if (!isCatalogWording(statement)) fixes.push({ fixId: 'useEarlierWording', start: current.textStart, end: current.textEnd, text: earlier.quote.text });
  if (!isCatalogWording(earlier)) {
    fixes.push({ fixId: 'useThisWordingThere', block: earlier.block, start: earlier.quote.textStart, end: earlier.quote.textEnd, text: current.text });
  }
  return fixes;
}

/**
 * One wording is a loaded catalog's goal word for word and the other stands for a catalog
 * goal too: goal-wording reports the other one with the catalog's text as a safe fix.
 */
function catalogDecides(earlier: Statement, later: Statement): boolean {
  return (isCatalogWording(earlier) && later.target !== undefined) || (isCatalogWording(later) && earlier.target !== undefined);
}

function isCatalogWording(statement: Statement): boolean {
  return statement.match?.exact === true;
}

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
