/**
 * One fake Word application with one open document: which requirement sets it has, the
 * document model, the add-in's event handlers, the Common API settings in memory, and the
 * counters tests read (syncs, runs).
 */
import { FakeDocument } from './objects';
import type { FakeRequestContext } from './context';
import { FakeDocumentModel, type ParagraphEventType } from './model';
import type { FakeLocale } from './styles';

/** Word behaviours reported as bugs that the fake reproduces, so code keeps working around them. */
export interface FakeQuirks {
  /**
   * office-js #1656 (2021): setting `styleBuiltIn` on the paragraph `Range.insertParagraph`
   * returned failed with "Invalid arguments"; paragraphs from `Paragraph.insertParagraph`
   * or `paragraphs.getLast()` work. Default true.
   */
  rangeInsertParagraphStyle: boolean;
}

export interface ParagraphEventArgs {
  type: ParagraphEventType;
  source: 'Local' | 'Remote';
  uniqueLocalIds: string[];
}

export type ParagraphHandler = (args: ParagraphEventArgs) => Promise<unknown>;
export type SelectionHandler = (args: { type: 'documentSelectionChanged'; document: unknown }) => void;

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export class FakeHost {
  syncCount = 0;
  runCount = 0;
  model: FakeDocumentModel;
  readonly paragraphHandlers = new Map<ParagraphEventType, Set<ParagraphHandler>>();
  readonly selectionHandlers = new Set<SelectionHandler>();
  /** `Office.context.document.settings` in memory (JSON text per name); `saveAsync` writes them to the model. */
  liveSettings = new Map<string, string>();
  private selectionChanged = false;
  /** Set by `Office` so selection handlers get `document` in their arguments. */
  officeDocument: unknown = undefined;

  constructor(
    /** Requirement sets and their highest version: `{ WordApi: '1.3' }` is Word 2019/2021. */
    readonly requirements: Record<string, string>,
    readonly quirks: FakeQuirks,
    readonly platform: string,
    locale: FakeLocale,
  ) {
    this.model = new FakeDocumentModel(locale);
  }

  /** "WordApi 1.6" → whether the host has it. */
  supports(api: string): boolean {
    const [name, version] = api.split(' ');
    return this.isSetSupported(name!, version);
  }

  isSetSupported(name: string, version?: string): boolean {
    const highest = Object.entries(this.requirements).find(([set]) => set.toLowerCase() === name.toLowerCase())?.[1];
    if (highest === undefined) return false;
    return version === undefined || compareVersions(highest, String(version)) >= 0;
  }

  createDocumentProxy(context: FakeRequestContext): FakeDocument {
    return new FakeDocument(context, () => this.model);
  }

  /** The selection moved (by `select()` or the writer); delivered after the current sync. */
  noteSelectionChanged(): void {
    this.selectionChanged = true;
  }

  /** Delivers collected events asynchronously, as Word does after a batch. */
  deliverEvents(): void {
    const events = this.model.pendingEvents;
    this.model.pendingEvents = [];
    const selection = this.selectionChanged;
    this.selectionChanged = false;
    if (events.length === 0 && !selection) return;
    void Promise.resolve().then(() => {
      const byType = new Map<ParagraphEventType, string[]>();
      for (const event of events) {
        const ids = byType.get(event.type) ?? [];
        if (!ids.includes(event.id)) ids.push(event.id);
        byType.set(event.type, ids);
      }
      for (const [type, ids] of byType) {
        for (const handler of this.paragraphHandlers.get(type) ?? []) void handler({ type, source: 'Local', uniqueLocalIds: ids }).catch(() => undefined);
      }
      if (selection) for (const handler of this.selectionHandlers) handler({ type: 'documentSelectionChanged', document: this.officeDocument });
    });
  }

  handlerCount(): number {
    let count = this.selectionHandlers.size;
    for (const handlers of this.paragraphHandlers.values()) count += handlers.size;
    return count;
  }
}
