/**
 * The side panel's controller: what it asks and when, and the state the components
 * render. It talks only to the PanelApi (tests hand it a fake):
 *
 * - On start and on every tab switch (or new page in the tab): `page:report` to the active
 *   tab's content script; a failure there means no script runs on the page (not active).
 * - `page:changed` broadcasts replace the report, but only for the page shown (same site
 *   and path); while not active, a broadcast from the tab's site asks for the report again.
 * - Each finding, type and insert action is one ContentRequest; its notice or error is
 *   shown, and the report is asked for again (the answer already holds the new check).
 * - Drafts: `drafts:list` for the page and for the site (the page's listed first), or all
 *   when the page's site is unknown; `draft:versions` when one is opened; `draft:restore` to
 *   the content script, or the clipboard when the field is not on this page.
 * - Enabling a site calls `api.enableSite` before anything else, inside the click.
 *
 * Its methods never reject: every failure becomes a notice or an error in the state.
 */
import type { Diagnostic, Fix } from '../../../shared/index';
import type { NoticeMessage } from '../../../ui/index';
import type { PanelApi } from '../background/panel-api';
import type { ContentRequest, DraftSummary, DraftVersion, PageChanged, PageReport } from '../protocol';
import { errorText, fixIndex, isPageReport, orderDrafts, readOutcome, restoreBlock, samePlace, type ActionOutcome } from './model';
import { panelWords } from './words';

export type PanelStatus = 'loading' | 'ready' | 'inactive' | 'no-tab' | 'error';

export interface DraftsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** What the lists are for: the page's site (and path), or null when it is not known (all drafts then). */
  site: string | null;
  page: string | null;
  here: DraftSummary[];
  elsewhere: DraftSummary[];
  /** The background's Swedish message when listing failed. */
  error?: string;
}

export interface OpenDraft {
  id: number;
  status: 'loading' | 'ready' | 'error';
  versions: DraftVersion[];
  error?: string;
}

export interface PanelState {
  status: PanelStatus;
  /** The page's latest check; only while status is "ready". */
  report?: PageReport;
  /** Why the page could not be read (status "error", or the reason it is not active). */
  error?: string;
  /** The active tab's site as the browser tells it (null for sites not enabled yet). */
  site: string | null;
  /** The origin field of "Aktivera på den här webbplatsen". */
  origin: string;
  enabling: boolean;
  notice?: NoticeMessage;
  /** When the shown report arrived (ms since the epoch). */
  checkedAt?: number;
  drafts: DraftsState;
  openDraft?: OpenDraft;
}

export interface PanelControllerOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** After a site was enabled, how long to wait before each try of `page:report` (the script starts in the tab meanwhile). */
  enableRetryMs?: readonly number[];
  clipboard?: () => { writeText(text: string): Promise<void> } | undefined;
}

const NO_DRAFTS: DraftsState = { status: 'idle', site: null, page: null, here: [], elsewhere: [] };

export class PanelController {
  private state: PanelState = { status: 'loading', site: null, origin: '', enabling: false, drafts: NO_DRAFTS };
  private readonly listeners = new Set<() => void>();
  private cleanups: Array<() => void> = [];
  /** The latest report request; older answers are dropped. */
  private reportToken = 0;
  private draftsToken = 0;
  private versionsToken = 0;
  /** The tab the panel shows (undefined before the first look). */
  private tabId: number | null | undefined = undefined;
  /** The site enabled from this panel last: its first broadcast brings the report. */
  private enabledSite: string | null = null;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly enableRetryMs: readonly number[];
  private readonly clipboard: () => { writeText(text: string): Promise<void> } | undefined;

  constructor(
    private readonly api: PanelApi,
    options: PanelControllerOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.enableRetryMs = options.enableRetryMs ?? [0, 300, 800, 1500];
    this.clipboard = options.clipboard ?? (() => globalThis.navigator?.clipboard);
  }

  readonly getState = (): PanelState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Subscribes to the page and tab events and reads the active tab's page. Again after stop() is fine. */
  start(): void {
    this.stop();
    this.cleanups.push(this.api.onPageChanged((message) => this.pageChanged(message)));
    this.cleanups.push(this.api.onActiveTabChanged(() => void this.reload({ newTab: true })));
    void this.reload({ newTab: true });
  }

  stop(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.reportToken++;
  }

