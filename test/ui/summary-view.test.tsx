// @vitest-environment jsdom
/**
 * SummaryView renders the core's summary: verdict, counts per family and severity, LIX
 * per section, and the dismissed and hidden counts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkDocument, documentFromText, uiWords, type Summary } from '../../shared/index';
import { SummaryView } from '../../ui/index';
import { checkTjansteutlatande, checkWithDismissed, summarize } from './fixtures';
import { all, cleanup, one, render, textOf } from './render';

afterEach(cleanup);

function renderSummary(summary: Summary) {
  return render(<SummaryView summary={summary} />).container;
}

describe('SummaryView', () => {
  it('shows the readiness verdict, title and sentence, marked by verdict', () => {
    const summary = summarize(checkTjansteutlatande());
    const verdict = one(renderSummary(summary), '[data-verdict]');
    expect(verdict.dataset.verdict).toBe('not-ready');
    expect(textOf(one(verdict, '.fui-Badge'))).toBe(uiWords.readiness['not-ready'].title);
    // The badge says the title; the sentence goes on without repeating it.
    expect(textOf(one(verdict, 'p'))).toBe('2 fel behöver rättas och 1 varning bör ses över.');
    expect(summary.readiness.sentence).toBe(`${uiWords.readiness['not-ready'].title}: 2 fel behöver rättas och 1 varning bör ses över.`);
  });

  it('says ready when nothing is left', () => {
    const ready = summarize(checkDocument(documentFromText('# Rubrik\n\nKort text.', 'markdown')));
    const summary: Summary = { ...ready, readiness: { verdict: 'ready', title: uiWords.readiness.ready.title, sentence: uiWords.readiness.ready.sentence } };
    expect(one(renderSummary(summary), '[data-verdict]').dataset.verdict).toBe('ready');
  });

  it('counts per family and severity, with a total row', () => {
    const summary = summarize(checkTjansteutlatande());
    const table = one(renderSummary(summary), 'table[data-table="families"]');
    expect(all(table, 'thead th').map(textOf)).toEqual(['Kontroll', ...(['error', 'warning', 'info'] as const).map((s) => uiWords.severities[s].labelPlural)]);
    const rows = all(table, 'tbody tr');
    expect(rows.map((row) => row.dataset.family)).toEqual(['struktur', 'kon', 'mal', 'ovrigt', 'total']);
    expect(rows.map((row) => all(row, 'th, td').map(textOf))).toEqual([
      [uiWords.families.struktur, '0', '1', '0'],
      [uiWords.families.kon, '1', '0', '0'],
      [uiWords.families.mal, '1', '0', '0'],
      [uiWords.families.ovrigt, '0', '0', '1'],
      ['Totalt', '2', '1', '1'],
    ]);
  });

  it('shows LIX per section with band and words, indented by depth, and the whole text', () => {
    const summary = summarize(checkTjansteutlatande());
    const table = one(renderSummary(summary), 'table[data-table="lix"]');
    const bakgrund = summary.sections.find((section) => section.name === 'Bakgrund')!;
    const rows = all(table, 'tbody tr');
    expect(rows.map((row) => all(row, 'th, td').map(textOf))).toEqual([
      ['Bakgrund', String(bakgrund.lix!.value), bakgrund.lix!.band, String(bakgrund.lix!.words)],
      ['Hela texten', String(summary.lix!.value), summary.lix!.band, String(summary.lix!.words)],
    ]);
    expect(rows[0]!.dataset.depth).toBe('0');
  });

  it('indents sub-sections', () => {
    const summary = summarize(checkTjansteutlatande());
    const nested: Summary = {
      ...summary,
      sections: [...summary.sections, { ...summary.sections.find((section) => section.lix)!, section: 99, name: 'Underavsnitt', depth: 2, path: ['A', 'B'] }],
    };
    const row = one(renderSummary(nested), 'tr[data-section="99"] th');
    expect(row.style.paddingLeft).toBe('28px');
  });

  it('counts dismissed and hidden findings apart', () => {
    const { result } = checkWithDismissed();
    const container = renderSummary(summarize(result));
    expect(textOf(one(container, '[data-count="dismissed"]'))).toBe('1 ignorerad anmärkning räknas inte med.');
    expect(textOf(one(container, '[data-count="hidden"]'))).toBe('1 anmärkning under den lägsta nivån i inställningarna visas inte.');
    expect(container.querySelector('[data-count]') && renderSummary(summarize(checkTjansteutlatande())).querySelector('[data-count]')).toBeNull();
  });
});
