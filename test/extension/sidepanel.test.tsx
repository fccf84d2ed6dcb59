// @vitest-environment jsdom
/**
 * The side panel against a fake PanelApi (plain vi.fn()s) and page reports built from
 * the real core (a goal form checked with checkDocument(documentFromFields(…)), its summary,
 * fieldOf by locateInFields): findings under their field labels, click-to-select, fixes,
 * suggestions, Ignorera and Återställ with the right keys and indexes, the type, the
 * not-active page and enabling from the click itself, inserting, drafts with versions,
 * restore and copy, storage errors shown; and the panel's logic as plain functions.
 */
import axe from 'axe-core';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInCatalogs, checkDocument, documentFromFields, locateInFields, summarize, type Diagnostic, type SettingsInput } from '../../shared/index';
import { BackgroundError, type BackgroundClient } from '../../extension/src/background/client';
import type { PanelApi } from '../../extension/src/background/panel-api';
import type { BackgroundRequest, ContentRequest, DraftSummary, DraftVersion, PageChanged, PageReport } from '../../extension/src/protocol';
import { PanelController } from '../../extension/src/sidepanel/controller';
import { fieldGroupBy, firstWords, fixIndex, isPageReport, orderDrafts, readOutcome, restoreBlock, skeletonChoices } from '../../extension/src/sidepanel/model';
import { SidePanel } from '../../extension/src/sidepanel/SidePanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SITE = 'https://planering.stockholm.se';
const PAGE = '/vp/2026/mal';

interface FieldInput {
  id: string;
  label: string;
  value: string;
}

/** A goal form as the city's planning system has it, one goal block field by field, with a misquoted KF goal, a split that does not add up, two wordings of one enhetsmål and an empty field. */
const GOAL_FORM: FieldInput[] = [
  { id: 'inriktningsmal', label: 'KF:s inriktningsmål', value: '1. En modern storstad med möjligheter och valfrihet för alla' },
  { id: 'kf-mal', label: 'KF:s mål för verksamhetsområdet', value: '1.1 I Stockholm är människor självförsörjande och vägen till arbete är kort' },
  { id: 'namndmal', label: 'Nämndmål', value: 'Unga i stadsdelsområdet är självförsörjande' },
  { id: 'nm-resultat', label: 'Förväntat resultat', value: 'Under 2025 deltog 286 ungdomar varav 124 flickor och 135 pojkar i feriejobb.' },
  { id: 'enhetsmal', label: 'Enhetsmål', value: 'Unga i stadsdelen erbjuds meningsfulla feriejobb' },
  { id: 'em-arbetssatt', label: 'Arbetssätt', value: 'Fältassistenterna informerar om feriejobben på skolorna.' },
  { id: 'enhetsmal-2', label: 'Enhetsmål', value: 'Unga erbjuds meningsfulla feriejobb' },
  { id: 'em-uppfoljning', label: 'Uppföljning', value: '' },
];

/** What the content script answers to `page:report`, from the real core. */
function reportFor(fields: FieldInput[] = GOAL_FORM, options: { settings?: SettingsInput; page?: string; site?: string } = {}): PageReport {
  const document = documentFromFields(fields);
  const result = checkDocument(document, options.settings ? { settings: options.settings } : {});
  const fieldOf: Record<string, string> = {};
  for (const diagnostic of [...result.diagnostics, ...result.dismissed]) {
    const place = locateInFields(document, diagnostic.start);
    if (place) fieldOf[diagnostic.key] = place.field;
  }
  return structuredClone({
    site: options.site ?? SITE,
    page: options.page ?? PAGE,
    title: 'Verksamhetsplan 2026',
    type: result.type,
    typeName: result.typeName,
    typeReason: result.typeReason,
    typeChoice: 'auto',
    diagnostics: result.diagnostics,
    dismissed: result.dismissed,
    summary: summarize(result),
    fields: fields.map((field) => ({ id: field.id, label: field.label, issues: result.diagnostics.filter((each) => fieldOf[each.key] === field.id).length })),
    fieldOf,
  });
}

function byRule(report: PageReport, ruleId: string): Diagnostic {
  const found = report.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
  if (found.length !== 1) throw new Error(`${found.length} anmärkningar från ${ruleId}`);
  return found[0]!;
}

const NOW = Date.now();
const DRAFTS: DraftSummary[] = [
  {
    id: 11,
    site: SITE,
    page: PAGE,
    field: 'namndmal',
    label: 'Nämndmål',
    value: 'Unga i stadsdelsområdet är självförsörjande',
    updatedAt: NOW - 60_000,
    versions: 3,
  },
  {
    id: 12,
    site: SITE,
    page: '/vp/2025/mal',
    field: 'namndmal',
    label: 'Nämndmål',
    value: 'Alla unga har en meningsfull fritid',
    updatedAt: NOW - 5_000,
    versions: 1,
  },
  {
    id: 13,
    site: SITE,
    page: PAGE,
    field: 'gammalt-falt',
    label: 'Övrigt',
    value: 'Text i ett fält som formuläret inte har längre',
    updatedAt: NOW - 90_000,
    versions: 1,
  },
];
const VERSIONS: DraftVersion[] = [
  { value: 'Unga i stadsdelsområdet är självförsörjande', savedAt: NOW - 60_000 },
  {
    value: 'Unga i stadsdelsområdet ska bli självförsörjande genom att vi erbjuder fler feriejobb och praktikplatser i samarbete med näringslivet',
    savedAt: NOW - 600_000,
  },
  { value: '', savedAt: NOW - 900_000 },
];