  /**
   * Asks the active tab's content script for its report. `newTab`: the tab may be another
   * one (a switch, or a page loaded in some tab); if it is, what the panel showed is
   * forgotten at once, so no finding of the old page can be acted on.
   */
  async reload(options: { newTab?: boolean } = {}): Promise<void> {
    const token = ++this.reportToken;
    let tab: { id: number; site: string | null } | null;
    try {
      tab = await this.api.activeTab();
    } catch {
      tab = null;
    }
    if (token !== this.reportToken) return;
    const switched = options.newTab === true && (tab?.id ?? null) !== this.tabId;
    this.tabId = tab?.id ?? null;
    if (switched) this.update({ status: 'loading', report: undefined, error: undefined, openDraft: undefined, checkedAt: undefined });
    if (!tab) {
      this.update({ status: 'no-tab', report: undefined, site: null, error: undefined });
      return;
    }
    const origin = switched || this.state.origin === '' ? (tab.site ?? '') : this.state.origin;
    let response: unknown;
    try {
      response = await this.api.toActiveTab({ type: 'page:report' });
    } catch (error) {
      if (token !== this.reportToken) return;
      this.update({ status: 'inactive', report: undefined, site: tab.site, origin, error: errorText(error) });
      this.draftsFor(tab.site, null);
      return;
    }
    if (token !== this.reportToken) return;
    if (isPageReport(response)) {
      this.showReport(response, origin);
      return;
    }
    const outcome = readOutcome(response);
    this.update({ status: 'error', report: undefined, site: tab.site, origin, error: outcome.ok ? panelWords.noAnswer : outcome.error });
    this.draftsFor(tab.site, null);
  }

  // ————— findings —————

  /** Focuses the finding's field in the page, scrolls to it and selects its words. */
  select(diagnostic: Diagnostic): Promise<void> {
    return this.act({ type: 'finding:select', key: diagnostic.key }, { kind: 'info', reload: false });
  }

  applyFix(diagnostic: Diagnostic, fix: Fix): Promise<void> {
    const index = fixIndex(diagnostic, fix);
    if (index < 0) {
      this.update({ notice: { kind: 'error', text: panelWords.fixGone } });
      return this.reload();
    }
    return this.act({ type: 'finding:fix', key: diagnostic.key, fix: index });
  }

  dismiss(diagnostic: Diagnostic): Promise<void> {
    return this.act({ type: 'finding:dismiss', key: diagnostic.key });
  }

  restore(key: string): Promise<void> {
    return this.act({ type: 'finding:restore', key });
  }

  setType(typeId: string): Promise<void> {
    return this.act({ type: 'type:set', typeId });
  }

  insertGoalBlock(goal: string): Promise<void> {
    return this.act({ type: 'insert:goal-block', goal });
  }

  insertSkeleton(typeId: string): Promise<void> {
    return this.act({ type: 'insert:skeleton', typeId });
  }

  dismissNotice(): void {
    this.update({ notice: undefined });
  }

  // ————— turning the site on —————

  setOrigin(origin: string): void {
    this.update({ origin });
  }

  /**
   * "Aktivera på den här webbplatsen": call it straight from the click. The permission
   * prompt opens only inside the user's gesture (Firefox: in its call stack), so
   * `api.enableSite` is called first, before any state change or await.
   */
  enable(): Promise<void> {
    const origin = this.state.origin;
    let pending: Promise<{ ok: true; value: string } | { ok: false; error: string }>;
    try {
      pending = this.api.enableSite(origin);
    } catch (error) {
      pending = Promise.resolve({ ok: false, error: errorText(error) });
    }
    this.update({ enabling: true, notice: undefined });
    return pending
      .then(
        async (result) => {
          if (!result.ok) {
            this.update({ enabling: false, notice: { kind: 'error', text: result.error } });
            return;
          }
          this.enabledSite = result.value;
          this.update({ enabling: false, notice: { kind: 'success', text: panelWords.enabled(result.value) } });
          // The background started the script in the tab; it answers once it has read the page.
          for (const ms of this.enableRetryMs) {
            if (ms > 0) await this.sleep(ms);
            if (this.state.status === 'ready') return;
            await this.reload();
          }
        },
        (error: unknown) => this.update({ enabling: false, notice: { kind: 'error', text: errorText(error) } }),
      )
      .catch((error: unknown) => this.update({ enabling: false, notice: { kind: 'error', text: errorText(error) } }));
  }

  // ————— drafts —————

  /** Lists the drafts for the page shown (its own first, then the site's), or all when its site is unknown. */
  async loadDrafts(): Promise<void> {
    const { site, page } = this.place();
    const token = ++this.draftsToken;
    const same = this.state.drafts.site === site && this.state.drafts.page === page;
    this.update({ drafts: { ...(same ? this.state.drafts : NO_DRAFTS), status: 'loading', site, page, error: undefined } });
    try {
      const answers =
        site === null
          ? [await this.api.background.send({ type: 'drafts:list' })]
          : page === null
            ? [await this.api.background.send({ type: 'drafts:list', site })]
            : await Promise.all([this.api.background.send({ type: 'drafts:list', site, page }), this.api.background.send({ type: 'drafts:list', site })]);
      if (token !== this.draftsToken) return;
      for (const answer of answers) if (!Array.isArray(answer)) throw new Error(panelWords.noAnswer);
      const lists = orderDrafts(answers, { site, page });
      this.update({ drafts: { status: 'ready', site, page, ...lists } });
      const open = this.state.openDraft;
      if (open && ![...lists.here, ...lists.elsewhere].some((draft) => draft.id === open.id)) this.update({ openDraft: undefined });
    } catch (error) {
      if (token !== this.draftsToken) return;
      this.update({ drafts: { status: 'error', site, page, here: [], elsewhere: [], error: errorText(error) } });
    }
  }

