/**
 * Underlines and marks in the simulated document through the CSS Custom Highlight API:
 * the ranges live outside the DOM, so they never split the text the user types in and
 * follow it as it is edited. Where the browser lacks the API (jsdom, older browsers) the
 * demo reports no annotations, as Word before WordApi 1.7 does.
 */
export type HighlightName = 'utkastkoll-error' | 'utkastkoll-warning' | 'utkastkoll-info' | 'utkastkoll-comment';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function setHighlight(name: HighlightName, ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}
