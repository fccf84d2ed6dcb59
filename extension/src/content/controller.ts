/**
 * The content script's controller: finds the page's fields, checks them as one form with
 * the core, keeps the check current as the writer types, saves drafts through the
 * background, tells the side panel, and answers its requests. The DOM work it does is
 * reading fields and changing their text (edit.ts); the overlay draws. It takes its
 * messenger, clock and overlay as arguments, so tests run it in jsdom with fakes.
 *
 * Typing path: the `input` listener records the field as dirty and pokes a debounce —
 * nothing else. The check runs 300 ms after the last keystroke (at the latest 1.5 s
 * after the first unchecked one), in an idle callback where there is one; one dirty field
 * is a `replaceField`, several or a changed form one re-read. After each check: the
 * `data-utkastkoll-issues` counts, the overlay, drafts of changed fields, `page:changed`.
 */
import { builtInDocTypes, resolveTypeId, type Diagnostic, type GoalCatalog, type Severity, type SettingsInput } from '../../../shared/index';
import type { ContentRequest, PagePlace, PageReport, SiteState } from '../protocol';
import { reachableDocuments, stillCheckable } from './discover';
import { isTextControl, windowOf } from './dom';
import { insertAtCaret, replaceText, selectText, type EditOutcome } from './edit';
import { readValue } from './field-value';
import { AUTO, FormCheck, type FormItem } from './form-check';
import { readForm, type FormEntry, type PageForm } from './form';
import { errorText, type ContentResponse, type ContentResult, type Messenger } from './messages';
import type { OverlayActions, OverlayField, OverlayPort } from './overlay/types';
import { DraftSaver } from './drafts';
import { skeletonText, type InsertRequest } from './skeleton-text';
import { Debounce, type Clock } from './schedule';
import { watchDocument } from './watch';
import { contentWords } from './words';

/** The attribute every checked field carries: its current count of findings (a contract; tests rely on it). */
export const ISSUES_ATTRIBUTE = 'data-utkastkoll-issues';

export interface ControllerOptions {
  document: Document;
  messenger: Messenger;
  clock: Clock;
  place: PagePlace;
  /** The page's title for the report (document.title by default). */
  title?: () => string;
  /** The top frame answers requests no frame owns; a child frame (cross-origin to the top) stays quiet then. */
  isTopFrame?: boolean;
  overlay?: (actions: OverlayActions) => OverlayPort | null;
  /** "2026-12-02": when a finding was dismissed. */
  today?: () => string;
  debounceMs?: number;
  maxWaitMs?: number;
  /** How often text fields are compared with what was checked (pages that set values without `input`). */
  pollMs?: number;
  /** How long the top frame waits before it answers a request another frame may own. */
  lateAnswerMs?: number;
}

/** What may change the form's structure: fields, frames, headings, labels. */
const STRUCTURE = 'textarea, input, [contenteditable], iframe, frame, h1, h2, h3, h4, h5, h6, [role="heading"], legend, label, fieldset';

export class ContentController {
  private readonly document: Document;
  private readonly messenger: Messenger;
  private readonly clock: Clock;
  private place: PagePlace;
  private readonly isTopFrame: boolean;
  private readonly debounce: Debounce;
  private form: PageForm = { entries: [], fields: [] };
  private check: FormCheck | null = null;
  private byId = new Map<string, FormEntry>();
  private byElement = new WeakMap<Element, FormEntry>();
  private readonly dirty = new Set<string>();
  private structureDirty = false;
  private readonly drafts: DraftSaver;
  private state: SiteState = { settings: {} };
  private catalogs: GoalCatalog[] = [];
  private lastFocused: HTMLElement | null = null;
  private readonly carets = new WeakMap<HTMLElement, Range>();
  private readonly typedBeforeFound = new WeakSet<Element>();
  private readonly attached = new WeakSet<Document>();
  private readonly cleanups: Array<() => void> = [];
  private overlay: OverlayPort | null = null;
  private pollTimer: unknown = null;
  private stopped = false;
  private started = false;

