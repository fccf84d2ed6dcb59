/**
 * What rules learn from one block's text, computed once and reused: a re-check after an
 * edit recomputes only the edited block. Everything cached here must depend on the block
 * text alone (and on what is fixed for a session, such as the goal catalogs), never on
 * the document around it.
 */
import type { Block } from '../document/model';
import { splitSentences, type Span } from '../text/sentences';

export class BlockFacts {
  private cachedSentences: Span[] | undefined;
  private readonly memos = new Map<string, unknown>();

  constructor(readonly text: string) {}

  /** Sentence spans (compromise); only asked for when a boundary decides a result, so most blocks never pay. */
  get sentences(): Span[] {
    return (this.cachedSentences ??= splitSentences(this.text));
  }

  /** Caches a rule's own per-block analysis under a key (use the rule id). */
  memo<T>(key: string, compute: (facts: BlockFacts) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }
}

/**
 * Facts shared by every check of one session, found by block identity. An edited block
 * gets new text, and with it new facts.
 */
export class FactsCache {
  private readonly byBlock = new WeakMap<Block, BlockFacts>();

  /** Lets a new block object (same text) use the facts already computed for an old one. */
  adopt(block: Block, from: Block): void {
    const facts = this.byBlock.get(from);
    if (facts && facts.text === block.text) this.byBlock.set(block, facts);
  }

  get(block: Block): BlockFacts {
    let facts = this.byBlock.get(block);
    if (!facts || facts.text !== block.text) {
      facts = new BlockFacts(block.text);
      this.byBlock.set(block, facts);
    }
    return facts;
  }
}
