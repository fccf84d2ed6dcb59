/**
 * What the formatters receive: one entry per checked file.
 */
import type { CheckResult } from '../shared/index';

export interface FileReport {
  /** Path as given on the command line (or found in a directory). */
  file: string;
  /** The checked text (for .docx the virtual text, one line per paragraph), for quoting context. */
  source: string;
  result: CheckResult;
}

export type Format = 'text' | 'json' | 'html';

export const FORMATS: readonly Format[] = ['text', 'json', 'html'];