/** Drafts as the background lists them: filtered by site and page like the store does. */
function listDrafts(request: Extract<BackgroundRequest, { type: 'drafts:list' }>): DraftSummary[] {
  return DRAFTS.filter((draft) => (request.site === undefined || draft.site === request.site) && (request.page === undefined || draft.page === request.page));
}

type Listener<T> = (value: T) => void;

/** A PanelApi made of vi.fn()s: a content script answering with `report`, a background with DRAFTS. */
function fakeApi(options: { report?: PageReport; site?: string | null; inactive?: boolean } = {}) {
  const state = {
    report: options.report ?? reportFor(),
    inactive: options.inactive ?? false,
    site: options.site === undefined ? SITE : options.site,
    tabId: 7,
  };
  const pageListeners = new Set<Listener<PageChanged>>();
  const tabListeners = new Set<() => void>();
  const log: string[] = [];
  const send = vi.fn(async (request: BackgroundRequest): Promise<unknown> => {
    log.push(`background:${request.type}`);
    if (request.type === 'drafts:list') return listDrafts(request);
    if (request.type === 'draft:versions')
      return request.id === 11 ? VERSIONS : [{ value: DRAFTS.find((draft) => draft.id === request.id)!.value, savedAt: NOW }];
    throw new Error(`oväntat: ${request.type}`);
  });
  const toActiveTab = vi.fn(async (request: ContentRequest): Promise<unknown> => {
    log.push(`tab:${request.type}`);
    if (state.inactive) throw new Error('Utkastkoll är inte igång på den här sidan. Aktivera webbplatsen eller ladda om sidan.');
    switch (request.type) {
      case 'page:report':
        return structuredClone(state.report);
      case 'finding:select':
        return { ok: true };
      case 'finding:fix':
        return { ok: true, notice: 'Använd lydelsen i KF:s budget 2020–2022: klart.' };
      case 'finding:dismiss':
        return { ok: true, notice: 'Anmärkningen ignoreras.' };
      case 'finding:restore':
        return { ok: true, notice: 'Anmärkningen visas igen.' };
      case 'type:set':
        return { ok: true, notice: 'Sidan kontrolleras som tävlingsbidrag till kvalitetsutmärkelsen.' };
      case 'insert:goal-block':
        return { ok: true, notice: 'Målblocket är infogat. Fyll i texterna inom hakparentes.' };
      case 'insert:skeleton':
        return { ok: true, notice: 'Mallen är infogad. Fyll i texterna inom hakparentes.' };
      case 'draft:restore':
        return { ok: true, notice: 'Utkastet är återställt i fältet ”Nämndmål”.' };
    }
  });
  const enableSite = vi.fn(async (origin: string) => {
    log.push('enableSite');
    return { ok: true as const, value: origin };
  });
  const api = {
    background: { send: send as unknown as BackgroundClient['send'] },
    activeTab: vi.fn(async () => ({ id: state.tabId, site: state.site })),
    toActiveTab,
    onPageChanged: vi.fn((listener: Listener<PageChanged>) => {
      pageListeners.add(listener);
      return () => void pageListeners.delete(listener);
    }),
    onActiveTabChanged: vi.fn((listener: () => void) => {
      tabListeners.add(listener);
      return () => void tabListeners.delete(listener);
    }),
    enableSite,
  } satisfies PanelApi;
  return {
    api,
    send,
    toActiveTab,
    enableSite,
    state,
    log,
    pageListeners,
    tabListeners,
    /** The content script broadcasts a new check. */
    pageChanged: (report: PageReport) =>
      act(async () => pageListeners.forEach((listener) => listener({ type: 'page:changed', report: structuredClone(report) }))),
    /** The writer switched tabs. */
    tabChanged: () => act(async () => tabListeners.forEach((listener) => listener())),
    requests: () => toActiveTab.mock.calls.map(([request]) => request),
  };
}

// ————— rendering and driving —————

let root: Root | undefined;
let container: HTMLElement | undefined;

/** Lets the fake's promises and React's updates settle, inside act. */
async function settle(rounds = 6) {
  for (let round = 0; round < rounds; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function mount(node: ReactNode): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(node));
  await settle();
  return container;
}

