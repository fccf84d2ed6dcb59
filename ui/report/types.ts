/**
 * What the HTML report renders: checked files (their text, for quoting, and the core's
 * result) and the files that could not be checked. The command line and the Word pane
 * both hand it these.
 */
import type { CheckResult, SourceFormat } from '../../shared/index';

export interface ReportedFile {
  /** The file's name as the writer knows it. */
  file: string;
  /** The checked text (for Word the virtual text, one line per paragraph), for quoting context. */
  source: string;
  format: SourceFormat;
  result: CheckResult;
}

export interface Skipped {
  file: string;
  /** Swedish, one line: why, and what to do. */
  reason: string;
}
