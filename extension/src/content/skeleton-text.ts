/**
 * What "Infoga målblock" and "Infoga mall" put into a field: the core's skeletons as text
 * (`skeletonToText`), the goals quoted verbatim from the catalogs. A goal number the
 * catalogs do not have is the core's Swedish error, for the side panel to show.
 */
import { builtInDocTypes, documentSkeleton, goalBlockSkeleton, resolveTypeId, skeletonToText, type GoalCatalog } from '../../../shared/index';
import type { ContentRequest } from '../protocol';
import { errorText } from './messages';
import { contentWords } from './words';

export type InsertRequest = Extract<ContentRequest, { type: 'insert:goal-block' | 'insert:skeleton' }>;

export function skeletonText(request: InsertRequest, catalogs: readonly GoalCatalog[]): { text: string } | { error: string } {
  try {
    if (request.type === 'insert:goal-block') return { text: skeletonToText(goalBlockSkeleton(request.goal, { catalogs: [...catalogs] })) };
    const id = resolveTypeId(request.typeId, builtInDocTypes);
    const docType = builtInDocTypes.find((each) => each.id === id);
    if (!docType) return { error: contentWords.unknownType };
    return { text: skeletonToText(documentSkeleton(docType, { catalogs: [...catalogs] })) };
  } catch (error) {
    return { error: errorText(error) };
  }
}
