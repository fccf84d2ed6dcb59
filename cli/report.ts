/**
 * What the formatters receive: one entry per checked file, and the files that could not be checked.
 */
import type { Severity } from '../shared/index';
import type { ReportedFile, Skipped } from '../ui/report/types';

/** A checked file; `file` is the path as given on the command line (or found in a folder), "-" for standard in. */
export interface FileReport extends ReportedFile {
  /** The lowest severity the text output lists: --severity, else the settings' severity, else warnings and errors. */
  shownFrom?: Severity;
  /** With --fix or --fix-dry-run: how many safe fixes were applied, and (dry run) the fixed text. */
  fixes?: { applied: number; output?: string };
}

export interface Report {
  version: string;
  files: FileReport[];
  /** Files that could not be checked, with why and what to do. */
  skipped: Skipped[];
}

export type Format = 'text' | 'json' | 'html';

export const FORMATS: readonly Format[] = ['text', 'json', 'html'];
