// @vitest-environment jsdom
/**
 * The Word task pane App against a fake controller: a plain object holding a state built
 * from a real check and summary, with vi.fn() actions. Tabs, the data-action buttons,
 * the comments button without the comments API, and the report download.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../shared/index';
import { goalChoices } from '../../ui/index';
import { renderHtml } from '../../ui/report/index';
import { App } from '../../word-addin/src/pane/App';
import type { PaneActions, PaneState } from '../../word-addin/src/pane/state';
import { byRule, checkNoType, checkTjansteutlatande, checkWithDismissed, summarize, TJANSTEUTLATANDE } from './fixtures';
import { all, choose, cleanup, click, one, render, textOf } from './render';

const TYPES = [
  { id: 'auto', name: 'Känn igen automatiskt' },
  { id: 'tjansteutlatande', name: 'Tjänsteutlåtande' },
  { id: 'verksamhetsplan', name: 'Verksamhetsplan' },
  { id: 'tavlingsbidrag', name: 'Tävlingsbidrag till Kvalitetsutmärkelsen' },
];

/** The KF goals as the controller offers them: each verksamhetsområde goal under its inriktningsmål. */
function fakeController(result: CheckResult, overrides: Partial<PaneState> = {}) {
  let state: PaneState = {
    status: 'ready',
    result,
    summary: summarize(result),
    typeChoice: 'auto',
    types: TYPES,
    goals: goalChoices(),
    documentEmpty: false,
    capabilities: { comments: false, annotations: false, paragraphEvents: false },
    squiggles: false,
    checkedAt: new Date(2026, 11, 2, 9, 41).getTime(),
    ...overrides,
  };
  const listeners = new Set<() => void>();
  const done = () => vi.fn(async () => {});
  const actions = {
    recheck: done(),
    setType: done(),
    select: done(),
    applyFix: done(),
    dismiss: done(),
    restore: done(),
    insertGoalBlock: done(),
    insertSkeleton: done(),
    addComments: done(),
    reportHtml: vi.fn(() =>
      renderHtml([{ file: 'Fritidsgårdarnas öppettider.docx', source: TJANSTEUTLATANDE, format: 'markdown', result }], { generatedAt: new Date(2026, 11, 2) }),
    ),
    setSquiggles: done(),
    dismissNotice: vi.fn(),
  } satisfies PaneActions;
  const controller = {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
  };
  const publish = (next: Partial<PaneState>) =>
    act(() => {
      state = { ...state, ...next };
      for (const listener of listeners) listener();
    });
  return { controller, actions, publish };
}

function renderApp(result: CheckResult = checkTjansteutlatande(), overrides: Partial<PaneState> = {}) {
  const fake = fakeController(result, overrides);
  const { container } = render(<App controller={fake.controller} />, { bare: true });
  return { container, ...fake };
}

function openTab(container: HTMLElement, tab: 'findings' | 'review' | 'insert'): HTMLElement {
  click(one(container, `[role="tab"][data-tab="${tab}"]`));
  return one(container, '[role="tabpanel"]');
}

afterEach(cleanup);

