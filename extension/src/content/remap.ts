/**
 * Keeps underlines on their words while the writer types, before the next check: the
 * edit between the text that was checked and the text now is one changed stretch
 * (common prefix and suffix); marks before it stay, marks after it move by the change in
 * length, marks it touches are hidden until the check. Harper does the same with
 * remapLintToCurrentSource (packages/lint-framework/src/lint/LintFramework.ts).
 */

export interface TextEdit {
  /** Where the change starts (the common prefix's length). */
  at: number;
  /** How many characters of the checked text it replaced, and how many it put there. */
  removed: number;
  inserted: number;
}

export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let at = 0;
  while (at < shorter && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let tail = 0;
  while (tail < shorter - at && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { at, removed: before.length - at - tail, inserted: after.length - at - tail };
}

/** Where [start, end) of the checked text is now, or null when the edit touched it. */
export function remapRange(edit: TextEdit | null, start: number, end: number): { start: number; end: number } | null {
  if (!edit) return { start, end };
  if (end <= edit.at) return { start, end };
  const changedEnd = edit.at + edit.removed;
  if (start < changedEnd) return null;
  const shift = edit.inserted - edit.removed;
  return { start: start + shift, end: end + shift };
}
