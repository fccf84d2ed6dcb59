/**
 * utkastkoll's rules core: pure TypeScript, no Word, browser, Dexie or DOM. The Word
 * add-in, the browser extension and the command line all go through this module.
 */
import { builtInDocTypes, type DocTypeSpec } from './data/index';
import type { SourceDocument } from './document/model';
import { parseMarkdown } from './readers/markdown';
import { splitLabelledParagraphs } from './readers/labels';
import { parseText } from './readers/text';
import { vocabularyFor } from './document/vocabulary';

export { CheckSession, checkDocument, UnknownTypeError, type CheckOptions, type CheckResult } from './engine';
export { documentFromFields, locateInFields } from './readers/fields';
export { documentFromParagraphs, locateInParagraphs, type ParagraphInput } from './readers/paragraphs';
export { ReadError } from './readers/read-error';
export {
  LineIndex,
  toSourceEnd,
  toSourceOffset,
  type Block,
  type Field,
  type FieldLocation,
  type ParagraphLocation,
  type SourceDocument,
} from './document/model';
export { sectionDisplayName, type Outline, type Section } from './document/outline';
export type { Diagnostic, Fix, Severity } from './diagnostic';
export { rules, findRule } from './rules/index';
export { familyNames, type Rule, type RuleFamily } from './rules/rule';
export { builtInCatalogs, builtInDocTypes, parseCatalog, parseDocTypes } from './data/index';
export type { DocTypeSpec, GoalCatalog } from './data/index';
export { lixBand, lixStats, lixValue, type LixStats } from './analysis/lix';

/** Plain text (also PDF-extracted) or Markdown → the document model. */
export function documentFromText(text: string, format: 'text' | 'markdown', docTypes: readonly DocTypeSpec[] = builtInDocTypes): SourceDocument {
  return format === 'text' ? parseText(text, vocabularyFor(docTypes)) : withLabelsSplit(parseMarkdown(text), docTypes);
}

/**
 * A document read paragraph by paragraph (Word, Markdown) with "Nämndmål: Invånarna …"
 * paragraphs split into the label, as a heading, and the text under it.
 */
export function withLabelsSplit(document: SourceDocument, docTypes: readonly DocTypeSpec[] = builtInDocTypes): SourceDocument {
  return { ...document, blocks: splitLabelledParagraphs(document.blocks, vocabularyFor(docTypes).headings) };
}
