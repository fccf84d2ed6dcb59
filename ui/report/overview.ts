/**
 * The overview when several files are checked: one row per file with its counts and
 * readiness, the sums, and a family chart over all files.
 */
import { SEVERITIES, type FilesSummary } from '../../shared/index';
import { renderFamilyChart } from './chart';
import { escapeHtml } from './escape';
import { severityHeadings, type FileView } from './view';

export function renderOverview(files: readonly FileView[], overall: FilesSummary): string {
  const rows = files.map(
    ({ report, summary, anchor }) =>
      `<tr><td><a href="#${anchor}">${escapeHtml(report.file)}</a></td><td>${escapeHtml(summary.typeName)}</td>` +
      SEVERITIES.map((severity) => `<td class="num">${summary.counts[severity]}</td>`).join('') +
      `<td class="readiness readiness-${summary.readiness.verdict}">${escapeHtml(summary.readiness.title)}</td>` +
      '</tr>',
  );
  return [
    '<section class="overview" aria-labelledby="oversikt-rubrik">',
    '<h2 id="oversikt-rubrik">Översikt</h2>',
    '<table class="grid">',
    '<caption>Anmärkningar per fil</caption>',
    '<thead><tr><th scope="col">Fil</th><th scope="col">Dokumenttyp</th>' + severityHeadings() + '<th scope="col">Status</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '<tfoot><tr><th scope="row" colspan="2">Totalt</th>' +
      SEVERITIES.map((severity) => `<td class="num">${overall.counts[severity]}</td>`).join('') +
      '<td></td></tr></tfoot>',
    '</table>',
    '<h3>Per regelfamilj, alla filer</h3>',
    renderFamilyChart(overall.families, 'oversikt'),
    '</section>',
  ].join('\n');
}
