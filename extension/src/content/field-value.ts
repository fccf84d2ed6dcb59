/**
 * A field's current text as the core checks it: `.value` for a textarea or input (what
 * the writer typed, line breaks as "\n"), the text built by editable-text.ts for an editor.
 */
import { isTextControl } from './dom';
import { readEditable } from './editable-text';

export function readValue(element: HTMLElement): string {
  return isTextControl(element) ? element.value : readEditable(element).text;
}

/** Whether the writer can change the field (a read-only field is checked but never fixed). */
export function isWritable(element: HTMLElement): boolean {
  if (isTextControl(element)) return !element.readOnly && !element.disabled;
  return true;
}
