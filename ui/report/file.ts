/**
 * One file's part of the report, what matters first: its facts and readiness, every
 * finding, then the section table with LIX (sections with neither findings nor a LIX
 * left out), then the counts per rule family (table, and a chart of errors and warnings).
 */
import { countPhrase, findRule, SEVERITIES, type LixSummary } from '../../shared/index';
import { renderFamilyChart } from './chart';
import { escapeHtml } from './escape';
import { renderFindings } from './findings';
import { sectionAnchor, severityHeadings, type FileView } from './view';

export function renderFile(file: FileView, pageBreak: boolean): string {
  const { report, anchor, summary } = file;
  return [
    `<section class="file${pageBreak ? ' new-page' : ''}" id="${anchor}" aria-labelledby="${anchor}-rubrik">`,
    `<h2 id="${anchor}-rubrik"><span class="file-label">Fil:</span> ${escapeHtml(report.file)}</h2>`,
    '<dl class="facts">',
    `<dt>Status</dt><dd class="readiness readiness-${summary.readiness.verdict}">${escapeHtml(summary.readiness.sentence)}</dd>`,
    `<dt>Dokumenttyp</dt><dd>${escapeHtml(summary.typeName)}</dd>`,
    `<dt>Varför</dt><dd>${escapeHtml(report.result.typeReason)}</dd>`,
    `<dt>Anmärkningar</dt><dd class="counts">${SEVERITIES.map((severity) => `<span class="count count-${severity}">${escapeHtml(countPhrase(severity, summary.counts[severity]))}</span>`).join(' · ')}</dd>`,
    summary.lix ? `<dt>Läsbarhet</dt><dd>${escapeHtml(lixPhrase(summary.lix))}</dd>` : '',
    '</dl>',
    `<h3>Anmärkningar</h3>`,
    renderFindings(file),
    `<h3>Per avsnitt</h3>`,
    renderSectionTable(file),
    `<h3>Per regelfamilj</h3>`,
    renderFamilyTable(file),
    renderFamilyChart(summary.families, anchor),
    '</section>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** "LIX 52 (svår) för hela texten, 3400 ord": words unspaced, as in the section table. */
function lixPhrase(lix: LixSummary): string {
  return `LIX ${lix.value} (${lix.band}) för hela texten, ${lix.words} ord`;
}

function renderFamilyTable(file: FileView): string {
  const rows = file.summary.families.map(
    ({ name, counts }) =>
      `<tr><th scope="row">${escapeHtml(name)}</th>` +
      SEVERITIES.map((severity) => `<td class="num">${counts[severity] || '<span class="zero">0</span>'}</td>`).join('') +
      `<td class="num total">${counts.error + counts.warning + counts.info}</td></tr>`,
  );
  return [
    '<table class="grid families">',
    '<thead><tr><th scope="col">Regelfamilj</th>' + severityHeadings() + '<th scope="col" class="num">Totalt</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function renderSectionTable(file: FileView): string {
  const all = file.summary.sections;
  if (all.length === 0) return '<p class="empty">Dokumentet har inga avsnitt.</p>';
  // Sections with no finding and no LIX say nothing: they are left out, and counted.
  const rows = all.filter((row) => row.findings.length > 0 || row.lix !== undefined);
  const folded = all.length - rows.length;
  const foldedNote =
    folded > 0 ? `<p class="note">${folded === 1 ? '1 avsnitt' : `${folded} avsnitt`} utan anmärkningar och utan LIX-värde visas inte.</p>` : '';
  if (rows.length === 0) return `<p class="empty">Inga avsnitt har anmärkningar eller tillräckligt med text för ett LIX-värde.</p>`;
  const shown = new Set(rows.map((row) => row.section));
  const parentIndex = parentsOf(file);
  const body = rows.map((row) => {
    const kind = row.kind === 'title' ? '<span class="kind">Titel: </span>' : '';
    // Where the section above it is left out, its path says where it stands.
    const parent = parentIndex[row.section];
    const path =
      row.path.length > 0 && parent !== undefined && !shown.has(parent) ? `<span class="path">${row.path.map(escapeHtml).join(' › ')} › </span>` : '';
    const label = row.findings.length > 0 ? `<a href="#${sectionAnchor(file, row)}">${escapeHtml(row.name)}</a>` : escapeHtml(row.name);
    const name = path + label;
    const cells = SEVERITIES.map((severity) => `<td class="num">${row.counts[severity] || ''}</td>`).join('');
    const lix = row.lix;
    const lixCells = lix
      ? `<td class="num${lix.hard ? ' hard' : ''}">${lix.value}</td><td class="band">${escapeHtml(lix.band)}</td><td class="num">${lix.words}</td>`
      : '<td class="num"></td><td class="band"></td><td class="num"></td>';
    const rowClass = row.kind === 'outside' ? ' class="outside"' : row.findings.length > 0 ? ' class="has-findings"' : '';
    return `<tr${rowClass}><th scope="row" style="padding-left:${(0.4 + row.depth * 1.1).toFixed(1)}em">${kind}${name}</th>${cells}${lixCells}</tr>`;
  });
  return [
    '<table class="grid sections">',
    '<caption>Anmärkningar direkt i varje avsnitt (utan underavsnitt) och läsbarhet. LIX räknas på avsnittets egen löptext, inte underavsnittens, tabeller, punktlistor, lagrum, ordlistor eller citerade mål; tomt där texten är för kort för ett värde.</caption>',
    '<thead><tr><th scope="col">Avsnitt</th>' +
      severityHeadings() +
      '<th scope="col" class="num">LIX</th><th scope="col">Nivå</th><th scope="col" class="num">Ord</th></tr></thead>',
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
    foldedNote,
    lixNote(),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** For each outline section index, its parent's index (-1 for the findings outside sections), undefined at the top. */
function parentsOf(file: FileView): Array<number | undefined> {
  const sections = file.report.result.outline.sections;
  const index = new Map(sections.map((section, at) => [section, at]));
  return sections.map((section) => (section.parent ? index.get(section.parent) : undefined));
}

/** The readability rule's own description says what the bands mean. */
function lixNote(): string {
  const description = findRule('readability')?.meta.description;
  return description ? `<p class="note">${escapeHtml(description)}</p>` : '';
}
