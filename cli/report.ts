/**
 * What the formatters receive: one entry per checked file, and the files that could not be checked.
 */
import type { ReportedFile, Skipped } from '../ui/report/types';

/** A checked file; `file` is the path as given on the command line (or found in a folder), "-" for standard in. */
export interface FileReport extends ReportedFile {
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
