/**
 * The gateway over the simulated document of the demo: the task pane opened in an ordinary
 * browser works against an element `[data-demo-document]` in the same page, with one element
 * per paragraph and a table per table, as Word holds them. It keeps Word's semantics where the
 * pane relies on them: every target's text is compared before anything is selected or changed,
 * the selection is the browser's own (a DOM Range), settings are stored per document name.
 */
import type { ParagraphInput } from '../../../shared/index';
import type { Capabilities, CommentRequest, DocumentGateway, EditOutcome, InsertPlace, NewContent, SelectOutcome, Squiggle, TextTarget } from '../gateway';
import { CommentMargin } from './comments';
import { highlightsSupported, setHighlight, type HighlightName } from './highlights';
import { contentElements } from './paragraph-dom';
import { holds, partAt, rangeOf, textUnits, unitElementOf, wholeRange, type TextUnit } from './text-units';

export const DOCUMENT_ATTRIBUTE = 'data-demo-document';
const SETTINGS_PREFIX = 'utkastkoll-demo:installningar:';

export interface DemoGatewayOptions {
  /** The opened document's name; its settings are stored under it, so a reload finds them again. */
  name: string;
  /** The comment column; by default one is made right after the document. */
  margin?: HTMLElement;
  storage?: Storage;
}

const SQUIGGLE_NAMES: Record<Squiggle['severity'], HighlightName> = { error: 'utkastkoll-error', warning: 'utkastkoll-warning', info: 'utkastkoll-info' };

export class DemoGateway implements DocumentGateway {
  readonly capabilities: Capabilities = { comments: true, annotations: highlightsSupported(), paragraphEvents: false };
  private readonly comments: CommentMargin;
  private readonly name: string;
  private readonly storage: Storage | undefined;
  /** Settings kept in memory when localStorage is unavailable (private windows, file://). */
  private memorySettings: unknown;
  /** The paragraph the cursor was last in: clicking in the pane moves the browser's selection away from the document. */
  private lastCursor: HTMLElement | null = null;
  private readonly cleanups: (() => void)[] = [];
  private disposed = false;

  constructor(
    private readonly root: HTMLElement,
    options: DemoGatewayOptions,
  ) {
    root.setAttribute(DOCUMENT_ATTRIBUTE, '');
    this.name = options.name;
    this.storage = options.storage ?? safeLocalStorage();
    this.comments = new CommentMargin(options.margin ?? marginAfter(root));
    const document = root.ownerDocument;
    const rememberCursor = () => {
      const element = this.cursorElement();
      if (element) this.lastCursor = element;
    };
    const relayout = () => this.comments.layout();
    document.addEventListener('selectionchange', rememberCursor);
    root.addEventListener('input', relayout);
    document.defaultView?.addEventListener('resize', relayout);
    this.cleanups.push(() => {
      document.removeEventListener('selectionchange', rememberCursor);
      root.removeEventListener('input', relayout);
      document.defaultView?.removeEventListener('resize', relayout);
    });
  }

  async readParagraphs(): Promise<ParagraphInput[]> {
    return this.units().map((unit) => unit.input);
  }

  async select(target: TextTarget): Promise<SelectOutcome> {
    const unit = this.units()[target.paragraph];
    if (!unit || this.disposed) return 'missing';
    const intact = holds(unit, target.start, target.end, target.text);
    this.showSelection(intact ? rangeOf(unit, target.start, target.end) : wholeRange(unit), unit.element);
    return intact ? 'selected' : 'changed';
  }

  async replace(target: TextTarget, text: string): Promise<EditOutcome> {
    const unit = this.units()[target.paragraph];
    if (!unit || this.disposed) return 'missing';
    // A replacement across two cells of a row is not one edit in Word either.
    if (!holds(unit, target.start, target.end, target.text) || partAt(unit, target.start) !== partAt(unit, target.end)) return 'changed';
    const range = rangeOf(unit, target.start, target.end);
    range.deleteContents();
    range.insertNode(this.root.ownerDocument.createTextNode(text));
    unit.parts[partAt(unit, target.start)]!.container.normalize();
    const edited = this.units().find((candidate) => candidate.element === unit.element);
    if (edited) this.showSelection(rangeOf(edited, target.start, target.start + text.length), edited.element);
    this.comments.layout();
    return 'applied';
  }

