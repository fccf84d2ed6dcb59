/**
 * Terminal output in the manner of ESLint's "stylish": the file, then one line per
 * finding (line:column, severity, message, rule id), then a summary line.
 */
import type { Diagnostic, Severity } from '../../shared/index';
import type { FileReport } from '../report';

export const severityNames: Record<Severity, string> = { error: 'fel', warning: 'varning', info: 'info' };

const COLORS = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;
type Color = keyof typeof COLORS;

export function renderText(reports: readonly FileReport[], options: { color: boolean }): string {
  const paint = (color: Color, text: string) => (options.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text);
  const severityColor: Record<Severity, Color> = { error: 'red', warning: 'yellow', info: 'blue' };
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { file, result } of reports) {
    out.push(`${paint('underline', file)}  ${paint('dim', `(${result.typeReason})`)}`);
    const diagnostics = result.diagnostics;
    const position = (diagnostic: Diagnostic) => `${diagnostic.line}:${diagnostic.column}`;
    const width = Math.max(0, ...diagnostics.map((diagnostic) => position(diagnostic).length));
    for (const diagnostic of diagnostics) {
      totals[diagnostic.severity]++;
      const severity = severityNames[diagnostic.severity];
      out.push(
        `  ${paint('dim', position(diagnostic).padEnd(width))}  ${paint(severityColor[diagnostic.severity], severity.padEnd(7))}  ${diagnostic.message}  ${paint('dim', diagnostic.ruleId)}`,
      );
    }
    if (diagnostics.length === 0) out.push(`  ${paint('green', 'inga anmärkningar')}`);
    out.push('');
  }
  // Nothing was checked (every file unreadable): the errors on stderr say it all.
  if (reports.length === 0) return '';
  out.push(summaryLine(totals, reports.length, paint));
  return out.join('\n') + '\n';
}

function summaryLine(totals: Record<Severity, number>, files: number, paint: (color: Color, text: string) => string): string {
  const count = totals.error + totals.warning + totals.info;
  const fileText = files === 1 ? '1 fil' : `${files} filer`;
  if (count === 0) return paint('green', `✔ inga anmärkningar (${fileText})`);
  const parts = [
    `${totals.error} fel`,
    `${totals.warning} ${totals.warning === 1 ? 'varning' : 'varningar'}`,
    `${totals.info} info`,
  ].join(', ');
  const line = `${totals.error > 0 ? '✖' : '⚠'} ${count} ${count === 1 ? 'anmärkning' : 'anmärkningar'} (${parts}) i ${fileText}`;
  return paint('bold', paint(totals.error > 0 ? 'red' : 'yellow', line));
}