  /** Opens a draft's versions (asked for each time, so they are current), or closes it. */
  async toggleDraft(id: number): Promise<void> {
    if (this.state.openDraft?.id === id) {
      this.versionsToken++;
      this.update({ openDraft: undefined });
      return;
    }
    await this.loadVersions(id);
  }

  /** Puts a version back into its field on this page, or copies it when the field is not here. */
  async restoreDraft(draft: DraftSummary, value: string): Promise<void> {
    if (restoreBlock(draft, this.state.report) !== null) return this.copy(value);
    this.update({ notice: undefined });
    const outcome = await this.request({ type: 'draft:restore', field: draft.field, value });
    this.showOutcome(outcome, 'success');
    await this.reload();
    await this.loadDrafts();
    if (this.state.openDraft?.id === draft.id) await this.loadVersions(draft.id);
  }

  /** Copies a text to the clipboard; called from the click, so the browser allows it. */
  async copy(value: string): Promise<void> {
    const clipboard = this.clipboard();
    try {
      if (!clipboard) throw new Error(panelWords.noClipboard);
      await clipboard.writeText(value);
      this.update({ notice: { kind: 'success', text: panelWords.copied } });
    } catch (error) {
      this.update({ notice: { kind: 'error', text: panelWords.copyFailed(errorText(error)) } });
    }
  }

  // ————— inside —————

  private async loadVersions(id: number): Promise<void> {
    const token = ++this.versionsToken;
    const previous = this.state.openDraft?.id === id ? this.state.openDraft.versions : [];
    this.update({ openDraft: { id, status: 'loading', versions: previous } });
    try {
      const versions = await this.api.background.send({ type: 'draft:versions', id });
      if (token !== this.versionsToken) return;
      if (!Array.isArray(versions)) throw new Error(panelWords.noAnswer);
      this.update({ openDraft: { id, status: 'ready', versions } });
    } catch (error) {
      if (token !== this.versionsToken) return;
      this.update({ openDraft: { id, status: 'error', versions: [], error: errorText(error) } });
    }
  }

  /** Where the page is, as far as the panel knows: the report's place, else the tab's site. */
  private place(): { site: string | null; page: string | null } {
    const report = this.state.report;
    return report ? { site: report.site, page: report.page } : { site: this.state.site, page: null };
  }

  /** Lists the drafts again when the page shown is another than the lists are for. */
  private draftsFor(site: string | null, page: string | null): void {
    const drafts = this.state.drafts;
    if (drafts.status !== 'idle' && drafts.site === site && drafts.page === page) return;
    void this.loadDrafts();
  }

  private showReport(report: PageReport, origin = this.state.origin): void {
    const previous = this.state.report;
    if (previous && !samePlace(previous, report)) this.update({ openDraft: undefined });
    this.update({ status: 'ready', report, site: report.site, origin, error: undefined, checkedAt: this.now() });
    this.draftsFor(report.site, report.page);
  }

  private pageChanged(message: PageChanged): void {
    const report = message?.report;
    if (!isPageReport(report)) return;
    const current = this.state.report;
    if (this.state.status === 'ready' && current) {
      if (!samePlace(current, report)) return; // another page, or another tab's
      this.reportToken++; // a report asked for earlier is older than this one
      this.showReport(report);
      return;
    }
    // Not active (or unreadable) until now: the tab's site, or the one just enabled, started its script.
    if ((this.state.status === 'inactive' || this.state.status === 'error') && (report.site === this.state.site || report.site === this.enabledSite)) {
      void this.reload();
    }
  }

  private async request(request: ContentRequest): Promise<ActionOutcome> {
    try {
      return readOutcome(await this.api.toActiveTab(request));
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  }

  private showOutcome(outcome: ActionOutcome, kind: 'success' | 'info'): void {
    if (!outcome.ok) this.update({ notice: { kind: 'error', text: outcome.error } });
    else if (outcome.notice) this.update({ notice: { kind, text: outcome.notice } });
  }

  private async act(request: ContentRequest, options: { kind?: 'success' | 'info'; reload?: boolean } = {}): Promise<void> {
    this.update({ notice: undefined });
    const outcome = await this.request(request);
    this.showOutcome(outcome, options.kind ?? 'success');
    // The content script checked again before it answered: the new report shows the change (or that the finding is gone).
    if (options.reload !== false || !outcome.ok) await this.reload();
  }

  private update(patch: Partial<PanelState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
