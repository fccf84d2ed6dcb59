/**
 * Machine-readable output: {"version", "files":[{"file", "type", "typeName", "typeReason",
 * "catalogs", "summary", "diagnostics":[…], "dismissed":[…], "hidden"}], "skipped":[…]} with
 * the diagnostic fields of shared/diagnostic.ts and the core's summary. `type` is null when
 * no known type was found. With --fix-dry-run each file also has "output", the fixed text.
 */
import { summarize } from '../../shared/index';
import type { Report } from '../report';

export function renderJson(report: Report): string {
  const files = report.files.map(({ file, result, fixes }) => ({
    file,
    type: result.type,
    typeName: result.typeName,
    typeReason: result.typeReason,
    catalogs: result.catalogs,
    summary: summarize(result),
    diagnostics: result.diagnostics,
    dismissed: result.dismissed,
    hidden: result.hidden,
    ...(fixes ? { fixed: fixes.applied, ...(fixes.output !== undefined ? { output: fixes.output } : {}) } : {}),
  }));
  return JSON.stringify({ version: report.version, files, skipped: report.skipped }, null, 2) + '\n';
}
