/**
 * The HTML report: one self-contained, printable page for the manager who approves a
 * draft. Swedish throughout, no external resources and no JavaScript; inline CSS and
 * inline SVG only. Everything taken from the documents is HTML-escaped, and the output
 * depends only on its input (no random ids, no clock), so the same reports render the
 * same bytes.
 */
import { HARD_LIX } from '../../shared/rules/readability';
import { familyNames, findRule, sectionDisplayName } from '../../shared/index';
import type { CheckResult, Diagnostic, Fix, RuleFamily, Section, Severity } from '../../shared/index';
import type { FileReport } from '../report';

export interface HtmlOptions {
  /** When the report was made; shown as local time, "2026-11-24 21:30". */
  generatedAt: Date;
}

export function renderHtml(reports: readonly FileReport[], options: HtmlOptions): string {
  const files = reports.map((report, index) => analyseFile(report, index));
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
    renderReportHeader(files, options.generatedAt),
    '<main>',
    several ? renderOverview(files) : '',
    files.length === 0 ? '<p class="empty">Inga filer granskades.</p>' : '',
    ...files.map((file) => renderFile(file, several)),
    '</main>',
    `<footer class="report-foot"><p>Skapad av utkastkoll ${escapeHtml(formatDateTime(options.generatedAt))}. Rapporten är ett stöd för granskningen och ersätter inte en läsning av utkastet.</p></footer>`,
    '</body>',
    '</html>',
  ];
  return parts.filter((part) => part !== '').join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// Analysis: diagnostics grouped per family and per section.

type Counts = Record<Severity, number>;
type FamilyKey = RuleFamily | 'okand';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const FAMILY_ORDER = Object.keys(familyNames) as RuleFamily[];
const OTHER_FAMILY = 'Övriga regler';
const READABILITY = 'readability';

interface Lix {
  lix: number;
  band: string;
  words: number | undefined;
}

interface SectionRow {
  /** null: findings outside every section (before the first heading, the signature). */
  section: Section | null;
  name: string;
  /** Display names of the enclosing sections, outermost first. */
  path: string[];
  depth: number;
  anchor: string;
  counts: Counts;
  /** Findings other than readability, in engine order. */
  findings: Diagnostic[];
  lix: Lix | undefined;
}

interface FileAnalysis {
  report: FileReport;
  /** 1-based, for anchors. */
  number: number;
  anchor: string;
  counts: Counts;
  families: Map<FamilyKey, Counts>;
  /** The pseudo-row for findings outside sections first, then the sections in document order. */
  rows: SectionRow[];
  readabilityCount: number;
}

