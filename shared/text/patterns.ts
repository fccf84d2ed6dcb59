/**
 * Regular expressions built from word lists in the data, once at load.
 */

/** The words as alternatives for a regular expression, special characters escaped ("e-post", "stockholm.se"), spaces as any whitespace, longest first. */
export function alternatives(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}
