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
  /** The check that last used these facts, for forgetting the texts a document no longer has. */
  lastUsed = 0;

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
 * Facts shared by every check of one session, found by block text: a block re-read after
 * an edit (a new object with the same text) finds its facts again, wherever it now stands.
 */
export class FactsCache {
  private readonly byText = new Map<string, BlockFacts>();
  private generation = 0;

  /** The facts last given for a block object: a block an edit left alone is found without hashing its text. */
  private readonly byBlock = new WeakMap<Block, BlockFacts>();

  get(block: Block): BlockFacts {
    let facts = this.byBlock.get(block);
    if (!facts || facts.text !== block.text) {
      facts = this.byText.get(block.text);
      if (!facts) {
        facts = new BlockFacts(block.text);
        this.byText.set(block.text, facts);
      }
      this.byBlock.set(block, facts);
    }
    facts.lastUsed = this.generation;
    return facts;
  }

  /**
   * Called after each check: texts no check has used for a while are dropped, so a
   * session that is edited for hours holds the facts of its current text, not its history.
   */
  endCheck(blockCount: number): void {
    this.generation++;
    if (this.byText.size <= 2 * blockCount + 64) return;
    for (const [text, facts] of this.byText) if (facts.lastUsed < this.generation - 2) this.byText.delete(text);
  }
}
