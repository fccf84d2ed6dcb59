/**
 * The task pane's controller: reads the document through the gateway, keeps a core
 * CheckSession, re-checks shortly after the writer stops typing (only the paragraphs that
 * changed), and turns the pane's actions into gateway calls — always through the core's
 * data: finding keys for dismissals, the core's fixes, skeletons and summary. It knows
 * nothing of Office.js or the DOM, so it runs the same in Word, in the demo and in tests.
 */
import {
  builtInDocTypes,
  CheckSession,
  documentFromParagraphs,
  documentSkeleton,
  goalBlockSkeleton,
  paragraphEdits,
  summarize,
  type CheckResult,
  type Diagnostic,
  type Fix,
  type ParagraphInput,
  type Settings,
  type Skeleton,
} from '../../../shared/index';
import { goalChoices } from '../../../ui/components/goals';
import type { DocumentGateway } from '../gateway';
import { commentText, contentOf, skeletonContent, targetAt, targetOf } from './targets';
import type { Notice, PaneActions, PaneState, TypeOption } from './state';
import { documentData, storedData, type DocumentData } from './stored-data';
import { renderReport } from './report';

export interface PaneControllerOptions {
  /** How long after the last change the document is read again; Word's selection events come often. */
  debounceMs?: number;
  /** The document's name in the review report. */
  documentName?: string;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const AUTO = 'auto';
const TYPE_OPTIONS: TypeOption[] = [{ id: AUTO, name: 'Känn igen automatiskt' }, ...builtInDocTypes.map(({ id, name }) => ({ id, name }))];

export class PaneController {
  readonly actions: PaneActions;
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private session: CheckSession | null = null;
  private paragraphs: ParagraphInput[] = [];
  private data: DocumentData = documentData();
  /** Operations run one at a time, so a re-check never interleaves with a fix. */
  private queue: Promise<void> = Promise.resolve();
  private timer: unknown = null;
  private stopListening: (() => void) | null = null;
  private readonly debounceMs: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly gateway: DocumentGateway,
    private readonly options: PaneControllerOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.state = {
      status: 'loading',
      typeChoice: AUTO,
      types: TYPE_OPTIONS,
      goals: goalChoices(),
      documentEmpty: false,
      capabilities: gateway.capabilities,
      squiggles: false,
    };
    this.actions = {
      recheck: () => this.run(() => this.readAndCheck(true)),
      setType: (typeId) => this.run(() => this.changeType(typeId)),
      select: (diagnostic) => this.run(() => this.select(diagnostic)),
      applyFix: (diagnostic, fix) => this.run(() => this.applyFix(diagnostic, fix)),
      dismiss: (diagnostic) => this.run(() => this.dismiss(diagnostic)),
      restore: (key) => this.run(() => this.restore(key)),
      insertGoalBlock: (goalNumber) => this.run(() => this.insertSkeleton(goalBlockSkeleton(goalNumber), 'Målblocket')),
      insertSkeleton: (typeId) => this.run(() => this.insertSkeleton(documentSkeleton(builtInDocTypes.find((type) => type.id === typeId)!), 'Mallen')),
      addComments: () => this.run(() => this.addComments()),
      reportHtml: () => this.reportHtml(),
      setSquiggles: (on) => this.run(() => this.setSquiggles(on)),
      dismissNotice: () => this.update({ notice: undefined }),
    };
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the add-in's data and the document, checks it, and re-checks after changes from now on. */
  start(): Promise<void> {
    return this.run(async () => {
      this.data = storedData(await this.gateway.loadSettings());
      this.update({ typeChoice: this.data.type ?? AUTO });
      await this.readAndCheck(true);
      this.stopListening = this.gateway.onChange(() => this.scheduleRefresh());
    });
  }

  stop(): void {
    this.stopListening?.();
    if (this.timer !== null) this.clearTimer(this.timer);
  }

