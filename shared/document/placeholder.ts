/**
 * Placeholders: text in square brackets saying what to write ("[Beskriv bakgrunden till
 * ärendet]"), as an empty document from shared/skeleton has them. A paragraph made only of
 * placeholders is not content yet, so empty-section reports it until it is replaced.
 */

/** One bracketed instruction with at least a word in it; "[1]" (a reference) is none. */
const ONE = String.raw`\[[^\[\]\n]*\p{L}{2}[^\[\]\n]*\]`;
/** The whole text is placeholders: one, or several side by side ("[Förnamn Efternamn] [Titel]"). */
const ONLY_PLACEHOLDERS = new RegExp(String.raw`^\s*${ONE}(?:\s+${ONE})*\s*$`, 'u');

/** True when the text is nothing but placeholder text in square brackets. */
export function isPlaceholder(text: string): boolean {
  return ONLY_PLACEHOLDERS.test(text);
}

/** "Beskriv bakgrunden" → "[Beskriv bakgrunden]". */
export function placeholder(instruction: string): string {
  return `[${instruction}]`;
}