  constructor(private readonly options: ControllerOptions) {
    this.document = options.document;
    this.messenger = options.messenger;
    this.clock = options.clock;
    this.place = options.place;
    this.isTopFrame = options.isTopFrame ?? true;
    this.debounce = new Debounce(this.clock, options.debounceMs ?? 300, options.maxWaitMs ?? 1500, () => this.checkWhenIdle());
    this.drafts = new DraftSaver(
      this.messenger,
      this.clock,
      () => this.place,
      (text) => this.overlay?.notify(text, 'error'),
      (id) => {
        const entry = this.byId.get(id);
        return entry ? { id, label: entry.name, value: readValue(entry.element) } : null;
      },
    );
  }

  /** Reads the site's settings and catalogs, checks the page once, and from then on as it changes. */
  async start(): Promise<void> {
    await this.loadSiteState();
    if (this.stopped) return;
    this.overlay =
      this.options.overlay?.({
        fix: (key, fix) => this.applyFix(key, fix),
        dismiss: (key) => this.dismiss(key),
      }) ?? null;
    this.rescan();
    this.cleanups.push(this.messenger.listen((request) => this.handle(request)));
    this.started = true;
    this.schedulePoll();
    this.publish();
  }

  stop(): void {
    this.stopped = true;
    this.debounce.stop();
    if (this.pollTimer !== null) this.clock.clearTimeout(this.pollTimer);
    this.drafts.stop();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    for (const entry of this.form.fields) entry.element.removeAttribute(ISSUES_ATTRIBUTE);
    this.overlay?.destroy();
    this.overlay = null;
  }

  /** Checks now what is pending (a request from the side panel, the page being hidden, tests). */
  flushNow(): void {
    this.debounce.cancel();
    this.flush();
  }

  /** The page's address changed without a reload (a single-page app): drafts go to the new page, its form is read again. */
  navigated(place: PagePlace): void {
    if (place.site === this.place.site && place.page === this.place.page) return;
    this.place = place;
    this.drafts.forget();
    this.structureChanged();
  }

  /** The latest report (what `page:report` answers). */
  report(): PageReport {
    return this.formCheck().report({ ...this.place, title: this.options.title?.() ?? this.document.title });
  }

  get entries(): readonly FormEntry[] {
    return this.form.entries;
  }

  /** Answers a side-panel request; null leaves it to another frame's content script. */
  handle(request: ContentRequest): Promise<ContentResponse> | null {
    if (this.stopped) return null;
    this.flushNow();
    switch (request.type) {
      case 'page:report':
        if (this.form.fields.length === 0) return this.isTopFrame ? this.late(() => this.report()) : null;
        return Promise.resolve(this.report());
      case 'finding:select':
        return this.owned(request.key, () => this.select(request.key));
      case 'finding:fix':
        return this.owned(request.key, () => this.applyFix(request.key, request.fix));
      case 'finding:dismiss':
        return this.owned(request.key, () => this.dismiss(request.key));
      case 'finding:restore':
        return this.owned(request.key, () => this.restore(request.key));
      case 'type:set':
        return this.isTopFrame || this.form.fields.length > 0 ? this.setType(request.typeId) : null;
      case 'insert:goal-block':
      case 'insert:skeleton': {
        const target = this.insertionTarget();
        if (!target) return this.isTopFrame ? this.late(() => ({ ok: false, error: contentWords.noField })) : null;
        return this.insert(target, request);
      }
      case 'draft:restore': {
        const entry = this.byId.get(request.field);
        if (!entry) return this.isTopFrame ? this.late(() => ({ ok: false, error: contentWords.fieldGone })) : null;
        return this.restoreDraft(entry, request.value);
      }
    }
  }

  // ————— events (the typing path: record and poke, nothing more) —————

  private readonly onInput = (event: Event): void => {
    const entry = this.entryOf(event.target);
    if (entry) this.dirty.add(entry.id);
    else {
      // A field the page added since the last scan: what is typed into it is the writer's, so it is saved.
      if (event.target && typeof (event.target as Node).nodeType === 'number') this.typedBeforeFound.add(event.target as Element);
      this.structureDirty = true;
    }
    this.debounce.poke();
    this.overlay?.refresh();
  };