async function renderPanel(fake: ReturnType<typeof fakeApi>) {
  return mount(<SidePanel api={fake.api} />);
}

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container?.remove();
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function one<T extends Element = HTMLElement>(selector: string, within: ParentNode = document): T {
  const found = within.querySelectorAll<T>(selector);
  if (found.length !== 1) throw new Error(`${found.length} träffar för ${selector}`);
  return found[0]!;
}

const all = <T extends Element = HTMLElement>(selector: string, within: ParentNode = document): T[] => [...within.querySelectorAll<T>(selector)];

async function click(element: Element) {
  await act(async () => (element as HTMLElement).click());
  await settle();
}

async function press(element: Element, key: string) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle();
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function openTab(tab: 'findings' | 'review' | 'insert' | 'drafts'): Promise<HTMLElement> {
  await click(one(`[role="tab"][data-tab="${tab}"]`));
  return one<HTMLElement>('[role="tabpanel"]');
}

const notice = () => text(document.querySelector('[role="status"] [data-notice]'));

/** The findings group of a field (or "Hela sidan"): its heading's label and its findings' rule ids. */
function groupsOf(within: ParentNode = document) {
  return all('[data-findings] [data-group]', within).map((group) => ({
    key: group.dataset.group,
    label: text(group.querySelector('[data-label]')),
    rules: all('[data-rule-id]', group).map((item) => item.dataset.ruleId),
  }));
}

// ————— tests —————

