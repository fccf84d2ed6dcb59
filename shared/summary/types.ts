/**
 * The summary of a check: plain, JSON-safe data (no class instances, no cycles, no
 * undefined values, no HTML), so the HTML report renders it today and the Word task pane
 * and the extension's side panel can receive it through messaging or IndexedDB unchanged.
 */
import type { LixBand } from '../analysis/lix';
import type { SeverityCounts } from '../data/ui';
import type { SectionKind } from '../document/outline';
import type { RuleFamily } from '../rules/rule';

export type { SeverityCounts } from '../data/ui';

export interface LixSummary {
  /** Rounded LIX. */
  value: number;
  /** Swedish band name: "svår". */
  band: string;
  bandId: LixBand['id'];
  words: number;
  /** From "svår" on (50); from "mycket svår" (60) the readability rule also gives a finding. */
  hard: boolean;
}

export interface FamilySummary {
  /** "other": rules outside the registry (a caller's own). */
  family: RuleFamily | 'other';
  /** Swedish: "Könsuppdelad statistik". */
  name: string;
  counts: SeverityCounts;
}

export interface SectionSummary {
  /** Index in `result.outline.sections`; -1 for the findings outside every section. */
  section: number;
  /** Display name: goal sections by their goal ("Nämndmål: Invånarna …"). */
  name: string;
  /** Display names of the enclosing sections, outermost first. */
  path: string[];
  depth: number;
  kind: SectionKind | 'outside';
  /** Where the heading stands (source offsets, block index), for a view to jump to; absent outside sections. */
  heading?: { block: number; start: number; end: number };
  /** Findings directly in the section (not in its sub-sections). */
  counts: SeverityCounts;
  /** Indices into `result.diagnostics` of those findings, in engine order. */
  findings: number[];
  /** LIX of the section's own prose (not its sub-sections', no tables, lists, glossary entries or quoted goals); absent where it is too short. */
  lix?: LixSummary;
}

export type ReadinessVerdict = 'not-ready' | 'almost-ready' | 'ready';

export interface Readiness {
  verdict: ReadinessVerdict;
  /** Short, for a badge: "Nästan klar". */
  title: string;
  /** One sentence: "Nästan klar: se över 3 varningar." */
  sentence: string;
}

export interface Summary {
  /** As in the result: null when no document type is known. */
  type: string | null;
  typeName: string;
  /** Every diagnostic by severity. */
  counts: SeverityCounts;
  total: number;
  /** Every registered family in registry order (zeros included), then "other" when it has findings. */
  families: FamilySummary[];
  /** The findings outside every section first (only when there are some), then every section in document order. */
  sections: SectionSummary[];
  /** Sections (not counting the outside row) with findings. */
  sectionsWithFindings: number;
  /** LIX of all the prose the sections' LIX is counted on; absent when too short for a value. */
  lix?: LixSummary;
  /** Findings the user dismissed (not counted above, and not in the readiness). */
  dismissed: number;
  /** Findings below the settings' lowest severity (not counted above). */
  hidden: number;
  readiness: Readiness;
}

export interface FileSummary {
  file: string;
  summary: Summary;
}

/** Several files checked together (the HTML report's overview). */
export interface FilesSummary {
  counts: SeverityCounts;
  total: number;
  families: FamilySummary[];
  /** Over all files: not ready as soon as one file has an error. */
  readiness: Readiness;
  /** How many files have each verdict. */
  verdicts: Record<ReadinessVerdict, number>;
  files: FileSummary[];
}
