/**
 * Applies fixes to a source text the way ESLint's source-code fixer does: in order of
 * position, never two over the same stretch (a fix that starts where an applied one
 * ends, or inside it, is skipped and reported), so every applied fix meets the text it
 * was made for. Run the check again and apply once more for what was skipped.
 */
import type { Fix } from '../diagnostic';

export interface FixResult {
  output: string;
  applied: Fix[];
  skipped: Fix[];
}

export function applyFixes(source: string, fixes: readonly Fix[]): FixResult {
  const ordered = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const parts: string[] = [];
  let position = 0;
  let lastEnd = -1;
  for (const fix of ordered) {
    const valid = Number.isInteger(fix.start) && Number.isInteger(fix.end) && fix.start >= 0 && fix.end >= fix.start && fix.end <= source.length;
    if (!valid || fix.start <= lastEnd) {
      skipped.push(fix);
      continue;
    }
    parts.push(source.slice(position, fix.start), fix.text);
    position = fix.end;
    lastEnd = fix.end;
    applied.push(fix);
  }
  parts.push(source.slice(position));
  return { output: parts.join(''), applied, skipped };
}

/** The fixes one click may apply: of each diagnostic, its first safe fix. */
export function safeFixes(diagnostics: ReadonlyArray<{ fixes?: readonly Fix[] }>): Fix[] {
  return diagnostics.flatMap((diagnostic) => diagnostic.fixes?.find((fix) => fix.safe) ?? []);
}