describe('the side panel with a checked page', () => {
  it('asks the active tab for its report on open, in Swedish, with the Word pane’s landmarks and tabs', async () => {
    const fake = fakeApi();
    const page = await renderPanel(fake);
    expect(fake.requests()[0]).toEqual({ type: 'page:report' });
    expect(page.querySelector('[lang="sv"]')).not.toBeNull();
    expect(text(one('header h1'))).toBe('Utkastkoll');
    expect(all('main')).toHaveLength(1);
    expect(text(one('[data-page]'))).toBe(`Verksamhetsplan 2026 – ${SITE}${PAGE}`);
    const tablist = one('[role="tablist"]');
    expect(tablist.getAttribute('aria-label')).toBe('Vyer i Utkastkoll');
    const tabs = all('[role="tab"]', tablist);
    expect(tabs.map((tab) => tab.dataset.tab)).toEqual(['findings', 'review', 'insert', 'drafts']);
    const panel = one('[role="tabpanel"]');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(one('[role="status"]').getAttribute('aria-live')).toBe('polite');
    // Subscribed to the page's checks and to tab switches.
    expect(fake.pageListeners.size).toBe(1);
    expect(fake.tabListeners.size).toBe(1);
  });

  it('lists the findings under their fields’ labels, each with data-rule-id; findings in no field under "Hela sidan"', async () => {
    const report = reportFor();
    const fake = fakeApi({ report });
    await renderPanel(fake);
    const groups = groupsOf();
    expect(groups).toEqual(
      expect.arrayContaining([
        { key: 'field:kf-mal', label: 'KF:s mål för verksamhetsområdet', rules: ['goal-wording'] },
        { key: 'field:nm-resultat', label: 'Förväntat resultat', rules: ['gender-split-sum'] },
        { key: 'field:enhetsmal-2', label: 'Enhetsmål', rules: ['goal-inconsistent'] },
        { key: 'page', label: 'Hela sidan', rules: ['empty-section'] },
      ]),
    );
    // Every finding of the report is listed once, by its rule id and key.
    const listed = all('[data-findings] [data-rule-id]');
    expect(listed.map((item) => item.dataset.key).sort()).toEqual(report.diagnostics.map((diagnostic) => diagnostic.key).sort());
    for (const diagnostic of report.diagnostics) expect(one(`[data-findings] [data-key="${diagnostic.key}"]`).dataset.ruleId).toBe(diagnostic.ruleId);
    // Fields with no findings are left out, and the sentence says how many have some.
    expect(groups.some((group) => group.key === 'field:namndmal')).toBe(false);
    expect(text(one('[data-fields-with-findings]'))).toContain('Anmärkningar i 3 av 8 fält.');
    // The counter on the tab.
    expect(text(one('[role="tab"][data-tab="findings"]'))).toBe(`Anmärkningar ${report.diagnostics.length}`);
  });

  it('sends finding:select with the key when a finding is clicked, or chosen with Enter', async () => {
    const report = reportFor();
    const fake = fakeApi({ report });
    await renderPanel(fake);
    const split = byRule(report, 'gender-split-sum');
    await click(one(`[data-key="${split.key}"] [role="button"]`));
    expect(fake.toActiveTab).toHaveBeenLastCalledWith({ type: 'finding:select', key: split.key });
    const goal = byRule(report, 'goal-wording');
    await press(one(`[data-key="${goal.key}"] [role="button"]`), 'Enter');
    expect(fake.toActiveTab).toHaveBeenLastCalledWith({ type: 'finding:select', key: goal.key });
  });

  it('sends finding:fix with the fix’s index in diagnostic.fixes, for a safe fix and for each suggestion', async () => {
    const report = reportFor();
    const fake = fakeApi({ report });
    await renderPanel(fake);
    const goal = byRule(report, 'goal-wording');
    await click(one(`[data-key="${goal.key}"] [data-action="fix"]`));
    expect(fake.requests()).toContainEqual({ type: 'finding:fix', key: goal.key, fix: 0 });
    expect(notice()).toContain('Använd lydelsen i KF:s budget 2020–2022: klart.');
    // A fix is followed by a new report (the content script checked again before it answered).
    expect(fake.requests().at(-1)).toEqual({ type: 'page:report' });

    const inconsistent = byRule(report, 'goal-inconsistent');
    expect(inconsistent.fixes!.map((fix) => fix.safe)).toEqual([false, false]);
    const suggestions = all(`[data-key="${inconsistent.key}"] [data-action="suggestion"]`);
    expect(suggestions.map(text)).toEqual(inconsistent.fixes!.map((fix) => fix.title));
    await click(suggestions[1]!);
    expect(fake.requests()).toContainEqual({ type: 'finding:fix', key: inconsistent.key, fix: 1 });
    await click(all(`[data-key="${inconsistent.key}"] [data-action="suggestion"]`)[0]!);
    expect(fake.requests()).toContainEqual({ type: 'finding:fix', key: inconsistent.key, fix: 0 });
    // A suggestion is never applied by the card's click.
    const fixes = () => fake.requests().filter((request) => request.type === 'finding:fix').length;
    const before = fixes();
    await click(one(`[data-key="${inconsistent.key}"] [role="button"]`));
    expect(fixes()).toBe(before);
  });

  it('sends finding:dismiss for Ignorera and finding:restore for Återställ in the ignored list', async () => {
    const first = reportFor();
    const dismissedKey = byRule(first, 'empty-section').key;
    const report = reportFor(GOAL_FORM, { settings: { dismissed: [dismissedKey] } });
    expect(report.dismissed.map((diagnostic) => diagnostic.key)).toEqual([dismissedKey]);
    const fake = fakeApi({ report });
    await renderPanel(fake);
    const split = byRule(report, 'gender-split-sum');
    await click(one(`[data-findings] [data-key="${split.key}"] [data-action="ignore"]`));
    expect(fake.requests()).toContainEqual({ type: 'finding:dismiss', key: split.key });
    expect(notice()).toContain('Anmärkningen ignoreras.');
    const dismissed = one('[data-dismissed]');
    expect(text(dismissed.closest('section')!.querySelector('h2'))).toBe('Ignorerade (1)');
    expect(one(`[data-key="${dismissedKey}"]`, dismissed).dataset.ruleId).toBe('empty-section');
    await click(one(`[data-key="${dismissedKey}"] [data-action="restore"]`, dismissed));
    expect(fake.requests()).toContainEqual({ type: 'finding:restore', key: dismissedKey });
    expect(notice()).toContain('Anmärkningen visas igen.');
  });

  it('shows an action’s error in the notice bar', async () => {
    const report = reportFor();
    const fake = fakeApi({ report });
    await renderPanel(fake);
    fake.toActiveTab.mockImplementationOnce(async () => ({ ok: false, error: 'Texten har ändrats sedan kontrollen, så inget ändrades. Försök igen.' }));
    await click(one(`[data-key="${byRule(report, 'goal-wording').key}"] [data-action="fix"]`));
    expect(one('[role="status"] [data-notice]').dataset.notice).toBe('error');
    expect(notice()).toContain('Texten har ändrats sedan kontrollen, så inget ändrades. Försök igen.');
    await click(one('[data-action="dismiss-notice"]'));
    expect(document.querySelector('[role="status"] [data-notice]')).toBeNull();
  });

  it('shows the detected type and sends type:set from the picker', async () => {
    const report = reportFor();
    const fake = fakeApi({ report });
    await renderPanel(fake);
    const select = one<HTMLSelectElement>('header [data-type-picker] select');
    expect(select.value).toBe('auto');
    expect(all<HTMLOptionElement>('option', select).map((option) => option.value)).toEqual(['auto', 'tjansteutlatande', 'verksamhetsplan', 'tavlingsbidrag']);
    expect(report.type).toBe('verksamhetsplan');
    expect(text(one('header [data-type-picker]'))).toContain(report.typeReason);
    await choose(select, 'tavlingsbidrag');
    expect(fake.requests()).toContainEqual({ type: 'type:set', typeId: 'tavlingsbidrag' });
    expect(notice()).toContain('Sidan kontrolleras som tävlingsbidrag');
  });

  it('shows the summary from report.summary under Granskning', async () => {
    const report = reportFor();
    await renderPanel(fakeApi({ report }));
    const panel = await openTab('review');
    expect(one('[data-summary]', panel)).toBeTruthy();
    expect(report.summary.readiness.verdict).toBe('not-ready');
    expect(one('[data-verdict]', panel).dataset.verdict).toBe('not-ready');
    expect(text(panel)).toContain(report.summary.readiness.title);
    expect(text(panel)).toContain('2 fel behöver rättas');
  });

  it('takes page:changed for the page shown, and ignores other pages’', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    expect(document.querySelector('[data-rule-id="goal-wording"]')).not.toBeNull();
    const fixed = GOAL_FORM.map((field) =>
      field.id === 'kf-mal' ? { ...field, value: '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort' } : field,
    );
    await fake.pageChanged(reportFor(fixed, { page: '/annan-sida' }));
    expect(document.querySelector('[data-rule-id="goal-wording"]')).not.toBeNull();
    await fake.pageChanged(reportFor(fixed, { site: 'https://kvalitet.stockholm.se' }));
    expect(document.querySelector('[data-rule-id="goal-wording"]')).not.toBeNull();
    await fake.pageChanged(reportFor(fixed));
    expect(document.querySelector('[data-rule-id="goal-wording"]')).toBeNull();
    expect(document.querySelector('[data-rule-id="gender-split-sum"]')).not.toBeNull();
  });

  it('asks again when another tab becomes active, and forgets the old page’s findings meanwhile', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    const asked = fake.requests().filter((request) => request.type === 'page:report').length;
    fake.state.report = reportFor(GOAL_FORM.slice(0, 3), { page: '/vp/2026/andra' });
    fake.state.tabId = 8;
    let answer!: (report: PageReport) => void;
    fake.toActiveTab.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await fake.tabChanged();
    await settle();
    expect(document.querySelector('[data-panel-status]')!.getAttribute('data-panel-status')).toBe('loading');
    expect(document.querySelector('[data-rule-id]')).toBeNull();
    await act(async () => answer(structuredClone(fake.state.report)));
    await settle();
    expect(fake.requests().filter((request) => request.type === 'page:report').length).toBe(asked + 1);
    expect(text(one('[data-page]'))).toContain('/vp/2026/andra');
    expect(document.querySelector('[data-rule-id="gender-split-sum"]')).toBeNull();
  });

  it('keeps the view when the same tab only finished loading (or another tab did)', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    await openTab('drafts');
    await click(one('[data-draft="11"] [data-action="versions"]'));
    let answer!: (report: PageReport) => void;
    fake.toActiveTab.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await fake.tabChanged();
    await settle();
    // Still the page's report and the open draft while the new report is on its way.
    expect(document.querySelector('[data-panel-status]')!.getAttribute('data-panel-status')).toBe('ready');
    await act(async () => answer(reportFor()));
    await settle();
    expect(one('[role="tabpanel"]').dataset.panel).toBe('drafts');
    expect(document.querySelector('[data-versions-for="11"]')).not.toBeNull();
  });

  it('unsubscribes when closed', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    act(() => root!.unmount());
    root = undefined;
    expect(fake.pageListeners.size).toBe(0);
    expect(fake.tabListeners.size).toBe(0);
  });
});

