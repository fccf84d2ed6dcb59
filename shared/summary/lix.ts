/**
 * LIX for the summary: per section from the readability rule's data (the rule decides
 * which sections get a value), for the whole document from the same text it reads.
 */
import { addLix, lixBand, lixStats, lixValue, type LixBand, type LixStats } from '../analysis/lix';
import type { Diagnostic } from '../diagnostic';
import type { CheckResult } from '../engine';
import { HARD_LIX } from '../rules/readability';
import type { LixSummary } from './types';

const BAND_IDS: ReadonlySet<string> = new Set<LixBand['id']>(['mycket-latt', 'latt', 'medelsvar', 'svar', 'mycket-svar']);

/** A readability diagnostic's data as a LixSummary; undefined when it carries no LIX. */
export function lixFromData(data: Diagnostic['data']): LixSummary | undefined {
  const value = data?.['lix'];
  const words = data?.['words'];
  if (typeof value !== 'number' || typeof words !== 'number') return undefined;
  const band = data?.['band'];
  const bandId = data?.['bandId'];
  const fallback = lixBand(value);
  return {
    value,
    band: typeof band === 'string' ? band : fallback.name,
    bandId: typeof bandId === 'string' && BAND_IDS.has(bandId) ? (bandId as LixBand['id']) : fallback.id,
    words,
    hard: value >= HARD_LIX,
  };
}

/**
 * LIX of the text under every heading (table rows left out), as the readability rule
 * counts it; undefined below `minWords`, where LIX says little.
 */
export function documentLix(result: Pick<CheckResult, 'blocks' | 'outline'>, minWords: number): LixSummary | undefined {
  let stats: LixStats = { words: 0, longWords: 0, sentences: 0 };
  for (const section of result.outline.sections) {
    for (const index of section.body) {
      const block = result.blocks[index];
      if (block && block.kind !== 'tableRow') stats = addLix(stats, lixStats(block.text));
    }
  }
  if (stats.words === 0 || stats.words < minWords) return undefined;
  const value = Math.round(lixValue(stats));
  const band = lixBand(value);
  return { value, band: band.name, bandId: band.id, words: stats.words, hard: value >= HARD_LIX };
}