describe('the pane', () => {
  it('has the Swedish header, landmarks and language', () => {
    const { container } = renderApp();
    expect(container.querySelector('[lang="sv"]')).not.toBeNull();
    const header = one(container, 'header');
    expect(textOf(one(header, 'h1'))).toBe('Utkastkoll');
    expect(container.querySelectorAll('main')).toHaveLength(1);
    expect(textOf(one(header, '[data-action="recheck"]'))).toBe('Kontrollera igen');
    expect(textOf(one(header, '[data-status]'))).toBe('Kontrollerad 09:41');
  });

  it('has three labelled tabs, findings first, each panel labelled by its tab', () => {
    const { container } = renderApp();
    const tablist = one(container, '[role="tablist"]');
    expect(tablist.getAttribute('aria-label')).toBe('Vyer i Utkastkoll');
    const tabs = all(tablist, '[role="tab"]');
    expect(tabs.map((tab) => tab.dataset.tab)).toEqual(['findings', 'review', 'insert']);
    expect(tabs.map((tab) => textOf(one(tab, '.fui-Tab__content')).replace(/\s*\d+$/, ''))).toEqual(['Anmärkningar', 'Granskning', 'Infoga']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    const panel = one(container, '[role="tabpanel"]');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.querySelectorAll('[data-rule-id]').length).toBeGreaterThan(0);

    const review = openTab(container, 'review');
    expect(review.dataset.panel).toBe('review');
    expect(review.getAttribute('aria-labelledby')).toBe(tabs[1]!.id);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(review.querySelector('[data-summary]')).not.toBeNull();
    expect(openTab(container, 'insert').querySelector('[data-action="insert-goal-block"]')).not.toBeNull();
  });

  it('rechecks, changes the type and closes the notice through the actions', () => {
    const { container, actions } = renderApp(checkTjansteutlatande(), { notice: { kind: 'info', text: 'Stycket är markerat.' } });
    click(one(container, '[data-action="recheck"]'));
    expect(actions.recheck).toHaveBeenCalledTimes(1);
    choose(one<HTMLSelectElement>(container, 'header select'), 'verksamhetsplan');
    expect(actions.setType).toHaveBeenCalledWith('verksamhetsplan');
    expect(container.textContent).toContain('Stycket är markerat.');
    click(one(container, '[data-action="dismiss-notice"]'));
    expect(actions.dismissNotice).toHaveBeenCalled();
  });

  it('selects, fixes, suggests and ignores findings through the actions', () => {
    const result = checkTjansteutlatande();
    const { container, actions } = renderApp(result);
    const goal = byRule(result.diagnostics, 'goal-wording');
    const split = byRule(result.diagnostics, 'gender-split-sum');
    click(one(container, '[data-rule-id="goal-wording"]'));
    expect(actions.select).toHaveBeenCalledWith(goal);
    click(one(container, '[data-rule-id="goal-wording"] [data-action="fix"]'));
    expect(actions.applyFix).toHaveBeenCalledWith(goal, goal.fixes![0]);
    click(one(container, '[data-rule-id="gender-split-sum"]'));
    expect(actions.applyFix).toHaveBeenCalledTimes(1);
    click(all(container, '[data-rule-id="gender-split-sum"] [data-action="suggestion"]')[0]!);
    expect(actions.applyFix).toHaveBeenLastCalledWith(split, split.fixes![0]);
    click(one(container, '[data-rule-id="readability"] [data-action="ignore"]'));
    expect(actions.dismiss).toHaveBeenCalledWith(byRule(result.diagnostics, 'readability'));
    expect(actions.select).toHaveBeenCalledTimes(2);
  });

  it('lists the ignored findings with Återställ', () => {
    const { result, dismissedKey } = checkWithDismissed();
    const { container, actions } = renderApp(result);
    const panel = one(container, '[role="tabpanel"]');
    expect(textOf(one(panel, 'section[aria-labelledby] > h2'))).toBe('Ignorerade (1)');
    click(one(panel, `[data-dismissed] [data-key="${dismissedKey}"] [data-action="restore"]`));
    expect(actions.restore).toHaveBeenCalledWith(dismissedKey);
  });

  it('follows the controller: checking, then a new result', () => {
    const { container, publish } = renderApp();
    publish({ status: 'checking' });
    expect(textOf(one(container, '[data-status]'))).toBe('Kontrollerar …');
    publish({ status: 'ready', result: checkNoType() });
    expect(container.querySelector('[data-rule-id="goal-wording"]')).toBeNull();
    expect(container.querySelector('[data-rule-id="gender-split-missing"]')).not.toBeNull();
    expect(container.querySelector('[data-notice="no-type"]')).not.toBeNull();
  });

  it('shows an error as a message bar with the Swedish text', () => {
    const { container } = renderApp(checkTjansteutlatande(), { status: 'error', error: 'Dokumentet kunde inte läsas. Stäng och öppna det igen.' });
    const bar = one(container, '[data-notice="error"]');
    expect(bar.getAttribute('role')).toBe('alert');
    expect(textOf(bar)).toContain('Dokumentet kunde inte läsas. Stäng och öppna det igen.');
  });

  it('waits for the first check with a spinner', () => {
    const { container } = renderApp(checkTjansteutlatande(), { status: 'loading', result: undefined, summary: undefined, checkedAt: undefined });
    expect(textOf(one(container, '[role="tabpanel"]'))).toBe('Läser dokumentet …');
    expect(one<HTMLButtonElement>(openTab(container, 'review'), '[data-action="report"]').disabled).toBe(true);
  });

  it('shows the underline switch only where Word has annotations', () => {
    expect(renderApp().container.querySelector('[data-action="squiggles"]')).toBeNull();
    const { container, actions } = renderApp(checkTjansteutlatande(), { capabilities: { comments: true, annotations: true, paragraphEvents: true } });
    const input = one<HTMLInputElement>(container, 'input[role="switch"]');
    expect(textOf(one(container, `label[for="${input.id}"]`))).toBe('Understrykningar i texten');
    click(input);
    expect(actions.setSquiggles).toHaveBeenCalledWith(true);
  });
});

