/**
 * The people analysis all three gender rules read, cached per block.
 */
import { analysePeople, type PeopleFacts } from '../analysis/people';
import type { RuleContext } from './rule';

export function peopleFacts(context: RuleContext, blockIndex: number): PeopleFacts | null {
  if (context.blocks[blockIndex]!.kind === 'heading') return null;
  return context.facts(blockIndex).memo('people', (facts) => analysePeople(facts.tokens, () => facts.sentences));
}