describe('a page where Utkastkoll is not active', () => {
  it('says so and offers to turn it on, with the tab’s site filled in', async () => {
    const fake = fakeApi({ inactive: true });
    await renderPanel(fake);
    const section = one('[data-inactive]');
    expect(text(one('h2', section))).toBe('Utkastkoll är inte aktivt på den här sidan');
    expect(one<HTMLInputElement>('input[name="origin"]', section).value).toBe(SITE);
    expect(text(one('[data-action="enable"]', section))).toBe('Aktivera på den här webbplatsen');
    expect(document.querySelector('[role="tablist"]')).toBeNull();
  });

  it('calls enableSite inside the click, before anything is awaited, then reads the page', async () => {
    const fake = fakeApi({ inactive: true, site: null });
    await renderPanel(fake);
    const input = one<HTMLInputElement>('input[name="origin"]');
    expect(input.value).toBe('');
    await type(input, 'planering.stockholm.se');

    let answer!: (result: { ok: true; value: string }) => void;
    let microtaskRan = false;
    let calledInsideClick = false;
    fake.enableSite.mockImplementationOnce((origin: string) => {
      fake.log.push('enableSite');
      calledInsideClick = !microtaskRan;
      expect(origin).toBe('planering.stockholm.se');
      return new Promise((resolve) => (answer = resolve));
    });
    const button = one<HTMLButtonElement>('[data-action="enable"]');
    const logged = fake.log.length;
    queueMicrotask(() => (microtaskRan = true));
    act(() => button.click());
    // Synchronously within the click: nothing awaited, nothing asked before it.
    expect(fake.enableSite).toHaveBeenCalledTimes(1);
    expect(calledInsideClick).toBe(true);
    expect(fake.log.slice(logged)).toEqual(['enableSite']);
    await settle(1);
    expect(button.disabled).toBe(true);

    // Granted: the script runs in the tab now, and the panel reads the page.
    fake.state.inactive = false;
    fake.state.site = SITE;
    await act(async () => answer({ ok: true, value: SITE }));
    await settle();
    expect(notice()).toContain(`Utkastkoll är aktiverat på ${SITE}.`);
    expect(fake.log.slice(logged + 1)).toContain('tab:page:report');
    expect(document.querySelector('[data-inactive]')).toBeNull();
    expect(document.querySelector('[data-findings] [data-rule-id="goal-wording"]')).not.toBeNull();
    // The button is gone: focus goes on from the chosen tab, not from the top of the page.
    expect(document.activeElement).toBe(one('[role="tab"][data-tab="findings"]'));
  });

  it('shows why enabling failed', async () => {
    const fake = fakeApi({ inactive: true });
    fake.enableSite.mockResolvedValueOnce({
      ok: false,
      error: 'Utkastkoll fick inte åtkomst till https://planering.stockholm.se. Försök igen och välj Tillåt när webbläsaren frågar.',
    } as never);
    await renderPanel(fake);
    await click(one('[data-action="enable"]'));
    expect(fake.enableSite).toHaveBeenCalledWith(SITE);
    expect(one('[role="status"] [data-notice]').dataset.notice).toBe('error');
    expect(notice()).toContain('välj Tillåt när webbläsaren frågar');
    expect(document.querySelector('[data-inactive]')).not.toBeNull();
  });

  it('lists the site’s drafts for copying, as no field can take them here', async () => {
    const fake = fakeApi({ inactive: true });
    await renderPanel(fake);
    expect(fake.send).toHaveBeenCalledWith({ type: 'drafts:list', site: SITE });
    expect(all('[data-draft]').map((item) => Number(item.dataset.draft))).toEqual([12, 11, 13]);
    await click(one('[data-draft="11"] [data-action="versions"]'));
    expect(one('[data-restore-blocked]').dataset.restoreBlocked).toBe('inactive');
    expect(document.querySelector('[data-action="restore-draft"]')).toBeNull();
    expect(all('[data-versions-for="11"] [data-action="copy-draft"]')).toHaveLength(3);
  });
});

