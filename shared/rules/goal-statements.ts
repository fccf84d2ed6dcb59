/**
 * Goal statements (the text under "KF:s mål för verksamhetsområdet:", "Nämndmål:" …)
 * and which catalog goal each one stands for. Shared by goal-wording, goal-number and
 * goal-inconsistent; cached per block (catalogs are fixed for a session).
 */
import { statementQuote, findQuotes, type CatalogGoal, type GoalMatch, type GoalQuote } from '../analysis/goals';
import type { Section } from '../document/outline';
import type { RuleContext } from './rule';

/** A text this close to a catalog goal is that goal, whatever number it was given. */
export const SAME_GOAL = 0.8;
/** A text this close to a catalog goal is a (changed) quote of it. */
export const QUOTED_GOAL = 0.6;
/** Free-text quotes must be closer, since they stand amid other words. */
export const QUOTED_IN_TEXT = 0.75;

export interface Statement {
  section: Section;
  block: number;
  level: string;
  quote: GoalQuote;
  /** The catalog goal with the number written, if any. */
  numbered?: CatalogGoal;
  match?: GoalMatch;
  /** The catalog goal the statement stands for. */
  target?: CatalogGoal;
}

export function goalStatements(context: RuleContext): Statement[] {
  const statements: Statement[] = [];
  for (const section of context.outline.sections) {
    const level = section.spec?.goal?.level;
    if (!level) continue;
    const block = statementBlock(context, section);
    if (block === undefined) continue;
    const resolved = context.facts(block).memo(`goal-statement:${level}`, (facts) => resolveStatement(context, facts.text, level));
    statements.push({ section, block, level, ...resolved });
  }
  return statements;
}

/** The first paragraph directly under a goal heading. */
export function statementBlock(context: RuleContext, section: Section): number | undefined {
  const first = section.body[0];
  if (first === undefined) return undefined;
  const block = context.blocks[first]!;
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return undefined;
  const firstChild = section.children[0];
  if (firstChild && firstChild.heading < first) return undefined;
  return first;
}

function resolveStatement(context: RuleContext, text: string, level: string): Omit<Statement, 'section' | 'block' | 'level'> {
  const quote = statementQuote(text);
  if (!context.goals.hasLevel(level)) return { quote };
  const numbered = quote.number ? context.goals.byNumber(quote.number, [level]) : undefined;
  const match = context.goals.bestMatch(quote, [level], false) ?? undefined;
  let target: CatalogGoal | undefined;
  if (match && (match.exact || match.similarity >= SAME_GOAL)) target = match.goal;
  else if (numbered) target = numbered;
  else if (match && match.similarity >= QUOTED_GOAL) target = match.goal;
  return { quote, numbered, match, target };
}

export interface TextQuote {
  block: number;
  quote: GoalQuote;
  match: GoalMatch;
}

/** Catalog goals quoted in running text ("KF:s mål 2.5 Stockholm är …", ”…”). */
export function quotesInText(context: RuleContext, statementBlocks: ReadonlySet<number>): TextQuote[] {
  const found: TextQuote[] = [];
  context.blocks.forEach((block, index) => {
    if (block.kind === 'heading' || block.kind === 'tableRow' || statementBlocks.has(index)) return;
    const quotes = context.facts(index).memo('goal-quotes', (facts) =>
      findQuotes(facts.text).flatMap((quote) => {
        const match = context.goals.bestMatch(quote, undefined, !quote.bounded, QUOTED_IN_TEXT);
        return match && match.similarity >= QUOTED_IN_TEXT ? [{ quote, match }] : [];
      }),
    );
    for (const { quote, match } of quotes) found.push({ block: index, quote, match });
  });
  return found;
}
