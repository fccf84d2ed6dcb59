/**
 * --skeleton TYP [--goal NR]…: an empty document of a type, as Markdown, for a writer to
 * start from (a verksamhetsplan with the goal blocks of the chosen KF goals).
 */
import { builtInDocTypes, documentSkeleton, GoalChoiceError, resolveTypeId, skeletonToMarkdown, type GoalCatalog } from '../shared/index';
import { UsageError } from './args';

export function skeletonMarkdown(type: string, goals: readonly string[], catalogs: readonly GoalCatalog[]): string {
  const id = resolveTypeId(type, builtInDocTypes);
  if (id === null) throw new UsageError(`okänd dokumenttyp "${type}"; välj ${builtInDocTypes.map((docType) => docType.id).join(', ')}`);
  const docType = builtInDocTypes.find((candidate) => candidate.id === id)!;
  if (goals.length > 0 && !docType.sections.some(hasGoal)) throw new UsageError(`--goal gäller målblock; ${docType.name.toLowerCase()} har inga`);
  try {
    return skeletonToMarkdown(documentSkeleton(docType, { goals, catalogs }));
  } catch (error) {
    if (error instanceof GoalChoiceError) throw new UsageError(error.message);
    throw error;
  }
}

function hasGoal(section: (typeof builtInDocTypes)[number]['sections'][number]): boolean {
  return section.goal !== undefined || section.children.some(hasGoal);
}