describe('Infoga', () => {
  it('inserts a goal block for the chosen KF goal, grouped by inriktningsmål, into the field that had focus', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    const panel = await openTab('insert');
    expect(text(one('[data-insert-hint]', panel))).toBe('Texten infogas i fältet som hade fokus senast. Klicka först i fältet på sidan.');
    const select = one<HTMLSelectElement>('select[data-action="goal"]', panel);
    const groups = all('optgroup', select);
    const catalog = builtInCatalogs[0]!;
    expect(groups.map((group) => group.getAttribute('label'))).toEqual(
      catalog.goals.filter((goal) => goal.level === 'inriktningsmal').map((goal) => `${goal.number}. ${goal.text}`),
    );
    expect(all<HTMLOptionElement>('option', groups[0]!).map((option) => option.value)).toEqual(
      catalog.goals.filter((goal) => goal.level === 'verksamhetsomrade' && goal.parent === '1').map((goal) => goal.number),
    );
    await choose(select, '1.2');
    expect(text(one('dl[data-goal="1.2"]', panel))).toContain('Stockholm är en trygg, säker och välskött stad att bo och vistas i');
    await click(one('[data-action="insert-goal-block"]', panel));
    expect(fake.requests()).toContainEqual({ type: 'insert:goal-block', goal: '1.2' });
    expect(notice()).toContain('Målblocket är infogat.');
  });

  it('inserts an empty document or question skeleton of a type', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    const panel = await openTab('insert');
    const buttons = all('[data-action="insert-skeleton"]', panel);
    expect(buttons.map((button) => button.dataset.type)).toEqual(['tjansteutlatande', 'tavlingsbidrag', 'verksamhetsplan']);
    expect(buttons[1]!.getAttribute('aria-label')).toBe('Infoga mall: Tävlingsbidrag till Kvalitetsutmärkelsen');
    await click(buttons[1]!);
    expect(fake.requests()).toContainEqual({ type: 'insert:skeleton', typeId: 'tavlingsbidrag' });
    fake.toActiveTab.mockImplementationOnce(async () => ({ ok: false, error: 'Klicka i fältet där texten ska in och försök igen.' }));
    await click(all('[data-action="insert-skeleton"]')[0]!);
    expect(notice()).toContain('Klicka i fältet där texten ska in och försök igen.');
  });
});

