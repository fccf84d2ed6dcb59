/**
 * Standard content as data: empty documents and goal blocks built from the doc-type data
 * and the goal catalogs, and their Markdown and plain-text renderings.
 */
export type { Skeleton, SkeletonItem } from './types';
export { documentSkeleton, type DocumentSkeletonOptions } from './document';
export { goalBlockSkeleton, type GoalBlockOptions } from './goal-block';
export { GoalChoiceError, type GoalChoiceProblem } from './goals';
export { skeletonToMarkdown } from './markdown';
export { skeletonToText } from './text';
export { skeletonToParagraphs } from './paragraphs';