  private readonly onFocus = (event: Event): void => {
    const entry = this.entryOf(event.target);
    if (entry) this.lastFocused = entry.element;
  };

  private readonly onSelection = (event: Event): void => {
    const field = this.lastFocused;
    if (!field || isTextControl(field)) return;
    const selection = windowOf((event.target as Node) ?? field)?.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (field.contains(range.startContainer)) this.carets.set(field, range.cloneRange());
  };

  private readonly onViewChange = (): void => {
    this.overlay?.refresh();
  };

  private readonly onFrameLoad = (event: Event): void => {
    const target = event.target as Element | null;
    if (target && (target.localName === 'iframe' || target.localName === 'frame')) this.structureChanged();
  };

  private readonly onMutations = (records: MutationRecord[]): void => {
    let structure = false;
    for (const record of records) {
      const editor = this.editorAround(record.target);
      if (editor) {
        this.dirty.add(editor.id);
        continue;
      }
      if (record.type === 'attributes') structure = true;
      else if (record.type === 'childList') structure ||= touchesStructure(record.addedNodes) || touchesStructure(record.removedNodes);
    }
    if (structure) this.structureDirty = true;
    if (structure || this.dirty.size > 0) this.debounce.poke();
    this.overlay?.refresh();
  };

  private structureChanged(): void {
    this.structureDirty = true;
    this.debounce.poke();
  }

  // ————— checking —————

  private checkWhenIdle(): void {
    if (this.clock.requestIdle) this.clock.requestIdle(() => this.flush(), 200);
    else this.flush();
  }

  /** Checks what changed since the last check, if anything did, and publishes the result. */
  private flush(): void {
    if (this.stopped || !this.started || (this.dirty.size === 0 && !this.structureDirty)) return;
    const check = this.formCheck();
    let changes: Array<{ id: string; value: string }>;
    if (this.structureDirty && this.rescan()) {
      changes = this.form.fields.map((entry) => ({ id: entry.id, value: check.valueOf(entry.id) ?? '' }));
    } else {
      changes = [];
      for (const id of this.dirty) {
        const entry = this.byId.get(id);
        if (entry) changes.push({ id, value: readValue(entry.element) });
      }
    }
    this.dirty.clear();
    // Drafts first: a failing check must never cost the writer's text.
    this.drafts.save(
      changes.flatMap(({ id, value }) => {
        const entry = this.byId.get(id);
        return entry?.kind === 'field' ? [{ id, label: entry.name, value }] : [];
      }),
    );
    if (changes.length > 0) check.setValues(changes);
    this.publish();
  }

  /** Reads the form again; true when it changed (fields or labels), which re-reads the whole document. */
  private rescan(): boolean {
    this.structureDirty = false;
    for (const document of reachableDocuments(this.document)) this.attach(document);
    const form = readForm(this.document);
    if (this.check && sameForm(this.form, form)) return false;
    const before = this.form.fields.map((entry) => entry.element);
    this.form = form;
    this.byId = new Map(form.entries.map((entry) => [entry.id, entry]));
    this.byElement = new WeakMap(form.fields.map((entry) => [entry.element, entry]));
    for (const element of before) if (!this.byElement.has(element)) element.removeAttribute(ISSUES_ATTRIBUTE);
    const items: FormItem[] = form.entries.map((entry) => ({
      id: entry.id,
      label: entry.label,
      value: entry.kind === 'group' ? '' : readValue(entry.element),
      group: entry.kind === 'group',
      name: entry.name,
    }));
    // What a field held when it was found is the page's, not a draft; only what is typed after is saved.
    for (const [index, item] of items.entries()) {
      if (!item.group) this.drafts.found(item.id, this.typedBeforeFound.has(form.entries[index]!.element) ? '' : item.value);
    }
    for (const id of this.dirty) if (!this.byId.has(id)) this.dirty.delete(id);
    if (this.check) this.check.setItems(items);
    else this.check = this.newCheck(items);
    return true;
  }