describe('Utkast', () => {
  it('lists this page’s drafts first, then the site’s, with label, time and number of versions', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    expect(fake.send).toHaveBeenCalledWith({ type: 'drafts:list', site: SITE, page: PAGE });
    expect(fake.send).toHaveBeenCalledWith({ type: 'drafts:list', site: SITE });
    const panel = await openTab('drafts');
    expect(all('[data-drafts="here"] [data-draft]', panel).map((item) => Number(item.dataset.draft))).toEqual([11, 13]);
    expect(all('[data-drafts="elsewhere"] [data-draft]', panel).map((item) => Number(item.dataset.draft))).toEqual([12]);
    const draft = one('[data-draft="11"]', panel);
    expect(text(draft)).toContain('Nämndmål');
    expect(text(draft)).toContain('3 versioner');
    expect(one('time', draft).getAttribute('datetime')).toBe(new Date(DRAFTS[0]!.updatedAt).toISOString());
    expect(text(one('time', draft))).toMatch(/^Sparat i dag \d\d:\d\d$/);
    expect(text(one('[data-draft="12"]', panel))).toContain('/vp/2025/mal');
    expect(text(one('[role="tab"][data-tab="drafts"]'))).toBe('Utkast 2');
  });

  it('opens a draft’s versions with their times and first words, and restores one into the field', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    const panel = await openTab('drafts');
    const toggle = one('[data-draft="11"] [data-action="versions"]', panel);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(fake.send).toHaveBeenCalledWith({ type: 'draft:versions', id: 11 });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const versions = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const items = all('[data-version]', versions);
    expect(items).toHaveLength(3);
    expect(one('ol', versions).getAttribute('aria-label')).toBe('Versioner av ”Nämndmål”, senaste först');
    expect(text(one('[data-first-words]', items[1]!))).toBe('Unga i stadsdelsområdet ska bli självförsörjande genom att vi erbjuder fler feriejobb …');
    expect(text(one('[data-first-words]', items[2]!))).toBe('(tomt)');
    expect(one('time', items[1]!).getAttribute('datetime')).toBe(new Date(VERSIONS[1]!.savedAt).toISOString());
    expect(text(versions)).toContain('Det som står i fältet nu finns kvar som en version');

    await click(one('[data-action="restore-draft"]', items[1]!));
    expect(fake.requests()).toContainEqual({ type: 'draft:restore', field: 'namndmal', value: VERSIONS[1]!.value });
    expect(notice()).toContain('Utkastet är återställt i fältet ”Nämndmål”.');
  });

  it('explains when the field is not on this page, and copies the text instead', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const fake = fakeApi();
    await renderPanel(fake);
    const panel = await openTab('drafts');
    // A field the form has no longer.
    await click(one('[data-draft="13"] [data-action="versions"]', panel));
    expect(one('[data-restore-blocked]').dataset.restoreBlocked).toBe('no-field');
    expect(text(one('[data-restore-blocked]'))).toContain('Fältet finns inte på den här sidan nu. Kopiera texten');
    expect(document.querySelector('[data-versions-for="13"] [data-action="restore-draft"]')).toBeNull();
    // Another page of the site.
    await click(one('[data-draft="12"] [data-action="versions"]', panel));
    expect(document.querySelector('[data-versions-for="13"]')).toBeNull();
    expect(text(one('[data-restore-blocked]'))).toContain('Utkastet är från en annan sida (/vp/2025/mal).');
    await click(one('[data-versions-for="12"] [data-action="copy-draft"]'));
    expect(writeText).toHaveBeenCalledWith('Alla unga har en meningsfull fritid');
    expect(notice()).toContain('Texten är kopierad.');
    expect(fake.requests().some((request) => request.type === 'draft:restore')).toBe(false);
  });

  it('shows a storage error from the background instead of an empty list', async () => {
    const fake = fakeApi();
    const full =
      'Lagringen är full: kunde inte läsa utkasten. Frigör diskutrymme på datorn, eller exportera de lokala data under Inställningar och ta bort det som inte behövs.';
    fake.send.mockImplementation(async (request: BackgroundRequest) => {
      throw new BackgroundError(request.type === 'drafts:list' ? full : 'oväntat');
    });
    await renderPanel(fake);
    const panel = await openTab('drafts');
    const error = one('[data-drafts-error]', panel);
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toContain('Utkasten kunde inte läsas');
    expect(text(error)).toContain(full);
    expect(text(panel)).not.toContain('Inga sparade utkast');
    // Listing works again after the writer freed space.
    fake.send.mockImplementation(async (request: BackgroundRequest) => (request.type === 'drafts:list' ? listDrafts(request) : VERSIONS));
    await click(one('[data-action="refresh-drafts"]', panel));
    expect(document.querySelector('[data-drafts-error]')).toBeNull();
    expect(all('[data-draft]')).toHaveLength(3);
  });

  it('shows a storage error when the versions cannot be read', async () => {
    const fake = fakeApi();
    await renderPanel(fake);
    const panel = await openTab('drafts');
    fake.send.mockImplementationOnce(async () => {
      throw new BackgroundError('Databasen stängdes: kunde inte läsa versionerna. Försök igen.');
    });
    await click(one('[data-draft="11"] [data-action="versions"]', panel));
    expect(text(one('[data-versions-error]'))).toContain('Databasen stängdes: kunde inte läsa versionerna. Försök igen.');
  });
});

