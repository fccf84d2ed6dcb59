// @vitest-environment jsdom
/**
 * FindingsList: groups by family and section with counts, each finding's data-* hooks,
 * severity, message and quote, and which function each click and key calls.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countsPhrase, familyNames, uiWords, type Diagnostic } from '../../shared/index';
import { FindingsList, quoteFlagged } from '../../ui/index';
import { byRule, checkTjansteutlatande } from './fixtures';
import { all, cleanup, click, one, press, render, textOf } from './render';

afterEach(cleanup);

const { diagnostics } = checkTjansteutlatande();

function renderList(props: Partial<Parameters<typeof FindingsList>[0]> = {}) {
  const handlers = { onSelect: vi.fn(), onFix: vi.fn(), onIgnore: vi.fn() };
  const { container } = render(<FindingsList diagnostics={diagnostics} {...handlers} {...props} />);
  return { container, ...handlers };
}

function finding(container: HTMLElement, ruleId: string): HTMLElement {
  return one(container, `[data-rule-id="${ruleId}"]`);
}

describe('FindingsList', () => {
  it('has one element per finding with data-rule-id and data-key', () => {
    const { container } = renderList();
    const items = all(container, '[data-rule-id]');
    expect(items.map((item) => item.dataset.ruleId)).toEqual(expect.arrayContaining(diagnostics.map((d) => d.ruleId)));
    expect(items).toHaveLength(diagnostics.length);
    for (const diagnostic of diagnostics) expect(one(container, `[data-key="${diagnostic.key}"]`).dataset.ruleId).toBe(diagnostic.ruleId);
  });

  it('groups by family in registry order, with their Swedish names', () => {
    const { container } = renderList();
    const families = all(container, '[data-family]');
    expect(families.map((family) => family.dataset.family)).toEqual(['struktur', 'kon', 'mal', 'ovrigt']);
    expect(families.map((family) => textOf(one(family, 'h3 [data-label]')))).toEqual([
      familyNames.struktur,
      familyNames.kon,
      familyNames.mal,
      familyNames.ovrigt,
    ]);
  });

  it('groups inside a family by section and counts each group and the total', () => {
    const { container } = renderList();
    const total = one(container, '[data-total]');
    expect(total.dataset.total).toBe(String(diagnostics.length));
    expect(textOf(total)).toBe(`4 anmärkningar (${countsPhrase({ error: 2, warning: 1, info: 1 }, { omitZero: true })})`);
    const kon = one(container, '[data-family="kon"]');
    expect(kon.dataset.count).toBe('1');
    expect(textOf(kon.querySelector('h3')!)).toContain('1 fel');
    const sections = all(kon, '[data-group]');
    expect(sections.map((section) => section.dataset.group)).toEqual(['section:Bakgrund']);
    expect(textOf(sections[0]!.querySelector('h4')!)).toBe('Bakgrund 1 fel');
    expect(all(container, '[data-family="struktur"] [data-group]').map((section) => textOf(section.querySelector('h4 [data-label]')!))).toEqual([
      'Synpunkter och förslag',
    ]);
  });

  it('puts findings without a section under "Utanför avsnitten"', () => {
    const outside: Diagnostic = { ...byRule(diagnostics, 'gender-split-sum'), section: undefined, key: 'utanfor' };
    const { container } = renderList({ diagnostics: [outside] });
    expect(textOf(one(container, '[data-group="outside"] h4 [data-label]'))).toBe(uiWords.outsideSections);
  });

  it('groups by what groupBy says (a web form groups by field)', () => {
    const { container } = renderList({ groupBy: (d) => ({ key: `field:${d.line}`, label: `Fält ${d.line}` }) });
    const labels = all(container, '[data-family="kon"] [data-group] h4 [data-label]').map(textOf);
    expect(labels).toEqual([`Fält ${byRule(diagnostics, 'gender-split-sum').line}`]);
  });

  it('shows the severity label, the message and the flagged words quoted on one line', () => {
    const { container } = renderList();
    const split = byRule(diagnostics, 'gender-split-sum');
    expect(split.text).toContain('\n');
    const item = finding(container, 'gender-split-sum');
    expect(textOf(one(item, '[data-severity="error"]:not(li)'))).toBe(uiWords.severities.error.label);
    expect(item.textContent).toContain(split.message);
    expect(item.textContent).toContain('”286 ungdomar varav 124 flickor och 135 pojkar”');
    expect(textOf(one(finding(container, 'required-section'), '.fui-Badge'))).toBe(uiWords.severities.warning.label);
    expect(textOf(one(finding(container, 'readability'), '.fui-Badge'))).toBe(uiWords.severities.info.label);
  });

  it('shortens long flagged text with … and collapses whitespace', () => {
    expect(quoteFlagged('a\u00a0b\n\tc')).toBe('”a b c”');
    const long = quoteFlagged('ord '.repeat(60), 40);
    expect(long.length).toBeLessThanOrEqual(42);
    expect(long.endsWith('…”')).toBe(true);
    expect(quoteFlagged('')).toBe('');
  });

  it('selects the finding on click, Enter and Space', () => {
    const { container, onSelect, onFix, onIgnore } = renderList();
    const goal = byRule(diagnostics, 'goal-wording');
    click(finding(container, 'goal-wording'));
    expect(onSelect).toHaveBeenLastCalledWith(goal);
    const body = one(finding(container, 'gender-split-sum'), '[role="button"]');
    expect(body.tabIndex).toBe(0);
    press(body, 'Enter');
    expect(onSelect).toHaveBeenLastCalledWith(byRule(diagnostics, 'gender-split-sum'));
    press(one(finding(container, 'readability'), '[role="button"]'), ' ');
    expect(onSelect).toHaveBeenLastCalledWith(byRule(diagnostics, 'readability'));
    press(finding(container, 'required-section'), 'Enter');
    expect(onSelect).toHaveBeenCalledTimes(4);
    expect(onFix).not.toHaveBeenCalled();
    expect(onIgnore).not.toHaveBeenCalled();
  });

  it('marks the selected finding as current', () => {
    const { container } = renderList();
    click(finding(container, 'goal-wording'));
    expect(finding(container, 'goal-wording').getAttribute('aria-current')).toBe('true');
    expect(finding(container, 'gender-split-sum').hasAttribute('aria-current')).toBe(false);
  });

  it('applies the first safe fix from its button, without selecting', () => {
    const { container, onSelect, onFix } = renderList();
    const goal = byRule(diagnostics, 'goal-wording');
    const button = one(finding(container, 'goal-wording'), '[data-action="fix"]');
    expect(textOf(button)).toBe('Använd lydelsen i KF:s budget 2020–2022');
    click(button);
    expect(onFix).toHaveBeenCalledWith(
      goal,
      goal.fixes!.find((fix) => fix.safe),
    );
    press(button, 'Enter');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('shows suggestions as separate choices, applied only by their own click', () => {
    const { container, onSelect, onFix } = renderList();
    const split = byRule(diagnostics, 'gender-split-sum');
    const item = finding(container, 'gender-split-sum');
    expect(item.querySelector('[data-action="fix"]')).toBeNull();
    const suggestions = all(item, '[data-action="suggestion"]');
    expect(suggestions.map(textOf)).toEqual(split.fixes!.map((fix) => fix.title));
    expect(suggestions.map(textOf)[0]).toBe('Ändra totalen till 259');
    const suggestion = suggestions[0]!;
    click(item);
    press(one(item, '[role="button"]'), 'Enter');
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onFix).not.toHaveBeenCalled();
    click(suggestion);
    expect(onFix).toHaveBeenCalledWith(split, split.fixes![0]);
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('ignores a finding from its button, without selecting', () => {
    const { container, onSelect, onIgnore } = renderList();
    const button = one(finding(container, 'readability'), '[data-action="ignore"]');
    expect(textOf(button)).toBe('Ignorera');
    click(button);
    expect(onIgnore).toHaveBeenCalledWith(byRule(diagnostics, 'readability'));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('names the list and every button for screen readers, in tab order', () => {
    const { container } = renderList();
    expect(one(container, 'ul[aria-label^="Anmärkningar"]').getAttribute('aria-label')).toBe('Anmärkningar, 4 anmärkningar');
    for (const button of all(container, 'button[data-action]')) {
      const label = button.getAttribute('aria-label') ?? '';
      expect(label.startsWith(textOf(button)), label).toBe(true);
      expect(label.length).toBeGreaterThan(textOf(button).length + 5);
    }
    expect(one(finding(container, 'goal-wording'), '[data-action="ignore"]').getAttribute('aria-label')).toBe(
      'Ignorera: Mål 2.5 ska citeras ordagrant: ”Stockholm är en hållbar stad med en god livsmiljö” (saknas: ”en”).',
    );
    // Card first, then its buttons: the tab order follows the reading order.
    const focusables = all(finding(container, 'required-section'), '[tabindex="0"], button').map(
      (element) => element.dataset.action ?? element.getAttribute('role'),
    );
    expect(focusables).toEqual(['button', 'fix', 'ignore']);
  });

  it('moves focus to the next card when the ignored or fixed finding leaves the list', () => {
    const handlers = { onSelect: vi.fn(), onFix: vi.fn(), onIgnore: vi.fn() };
    const { container, rerender } = render(<FindingsList diagnostics={diagnostics} {...handlers} />);
    const order = all(container, '[data-key]').map((card) => card.dataset.key!);
    const ignore = one(container, `[data-key="${order[1]}"] [data-action="ignore"]`);
    ignore.focus();
    click(ignore);
    rerender(<FindingsList diagnostics={diagnostics} {...handlers} />); // still there: focus stays
    expect(document.activeElement).toBe(ignore);
    rerender(<FindingsList diagnostics={diagnostics.filter((d) => d.key !== order[1])} {...handlers} />);
    expect(document.activeElement).toBe(one(container, `[data-key="${order[2]}"] [role="button"]`));
    const last = one(container, `[data-key="${order[3]}"] [data-action="ignore"]`);
    last.focus();
    click(last);
    rerender(<FindingsList diagnostics={diagnostics.filter((d) => d.key !== order[1] && d.key !== order[3])} {...handlers} />);
    expect(document.activeElement).toBe(one(container, `[data-key="${order[2]}"] [role="button"]`));
  });

  it('says "Inga anmärkningar" when there are none', () => {
    const { container } = renderList({ diagnostics: [] });
    expect(container.querySelector('[data-rule-id]')).toBeNull();
    expect(textOf(one(container, '[data-empty]'))).toContain('Inga anmärkningar');
  });
});
