/**
 * Terminal output in the manner of ESLint's "stylish", written for a Word user: per file,
 * one line per finding (where, severity, message, rule id) and under it the section and
 * the flagged words, so the spot can be found in the document; for Word files "stycke 16"
 * (the paragraph number) rather than a line and column. Then a summary line.
 */
import { countsPhrase, uiWords, type Diagnostic, type Severity } from '../../shared/index';
import type { FileReport } from '../report';

const COLORS = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;
type Color = keyof typeof COLORS;
const SEVERITY_COLOR: Record<Severity, Color> = { error: 'red', warning: 'yellow', info: 'blue' };
/** Flagged words are quoted up to this length, cut at a word. */
const QUOTE_LENGTH = 70;

export function renderText(reports: readonly FileReport[], options: { color: boolean }): string {
  // Nothing was checked (every file unreadable): the errors on stderr say it all.
  if (reports.length === 0) return '';
  const paint = (color: Color, text: string) => (options.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text);
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    const { file, result } = report;
    const hint = result.type === null ? '; välj typ med --type' : '';
    out.push(`${paint('underline', file)}  ${paint('dim', `(${result.typeReason}${hint})`)}`);
    const position = (diagnostic: Diagnostic) => (report.format === 'docx' ? `stycke ${diagnostic.line}` : `${diagnostic.line}:${diagnostic.column}`);
    const width = Math.max(0, ...result.diagnostics.map((diagnostic) => position(diagnostic).length));
    for (const diagnostic of result.diagnostics) {
      totals[diagnostic.severity]++;
      const severity = uiWords.severities[diagnostic.severity].name;
      out.push(
        `  ${paint('dim', position(diagnostic).padEnd(width))}  ${paint(SEVERITY_COLOR[diagnostic.severity], severity.padEnd(7))}  ${diagnostic.message}  ${paint('dim', diagnostic.ruleId)}`,
      );
      const where = whereLine(diagnostic);
      if (where) out.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint('dim', where)}`);
    }
    if (result.diagnostics.length === 0) out.push(`  ${paint('green', 'inga anmärkningar')}`);
    const notShown = notShownLine(report);
    if (notShown) out.push(`  ${paint('dim', notShown)}`);
    out.push('');
  }
  out.push(summaryLine(totals, reports.length, paint));
  return out.join('\n') + '\n';
}

/** "i ”Ärendet”: ”42 deltagare varav 23 flickor och 17 pojkar”"; a flagged heading is named once. */
function whereLine(diagnostic: Diagnostic): string {
  const parts: string[] = [];
  if (diagnostic.section) parts.push(`i ”${diagnostic.section}”`);
  const flagged = diagnostic.text.replace(/[\s:]+$/, '');
  const words = flagged === diagnostic.section ? '' : quoteWords(diagnostic.text);
  if (words) parts.push(words);
  return parts.join(': ');
}

function quoteWords(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return '';
  if (clean.length <= QUOTE_LENGTH) return `”${clean}”`;
  const cut = clean.slice(0, QUOTE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `”${(space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()} …”`;
}

/** What the settings keep out of the list, and what --fix did. */
function notShownLine(report: FileReport): string {
  const parts: string[] = [];
  const { dismissed, hidden } = report.result;
  if (dismissed.length > 0) parts.push(`${dismissed.length} ${dismissed.length === 1 ? 'ignorerad anmärkning visas' : 'ignorerade anmärkningar visas'} inte`);
  if (hidden > 0) parts.push(`${hidden} under lägsta allvarlighet i inställningarna visas inte`);
  if (report.fixes && report.fixes.applied > 0)
    parts.push(
      `${report.fixes.applied} ${report.fixes.applied === 1 ? 'rättelse' : 'rättelser'} ${report.fixes.output === undefined ? 'gjord' : 'skulle göras'}${report.fixes.applied === 1 ? '' : 'e'}`,
    );
  return parts.join('; ');
}

function summaryLine(totals: Record<Severity, number>, files: number, paint: (color: Color, text: string) => string): string {
  const count = totals.error + totals.warning + totals.info;
  const fileText = files === 1 ? '1 fil' : `${files} filer`;
  if (count === 0) return paint('green', `✔ inga anmärkningar (${fileText})`);
  const line = `${totals.error > 0 ? '✖' : '⚠'} ${count} ${count === 1 ? 'anmärkning' : 'anmärkningar'} (${countsPhrase(totals)}) i ${fileText}`;
  return paint('bold', paint(totals.error > 0 ? 'red' : 'yellow', line));
}
