/**
 * Diagnostics are plain data (like vfile-message or textlint's messages): they survive
 * JSON, extension messaging and IndexedDB unchanged.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  /** Swedish, imperative: "Använd katalogens lydelse". */
  title: string;
  start: number;
  end: number;
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
  /** Heading of the innermost section the finding is in. */
  section?: string;
  data?: Record<string, string | number | boolean>;
  fixes?: Fix[];
}

export const severityRank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** By position; ties keep the order the rules reported them in (templates' order, registry order). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.start - b.start || a.end - b.end;
}
