/**
 * What rules learn from one block's text, computed once and reused: a re-check after an
 * edit recomputes only the edited block. Everything cached here must depend on the block
 * text (and kind) alone, never on the document around it.
 */
import type { Block } from '../document/model';
import { splitSentences, type Span } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';

export class BlockFacts {
  private cachedTokens: Token[] | undefined;
  private cachedSentences: Span[] | undefined;
  private readonly memos = new Map<string, unknown>();

  constructor(readonly text: string) {}

  get tokens(): Token[] {
    return (this.cachedTokens ??= tokenize(this.text));
  }

  /** Sentence spans (compromise); only rules that need them ask, so most blocks never pay. */
  get sentences(): Span[] {
    return (this.cachedSentences ??= splitSentences(this.text));
  }

  /** The sentence containing an offset. */
  sentenceAt(offset: number): Span {
    for (const sentence of this.sentences) if (offset >= sentence.start && offset < sentence.end) return sentence;
    return { start: 0, end: this.text.length };
  }

  /** Caches a rule's own per-block analysis under a key (use the rule id). */
  memo<T>(key: string, compute: (facts: BlockFacts) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }
}

/** Facts keyed by block kind and text, shared by every check of one session. */
export class FactsCache {
  private readonly byKey = new Map<string, BlockFacts>();

  get(block: Block): BlockFacts {
    const key = block.kind + '\u0000' + block.text;
    let facts = this.byKey.get(key);
    if (!facts) {
      facts = new BlockFacts(block.text);
      this.byKey.set(key, facts);
    }
    return facts;
  }

  /** Drops facts of texts no longer in the document, so a long editing session does not grow. */
  retain(blocks: readonly Block[]): void {
    if (this.byKey.size <= blocks.length * 2) return;
    const live = new Set(blocks.map((block) => block.kind + '\u0000' + block.text));
    for (const key of this.byKey.keys()) if (!live.has(key)) this.byKey.delete(key);
  }

  get size(): number {
    return this.byKey.size;
  }
}
