/**
 * Which section a diagnostic belongs to, from its offset.
 */
import type { Diagnostic } from '../diagnostic';
import type { Section } from '../document/outline';
import type { CheckResult } from '../engine';

/**
 * Display names repeat ("Enhetsmål" under every goal), so the diagnostic's offset decides
 * (its block's section), checked against the `section` name the engine wrote; the name
 * decides only when the two disagree (a finding anchored at the start of the document
 * for a section it is about). Null: outside every section.
 */
export function sectionLocator(
  result: Pick<CheckResult, 'blocks' | 'outline'>,
  names: ReadonlyMap<Section, string>,
): (diagnostic: Diagnostic) => Section | null {
  const blockAt = blockFinder(result.blocks);
  const { outline } = result;
  return (diagnostic) => {
    const blockIndex = blockAt(diagnostic.start);
    const byOffset = blockIndex >= 0 ? outline.sectionOfBlock[blockIndex] : undefined;
    const section = byOffset && byOffset.kind !== 'root' ? byOffset : null;
    const name = diagnostic.section;
    if (name === undefined) return section;
    if (section && names.get(section) === name) return section;
    const named = outline.sections.filter((candidate) => names.get(candidate) === name);
    return named.find((candidate) => blockIndex >= candidate.heading && blockIndex <= candidate.lastBlock) ?? named[0] ?? section;
  };
}

/** The index of the last block starting at or before an offset (-1 before the first); blocks need not be sorted. */
function blockFinder(blocks: CheckResult['blocks']): (offset: number) => number {
  const order = blocks.map((_, index) => index).sort((a, b) => blocks[a]!.start - blocks[b]!.start || a - b);
  return (offset) => {
    let low = 0;
    let high = order.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const blockIndex = order[middle]!;
      if (blocks[blockIndex]!.start <= offset) {
        found = blockIndex;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
}
