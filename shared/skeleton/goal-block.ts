/**
 * One goal block for a chosen KF goal, as it stands in a verksamhetsplan: the goals above
 * it verbatim with their numbers, its Indikator table, Nämndmål and Enhetsmål with their
 * parts as placeholders, and the Aktivitet table. Levels are the plan's own, so the block
 * can be pasted into one.
 */
import { builtInDocTypes, type DocTypeSpec, type GoalCatalog, type SectionSpec } from '../data/index';
import { topLevel } from './document';
import { allCatalogs, goalChain, goalSpecPaths, GoalChoiceError, selectableLevels } from './goals';
import { goalTree, SectionWriter } from './sections';
import type { Skeleton } from './types';

export interface GoalBlockOptions {
  /** Default: the first built-in type with goal blocks (verksamhetsplan). */
  docType?: DocTypeSpec;
  /** Catalogs in addition to the built-in KF goals. */
  catalogs?: readonly GoalCatalog[];
}

/** Throws GoalChoiceError for an unknown goal number or one that cannot be chosen alone ("2"). */
export function goalBlockSkeleton(goalNumber: string, options: GoalBlockOptions = {}): Skeleton {
  const docType = options.docType ?? builtInDocTypes.find((candidate) => selectableLevels(candidate).size > 0);
  if (!docType) throw new GoalChoiceError('Ingen dokumenttyp har målblock.', 'noGoalBlocks', goalNumber, []);
  const chain = goalChain(goalNumber, docType, allCatalogs(options.catalogs));
  // The block starts at the topmost goal section (KF:s inriktningsmål) on the chosen goal's path.
  const path = goalSpecPaths(docType).find((candidate) => candidate[candidate.length - 1]!.goal!.level === chain[chain.length - 1]!.level)!;
  const root = path[0]!;
  const writer = new SectionWriter(docType);
  writer.section(root, topLevel(docType) + depthOf(docType, root), goalTree([chain]));
  return { type: docType.id, items: writer.items };
}

/** How deep a section stands in the template (0 for a top-level one). */
function depthOf(docType: DocTypeSpec, target: SectionSpec): number {
  const search = (specs: readonly SectionSpec[], depth: number): number => {
    for (const spec of specs) {
      if (spec === target) return depth;
      const found = search(spec.children, depth + 1);
      if (found >= 0) return found;
    }
    return -1;
  };
  return Math.max(0, search(docType.sections, 0));
}
