/**
 * Terminal output in the manner of ESLint's "stylish", written for a Word user: per file,
 * one line per finding (where, severity, message, rule id) and under it the section and
 * the flagged words, so the spot can be found in the document; for Word files "stycke 16"
 * (the paragraph number) rather than a line and column. Then a summary line. Findings below
 * the file's `shownFrom` (info, unless asked for) are not listed: one line counts them and
 * says how to show them.
 */
import { countPhrase, SEVERITIES, uiWords, type Diagnostic, type Severity } from '../../shared/index';
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
  const notListed: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** The lowest severity listed in some file: the summary line counts from it. */
  let lowest: Severity = 'error';
  for (const report of reports) {
    const { file, result } = report;
    const shownFrom = report.shownFrom ?? 'info';
    if (rank(shownFrom) > rank(lowest)) lowest = shownFrom;
    const hint = result.type === null ? '; välj typ med --type' : '';
    out.push(`${paint('underline', file)}  ${paint('dim', `(${result.typeReason}${hint})`)}`);
    const position = (diagnostic: Diagnostic) => (report.format === 'docx' ? `stycke ${diagnostic.line}` : `${diagnostic.line}:${diagnostic.column}`);
    const listed = result.diagnostics.filter((diagnostic) => rank(diagnostic.severity) <= rank(shownFrom));
    for (const diagnostic of result.diagnostics) if (rank(diagnostic.severity) > rank(shownFrom)) notListed[diagnostic.severity]++;
    const width = Math.max(0, ...listed.map((diagnostic) => position(diagnostic).length));
    for (const diagnostic of listed) {
      totals[diagnostic.severity]++;
      const severity = uiWords.severities[diagnostic.severity].name;
      out.push(
        `  ${paint('dim', position(diagnostic).padEnd(width))}  ${paint(SEVERITY_COLOR[diagnostic.severity], severity.padEnd(7))}  ${diagnostic.message}  ${paint('dim', diagnostic.ruleId)}`,
      );
      const where = whereLine(diagnostic);
      if (where) out.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint('dim', where)}`);
    }
    if (result.diagnostics.length === 0) out.push(`  ${paint('green', 'inga anmärkningar')}`);
    else if (listed.length === 0) out.push(`  ${paint('green', `inga ${listedNames(shownFrom)}`)}`);
    const notShown = notShownLine(report);
    if (notShown) out.push(`  ${paint('dim', notShown)}`);
    out.push('');
  }
  const hidden = hiddenLine(notListed);
  out.push(summaryLine(totals, lowest, hidden !== '', reports.length, paint));
  if (hidden) out.push(paint('dim', hidden));
  return out.join('\n') + '\n';
}

/** 0 for errors, 2 for info: a finding is listed when its rank is at most the file's. */
function rank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** "fel eller varningar": what a file with nothing listed has none of. */
function listedNames(shownFrom: Severity): string {
  const names = SEVERITIES.slice(0, rank(shownFrom) + 1).map((severity) => uiWords.severities[severity].namePlural);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}` : names[0]!;
}

/** "12 info visas inte; visa dem med --severity info", once for all files. */
function hiddenLine(notListed: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((severity) => notListed[severity] > 0).map((severity) => countPhrase(severity, notListed[severity]));
  if (parts.length === 0) return '';
  const lowest = notListed.info > 0 ? 'info' : 'warning';
  const count = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}` : parts[0]!;
  return `${count} visas inte; visa dem med --severity ${lowest}`;
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

function summaryLine(
  totals: Record<Severity, number>,
  lowest: Severity,
  someHidden: boolean,
  files: number,
  paint: (color: Color, text: string) => string,
): string {
  const count = totals.error + totals.warning + totals.info;
  const fileText = files === 1 ? '1 fil' : `${files} filer`;
  if (count === 0) return paint('green', `✔ inga ${someHidden ? listedNames(lowest) : 'anmärkningar'} (${fileText})`);
  const counts = SEVERITIES.slice(0, rank(lowest) + 1)
    .map((severity) => countPhrase(severity, totals[severity]))
    .join(', ');
  const line = `${totals.error > 0 ? '✖' : '⚠'} ${count} ${count === 1 ? 'anmärkning' : 'anmärkningar'} (${counts}) i ${fileText}`;
  return paint('bold', paint(totals.error > 0 ? 'red' : 'yellow', line));
}
