/**
 * Counts per severity.
 */
import { SEVERITIES, type SeverityCounts } from '../data/ui';

export function zeroCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

export function totalOf(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.info;
}

export function addCounts(into: SeverityCounts, from: SeverityCounts): SeverityCounts {
  for (const severity of SEVERITIES) into[severity] += from[severity];
  return into;
}
