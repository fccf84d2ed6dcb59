/**
 * The DocumentGateway in Word, through Office.js: the only code of the add-in that touches
 * Office. Baseline WordApi 1.3 and the Common API (Office 2019/2021); comments, paragraph
 * events and annotations only where the host has them, each with its fallback.
 */
import type { ParagraphInput } from '../../../shared/index';
import type { Capabilities, CommentRequest, DocumentGateway, EditOutcome, InsertPlace, NewContent, SelectOutcome, Squiggle, TextTarget } from '../gateway';
import { detectCapabilities } from './capabilities';
import { addCommentsAt } from './comments';
import { listenForChanges } from './events';
import { insertContent } from './insert';
import { readDocument } from './read';
import { replaceTarget } from './replace';
import { selectTarget } from './select';
import { loadDocumentSettings, saveDocumentSettings } from './settings';
import type { DocumentSnapshot } from './snapshot';
import { replaceSquiggles } from './squiggles';

export class OfficeGateway implements DocumentGateway {
  readonly capabilities: Capabilities;
  /** What the last read saw: targets are indices and offsets into it. */
  private snapshot: DocumentSnapshot | null = null;
  /** The annotations this session put in, to take them out again. */
  private squiggleIds = new Set<string>();

  constructor(capabilities: Capabilities = detectCapabilities()) {
    this.capabilities = capabilities;
  }

  async readParagraphs(): Promise<ParagraphInput[]> {
    const { inputs, snapshot } = await readDocument();
    this.snapshot = snapshot;
    return inputs;
  }

  select(target: TextTarget): Promise<SelectOutcome> {
    return selectTarget(this.snapshot, target);
  }

  replace(target: TextTarget, text: string): Promise<EditOutcome> {
    return replaceTarget(this.snapshot, target, text);
  }

  insert(place: InsertPlace, content: readonly NewContent[]): Promise<EditOutcome> {
    return insertContent(this.snapshot, place, content);
  }

  async addComments(comments: readonly CommentRequest[]): Promise<{ added: number; skipped: number } | 'unsupported'> {
    if (!this.capabilities.comments) return 'unsupported';
    return addCommentsAt(this.snapshot, comments);
  }

  async showSquiggles(squiggles: readonly Squiggle[]): Promise<void> {
    if (!this.capabilities.annotations) return;
    if (squiggles.length === 0 && this.squiggleIds.size === 0) return;
    try {
      this.squiggleIds = new Set(await replaceSquiggles(this.snapshot, squiggles, this.squiggleIds));
    } catch {
      // Annotations need Microsoft 365 (office-js #4953); the pane's list still shows everything.
    }
  }

  loadSettings(): Promise<unknown> {
    return loadDocumentSettings();
  }

  saveSettings(settings: unknown): Promise<void> {
    return saveDocumentSettings(settings);
  }

  onChange(listener: () => void): () => void {
    return listenForChanges(listener, this.capabilities.paragraphEvents);
  }
}

/** The gateway for the Word the add-in runs in; call after `Office.onReady` resolved with host Word. */
export function createOfficeGateway(): DocumentGateway {
  return new OfficeGateway();
}
