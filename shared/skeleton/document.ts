/**
 * An empty document of a type: its title, every section the template has (Inledning and
 * its parts, goal blocks), the Kvalitetsutmärkelsen questions under their areas, and the
 * signature. Heading levels: the title is 1 and top-level sections 2 when the type has a
 * title, else top-level sections are 1; each nesting level adds one.
 */
import type { DocTypeSpec, GoalCatalog } from '../data/index';
import { placeholder } from '../document/placeholder';
import { allCatalogs, goalChain } from './goals';
import { goalTree, SectionWriter } from './sections';
import type { Skeleton, SkeletonItem } from './types';
import { QUESTION_PLACEHOLDER, questionHeading, SIGNATURE_NAME, SIGNATURE_TITLE, titlePlaceholder } from './wording';

export interface DocumentSkeletonOptions {
  /** KF goals to write goal blocks for ("1.2"); without any, one block of placeholders. */
  goals?: readonly string[];
  /** Catalogs in addition to the built-in KF goals. */
  catalogs?: readonly GoalCatalog[];
  /** Include the title placeholder when the type has a title (default true). */
  title?: boolean;
}

/** Throws GoalChoiceError for a goal number that cannot head a goal block. */
export function documentSkeleton(docType: DocTypeSpec, options: DocumentSkeletonOptions = {}): Skeleton {
  const catalogs = allCatalogs(options.catalogs);
  const chains = (options.goals ?? []).map((number) => goalChain(number, docType, catalogs));
  const top = topLevel(docType);
  const writer = new SectionWriter(docType);
  const items = writer.items;
  if (docType.title && options.title !== false) items.push({ kind: 'heading', level: 1, text: titlePlaceholder(docType.title.name) });
  writer.sections(docType.sections, top, goalTree(chains));
  items.push(...questionItems(docType, top));
  if (docType.signature && docType.signature.requirement !== 'optional') {
    items.push({ kind: 'paragraph', text: SIGNATURE_NAME, placeholder: true }, { kind: 'paragraph', text: SIGNATURE_TITLE, placeholder: true });
  }
  return { type: docType.id, items };
}

/** Level of the top-level sections: 2 under a title, else 1. */
export function topLevel(docType: DocTypeSpec): number {
  return docType.title ? 2 : 1;
}

/** Each area as a heading, its questions one level below: "1. Hur skaffar sig …?" and a placeholder. */
function questionItems(docType: DocTypeSpec, level: number): SkeletonItem[] {
  const questions = docType.questions;
  if (!questions) return [];
  const answer = questions.placeholder ? placeholder(questions.placeholder) : QUESTION_PLACEHOLDER;
  const items: SkeletonItem[] = [];
  for (const area of [...questions.areas].sort((a, b) => a.first - b.first)) {
    items.push({ kind: 'heading', level, text: area.title, section: area.id });
    for (let number = area.first; number <= area.last; number++) {
      items.push({ kind: 'heading', level: level + 1, text: questionHeading(number, questions.texts?.[number - 1]), section: `q${number}` });
      items.push({ kind: 'paragraph', text: answer, placeholder: true });
    }
  }
  return items;
}
