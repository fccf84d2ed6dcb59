/**
 * Machine-readable output: {"files":[{"file", "type", "diagnostics":[…]}]} with the
 * diagnostic fields of shared/diagnostic.ts, plus the type's name and why it was chosen.
 */
import type { FileReport } from '../report';

export function renderJson(reports: readonly FileReport[]): string {
  const files = reports.map(({ file, result }) => ({
    file,
    type: result.type,
    typeName: result.typeName,
    typeReason: result.typeReason,
    diagnostics: result.diagnostics,
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}
