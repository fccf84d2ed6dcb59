/**
 * utkastkoll's rules core: pure TypeScript, no Word, browser, Dexie or DOM. The Word
 * add-in, the browser extension and the command line all go through this module.
 */

export { CheckSession, checkDocument, UnknownTypeError, type CheckOptions, type CheckResult } from './engine';
export { documentFromText, withLabelsSplit } from './readers/plain';
export { documentFromFields, locateInFields } from './readers/fields';
export { documentFromParagraphs, locateInParagraphs, paragraphsFromBlocks, type ParagraphInput } from './readers/paragraphs';
export { ReadError } from './readers/read-error';
export { decodeText as decodeTextFile, type TextEncoding } from './readers/text-file';
export {
  LineIndex,
  toSourceEnd,
  toSourceOffset,
  type Block,
  type Field,
  type FieldLocation,
  type ParagraphLocation,
  type SourceDocument,
  type SourceFormat,
} from './document/model';
export { sectionDisplayName, type Outline, type Section } from './document/outline';
export type { Diagnostic, Fix, Insertion, RelatedLocation, Severity } from './diagnostic';
export { applyFixes, safeFixes, type FixResult } from './findings/apply-fixes';
export { Settings, Dismissal, dismissalKey, parseSettings, type SettingsInput } from './findings/settings';
export { resolveTypeId } from './document/detect';
export { paragraphEdits, sameParagraph, MAX_PARAGRAPH_EDITS, type ParagraphEdit } from './document/paragraph-edits';
export { isPlaceholder } from './document/placeholder';
export {
  documentSkeleton,
  goalBlockSkeleton,
  GoalChoiceError,
  skeletonToMarkdown,
  skeletonToText,
  skeletonToParagraphs,
  type Skeleton,
  type SkeletonItem,
  type DocumentSkeletonOptions,
  type GoalBlockOptions,
  type GoalChoiceProblem,
} from './skeleton/index';
export { rules, findRule } from './rules/index';
export { familyNames, type Rule, type RuleExample, type RuleFamily } from './rules/rule';
export { builtInCatalogs, builtInDocTypes, parseCatalog, parseDocTypes } from './data/index';
export type { DocTypeSpec, GoalCatalog } from './data/index';
export { lixBand, lixStats, lixValue, type LixStats } from './analysis/lix';
export {
  summarize,
  summarizeFiles,
  readiness,
  type SummaryOptions,
  type Summary,
  type FilesSummary,
  type FileSummary,
  type FamilySummary,
  type SectionSummary,
  type LixSummary,
  type Readiness,
  type ReadinessVerdict,
} from './summary/index';
export { uiWords, countPhrase, countsPhrase, fillTemplate, SEVERITIES, type SeverityCounts, type FamilyId } from './data/ui';