  private newCheck(items: readonly FormItem[]): FormCheck {
    const check = new FormCheck(items, { type: this.state.type ?? AUTO, settings: this.state.settings, catalogs: this.catalogs });
    if (check.settingsError) this.overlay?.notify(`${contentWords.badSettings}: ${check.settingsError}`, 'error');
    return check;
  }

  private formCheck(): FormCheck {
    this.check ??= this.newCheck([]);
    return this.check;
  }

  /** After each check: counts on the elements, the overlay, the side panel. */
  private publish(): void {
    const check = this.formCheck();
    const findings = new Map<string, Diagnostic[]>();
    for (const diagnostic of check.result.diagnostics) {
      const field = check.fieldOf(diagnostic);
      if (field === null) continue;
      const list = findings.get(field) ?? [];
      list.push(diagnostic);
      findings.set(field, list);
    }
    const overlayFields: OverlayField[] = [];
    for (const entry of this.form.fields) {
      const own = findings.get(entry.id) ?? [];
      const count = String(own.length);
      if (entry.element.getAttribute(ISSUES_ATTRIBUTE) !== count) entry.element.setAttribute(ISSUES_ATTRIBUTE, count);
      overlayFields.push({
        id: entry.id,
        element: entry.element,
        name: entry.name,
        count: own.length,
        severity: worst(own),
        marks: check.marks(entry.id),
        checkedValue: check.valueOf(entry.id) ?? '',
        findings: own,
      });
    }
    this.overlay?.update(overlayFields);
    if (this.form.fields.length > 0 || this.isTopFrame) this.messenger.broadcast({ type: 'page:changed', report: this.report() });
  }

  // ————— side-panel requests —————

  private async select(key: string): Promise<ContentResult> {
    const check = this.formCheck();
    const diagnostic = check.find(key)!;
    const field = check.fieldOf(diagnostic);
    const entry = field === null ? undefined : this.byId.get(field);
    if (!entry) return { ok: true, notice: contentWords.pageLevel };
    const range = check.valueRange(diagnostic.start, diagnostic.end);
    if (!range) {
      selectText(entry.element, 0, 0);
      return { ok: true };
    }
    const now = readValue(entry.element);
    selectText(entry.element, range.start, range.end);
    this.overlay?.reveal(entry.element, range.start);
    return now.slice(range.start, range.end) === diagnostic.text ? { ok: true } : { ok: true, notice: contentWords.selectedChanged };
  }

  private async applyFix(key: string, index: number): Promise<ContentResult> {
    this.flushNow();
    const check = this.formCheck();
    const diagnostic = check.result.diagnostics.find((each) => each.key === key);
    const fix = diagnostic?.fixes?.[index];
    if (!diagnostic || !fix) return { ok: false, error: contentWords.gone };
    const range = check.valueRange(fix.start, fix.end);
    if (!range) return { ok: false, error: fix.insert ? contentWords.insertOutside : contentWords.inLabel };
    const entry = this.byId.get(range.field);
    if (!entry) return { ok: false, error: contentWords.fieldGone };
    // What the core saw there; the writer may have changed it since (edit.ts refuses then).
    const expected = check.document.source.slice(fix.start, fix.end);
    const outcome = replaceText(entry.element, range.start, range.end, fix.text, expected);
    return this.afterEdit(entry, outcome, contentWords.fixed(fix.title));
  }

  private async dismiss(key: string): Promise<ContentResult> {
    const settings = this.formCheck().currentSettings;
    const dismissed = [...(settings.dismissed ?? []).filter((entry) => dismissalKeyOf(entry) !== key), { key, at: this.today() }];
    return this.saveSettings({ ...settings, dismissed }, contentWords.dismissedOne);
  }

  private async restore(key: string): Promise<ContentResult> {
    const settings = this.formCheck().currentSettings;
    const dismissed = (settings.dismissed ?? []).filter((entry) => dismissalKeyOf(entry) !== key);
    return this.saveSettings({ ...settings, dismissed }, contentWords.restoredOne);
  }

