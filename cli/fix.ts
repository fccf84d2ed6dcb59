/**
 * --fix and --fix-dry-run: the safe fixes of a .txt or .md file, applied the core's way
 * (sorted, never overlapping), checked again and applied again until nothing more
 * applies, as ESLint does. Suggestions (a changed total, one of two wordings) are never
 * applied. Word files are never rewritten.
 */
import { applyFixes, CheckSession, documentFromText, safeFixes, type CheckOptions, type CheckResult, type SourceDocument } from '../shared/index';

/** ESLint's limit too: fixes that keep making new fixes stop here. */
const MAX_PASSES = 10;

export interface FixOutcome {
  /** The text after every safe fix. */
  output: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  /** The check of the fixed text. */
  result: CheckResult;
  document: SourceDocument;
}

export function fixText(document: SourceDocument, options: CheckOptions): FixOutcome {
  const format = document.format;
  if (format !== 'text' && format !== 'markdown') throw new Error(`${format}-dokument rättas inte här`);
  let current = document;
  let result = new CheckSession(current, options).check();
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = safeFixes(result.diagnostics);
    if (fixes.length === 0) break;
    const outcome = applyFixes(current.source, fixes);
    if (outcome.applied.length === 0) break;
    applied += outcome.applied.length;
    current = documentFromText(outcome.output, format, options.docTypes);
    result = new CheckSession(current, options).check();
  }
  return { output: current.source, applied, result, document: current };
}
