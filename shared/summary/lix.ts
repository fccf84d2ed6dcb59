/**
 * LIX for the summary: per section and for the whole document, counted on the same prose
 * as the readability rule (shared/analysis/prose.ts): each section's own running text, so
 * no text is counted twice, without tables, lists, statute lines, glossary entries and
 * quoted catalog goals.
 */
import { GoalIndex } from '../analysis/goals';
import { addLix, lixBand, lixValue, type LixStats } from '../analysis/lix';
import { sectionProse, type ProseSource } from '../analysis/prose';
import { builtInCatalogs, type GoalCatalog } from '../data/index';
import type { Block } from '../document/model';
import type { Section } from '../document/outline';
import type { CheckResult } from '../engine';
import { HARD_LIX } from '../rules/readability';
import type { LixSummary } from './types';

export interface DocumentLix {
  /** Sections with enough prose for a value. */
  sections: Map<Section, LixSummary>;
  /** All of it; absent when too short for a value. */
  whole?: LixSummary;
}

let builtInIndex: GoalIndex | undefined;

/**
 * Per-block prose found before, by goal index and block: a front end summarizes after every
 * re-check, and most blocks are the same objects with the same text as last time.
 */
const memos = new WeakMap<GoalIndex, WeakMap<Block, { text: string; values: Map<string, unknown> }>>();

function memoFor(goals: GoalIndex, blocks: readonly Block[]): NonNullable<ProseSource['memo']> {
  let byBlock = memos.get(goals);
  if (!byBlock) memos.set(goals, (byBlock = new WeakMap()));
  const cache = byBlock;
  return <T>(index: number, key: string, compute: () => T): T => {
    const block = blocks[index]!;
    let entry = cache.get(block);
    if (!entry || entry.text !== block.text) cache.set(block, (entry = { text: block.text, values: new Map() }));
    if (entry.values.has(key)) return entry.values.get(key) as T;
    const value = compute();
    entry.values.set(key, value);
    return value;
  };
}

/** The goals whose quotes are not counted: the built-in catalogs and those given. */
function goalIndex(catalogs: readonly GoalCatalog[] | undefined): GoalIndex {
  if (!catalogs || catalogs.length === 0) return (builtInIndex ??= new GoalIndex(builtInCatalogs));
  return new GoalIndex([...builtInCatalogs, ...catalogs]);
}

export function documentLix(result: Pick<CheckResult, 'blocks' | 'outline'>, minWords: number, catalogs?: readonly GoalCatalog[]): DocumentLix {
  const sections = new Map<Section, LixSummary>();
  let all: LixStats = { words: 0, longWords: 0, sentences: 0 };
  const goals = goalIndex(catalogs);
  for (const { section, stats } of sectionProse({ blocks: result.blocks, outline: result.outline, goals, memo: memoFor(goals, result.blocks) })) {
    all = addLix(all, stats);
    if (stats.words > 0 && stats.words >= minWords) sections.set(section, lixSummary(stats));
  }
  return all.words > 0 && all.words >= minWords ? { sections, whole: lixSummary(all) } : { sections };
}

function lixSummary(stats: LixStats): LixSummary {
  const value = Math.round(lixValue(stats));
  const band = lixBand(value);
  return { value, band: band.name, bandId: band.id, words: stats.words, hard: value >= HARD_LIX };
}