describe('the review tab', () => {
  it('disables "Lägg in som kommentarer" without the comments API, and says what to do instead', () => {
    const { container, actions } = renderApp();
    const panel = openTab(container, 'review');
    const button = one<HTMLButtonElement>(panel, '[data-action="comments"]');
    expect(textOf(button)).toBe('Lägg in som kommentarer');
    expect(button.disabled).toBe(true);
    const hint = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(textOf(hint)).toBe('Den här versionen av Word kan inte lägga in kommentarer. Spara granskningsrapporten i stället.');
    click(button);
    expect(actions.addComments).not.toHaveBeenCalled();
  });

  it('adds comments where Word can', () => {
    const { container, actions } = renderApp(checkTjansteutlatande(), { capabilities: { comments: true, annotations: false, paragraphEvents: false } });
    const button = one<HTMLButtonElement>(openTab(container, 'review'), '[data-action="comments"]');
    expect(button.disabled).toBe(false);
    click(button);
    expect(actions.addComments).toHaveBeenCalledTimes(1);
  });

  describe('saving the report', () => {
    const created: Blob[] = [];
    beforeEach(() => {
      created.length = 0;
      vi.useFakeTimers();
      URL.createObjectURL = vi.fn((blob: Blob) => {
        created.push(blob);
        return 'blob:granskning';
      });
      URL.revokeObjectURL = vi.fn();
    });
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
    });

    it('downloads reportHtml() as granskningsrapport.html through a temporary <a download>', async () => {
      const clicked: HTMLAnchorElement[] = [];
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push(this);
        expect(this.isConnected).toBe(true);
      });
      const { container, actions } = renderApp();
      click(one(openTab(container, 'review'), '[data-action="report"]'));
      expect(actions.reportHtml).toHaveBeenCalledTimes(1);
      expect(clicked).toHaveLength(1);
      const link = clicked[0]!;
      expect(link.getAttribute('download')).toBe('granskningsrapport.html');
      expect(link.href).toBe('blob:granskning');
      expect(link.isConnected).toBe(false);
      expect(created[0]!.type).toBe('text/html;charset=utf-8');
      expect(await created[0]!.text()).toContain('<html lang="sv">');
      act(() => vi.runAllTimers());
      expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:granskning');
    });
  });
});

describe('the insert tab', () => {
  it('picks a KF goal under its inriktningsmål and inserts its goal block', () => {
    const { container, actions } = renderApp();
    const panel = openTab(container, 'insert');
    const select = one<HTMLSelectElement>(panel, 'select');
    const groups = all<HTMLOptGroupElement>(select, 'optgroup');
    expect(groups[0]!.label).toBe('1. En modern storstad med möjligheter och valfrihet för alla');
    expect(all<HTMLOptionElement>(groups[0]!, 'option').map((option) => option.value)).toContain('1.2');
    choose(select, '1.2');
    expect(one(panel, '[data-goal="1.2"] dd:last-child').textContent).toBe('1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i');
    const button = one(panel, '[data-action="insert-goal-block"]');
    expect(textOf(button)).toBe('Infoga målblock');
    click(button);
    expect(actions.insertGoalBlock).toHaveBeenCalledWith('1.2');
  });

  it('offers the empty documents only in an empty document', () => {
    expect(openTab(renderApp().container, 'insert').querySelector('[data-action="insert-skeleton"]')).toBeNull();
    const { container, actions } = renderApp(checkNoType(), { documentEmpty: true });
    const panel = openTab(container, 'insert');
    const buttons = all(panel, '[data-action="insert-skeleton"]');
    expect(buttons.map((button) => button.dataset.type)).toEqual(['tjansteutlatande', 'verksamhetsplan', 'tavlingsbidrag']);
    expect(buttons[2]!.getAttribute('aria-label')).toBe('Infoga mall: Tävlingsbidrag till Kvalitetsutmärkelsen');
    click(buttons[0]!);
    expect(actions.insertSkeleton).toHaveBeenCalledWith('tjansteutlatande');
  });
});