  /** A change in the document: read it again once the writer has paused. */
  scheduleRefresh(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run(() => this.readAndCheck(false));
    }, this.debounceMs);
  }

  /** Waits for everything queued so far (tests, and the bench). */
  idle(): Promise<void> {
    return this.queue;
  }

  private run(operation: () => Promise<void>): Promise<void> {
    const next = this.queue.then(operation).catch((error: unknown) => this.fail(error));
    this.queue = next;
    return next;
  }

  private fail(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.update({ status: 'error', error: `Dokumentet kunde inte kontrolleras: ${detail}` });
  }

  /** Reads the paragraphs; re-checks only those that changed, unless `whole` (first check, "Kontrollera igen"). */
  private async readAndCheck(whole: boolean): Promise<void> {
    this.update({ status: 'checking' });
    const paragraphs = await this.gateway.readParagraphs();
    const edits = this.session && !whole ? paragraphEdits(this.paragraphs, paragraphs) : null;
    let result: CheckResult;
    if (this.session && edits) result = edits.length === 0 ? this.session.check() : this.session.editParagraphs(edits);
    else {
      this.session = this.newSession(paragraphs);
      result = this.session.check();
    }
    this.paragraphs = paragraphs;
    this.publish(result);
  }

  private newSession(paragraphs: readonly ParagraphInput[]): CheckSession {
    return new CheckSession(documentFromParagraphs(paragraphs), { type: this.data.type ?? AUTO, settings: this.data.settings });
  }

  private publish(result: CheckResult, notice?: Notice): void {
    this.update({
      status: 'ready',
      error: undefined,
      result,
      summary: summarize(result),
      documentEmpty: this.paragraphs.every((paragraph) => paragraph.text.trim() === '' && !paragraph.cells?.some((cell) => cell.trim() !== '')),
      checkedAt: Date.now(),
      ...(notice ? { notice } : {}),
    });
    if (this.state.squiggles) void this.gateway.showSquiggles(this.squiggles(result));
  }

  private async changeType(typeId: string): Promise<void> {
    this.data = { ...this.data, type: typeId === AUTO ? undefined : typeId };
    await this.gateway.saveSettings(this.data);
    this.update({ typeChoice: typeId });
    this.session = this.newSession(this.paragraphs);
    this.publish(this.session.check());
  }

  private async select(diagnostic: Diagnostic): Promise<void> {
    const document = this.session?.current;
    if (!document) return;
    const outcome = await this.gateway.select(targetOf(document, diagnostic.start, diagnostic.end, diagnostic.text));
    if (outcome === 'selected') return;
    this.update({
      notice: {
        kind: 'warning',
        text: outcome === 'changed' ? 'Texten har ändrats sedan kontrollen. Stycket är markerat.' : 'Stycket finns inte längre. Kontrollera igen.',
      },
    });
    this.scheduleRefresh();
  }

  private async applyFix(diagnostic: Diagnostic, fix: Fix): Promise<void> {
    const document = this.session?.current;
    if (!document || !diagnostic.fixes?.includes(fix)) return;
    const outcome = fix.insert
      ? await this.gateway.insert(insertPlace(document, fix, this.paragraphs), contentOf(fix.insert.paragraphs))
      : await this.gateway.replace(targetOf(document, fix.start, fix.end, document.source.slice(fix.start, fix.end)), fix.text);
    await this.readAndCheck(false);
    const notice: Notice =
      outcome === 'applied'
        ? { kind: 'success', text: `${fix.title}: klart.` }
        : { kind: 'warning', text: 'Texten har ändrats sedan kontrollen, så inget ändrades. Kontrollera igen och försök på nytt.' };
    this.update({ notice });
  }

  private async dismiss(diagnostic: Diagnostic): Promise<void> {
    const dismissed = [...this.data.settings.dismissed, { key: diagnostic.key, at: new Date().toISOString().slice(0, 10) }];
    await this.saveSettings({ ...this.data.settings, dismissed });
  }

  private async restore(key: string): Promise<void> {
    const dismissed = this.data.settings.dismissed.filter((entry) => (typeof entry === 'string' ? entry : entry.key) !== key);
    await this.saveSettings({ ...this.data.settings, dismissed });
  }

  private async saveSettings(settings: Settings): Promise<void> {
    this.data = { ...this.data, settings };
    await this.gateway.saveSettings(this.data);
    if (this.session) this.publish(this.session.updateSettings(settings));
  }

  private async insertSkeleton(skeleton: Skeleton, what: string): Promise<void> {
    const outcome = await this.gateway.insert({ cursor: true }, skeletonContent(skeleton));
    await this.readAndCheck(false);
    this.update({
      notice:
        outcome === 'applied'
          ? { kind: 'success', text: `${what} är infogat. Fyll i texterna inom hakparentes.` }
          : { kind: 'warning', text: 'Det gick inte att infoga här. Placera markören i dokumentet och försök igen.' },
    });
  }

  private async addComments(): Promise<void> {
    const document = this.session?.current;
    const result = this.state.result;
    if (!document || !result) return;
    const already = new Set(this.data.commented ?? []);
    const findings = result.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'readability' && !already.has(diagnostic.key));
    if (findings.length === 0) {
      this.update({ notice: { kind: 'info', text: 'Alla anmärkningar finns redan som kommentarer.' } });
      return;
    }
    const outcome = await this.gateway.addComments(
      findings.map((diagnostic) => ({ target: targetOf(document, diagnostic.start, diagnostic.end, diagnostic.text), text: commentText(diagnostic) })),
    );
    if (outcome === 'unsupported') {
      this.update({ notice: { kind: 'warning', text: 'Den här versionen av Word kan inte lägga in kommentarer. Spara granskningsrapporten i stället.' } });
      return;
    }
    this.data = { ...this.data, commented: [...already, ...findings.map((diagnostic) => diagnostic.key)] };
    await this.gateway.saveSettings(this.data);
    const skipped = outcome.skipped > 0 ? ` ${outcome.skipped} kunde inte läggas in eftersom texten har ändrats.` : '';
    this.update({ notice: { kind: 'success', text: `${outcome.added} ${outcome.added === 1 ? 'kommentar har' : 'kommentarer har'} lagts in.${skipped}` } });
  }

  private reportHtml(): string {
    const result = this.state.result;
    const source = this.session?.source;
    if (!result || source === undefined) return '';
    return renderReport(this.options.documentName ?? 'Dokumentet i Word', source, result);
  }

  private async setSquiggles(on: boolean): Promise<void> {
    this.update({ squiggles: on });
    await this.gateway.showSquiggles(on && this.state.result ? this.squiggles(this.state.result) : []);
  }

  private squiggles(result: CheckResult) {
    const document = this.session?.current;
    if (!document) return [];
    return result.diagnostics
      .filter((diagnostic) => diagnostic.end > diagnostic.start && diagnostic.ruleId !== 'readability')
      .map((diagnostic) => ({
        target: targetOf(document, diagnostic.start, diagnostic.end, diagnostic.text),
        severity: diagnostic.severity,
        message: diagnostic.message,
      }));
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** Where the core's insertion goes: next to the paragraph at the fix's offset, which must still read as it did. */
function insertPlace(document: NonNullable<CheckSession['current']>, fix: Fix, paragraphs: readonly ParagraphInput[]) {
  const { paragraph } = targetAt(document, fix.start);
  const input = paragraphs[paragraph];
  return { paragraph, where: fix.insert!.where, text: input?.cells ? input.cells.join('\t') : (input?.text ?? '') };
}