  /** The site's settings changed: checked again at once, then saved through the background (an error is reported, not hidden). */
  private async saveSettings(settings: SettingsInput, notice: string): Promise<ContentResult> {
    this.state = { ...this.state, settings };
    this.formCheck().setSettings(settings);
    this.publish();
    return this.saveState(notice);
  }

  private async setType(typeId: string): Promise<ContentResult> {
    const id = typeId === AUTO ? AUTO : resolveTypeId(typeId, builtInDocTypes);
    if (id === null) return { ok: false, error: contentWords.unknownType };
    this.state = id === AUTO ? { settings: this.state.settings } : { ...this.state, type: id };
    this.formCheck().setType(id);
    this.publish();
    const name = builtInDocTypes.find((each) => each.id === id)?.name;
    return this.saveState(name ? contentWords.typeSet(lowerFirst(name)) : contentWords.typeAuto);
  }

  private async saveState(notice: string): Promise<ContentResult> {
    try {
      const answer = await this.messenger.send({ type: 'site:save-state', site: this.place.site, state: this.state });
      if (answer && !answer.saved) return { ok: false, error: `${contentWords.settingsFailed}: ${answer.error}` };
      return { ok: true, notice };
    } catch (error) {
      return { ok: false, error: `${contentWords.settingsFailed}: ${contentWords.noBackground} (${errorText(error)})` };
    }
  }

  private async insert(target: FormEntry, request: InsertRequest): Promise<ContentResult> {
    const block = skeletonText(request, this.catalogs);
    if ('error' in block) return { ok: false, error: block.error };
    const caret = isTextControl(target.element) ? null : (this.carets.get(target.element) ?? null);
    const outcome = insertAtCaret(target.element, block.text, caret, { block: true });
    return this.afterEdit(target, outcome, request.type === 'insert:goal-block' ? contentWords.goalBlockInserted : contentWords.skeletonInserted);
  }

  private async restoreDraft(entry: FormEntry, value: string): Promise<ContentResult> {
    const current = readValue(entry.element);
    if (current === value) return { ok: true, notice: contentWords.draftRestored(entry.name) };
    const kept = await this.drafts.keep({ id: entry.id, label: entry.name, value: current });
    if (!kept.ok) return { ok: false, error: `${contentWords.restoreNotKept}: ${kept.error}` };
    // Typed into while the restore point was saved: replaceText finds the text changed and refuses.
    const outcome = replaceText(entry.element, 0, current.length, value, current);
    return this.afterEdit(entry, outcome, contentWords.draftRestored(entry.name));
  }

  /** The field's text was changed by us: checked at once, so the side panel's answer already shows it. */
  private afterEdit(entry: FormEntry, outcome: EditOutcome, notice: string): ContentResult {
    if (outcome !== 'applied') return { ok: false, error: outcomeText(outcome) };
    this.dirty.add(entry.id);
    this.flushNow();
    return { ok: true, notice };
  }

  // ————— helpers —————

  /** The focused field (across frames), else the one focused last. */
  private insertionTarget(): FormEntry | null {
    let active: Element | null = this.document.activeElement;
    for (let depth = 0; active && (active.localName === 'iframe' || active.localName === 'frame') && depth < 10; depth++) {
      try {
        active = (active as HTMLIFrameElement).contentDocument?.activeElement ?? null;
      } catch {
        active = null;
      }
    }
    const focused = this.entryOf(active);
    if (focused) return focused;
    return this.lastFocused ? (this.byElement.get(this.lastFocused) ?? null) : null;
  }

  private owned(key: string, answer: () => Promise<ContentResult>): Promise<ContentResult> | null {
    if (this.formCheck().find(key)) return answer();
    return this.isTopFrame ? this.late(() => ({ ok: false, error: contentWords.gone })) : null;
  }

  /** The top frame's answer for what no frame owns, after the frames that may own it had their turn. */
  private late<T>(answer: () => T): Promise<T> {
    return new Promise((resolve) => this.clock.setTimeout(() => resolve(answer()), this.options.lateAnswerMs ?? 150));
  }

