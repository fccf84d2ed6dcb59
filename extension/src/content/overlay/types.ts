/**
 * What the controller tells the overlay, and what the overlay asks back. The controller
 * knows fields and findings; the overlay knows boxes on the screen.
 */
import type { Severity } from '../../../../shared/index';
import type { Mark } from '../form-check';
import type { ContentResult } from '../messages';

export interface OverlayField {
  id: string;
  element: HTMLElement;
  /** How the field is named in the popup ("Nämndmål"). */
  name: string;
  count: number;
  /** The worst severity among the field's findings (colours the badge), null with none. */
  severity: Severity | null;
  /** Flagged words, as offsets into `checkedValue`. */
  marks: Mark[];
  /** The value the marks were found in; the overlay moves marks while the writer types on. */
  checkedValue: string;
  /** All the field's findings (the badge's list), including those with no words to underline. */
  findings: Mark['diagnostic'][];
}

export interface OverlayActions {
  fix(key: string, fix: number): Promise<ContentResult>;
  dismiss(key: string): Promise<ContentResult>;
}

export interface OverlayPort {
  /** After a check: the fields, their counts and marks. */
  update(fields: readonly OverlayField[]): void;
  /** Positions may have changed (scroll, resize, typing, DOM changes): redraw at the next frame. */
  refresh(): void;
  /** A message the writer must see (a draft that could not be saved). */
  notify(text: string, kind: 'error' | 'info'): void;
  /** Scrolls a textarea/input so that `offset` is in view (the side panel's click-to-focus). */
  reveal(element: HTMLElement, offset: number): void;
  destroy(): void;
}
