/**
 * The narrow gateway between the task pane and the document it checks. The pane knows
 * only this interface; `office/` implements it with Office.js (the only code that touches
 * Office), `demo/` with a simulated document in the page, for the demo outside Office.
 * Offsets are in a paragraph's own text (Word's `paragraph.text`), as the core's
 * `locateInParagraphs` gives them; every target carries the text the core flagged, and
 * the gateway compares it with the document before it selects or changes anything.
 */
import type { ParagraphInput } from '../../shared/index';

/** Words in one paragraph: [start, end) in its own text, and the text the check saw there. */
export interface TextTarget {
  /** Index of the paragraph in what `readParagraphs` returned (a table row is one). */
  paragraph: number;
  start: number;
  end: number;
  /** The text expected at [start, end); empty for a place between characters. */
  text: string;
}

/** `selected`: the words are selected; `changed`: the text is no longer there, so the paragraph was selected; `missing`: the paragraph is gone. */
export type SelectOutcome = 'selected' | 'changed' | 'missing';

/** `applied`; `changed`: the range no longer holds the expected text, nothing was changed; `missing`: the paragraph is gone. */
export type EditOutcome = 'applied' | 'changed' | 'missing';

/** A paragraph to insert: a heading (built-in heading style of that level), a body paragraph, or a table. */
export type NewContent = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Where new content goes: next to a paragraph (the paragraph the core's insertion names), or at the cursor. */
export type InsertPlace = { paragraph: number; where: 'before' | 'after'; text: string } | { cursor: true };

export interface CommentRequest {
  target: TextTarget;
  text: string;
}

/** What the host can do beyond WordApi 1.3 and the Common API. */
export interface Capabilities {
  /** WordApi 1.4: comments on ranges. */
  comments: boolean;
  /** WordApi 1.7: squiggles (annotations) in the text. */
  annotations: boolean;
  /** WordApi 1.6: paragraph change events (hints only). */
  paragraphEvents: boolean;
}

export interface Squiggle {
  target: TextTarget;
  /** "error" | "warning" | "info": the colour scheme. */
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface DocumentGateway {
  readonly capabilities: Capabilities;
  /** Every paragraph and table row, in order, as the core's paragraph reader takes them; one batched read. */
  readParagraphs(): Promise<ParagraphInput[]>;
  /** Selects the words and scrolls them into view; if the text changed, selects the paragraph instead. */
  select(target: TextTarget): Promise<SelectOutcome>;
  /** Replaces the words by `text`, only if they are still what the check saw. */
  replace(target: TextTarget, text: string): Promise<EditOutcome>;
  /** Inserts headings (with built-in heading styles), paragraphs and tables. */
  insert(place: InsertPlace, content: readonly NewContent[]): Promise<EditOutcome>;
  /** Adds each as a Word comment on its range; `unsupported` where the host has no comments API. */
  addComments(comments: readonly CommentRequest[]): Promise<{ added: number; skipped: number } | 'unsupported'>;
  /** Squiggles in the text, replacing earlier ones; a no-op where the host has no annotations. */
  showSquiggles(squiggles: readonly Squiggle[]): Promise<void>;
  /** The add-in's settings stored in the document itself (they travel with the file). */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /** Calls `listener` when the document may have changed (selection moved, paragraphs edited): a hint to read again. */
  onChange(listener: () => void): () => void;
}
