/**
 * What the renderer works from: each checked file with the core's summary of it.
 */
import { SEVERITIES, uiWords, type SectionSummary, type Severity, type Summary } from '../../shared/index';
import type { ReportedFile as FileReport } from './types';

export interface FileView {
  report: FileReport;
  summary: Summary;
  /** "fil-1": 1-based, unique in the page. */
  anchor: string;
}

/** The anchor of a section's group of findings; 0 is the row for findings outside every section. */
export function sectionAnchor(file: FileView, row: SectionSummary): string {
  return `${file.anchor}-avsnitt-${row.section + 1}`;
}

export function severityBadge(severity: Severity): string {
  return `<span class="sev sev-${severity}">${uiWords.severities[severity].label}</span>`;
}

/** Column headings "Fel", "Varningar", "Info". */
export function severityHeadings(): string {
  return SEVERITIES.map((severity) => `<th scope="col" class="num">${uiWords.severities[severity].labelPlural}</th>`).join('');
}
