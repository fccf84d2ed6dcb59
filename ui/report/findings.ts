/**
 * "Anmärkningar": every finding, grouped under its section in document order, each with
 * its message, quoted context (inside its paragraph), suggested fixes and rule.
 */
import { countsPhrase, findRule, type Block, type Diagnostic, type Fix } from '../../shared/index';
import { clamp, collapse, paragraphBounds, renderContext } from './context';
import { escapeHtml } from './escape';
import { sectionAnchor, severityBadge, type FileView } from './view';

export function renderFindings(file: FileView): string {
  const { summary, report } = file;
  const groups = summary.sections.filter((row) => row.findings.length > 0);
  if (groups.length === 0) return '<p class="empty">Inga anmärkningar.</p>';
  // A .docx is read one line per paragraph, so its "line" is the paragraph number.
  const lineLabel = report.format === 'docx' ? 'Stycke' : 'Rad';
  const lixNote = summary.sections.some((row) => row.lix) ? ' LIX för varje avsnitt står i tabellen nedan.' : '';
  const parts: string[] = [`<p class="note lead">Ordnade efter avsnitt i dokumentets ordning.${lixNote}</p>`];
  for (const row of groups) {
    const path = row.path.length > 0 ? `<span class="path">${row.path.map(escapeHtml).join(' › ')} › </span>` : '';
    parts.push(`<section class="group" id="${sectionAnchor(file, row)}">`);
    parts.push(`<h4>${path}${escapeHtml(row.name)} <span class="group-count">(${escapeHtml(countsPhrase(row.counts, { omitZero: true }))})</span></h4>`);
    let previous: Diagnostic | undefined;
    for (const index of row.findings) {
      const diagnostic = report.result.diagnostics[index]!;
      parts.push(renderFinding(diagnostic, report.source, report.result.blocks, lineLabel, previous));
      previous = diagnostic;
    }
    parts.push('</section>');
  }
  return parts.join('\n');
}

function renderFinding(diagnostic: Diagnostic, source: string, blocks: readonly Block[], lineLabel: string, previous: Diagnostic | undefined): string {
  const rule = findRule(diagnostic.ruleId);
  // Several findings on the same words (a wrong number and changed wording) quote them once.
  const samePlace = previous !== undefined && previous.start === diagnostic.start && previous.end === diagnostic.end;
  const context = samePlace
    ? '<p class="context same">Samma textställe som anmärkningen ovan.</p>'
    : `<blockquote class="context"><p>${renderContext(source, diagnostic.start, diagnostic.end, paragraphBounds(source, blocks, diagnostic.start, diagnostic.end))}</p></blockquote>`;
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

/** "Förslag: Ändra totalen till 259: <del>286</del> → <ins>259</ins>". */
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