describe('for keyboard and screen-reader users', () => {
  async function violations(): Promise<string[]> {
    let found: string[] = [];
    await act(async () => {
      const results = await axe.run(container!, { rules: { 'color-contrast': { enabled: false } } });
      found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    return found;
  }

  it('has no axe violations on any tab, nor on the not-active page', async () => {
    const first = reportFor();
    const report = reportFor(GOAL_FORM, { settings: { dismissed: [byRule(first, 'empty-section').key] } });
    await renderPanel(fakeApi({ report }));
    for (const tab of ['findings', 'review', 'insert', 'drafts'] as const) {
      await openTab(tab);
      if (tab === 'drafts') await click(one('[data-draft="11"] [data-action="versions"]'));
      expect(await violations(), tab).toEqual([]);
    }
    act(() => root!.unmount());
    await renderPanel(fakeApi({ inactive: true }));
    expect(await violations(), 'not active').toEqual([]);
  });
});

describe('the panel’s logic', () => {
  it('groups by field from report.fieldOf and report.fields', () => {
    const report = reportFor();
    const groupBy = fieldGroupBy(report);
    expect(groupBy(byRule(report, 'goal-wording'))).toEqual({ key: 'field:kf-mal', label: 'KF:s mål för verksamhetsområdet' });
    expect(groupBy(byRule(report, 'empty-section'))).toEqual({ key: 'page', label: 'Hela sidan' });
  });

  it('finds a fix’s index, also in a copy of the report', () => {
    const report = reportFor();
    const inconsistent = byRule(report, 'goal-inconsistent');
    expect(fixIndex(inconsistent, inconsistent.fixes![1]!)).toBe(1);
    expect(fixIndex(inconsistent, structuredClone(inconsistent.fixes![1]!))).toBe(1);
    expect(fixIndex(inconsistent, { ...inconsistent.fixes![0]!, text: 'annat' })).toBe(-1);
  });

  it('reads the content script’s answers', () => {
    expect(readOutcome({ ok: true })).toEqual({ ok: true });
    expect(readOutcome({ ok: true, notice: 'Klart.' })).toEqual({ ok: true, notice: 'Klart.' });
    expect(readOutcome({ ok: false, error: 'Fältet finns inte längre på sidan.' })).toEqual({ ok: false, error: 'Fältet finns inte längre på sidan.' });
    expect(readOutcome(undefined)).toEqual({ ok: false, error: 'Sidan svarade inte. Ladda om sidan och försök igen.' });
    expect(isPageReport(reportFor())).toBe(true);
    expect(isPageReport({ ok: true })).toBe(false);
  });

  it('puts the page’s drafts first, each once, the latest edited first', () => {
    const onPage = listDrafts({ type: 'drafts:list', site: SITE, page: PAGE });
    const onSite = listDrafts({ type: 'drafts:list', site: SITE });
    const lists = orderDrafts([onPage, onSite], { site: SITE, page: PAGE });
    expect(lists.here.map((draft) => draft.id)).toEqual([11, 13]);
    expect(lists.elsewhere.map((draft) => draft.id)).toEqual([12]);
    expect(orderDrafts([DRAFTS], { site: null, page: null }).elsewhere.map((draft) => draft.id)).toEqual([12, 11, 13]);
    expect(orderDrafts([DRAFTS], { site: 'https://annan.se', page: null })).toEqual({ here: [], elsewhere: [] });
  });

  it('knows when a draft can go back into its field here', () => {
    const report = reportFor();
    expect(restoreBlock(DRAFTS[0]!, report)).toBeNull();
    expect(restoreBlock(DRAFTS[1]!, report)).toEqual({ reason: 'other-page', page: '/vp/2025/mal' });
    expect(restoreBlock(DRAFTS[2]!, report)).toEqual({ reason: 'no-field' });
    expect(restoreBlock(DRAFTS[0]!, undefined)).toEqual({ reason: 'inactive' });
  });

  it('shortens texts to their first words and offers the skeletons', () => {
    expect(firstWords('  ett  två\ntre ', 2)).toBe('ett två …');
    expect(firstWords('ett två', 2)).toBe('ett två');
    expect(firstWords(' \n ')).toBe('');
    expect(skeletonChoices().map((type) => type.id)).toEqual(['tjansteutlatande', 'tavlingsbidrag', 'verksamhetsplan']);
  });

  it('drops a report that arrives after a newer one', async () => {
    const fake = fakeApi();
    let late!: (report: PageReport) => void;
    fake.toActiveTab.mockImplementationOnce(() => new Promise((resolve) => (late = resolve)));
    const controller = new PanelController(fake.api);
    controller.start();
    await vi.waitFor(() => expect(late).toBeTypeOf('function'));
    const newer = reportFor(GOAL_FORM.slice(0, 2));
    await controller.reload();
    fake.state.report = newer;
    await controller.reload();
    expect(controller.getState().report!.diagnostics).toHaveLength(newer.diagnostics.length);
    late(reportFor());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(controller.getState().report!.diagnostics).toHaveLength(newer.diagnostics.length);
    controller.stop();
  });
});
