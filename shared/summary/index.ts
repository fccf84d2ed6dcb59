/**
 * The summary of a check, shared by every view: see summarize.ts.
 */
export { summarize, summarizeFiles, type SummaryOptions } from './summarize';
export { readiness } from './readiness';
export { sectionLocator } from './locate';
export type { FamilySummary, FileSummary, FilesSummary, LixSummary, Readiness, ReadinessVerdict, SectionSummary, SeverityCounts, Summary } from './types';