  async insert(place: InsertPlace, content: readonly NewContent[]): Promise<EditOutcome> {
    if (this.disposed) return 'missing';
    const elements = contentElements(this.root.ownerDocument, content);
    if ('cursor' in place) {
      this.insertAtCursor(elements);
    } else {
      const unit = this.units()[place.paragraph];
      if (!unit) return 'missing';
      if (!sameText(unit.line, place.text)) return 'changed';
      // Next to a table row means next to its table: Word puts no paragraph between rows.
      const anchor = unit.element instanceof HTMLTableRowElement ? unit.element.closest('table')! : unit.element;
      anchor[place.where === 'before' ? 'before' : 'after'](...elements);
    }
    elements[0]?.scrollIntoView?.({ block: 'center' });
    this.comments.layout();
    return 'applied';
  }

  async addComments(requests: readonly CommentRequest[]): Promise<{ added: number; skipped: number }> {
    const units = this.units();
    let added = 0;
    for (const request of requests) {
      const unit = units[request.target.paragraph];
      const { start, end, text } = request.target;
      if (!unit || this.disposed || !holds(unit, start, end, text)) continue;
      this.comments.add(unit.element, rangeOf(unit, start, end), text, request.text);
      added++;
    }
    return { added, skipped: requests.length - added };
  }

  async showSquiggles(squiggles: readonly Squiggle[]): Promise<void> {
    if (this.disposed) return;
    const units = this.units();
    const ranges: Record<Squiggle['severity'], Range[]> = { error: [], warning: [], info: [] };
    for (const { target, severity } of squiggles) {
      const unit = units[target.paragraph];
      if (unit && target.end > target.start && holds(unit, target.start, target.end, target.text))
        ranges[severity].push(rangeOf(unit, target.start, target.end));
    }
    for (const severity of ['error', 'warning', 'info'] as const) setHighlight(SQUIGGLE_NAMES[severity], ranges[severity]);
  }

  async loadSettings(): Promise<unknown> {
    let stored: string | null;
    try {
      stored = this.storage ? this.storage.getItem(SETTINGS_PREFIX + this.name) : null;
    } catch {
      stored = null;
    }
    if (stored === null) return this.memorySettings;
    try {
      return JSON.parse(stored) as unknown;
    } catch {
      // Settings written by hand or by an older demo: start from no settings rather than fail.
      return undefined;
    }
  }

  async saveSettings(settings: unknown): Promise<void> {
    if (this.disposed) return;
    this.memorySettings = settings;
    try {
      this.storage?.setItem(SETTINGS_PREFIX + this.name, JSON.stringify(settings));
    } catch {
      // Storage full or blocked: the settings last for this page.
    }
  }

  onChange(listener: () => void): () => void {
    const handler = () => {
      if (!this.disposed) listener();
    };
    this.root.addEventListener('input', handler);
    const remove = () => this.root.removeEventListener('input', handler);
    this.cleanups.push(remove);
    return remove;
  }

  /** When another document is opened: listeners go, squiggles and comments are cleared, and calls from a pane still running change nothing. */
  dispose(): void {
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    for (const name of Object.values(SQUIGGLE_NAMES)) setHighlight(name, []);
    this.comments.clear();
  }

  private units(): TextUnit[] {
    return textUnits(this.root);
  }

  private cursorElement(): HTMLElement | null {
    const selection = this.root.ownerDocument.getSelection();
    return selection && selection.rangeCount > 0 ? unitElementOf(this.root, selection.getRangeAt(0).endContainer) : null;
  }

  /**
   * After the cursor's paragraph, as Word's `getSelection().paragraphs.getLast()`; an empty
   * paragraph there is replaced. Before the user has clicked in the document the cursor is at its
   * start, as in a document Word has just opened.
   */
  private insertAtCursor(elements: HTMLElement[]): void {
    const cursor = this.cursorElement() ?? (this.lastCursor?.isConnected ? this.lastCursor : null) ?? this.units()[0]?.element ?? null;
    const anchor = cursor instanceof HTMLTableRowElement ? cursor.closest('table')! : cursor;
    if (!anchor) {
      this.root.append(...elements);
      return;
    }
    anchor.after(...elements);
    if (!(anchor instanceof HTMLTableElement) && (anchor.textContent ?? '').trim() === '') anchor.remove();
  }

  private showSelection(range: Range, element: HTMLElement): void {
    const selection = this.root.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    this.lastCursor = element;
    // jsdom has no scrollIntoView; a browser scrolls the words to the middle as Word does.
    element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }
}

/** The anchor paragraph still reads as the core saw it (compared without whitespace differences). */
function sameText(line: string, expected: string): boolean {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  return squash(expected) === '' || squash(line).includes(squash(expected));
}

function marginAfter(root: HTMLElement): HTMLElement {
  const margin = root.ownerDocument.createElement('div');
  margin.className = 'demo-comments';
  margin.dataset.demoComments = '';
  root.after(margin);
  return margin;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
