/**
 * goal-wording: a catalog goal quoted with changed, added or dropped words. The message
 * shows the catalog text and the fix puts it in.
 */
import { sameWording, wordDiff, type CatalogGoal } from '../analysis/goals';
import { defineRule, type Finding } from './rule';

type MessageId = 'wording';
type FixId = 'useCatalogWording';
import { goalStatements, quotesInText } from './goal-statements';

export const goalWording = defineRule<MessageId, FixId>({
  id: 'goal-wording',
  meta: {
    title: 'Målen citeras ordagrant',
    family: 'mal',
    description:
      'Jämför mål som citeras – under målrubrikerna i verksamhetsplanen, efter ett målnummer eller inom citattecken – med målkatalogen (KF:s mål 2020–2022 och kataloger som läses in med --catalog) och visar katalogens exakta lydelse.',
    defaultSeverity: 'error',
    needsType: false,
    messages: {
      wording: '{label} ska citeras ordagrant: ”{expected}” ({changes}).',
    },
    fixes: { useCatalogWording: { title: 'Använd lydelsen i {source}', safe: true } },
    exampleType: 'verksamhetsplan',
    examples: {
      valid: [
        {
          text: '## KF:s inriktningsmål:\n2. En hållbart växande och dynamisk storstad med hög tillväxt\n### KF:s mål för verksamhetsområdet:\n2.5. Stockholm är en hållbar stad med en god livsmiljö',
        },
        { type: 'tjansteutlatande', text: '## Ärendet\nArbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med en god livsmiljö.' },
      ],
      invalid: [
        {
          text: '## KF:s inriktningsmål:\n2. En hållbart växande och dynamisk storstad med hög tillväxt\n### KF:s mål för verksamhetsområdet:\n2.5 Stockholm är en hållbar stad med god livsmiljö',
          expect: [{ messageId: 'wording', data: { number: '2.5', expected: 'Stockholm är en hållbar stad med en god livsmiljö', changes: 'saknas: ”en”' } }],
        },
        {
          type: 'tjansteutlatande',
          text: '## Ärendet\nArbetet bidrar till KF:s mål 1.2 Stockholm är en trygg och välskött stad att bo och vistas i.',
          expect: [{ messageId: 'wording', data: { number: '1.2', changes: 'saknas: ”säker”' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId, FixId>[] = [];
    const statements = goalStatements(context);
    for (const statement of statements) {
      const { target, quote } = statement;
      if (!target || sameWording(quote.text, target.text)) continue;
      findings.push(wordingFinding(statement.block, quote.textStart, quote.textEnd, quote.text, target));
    }
    for (const { block, quote, match } of quotesInText(context, new Set(statements.map((statement) => statement.block)))) {
      if (match.exact) continue;
      const quoted = quote.text.slice(0, match.textEnd - quote.textStart);
      findings.push(wordingFinding(block, quote.textStart, match.textEnd, quoted, match.goal));
    }
    return findings;
  },
});

function wordingFinding(block: number, start: number, end: number, found: string, goal: CatalogGoal): Finding<MessageId, FixId> {
  const { text: expected, number } = goal;
  return {
    block,
    start,
    end,
    messageId: 'wording',
    data: { label: number ? `Mål ${number}` : 'Målet', number: number ?? '', expected, found, changes: describeChanges(found, expected) },
    fixes: [{ fixId: 'useCatalogWording', data: { source: catalogSource(goal.catalog) }, start, end, text: expected }],
  };
}

/** "KF:s budget 2020–2022": the catalog's source with its period (from the data), else its name. */
export function catalogSource(catalog: CatalogGoal['catalog']): string {
  if (!catalog.source) return catalog.name;
  const { period } = catalog;
  if (!period) return catalog.source;
  return `${catalog.source} ${period.from === period.to ? period.from : `${period.from}–${period.to}`}`;
}

function describeChanges(found: string, expected: string): string {
  const diff = wordDiff(found, expected);
  const bare = (word: string) => word.replace(/[,.;:!?]+$/, '');
  // A word both dropped and added stands elsewhere in the sentence: say so, once.
  const addedBare = diff.added.map(bare);
  const moved = diff.dropped.map(bare).filter((word) => addedBare.includes(word));
  const dropped = diff.dropped.filter((word) => !moved.includes(bare(word)));
  const added = diff.added.filter((word) => !moved.includes(bare(word)));
  const list = (words: string[]) => [...new Set(words)].map((word) => `”${word}”`).join(', ');
  const parts: string[] = [];
  if (dropped.length > 0) parts.push(`saknas: ${list(dropped)}`);
  if (added.length > 0) parts.push(`tillagt: ${list(added)}`);
  if (moved.length > 0) parts.push(`flyttat: ${list(moved)}`);
  return parts.length > 0 ? parts.join('; ') : 'annan stavning eller skiljetecken';
}
