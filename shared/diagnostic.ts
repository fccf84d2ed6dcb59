/**
 * Diagnostics are plain data (like vfile-message or textlint's messages): they survive
 * JSON, extension messaging and IndexedDB unchanged.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A new paragraph a fix puts in, before or after the paragraph at the fix's offset: a missing heading. */
export interface Insertion {
  where: 'before' | 'after';
  /** The paragraphs, in order; `heading` is the heading level (1 = top), for Word's built-in heading styles. */
  paragraphs: Array<{ text: string; heading?: number }>;
}

export interface Fix {
  /** Swedish, imperative: "Använd lydelsen i KF:s budget 2020–2022". */
  title: string;
  /** Source offsets of the text to replace; equal for an insertion. */
  start: number;
  end: number;
  /** The replacement, as the document's format writes it (a Markdown heading is "## Bakgrund"). */
  text: string;
  /** True when one click may apply it; false for a suggestion the writer must judge. */
  safe: boolean;
  /** Set when the fix puts in new paragraphs (a missing heading) rather than editing text. */
  insert?: Insertion;
}

/** Another place a diagnostic is about, e.g. where the other wording of a goal stands. */
export interface RelatedLocation {
  start: number;
  end: number;
  line: number;
  column: number;
  /** The source text there. */
  text: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** Swedish, short, says what to do. */
  message: string;
  /** Which message template of the rule produced this (stable, for tests and tools). */
  messageId: string;
  /** Source offsets. */
  start: number;
  end: number;
  /** 1-based; for .docx the paragraph number. */
  line: number;
  column: number;
  /**
   * Stable identity, independent of position: rule, message, section and the flagged
   * text. Dismissals are stored by it; it changes when the flagged text changes.
   */
  key: string;
  /** The exact source text flagged (source.slice(start, end)), to find the range again after edits. */
  text: string;
  /** Heading of the innermost section the finding is in. */
  section?: string;
  data?: Record<string, string | number | boolean>;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export const severityRank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** By position; ties keep the order the rules reported them in (templates' order, registry order). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.start - b.start || a.end - b.end;
}
