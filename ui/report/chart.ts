/**
 * The family chart: horizontal stacked bars, one per rule family, of errors and warnings
 * (info, such as a mycket svår text, is counted in the table beside it, not drawn), inline
 * SVG with the numbers as text and a text description for screen readers.
 */
import { countPhrase, uiWords, type FamilySummary, type Severity } from '../../shared/index';
import { escapeHtml } from './escape';

/** What the chart draws: what must or should be dealt with. */
const CHARTED: readonly Severity[] = ['error', 'warning'];

/** Fill colours; the patterns on top keep the two apart in black-and-white print. */
const BAR_COLOUR: Record<'error' | 'warning', string> = { error: '#9f1d1d', warning: '#c98a12' };

function patternDefs(prefix: string): string {
  const id = (severity: Severity) => `${prefix}-monster-${severity}`;
  return [
    '<defs>',
    `<pattern id="${id('error')}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${BAR_COLOUR.error}"/><rect width="2.2" height="6" fill="#ffffff" fill-opacity="0.6"/></pattern>`,
    `<pattern id="${id('warning')}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${BAR_COLOUR.warning}"/><circle cx="3" cy="3" r="1.4" fill="#1a1a1a"/></pattern>`,
    '</defs>',
  ].join('');
}

/** `prefix` keeps the pattern and title ids unique when a page holds several charts. */
export function renderFamilyChart(families: readonly FamilySummary[], prefix: string): string {
  const labelWidth = 190;
  const barX = labelWidth + 10;
  const barMax = 260;
  const textX = barX + barMax + 12;
  const width = textX + 190;
  const legendHeight = 26;
  const rowHeight = 26;
  const barHeight = 16;
  const height = legendHeight + families.length * rowHeight + 4;
  const max = Math.max(1, ...families.map(({ counts }) => total(counts)));
  const fill = (severity: Severity) => `url(#${prefix}-monster-${severity})`;
  const titleId = `${prefix}-diagram-titel`;
  const descId = `${prefix}-diagram-beskrivning`;
  const description = families.map(({ name, counts }) => `${name}: ${chartedPhrase(counts)}.`).join(' ');

  const parts: string[] = [
    `<figure class="chart"><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">${uiWords.severities.error.labelPlural} och ${uiWords.severities.warning.namePlural} per regelfamilj</title>`,
    `<desc id="${descId}">${escapeHtml(description)}</desc>`,
    patternDefs(prefix),
  ];
  let legendX = barX;
  for (const severity of CHARTED) {
    parts.push(
      `<rect x="${legendX}" y="4" width="16" height="12" fill="${fill(severity)}" stroke="#333" stroke-width="0.75"/>` +
        `<text x="${legendX + 21}" y="14.5" class="legend-text">${uiWords.severities[severity].labelPlural}</text>`,
    );
    legendX += 95;
  }
  families.forEach(({ name, counts }, index) => {
    const y = legendHeight + index * rowHeight;
    parts.push(`<g class="bar-row"><title>${escapeHtml(`${name}: ${chartedPhrase(counts)}`)}</title>`);
    parts.push(`<text x="${labelWidth}" y="${y + 12.5}" text-anchor="end" class="bar-label">${escapeHtml(name)}</text>`);
    parts.push(`<line x1="${barX}" y1="${y - 2}" x2="${barX}" y2="${y + barHeight + 2}" stroke="#555" stroke-width="1"/>`);
    let x = barX;
    for (const severity of CHARTED) {
      const count = counts[severity];
      if (count === 0) continue;
      const segment = Math.max(4, round((count / max) * barMax));
      parts.push(
        `<rect x="${round(x)}" y="${y}" width="${segment}" height="${barHeight}" fill="${fill(severity)}" stroke="#222" stroke-width="0.75">` +
          `<title>${escapeHtml(`${name}: ${countPhrase(severity, count)}`)}</title></rect>`,
      );
      x += segment;
    }
    const numbers =
      total(counts) === 0
        ? 'inga'
        : CHARTED.filter((severity) => counts[severity] > 0)
            .map((severity) => countPhrase(severity, counts[severity]))
            .join(' · ');
    parts.push(`<text x="${textX}" y="${y + 12.5}" class="bar-value">${escapeHtml(numbers)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg></figure>');
  return parts.join('\n');
}

function total(counts: FamilySummary['counts']): number {
  return counts.error + counts.warning;
}

/** "1 fel, 2 varningar". */
function chartedPhrase(counts: FamilySummary['counts']): string {
  return CHARTED.map((severity) => countPhrase(severity, counts[severity])).join(', ');
}

/** One decimal: enough for a bar, and the same number on every machine. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