  private entryOf(target: EventTarget | null | undefined): FormEntry | null {
    if (!target || typeof (target as Node).nodeType !== 'number') return null;
    const direct = this.byElement.get(target as Element);
    if (direct) return direct;
    return this.editorAround(target as Node);
  }

  /** The editor (contenteditable field) a node is inside, if any. */
  private editorAround(node: Node): FormEntry | null {
    for (const entry of this.form.fields) {
      if (!isTextControl(entry.element) && entry.element !== node && entry.element.contains(node)) return entry;
      if (!isTextControl(entry.element) && entry.element === node) return entry;
    }
    return null;
  }

  private attach(document: Document): void {
    if (this.attached.has(document)) return;
    this.attached.add(document);
    this.cleanups.push(
      watchDocument(
        document,
        {
          input: this.onInput,
          focus: this.onFocus,
          selection: this.onSelection,
          view: this.onViewChange,
          frameLoad: this.onFrameLoad,
          hide: () => this.flushNow(),
          mutations: this.onMutations,
        },
        document === this.document,
      ),
    );
  }

  /** Text fields compared with what was checked, now and then: some pages set values without an `input` event. */
  private schedulePoll(): void {
    const every = this.options.pollMs ?? 1000;
    if (every <= 0) return;
    this.pollTimer = this.clock.setTimeout(() => {
      if (this.stopped) return;
      const check = this.formCheck();
      for (const entry of this.form.fields) {
        if (!stillCheckable(entry.element)) this.structureDirty = true;
        else if (isTextControl(entry.element) && !this.dirty.has(entry.id) && entry.element.value !== check.valueOf(entry.id)) this.dirty.add(entry.id);
      }
      if (this.structureDirty || this.dirty.size > 0) this.debounce.poke();
      this.schedulePoll();
    }, every);
  }

  private async loadSiteState(): Promise<void> {
    try {
      const state = await this.within(this.messenger.send({ type: 'site:state', site: this.place.site }));
      if (state && typeof state === 'object') this.state = { settings: state.settings ?? {}, ...(state.type ? { type: state.type } : {}) };
    } catch {
      // No answer (the worker is starting): the defaults; the next save writes a full state.
    }
    try {
      const catalogs = await this.within(this.messenger.send({ type: 'catalogs:get' }));
      if (Array.isArray(catalogs)) this.catalogs = catalogs;
    } catch {
      this.catalogs = [];
    }
  }

  /** A background that does not answer (a worker that is starting, a broken database) must not keep the page unchecked. */
  private within<T>(answer: Promise<T>, ms = 3000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = this.clock.setTimeout(() => reject(new Error(contentWords.noBackground)), ms);
      answer.then(
        (value) => {
          this.clock.clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          this.clock.clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private today(): string {
    return this.options.today?.() ?? new Date().toISOString().slice(0, 10);
  }
}

function touchesStructure(nodes: NodeList): boolean {
  for (const node of Array.from(nodes)) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.localName === 'utkastkoll-overlay') continue;
    if (element.matches(STRUCTURE) || element.querySelector(STRUCTURE)) return true;
  }
  return false;
}

function sameForm(a: PageForm, b: PageForm): boolean {
  if (a.entries.length !== b.entries.length) return false;
  return a.entries.every((entry, index) => {
    const other = b.entries[index]!;
    return entry.id === other.id && entry.kind === other.kind && entry.label === other.label && entry.element === other.element && entry.name === other.name;
  });
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

function worst(diagnostics: readonly Diagnostic[]): Severity | null {
  let found: Severity | null = null;
  for (const diagnostic of diagnostics) if (found === null || RANK[diagnostic.severity] > RANK[found]) found = diagnostic.severity;
  return found;
}

function dismissalKeyOf(entry: string | { key: string }): string {
  return typeof entry === 'string' ? entry : entry.key;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

function outcomeText(outcome: EditOutcome): string {
  switch (outcome) {
    case 'changed':
      return contentWords.changed;
    case 'readonly':
      return contentWords.readonly;
    case 'virtual':
      return contentWords.virtual;
    case 'single-line':
      return contentWords.singleLine;
    case 'applied':
      return '';
  }
}