function zeroCounts(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

function total(counts: Counts): number {
  return counts.error + counts.warning + counts.info;
}

function addCounts(into: Counts, from: Counts): void {
  for (const severity of SEVERITIES) into[severity] += from[severity];
}

function familyOf(ruleId: string): FamilyKey {
  return findRule(ruleId)?.meta.family ?? 'okand';
}

function familyName(family: FamilyKey): string {
  return family === 'okand' ? OTHER_FAMILY : familyNames[family];
}

function analyseFile(report: FileReport, index: number): FileAnalysis {
  const { result } = report;
  const number = index + 1;
  const anchor = `fil-${number}`;
  const counts = zeroCounts();
  const families = new Map<FamilyKey, Counts>();
  for (const family of FAMILY_ORDER) families.set(family, zeroCounts());

  const rows: SectionRow[] = [
    { section: null, name: 'Utanför avsnitten', path: [], depth: 0, anchor: `${anchor}-avsnitt-0`, counts: zeroCounts(), findings: [], lix: undefined },
  ];
  const rowOf = new Map<Section, SectionRow>();
  result.outline.sections.forEach((section, sectionIndex) => {
    const path: string[] = [];
    for (let parent = section.parent; parent && parent.kind !== 'root'; parent = parent.parent) path.unshift(sectionDisplayName(parent, result.blocks));
    const row: SectionRow = {
      section,
      name: sectionDisplayName(section, result.blocks),
      path,
      depth: path.length,
      anchor: `${anchor}-avsnitt-${sectionIndex + 1}`,
      counts: zeroCounts(),
      findings: [],
      lix: undefined,
    };
    rows.push(row);
    rowOf.set(section, row);
  });

  const locate = sectionLocator(result, rowOf);
  let readabilityCount = 0;
  for (const diagnostic of result.diagnostics) {
    counts[diagnostic.severity]++;
    const family = familyOf(diagnostic.ruleId);
    let familyCounts = families.get(family);
    if (!familyCounts) families.set(family, (familyCounts = zeroCounts()));
    familyCounts[diagnostic.severity]++;

    const section = locate(diagnostic);
    const row = (section && rowOf.get(section)) ?? rows[0]!;
    if (diagnostic.ruleId === READABILITY) {
      readabilityCount++;
      const lix = diagnostic.data?.['lix'];
      const band = diagnostic.data?.['band'];
      const words = diagnostic.data?.['words'];
      if (typeof lix === 'number' && row.lix === undefined) {
        row.lix = { lix, band: typeof band === 'string' ? band : '', words: typeof words === 'number' ? words : undefined };
      }
      continue;
    }
    row.counts[diagnostic.severity]++;
    row.findings.push(diagnostic);
  }
  return { report, number, anchor, counts, families, rows, readabilityCount };
}

/**
 * Which section a diagnostic belongs to. Display names repeat ("Enhetsmål" under every
 * goal), so the diagnostic's offset decides (its block's section), checked against the
 * `section` name the engine wrote; the name decides only when the two disagree.
 */
function sectionLocator(result: CheckResult, rowOf: ReadonlyMap<Section, SectionRow>): (diagnostic: Diagnostic) => Section | null {
  const blocks = result.blocks;
  const order = blocks.map((_, index) => index).sort((a, b) => blocks[a]!.start - blocks[b]!.start || a - b);
  const blockAt = (offset: number): number => {
    let low = 0;
    let high = order.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const blockIndex = order[middle]!;
      if (blocks[blockIndex]!.start <= offset) {
        found = blockIndex;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  return (diagnostic) => {
    const blockIndex = blockAt(diagnostic.start);
    const byOffset = blockIndex >= 0 ? result.outline.sectionOfBlock[blockIndex] : undefined;
    const section = byOffset && byOffset.kind !== 'root' ? byOffset : null;
    const name = diagnostic.section;
    if (name === undefined) return section;
    if (section && rowOf.get(section)?.name === name) return section;
    const named = result.outline.sections.filter((candidate) => rowOf.get(candidate)?.name === name);
    return named.find((candidate) => blockIndex >= candidate.heading && blockIndex <= candidate.lastBlock) ?? named[0] ?? section;
  };
}

// ---------------------------------------------------------------------------
// Rendering.

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Fel', warning: 'Varning', info: 'Info' };
const SEVERITY_PLURAL: Record<Severity, string> = { error: 'Fel', warning: 'Varningar', info: 'Info' };

function countPhrase(severity: Severity, count: number): string {
  if (severity === 'warning') return `${count} ${count === 1 ? 'varning' : 'varningar'}`;
  return `${count} ${severity === 'error' ? 'fel' : 'info'}`;
}

/** "2 fel, 1 varning", leaving out severities with none. */
function nonZeroPhrase(counts: Counts): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => countPhrase(severity, counts[severity]))
    .join(', ');
}

function countsPhrase(counts: Counts): string {
  return SEVERITIES.map((severity) => countPhrase(severity, counts[severity])).join(', ');
}

function renderReportHeader(files: readonly FileAnalysis[], generatedAt: Date): string {
  const fileCount = files.length === 1 ? '1 fil' : `${files.length} filer`;
  return [
    '<header class="report-head">',
    '<p class="kicker">utkastkoll · granskningsrapport</p>',
    '<h1>Granskning av utkast</h1>',
    `<p class="meta">Skapad <time datetime="${escapeHtml(isoDateTime(generatedAt))}">${escapeHtml(formatDateTime(generatedAt))}</time> · ${fileCount} granskad${files.length === 1 ? '' : 'e'}</p>`,
    '<dl class="legend">',
    `<dt>${severityBadge('error')}</dt><dd>Bör rättas innan utkastet godkänns.</dd>`,
    `<dt>${severityBadge('warning')}</dt><dd>Bör ses över; kan vara avsiktligt.</dd>`,
    `<dt>${severityBadge('info')}</dt><dd>Upplysning, till exempel läsbarhet (LIX) per avsnitt.</dd>`,
    '</dl>',
    '</header>',
  ].join('\n');
}

function renderOverview(files: readonly FileAnalysis[]): string {
  const sum = zeroCounts();
  const families = new Map<FamilyKey, Counts>();
  for (const file of files) {
    addCounts(sum, file.counts);
    for (const [family, counts] of file.families) {
      let into = families.get(family);
      if (!into) families.set(family, (into = zeroCounts()));
      addCounts(into, counts);
    }
  }
  const rows = files.map(
    (file) =>
      `<tr><td><a href="#${file.anchor}">${escapeHtml(file.report.file)}</a></td><td>${escapeHtml(file.report.result.typeName)}</td>` +
      SEVERITIES.map((severity) => `<td class="num">${file.counts[severity]}</td>`).join('') +
      '</tr>',
  );
  return [
    '<section class="overview" aria-labelledby="oversikt-rubrik">',
    '<h2 id="oversikt-rubrik">Översikt</h2>',
    '<table class="grid">',
    '<caption>Anmärkningar per fil</caption>',
    '<thead><tr><th scope="col">Fil</th><th scope="col">Dokumenttyp</th>' +
      SEVERITIES.map((severity) => `<th scope="col" class="num">${SEVERITY_PLURAL[severity]}</th>`).join('') +
      '</tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '<tfoot><tr><th scope="row" colspan="2">Totalt</th>' + SEVERITIES.map((severity) => `<td class="num">${sum[severity]}</td>`).join('') + '</tr></tfoot>',
    '</table>',
    '<h3>Per regelfamilj, alla filer</h3>',
    renderFamilyChart(families, 'oversikt'),
    '</section>',
  ].join('\n');
}

function renderFile(file: FileAnalysis, pageBreak: boolean): string {
  const { report, anchor, counts } = file;
  const { result } = report;
  return [
    `<section class="file${pageBreak ? ' new-page' : ''}" id="${anchor}" aria-labelledby="${anchor}-rubrik">`,
    `<h2 id="${anchor}-rubrik"><span class="file-label">Fil:</span> ${escapeHtml(report.file)}</h2>`,
    '<dl class="facts">',
    `<dt>Dokumenttyp</dt><dd>${escapeHtml(result.typeName)}</dd>`,
    `<dt>Varför</dt><dd>${escapeHtml(result.typeReason)}</dd>`,
    `<dt>Anmärkningar</dt><dd class="counts">${SEVERITIES.map((severity) => `<span class="count count-${severity}">${escapeHtml(countPhrase(severity, counts[severity]))}</span>`).join(' · ')}</dd>`,
    '</dl>',
    `<h3>Per regelfamilj</h3>`,
    renderFamilyTable(file),
    renderFamilyChart(file.families, anchor),
    `<h3>Per avsnitt</h3>`,
    renderSectionTable(file),
    `<h3>Alla anmärkningar</h3>`,
    renderFindings(file),
    '</section>',
  ].join('\n');
}

function visibleFamilies(families: ReadonlyMap<FamilyKey, Counts>): Array<[FamilyKey, Counts]> {
  return [...families].filter(([family, counts]) => family !== 'okand' || total(counts) > 0);
}

function renderFamilyTable(file: FileAnalysis): string {
  const rows = visibleFamilies(file.families).map(
    ([family, counts]) =>
      `<tr><th scope="row">${escapeHtml(familyName(family))}</th>` +
      SEVERITIES.map((severity) => `<td class="num">${counts[severity] || '<span class="zero">0</span>'}</td>`).join('') +
      `<td class="num total">${total(counts)}</td></tr>`,
  );
  return [
    '<table class="grid families">',
    '<thead><tr><th scope="col">Regelfamilj</th>' +
      SEVERITIES.map((severity) => `<th scope="col" class="num">${SEVERITY_PLURAL[severity]}</th>`).join('') +
      '<th scope="col" class="num">Totalt</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

/** Fill colours; the patterns on top keep the three apart in black-and-white print. */
const BAR_COLOUR: Record<Severity, string> = { error: '#9f1d1d', warning: '#c98a12', info: '#b9cde3' };

function patternDefs(prefix: string): string {
  const id = (severity: Severity) => `${prefix}-monster-${severity}`;
  return [
    '<defs>',
    `<pattern id="${id('error')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${BAR_COLOUR.error}"/><rect width="2.2" height="6" fill="#ffffff" fill-opacity="0.6"/></pattern>`,
    `<pattern id="${id('warning')}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${BAR_COLOUR.warning}"/><circle cx="3" cy="3" r="1.4" fill="#1a1a1a"/></pattern>`,
    `<pattern id="${id('info')}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${BAR_COLOUR.info}"/></pattern>`,
    '</defs>',
  ].join('');
}

/** Horizontal stacked bars, one per family: errors, warnings, info, with the numbers as text. */
function renderFamilyChart(families: ReadonlyMap<FamilyKey, Counts>, prefix: string): string {
  const entries = visibleFamilies(families);
  const labelWidth = 190;
  const barX = labelWidth + 10;
  const barMax = 260;
  const textX = barX + barMax + 12;
  const width = textX + 190;
  const legendHeight = 26;
  const rowHeight = 26;
  const barHeight = 16;
  const height = legendHeight + entries.length * rowHeight + 4;
  const max = Math.max(1, ...entries.map(([, counts]) => total(counts)));
  const fill = (severity: Severity) => `url(#${prefix}-monster-${severity})`;
  const titleId = `${prefix}-diagram-titel`;
  const descId = `${prefix}-diagram-beskrivning`;
  const description = entries.map(([family, counts]) => `${familyName(family)}: ${countsPhrase(counts)}.`).join(' ');

  const parts: string[] = [
    `<figure class="chart"><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">Anmärkningar per regelfamilj och allvarlighet</title>`,
    `<desc id="${descId}">${escapeHtml(description)}</desc>`,
    patternDefs(prefix),
  ];
  // Legend.
  let legendX = barX;
  for (const severity of SEVERITIES) {
    parts.push(
      `<rect x="${legendX}" y="4" width="16" height="12" fill="${fill(severity)}" stroke="#333" stroke-width="0.75"/>` +
        `<text x="${legendX + 21}" y="14.5" class="legend-text">${SEVERITY_PLURAL[severity]}</text>`,
    );
    legendX += 95;
  }
  entries.forEach(([family, counts], index) => {
    const y = legendHeight + index * rowHeight;
    const name = familyName(family);
    parts.push(`<g class="bar-row"><title>${escapeHtml(`${name}: ${countsPhrase(counts)}`)}</title>`);
    parts.push(`<text x="${labelWidth}" y="${y + 12.5}" text-anchor="end" class="bar-label">${escapeHtml(name)}</text>`);
    parts.push(`<line x1="${barX}" y1="${y - 2}" x2="${barX}" y2="${y + barHeight + 2}" stroke="#555" stroke-width="1"/>`);
    let x = barX;
    for (const severity of SEVERITIES) {
      const count = counts[severity];
      if (count === 0) continue;
      const segment = Math.max(4, round((count / max) * barMax));
      parts.push(
        `<rect x="${round(x)}" y="${y}" width="${segment}" height="${barHeight}" fill="${fill(severity)}" stroke="#222" stroke-width="0.75">` +
          `<title>${escapeHtml(`${name}: ${countPhrase(severity, count)}`)}</title></rect>`,
      );
      x += segment;
    }
    const numbers = total(counts) === 0 ? 'inga' : nonZeroPhrase(counts).replaceAll(', ', ' · ');
    parts.push(`<text x="${textX}" y="${y + 12.5}" class="bar-value">${escapeHtml(numbers)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg></figure>');
  return parts.join('\n');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function renderSectionTable(file: FileAnalysis): string {
  const { rows } = file;
  const shown = rows.filter((row) => row.section !== null || row.findings.length > 0 || row.lix !== undefined);
  if (shown.length === 0) return '<p class="empty">Dokumentet har inga avsnitt.</p>';
  const body = shown.map((row) => {
    const kind = row.section?.kind === 'title' ? '<span class="kind">Titel: </span>' : '';
    const name = row.findings.length > 0 ? `<a href="#${row.anchor}">${escapeHtml(row.name)}</a>` : escapeHtml(row.name);
    const cells = SEVERITIES.map((severity) => `<td class="num">${row.counts[severity] || ''}</td>`).join('');
    const lix = row.lix;
    const lixCells = lix
      ? `<td class="num${lix.lix >= HARD_LIX ? ' hard' : ''}">${lix.lix}</td><td class="band">${escapeHtml(lix.band)}</td><td class="num">${lix.words ?? ''}</td>`
      : '<td class="num"></td><td class="band"></td><td class="num"></td>';
    const rowClass = row.section === null ? ' class="outside"' : row.findings.length > 0 ? ' class="has-findings"' : '';
    return `<tr${rowClass}><th scope="row" style="padding-left:${(0.4 + row.depth * 1.1).toFixed(1)}em">${kind}${name}</th>${cells}${lixCells}</tr>`;
  });
  return [
    '<table class="grid sections">',
    '<caption>Anmärkningar direkt i varje avsnitt (utan underavsnitt) och läsbarhet. LIX räknas på avsnittet med dess underavsnitt; tomt där texten är för kort för ett värde.</caption>',
    '<thead><tr><th scope="col">Avsnitt</th>' +
      SEVERITIES.map((severity) => `<th scope="col" class="num">${SEVERITY_PLURAL[severity]}</th>`).join('') +
      '<th scope="col" class="num">LIX</th><th scope="col">Nivå</th><th scope="col" class="num">Ord</th></tr></thead>',
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
    lixNote(),
  ].join('\n');
}

function lixNote(): string {
  const description = findRule(READABILITY)?.meta.description;
  return description ? `<p class="note">${escapeHtml(description)}</p>` : '';
}

function renderFindings(file: FileAnalysis): string {
  const groups = file.rows.filter((row) => row.findings.length > 0);
  const readabilityNote =
    file.readabilityCount > 0
      ? ` ${file.readabilityCount === 1 ? 'Läsbarhetsnoteringen' : `De ${file.readabilityCount} läsbarhetsnoteringarna`} (LIX) står i tabellen ovan.`
      : '';
  if (groups.length === 0) return `<p class="empty">Inga anmärkningar utöver läsbarheten.${readabilityNote}</p>`;
  const lineLabel = /\.docx$/i.test(file.report.file) ? 'Stycke' : 'Rad';
  const parts: string[] = [`<p class="note lead">Ordnade efter avsnitt i dokumentets ordning.${readabilityNote}</p>`];
  for (const row of groups) {
    const path = row.path.length > 0 ? `<span class="path">${row.path.map(escapeHtml).join(' › ')} › </span>` : '';
    parts.push(`<section class="group" id="${row.anchor}">`);
    parts.push(`<h4>${path}${escapeHtml(row.name)} <span class="group-count">(${escapeHtml(nonZeroPhrase(row.counts))})</span></h4>`);
    let previous: Diagnostic | undefined;
    for (const diagnostic of row.findings) {
      parts.push(renderFinding(diagnostic, file.report.source, lineLabel, previous));
      previous = diagnostic;
    }
    parts.push('</section>');
  }
  return parts.join('\n');
}

function severityBadge(severity: Severity): string {
  return `<span class="sev sev-${severity}">${SEVERITY_LABEL[severity]}</span>`;
}

function renderFinding(diagnostic: Diagnostic, source: string, lineLabel: string, previous: Diagnostic | undefined): string {
  const rule = findRule(diagnostic.ruleId);
  const samePlace = previous !== undefined && previous.start === diagnostic.start && previous.end === diagnostic.end;
  const context = samePlace
    ? '<p class="context same">Samma textställe som anmärkningen ovan.</p>'
    : `<blockquote class="context"><p>${renderContext(source, diagnostic.start, diagnostic.end)}</p></blockquote>`;
  const fixes = (diagnostic.fixes ?? []).map((fix) => renderFix(fix, source));
  return [
    `<article class="finding finding-${diagnostic.severity}">`,
    `<p class="finding-head">${severityBadge(diagnostic.severity)} <span class="pos">${lineLabel} ${diagnostic.line}:${diagnostic.column}</span> <span class="message">${escapeHtml(diagnostic.message)}</span></p>`,
    context,
    fixes.length > 0 ? `<ul class="fixes">${fixes.join('')}</ul>` : '',
    `<p class="rule">Regel: <code>${escapeHtml(diagnostic.ruleId)}</code>${rule ? ` – ${escapeHtml(rule.meta.title)}` : ''}</p>`,
    '</article>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function renderFix(fix: Fix, source: string): string {
  const start = clamp(fix.start, 0, source.length);
  const end = clamp(fix.end, start, source.length);
  const original = collapse(source.slice(start, end)).trim();
  const replacement = collapse(fix.text).trim();
  let change: string;
  if (original === '' && replacement === '') change = '';
  else if (original === '') change = `infoga <ins>${escapeHtml(replacement)}</ins>`;
  else if (replacement === '') change = `ta bort <del>${escapeHtml(original)}</del>`;
  else change = `<del>${escapeHtml(original)}</del> → <ins>${escapeHtml(replacement)}</ins>`;
  return `<li class="fix"><span class="fix-label">Förslag:</span> ${escapeHtml(fix.title)}${change ? `: ${change}` : ''}</li>`;
}

// ---------------------------------------------------------------------------
// Quoted context.

const CONTEXT = 60;
const MAX_FLAGGED = 160;

/** About 60 characters either side of start..end, on one line, the flagged part in <mark>. */
function renderContext(source: string, rawStart: number, rawEnd: number): string {
  const start = safeCut(source, clamp(rawStart, 0, source.length));
  const end = safeCut(source, clamp(rawEnd, start, source.length));
  const before = contextBefore(source, start);
  const after = contextAfter(source, end);
  let flagged: string;
  if (start === end) {
    flagged = '<span class="caret" role="img" aria-label="här">‸</span>';
  } else {
    let text = collapse(source.slice(start, end));
    if (text.length > MAX_FLAGGED) text = text.slice(0, safeCut(text, MAX_FLAGGED - 1)).trimEnd() + '…';
    flagged = `<mark>${escapeHtml(text)}</mark>`;
  }
  return `${escapeHtml(before)}${flagged}${escapeHtml(after)}`;
}

function contextBefore(source: string, start: number): string {
  // Take generously, collapse, then keep the last CONTEXT characters from a word start.
  const raw = source.slice(safeCut(source, Math.max(0, start - CONTEXT * 3)), start);
  let text = collapse(raw);
  if (start - raw.length === 0) text = text.trimStart();
  if (text.length <= CONTEXT) return text;
  let cut = safeCut(text, text.length - CONTEXT);
  const space = text.indexOf(' ', cut);
  if (text[cut - 1] !== ' ' && space >= 0 && space - cut < 15) cut = space + 1;
  return '…' + text.slice(cut);
}

function contextAfter(source: string, end: number): string {
  const rawEnd = safeCut(source, Math.min(source.length, end + CONTEXT * 3));
  let text = collapse(source.slice(end, rawEnd));
  if (rawEnd === source.length) text = text.trimEnd();
  if (text.length <= CONTEXT) return text;
  let cut = safeCut(text, CONTEXT);
  const space = text.lastIndexOf(' ', cut);
  if (text[cut] !== ' ' && space >= 0 && cut - space < 15) cut = space;
  return text.slice(0, cut).trimEnd() + '…';
}

/** All whitespace (line breaks, form feeds, tabs, non-breaking spaces) as single spaces. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Moves a cut point off the middle of a surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at > 0 && at < text.length) {
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff) return at - 1;
  }
  return at;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(Number.isFinite(value) ? value : low, high));
}

// ---------------------------------------------------------------------------
// Small helpers.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attributes; drops control characters HTML does not allow. */
function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Local time, Swedish style: "2026-11-24 21:30". */
function formatDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'okänd tid';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Local time with offset, for <time datetime>. */
function isoDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${formatDateTime(date).replace(' ', 'T')}${sign}${hours}:${minutes}`;
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 2rem 1.5rem 3rem; max-width: 60rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 15px; line-height: 1.45; color: #1a1a1a; background: #fff;
}
h1, h2, h3, h4 { line-height: 1.25; margin: 1.4em 0 0.5em; }
h1 { font-size: 1.6rem; margin-top: 0.2em; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2em; }
h3 { font-size: 1.1rem; }
h4 { font-size: 1rem; margin: 1.2em 0 0.4em; }
a { color: #1f4e79; }
.kicker { margin: 0; font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; color: #555; }
.meta { margin: 0.2em 0 1em; color: #333; }
.report-head { border-bottom: 1px solid #999; padding-bottom: 0.8em; }
.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 0.8em; margin: 0.6em 0 0; font-size: 0.9rem; }
.legend dt, .legend dd { margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.4em 0 1em; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.file-label { font-weight: 400; color: #555; }
.count-error { font-weight: 700; }
.grid { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 0.9rem; }
.grid caption { caption-side: top; text-align: left; font-size: 0.85rem; color: #444; padding-bottom: 0.3em; }
.grid th, .grid td { border: 1px solid #bbb; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
.grid thead th { background: #eef0f3; font-weight: 600; }
.grid tbody th { font-weight: 400; }
.grid tfoot th, .grid tfoot td { font-weight: 700; border-top: 2px solid #555; }
.grid .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 1%; }
.grid .total { font-weight: 600; }
.grid .zero { color: #888; }
.families { width: auto; }
.families .num { width: auto; min-width: 4em; }
.families tbody th { padding-right: 2em; }
.sections tr.has-findings th { font-weight: 600; }
.sections tr.outside th { font-style: italic; }
.sections td.hard { font-weight: 700; }
.sections td.band { white-space: nowrap; }
.kind { color: #555; font-size: 0.85em; }
.note { font-size: 0.85rem; color: #444; margin: 0.3em 0 0.8em; }
.empty { font-style: italic; }
.chart { margin: 0.3em 0 1em; }
.chart svg { max-width: 100%; height: auto; display: block; }
.chart text { font-family: inherit; font-size: 13px; fill: #1a1a1a; }
.chart .bar-value { font-variant-numeric: tabular-nums; }
.sev {
  display: inline-block; min-width: 4.6em; text-align: center; padding: 0.05em 0.4em;
  font-size: 0.78rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; border-radius: 3px;
  border: 1.5px solid #1a1a1a;
}
.sev-error { background: #9f1d1d; color: #fff; border-color: #9f1d1d; }
.sev-warning { background: #fbe6b8; color: #1a1a1a; border-color: #8a5d00; border-style: solid; }
.sev-info { background: #fff; color: #1f3f63; border-color: #1f3f63; border-style: dashed; }
.group { margin-top: 1em; }
.path { font-weight: 400; color: #555; }
.group-count { font-weight: 400; color: #555; font-size: 0.9em; }
.finding { border: 1px solid #bbb; border-left-width: 5px; padding: 0.5em 0.8em; margin: 0.5em 0; }
.finding-error { border-left: 5px solid #9f1d1d; }
.finding-warning { border-left: 5px double #8a5d00; }
.finding-info { border-left: 5px dashed #1f3f63; }
.finding p { margin: 0.2em 0; }
.finding-head .pos { font-variant-numeric: tabular-nums; color: #444; font-size: 0.9rem; margin: 0 0.3em; white-space: nowrap; }
.message { font-weight: 600; }
.context { margin: 0.4em 0; padding: 0.3em 0.7em; background: #f6f6f4; border-left: 3px solid #999; font-family: Georgia, "Times New Roman", serif; font-size: 0.95rem; overflow-wrap: anywhere; }
.context.same { background: none; border: 0; padding: 0; font-family: inherit; font-size: 0.85rem; font-style: italic; color: #444; }
mark { background: #ffe680; color: inherit; font-weight: 700; border-bottom: 2px solid #1a1a1a; padding: 0 0.1em; }
.caret { font-weight: 700; font-family: system-ui, sans-serif; font-size: 1.25em; line-height: 1; padding: 0 0.2em; border-bottom: 2px solid #1a1a1a; background: #ffe680; }
.fixes { list-style: none; margin: 0.3em 0; padding: 0; }
.fix-label { font-weight: 700; }
del { text-decoration: line-through; text-decoration-thickness: 1.5px; color: #5a1414; }
ins { text-decoration: underline; text-decoration-thickness: 1.5px; font-weight: 700; color: #12461f; }
.rule { font-size: 0.8rem; color: #555; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.95em; }
.report-foot { margin-top: 2.5em; border-top: 1px solid #999; font-size: 0.8rem; color: #555; }
@media print {
  @page { size: A4; margin: 16mm 15mm 18mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .new-page { break-before: page; page-break-before: always; }
  h2, h3, h4, .lead { break-after: avoid; page-break-after: avoid; }
  .finding, .chart, .facts, .legend, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .grid thead th { background: #eee; }
  .finding { border-top-color: #777; border-right-color: #777; border-bottom-color: #777; }
  .context { background: none; }
}
`.trim();
