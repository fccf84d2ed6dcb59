/**
 * The people analysis all three gender rules read, cached per block.
 */
import { analysePeopleInText, type PeopleFacts } from '../analysis/people/index';
import type { RuleContext } from './rule';

export function peopleFacts(context: RuleContext, blockIndex: number): PeopleFacts | null {
  if (context.blocks[blockIndex]!.kind === 'heading') return null;
  return context.facts(blockIndex).memo('people', (facts) => analysePeopleInText(facts.text, () => facts.sentences));
}
