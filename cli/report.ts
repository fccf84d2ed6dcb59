/**
 * What the formatters receive: one entry per checked file, and the files that could not be checked.
 */
import type { CheckResult, SourceFormat } from '../shared/index';
import type { Skipped } from './inputs';

export interface FileReport {
  /** Path as given on the command line (or found in a directory); "-" for standard in. */
  file: string;
  /** The checked text (for .docx the virtual text, one line per paragraph), for quoting context. */
  source: string;
  format: SourceFormat;
  result: CheckResult;
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
