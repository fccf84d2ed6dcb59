/**
 * Drafts are never lost: every change to a checked field is sent to the background
 * (`draft:save`, which keeps versions in the extension's own database — never IndexedDB
 * here, which would be the page's; FRONTEND-FACTS §9). What a field held when it was
 * found is the page's own text and is not saved; only what the writer changes. A save
 * that fails is shown (never swallowed) and tried again a few seconds later.
 */
import type { PagePlace } from '../protocol';
import { errorText, type Messenger } from './messages';
import type { Clock } from './schedule';
import { contentWords } from './words';

export interface DraftChange {
  id: string;
  label: string;
  value: string;
}

export class DraftSaver {
  /** The value last saved (or found on the page) per field. */
  private readonly saved = new Map<string, string>();
  private retry: unknown = null;
  private stopped = false;

  constructor(
    private readonly messenger: Messenger,
    private readonly clock: Clock,
    private readonly place: () => PagePlace,
    private readonly showError: (text: string) => void,
    /** The field's current label and value, for a retry. */
    private readonly current: (id: string) => DraftChange | null,
    private readonly retryMs = 5000,
  ) {}

  /** What the field holds as it is found: the page's, not a draft (unless a value is already known for it). */
  found(id: string, value: string): void {
    if (!this.saved.has(id)) this.saved.set(id, value);
  }

  /** A new page (a single-page app moved on): what its fields hold is found anew. */
  forget(): void {
    this.saved.clear();
  }

  save(changes: readonly DraftChange[]): void {
    for (const { id, label, value } of changes) {
      if (this.stopped || this.saved.get(id) === value) continue;
      const previous = this.saved.get(id);
      this.saved.set(id, value);
      this.messenger
        .send({ type: 'draft:save', place: this.place(), field: id, label, value })
        .then((answer) => {
          if (!answer?.saved) this.failed(id, previous, answer && !answer.saved ? answer.error : contentWords.noBackground);
        })
        .catch((error: unknown) => this.failed(id, previous, `${contentWords.noBackground} (${errorText(error)})`));
    }
  }

  /**
   * Saves what the field holds now as a restore point, before a restore replaces it, and
   * waits for the answer: a restore goes ahead only when the text it replaces can be had back.
   */
  async keep(change: DraftChange): Promise<{ ok: true } | { ok: false; error: string }> {
    let answer: Awaited<ReturnType<Messenger['send']>> | undefined;
    try {
      answer = await this.messenger.send({ type: 'draft:save', place: this.place(), field: change.id, label: change.label, value: change.value, keep: true });
    } catch (error) {
      return { ok: false, error: `${contentWords.noBackground} (${errorText(error)})` };
    }
    if (!answer?.saved) return { ok: false, error: answer && !answer.saved ? answer.error : contentWords.noBackground };
    this.saved.set(change.id, change.value);
    return { ok: true };
  }

  stop(): void {
    this.stopped = true;
    if (this.retry !== null) this.clock.clearTimeout(this.retry);
  }

  private failed(id: string, previous: string | undefined, error: string): void {
    if (this.stopped) return;
    // Not saved: the next change, or the retry, sends it again.
    if (previous === undefined) this.saved.delete(id);
    else this.saved.set(id, previous);
    this.showError(`${contentWords.draftFailed}: ${error}`);
    if (this.retry !== null) return;
    this.retry = this.clock.setTimeout(() => {
      this.retry = null;
      const change = this.current(id);
      if (change) this.save([change]);
    }, this.retryMs);
  }
}
