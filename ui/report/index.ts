/**
 * The HTML report: one self-contained, printable page for the manager who approves a
 * draft. Swedish throughout, no external resources and no JavaScript; inline CSS and
 * inline SVG only. It renders the core's summary (shared/summary), the same data the
 * Word task pane and the side panel show. Everything taken from the documents is
 * HTML-escaped, and the output depends only on its input (no random ids, no clock), so
 * the same reports render the same bytes.
 */
import { summarizeFiles } from '../../shared/index';
import type { ReportedFile as FileReport, Skipped } from './types';
import { escapeHtml } from './escape';
import { renderFile } from './file';
import { renderOverview } from './overview';
import { STYLE } from './style';
import { formatDateTime, isoDateTime } from './time';
import { severityBadge, type FileView } from './view';

export interface HtmlOptions {
  /** When the report was made; shown as local time, "2026-11-24 21:30". */
  generatedAt: Date;
  /** Files that could not be checked, listed with why, so the reader knows the report leaves them out. */
  skipped?: readonly Skipped[];
  /** The tool's version (package.json), for the footer; the caller passes it, as the report is also made in the Word pane. */
  version?: string;
}

export function renderHtml(reports: readonly FileReport[], options: HtmlOptions): string {
  const overall = summarizeFiles(reports);
  const files: FileView[] = reports.map((report, index) => ({ report, summary: overall.files[index]!.summary, anchor: `fil-${index + 1}` }));
  const several = files.length > 1;
  const title = files.length === 1 ? `Granskning av ${files[0]!.report.file}` : 'Granskning av utkast';
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="utkastkoll">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    renderReportHeader(files.length, options.generatedAt),
    '<main>',
    several ? renderOverview(files, overall) : '',
    files.length === 0 ? '<p class="empty">Inga filer granskades.</p>' : '',
    renderSkipped(options.skipped ?? []),
    ...files.map((file) => renderFile(file, several)),
    '</main>',
    renderFooter(reports, options),
    '</body>',
    '</html>',
  ];
  return parts.filter((part) => part !== '').join('\n') + '\n';
}

/** Who made the report, when, with which version and goal catalogs. */
function renderFooter(reports: readonly FileReport[], options: HtmlOptions): string {
  const tool = options.version ? `utkastkoll ${escapeHtml(options.version)}` : 'utkastkoll';
  const catalogs = usedCatalogs(reports);
  const catalogText =
    catalogs.length === 0
      ? ''
      : `<p>${catalogs.length === 1 ? 'Målkatalog' : 'Målkataloger'}: ${catalogs
          .map((catalog) => `${escapeHtml(catalog.name)} (version ${escapeHtml(catalog.version)})`)
          .join(', ')}.</p>`;
  return [
    '<footer class="report-foot">',
    `<p>Skapad av ${tool} ${escapeHtml(formatDateTime(options.generatedAt))}. Rapporten är ett stöd för granskningen och ersätter inte en läsning av utkastet.</p>`,
    catalogText,
    '</footer>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** Every catalog any file was checked against, once, in the order first used. */
function usedCatalogs(reports: readonly FileReport[]): Array<{ id: string; version: string; name: string }> {
  const seen = new Map<string, { id: string; version: string; name: string }>();
  for (const report of reports) for (const catalog of report.result.catalogs) seen.set(`${catalog.id}\u0000${catalog.version}`, catalog);
  return [...seen.values()];
}

function renderSkipped(skipped: readonly Skipped[]): string {
  if (skipped.length === 0) return '';
  return [
    '<section class="skipped" aria-labelledby="ej-granskade-rubrik">',
    '<h2 id="ej-granskade-rubrik">Filer som inte granskades</h2>',
    '<ul>',
    ...skipped.map(({ file, reason }) => `<li><code>${escapeHtml(file)}</code>: ${escapeHtml(reason)}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

function renderReportHeader(fileCount: number, generatedAt: Date): string {
  const files = fileCount === 1 ? '1 fil' : `${fileCount} filer`;
  return [
    '<header class="report-head">',
    '<p class="kicker">utkastkoll · granskningsrapport</p>',
    '<h1>Granskning av utkast</h1>',
    `<p class="meta">Skapad <time datetime="${escapeHtml(isoDateTime(generatedAt))}">${escapeHtml(formatDateTime(generatedAt))}</time> · ${files} granskad${fileCount === 1 ? '' : 'e'}</p>`,
    '<dl class="legend">',
    `<dt>${severityBadge('error')}</dt><dd>Bör rättas innan utkastet godkänns.</dd>`,
    `<dt>${severityBadge('warning')}</dt><dd>Bör ses över; kan vara avsiktligt.</dd>`,
    `<dt>${severityBadge('info')}</dt><dd>Upplysning, till exempel ett avsnitt som är mycket svårt att läsa (LIX 60 eller mer).</dd>`,
    '</dl>',
    '</header>',
  ].join('\n');
}
