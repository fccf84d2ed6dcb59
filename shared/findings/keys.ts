/**
 * Finding keys: a diagnostic's identity that does not depend on where it stands, so a
 * dismissal ("Ignorera") survives edits above it and travels with the document, but is
 * gone when the flagged words themselves change. Built from the rule, the message, the
 * section (its template id or question number, else its heading) and the flagged text
 * (or the rule's own subject, such as the id of a missing section), hashed.
 */
import type { Block } from '../document/model';
import type { Section } from '../document/outline';

/** "required-section/missing/bakgrund", "gender-split-sum/mismatch/arendet/1x9f3k2". */
export function findingKey(ruleId: string, messageId: string, section: string, subject: string): string {
  return `${ruleId}/${messageId}/${section}/${hashText(normalizeForKey(subject))}`;
}

/** The section part of a key: stable names for template sections, a hash of the heading otherwise. */
export function sectionKey(section: Section | undefined, blocks: readonly Block[]): string {
  if (!section || section.kind === 'root') return 'dokument';
  if (section.kind === 'question') return `fraga-${section.number}`;
  if (section.kind === 'title') return 'titel';
  if (section.spec) return section.spec.id;
  if (section.area) return section.area.id;
  return `rubrik-${hashText(normalizeForKey(blocks[section.heading]?.text ?? section.title))}`;
}

/** Whitespace (line breaks of PDF text, Word's tabs) does not make words different. */
export function normalizeForKey(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** cyrb53: a fast 53-bit string hash, in base 36. Stable across runs and platforms. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The second and later diagnostics with the same key, in document order, get "~2", "~3". */
export function makeKeysUnique<T extends { key: string }>(diagnostics: T[]): void {
  const seen = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    const count = (seen.get(diagnostic.key) ?? 0) + 1;
    seen.set(diagnostic.key, count);
    if (count > 1) diagnostic.key = `${diagnostic.key}~${count}`;
  }
}
