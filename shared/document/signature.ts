/**
 * Finds who signs a document: a name and a title ("Anders Carstorp" / "Stadsdelsdirektör",
 * "Anna Lindqvist, t.f. avdelningschef"), as paragraphs or side by side in a table, at the
 * end of the text or just before the list of attachments (Bilagor). An empty document's
 * placeholders ("[Förnamn Efternamn]" / "[Titel, t.ex. avdelningschef]") count too: the
 * signature is there, waiting to be filled in (empty-section reports placeholders).
 */
import { swedish } from '../data/index';
import type { Block } from './model';
import { isPlaceholder } from './placeholder';

/** Blocks looked at before the end (or before Bilagor): signatures are short. */
const SEARCH_WINDOW = 10;
/** Blocks on a first page: letterhead, title, Förslag till beslut and the Sammanfattning. */
const FIRST_PAGE_BLOCKS = 40;
/** Words that may stand before a title: "t.f. stadsdelsdirektör", "tillförordnad enhetschef". */
const TITLE_PREFIXES = new Set(swedish.labels.titlePrefixes);
const TITLE_PREFIX = { test: (word: string) => TITLE_PREFIXES.has(word.toLowerCase().replace(/\./g, '')) };
const ATTACHMENTS = /^bilag(?:a|or)\b/i;
/** A placeholder for the signer's name: "[Förnamn Efternamn]", "[Namn]". */
const NAME_PLACEHOLDER = /namn/i;
/** A placeholder for the title says so ("[Titel]") or gives an example title ("[t.ex. avdelningschef]"). */
const TITLE_PLACEHOLDER = /\btitel\b/i;

/**
 * Block indices of the signature (name line first), or [] when there is none. Looked for
 * at the end, before a closing Bilagor list, and then on the first page: older
 * tjänsteutlåtanden sign right after Förslag till beslut or the Sammanfattning, so a name
 * and title there, followed by the next heading, is the signature.
 */
export function findSignature(blocks: readonly Block[], titleWords: readonly string[]): number[] {
  const isTitleWord = titleMatcher(titleWords);
  const ends = [...new Set([blocks.length, searchEnd(blocks)])];
  for (const end of ends) {
    for (let index = end - 1; index >= Math.max(0, end - SEARCH_WINDOW); index--) {
      const found = signatureAt(blocks, index, isTitleWord);
      if (found) return found;
    }
  }
  for (let index = 1; index < Math.min(blocks.length - 1, FIRST_PAGE_BLOCKS); index++) {
    const next = blocks[index + 1]!;
    if (next.kind !== 'heading' && next.headingLike !== true) continue;
    const found = signatureAt(blocks, index, isTitleWord);
    if (found) return found;
  }
  return [];
}

function signatureAt(blocks: readonly Block[], index: number, isTitleWord: (word: string) => boolean): number[] | null {
  return blocks[index]!.kind === 'tableRow' ? signatureInTable(blocks, index, isTitleWord) : signatureInText(blocks, index, isTitleWord);
}

function titleMatcher(titleWords: readonly string[]): (word: string) => boolean {
  const lower = titleWords.map((word) => word.toLowerCase());
  return (word) => {
    const bare = word.toLowerCase();
    return lower.some((title) => bare.endsWith(title));
  };
}

/** The signature comes before a closing "Bilagor" list, if there is one. */
function searchEnd(blocks: readonly Block[]): number {
  for (let index = blocks.length - 1; index >= Math.max(0, blocks.length - 3 * SEARCH_WINDOW); index--) {
    const block = blocks[index]!;
    if ((block.kind === 'heading' || block.headingLike === true || block.text.length < 40) && ATTACHMENTS.test(block.text)) return index;
  }
  return blocks.length;
}

function signatureInText(blocks: readonly Block[], index: number, isTitleWord: (word: string) => boolean): number[] | null {
  const block = blocks[index]!;
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return null;
  if (isPlaceholder(block.text)) return placeholderSignature(blocks, index, isTitleWord);
  const line = readSignatureLine(block.text, isTitleWord);
  if (!line) return null;
  if (line.name) return [index];
  const previous = blocks[index - 1];
  if (previous && (previous.kind === 'paragraph' || previous.kind === 'heading') && isNameLine(wordsOf(previous.text))) return [index - 1, index];
  return null;
}

/** Names and titles side by side: one cell each ("Anna Lindqvist Stadsdelsdirektör"), or names in one row and titles in the next. */
function signatureInTable(blocks: readonly Block[], index: number, isTitleWord: (word: string) => boolean): number[] | null {
  const cells = blocks[index]!.cells ?? [];
  const lines = cells.map((cell) => readSignatureLine(cell.text, isTitleWord));
  if (lines.some((line) => line?.name)) return [index];
  const previous = blocks[index - 1];
  if (previous?.kind !== 'tableRow' || !lines.some(Boolean)) return null;
  const previousCells = previous.cells ?? [];
  const namesAbove = lines.some((line, column) => line !== null && previousCells[column] !== undefined && isNameLine(wordsOf(previousCells[column]!.text)));
  return namesAbove ? [index - 1, index] : null;
}

/**
 * A name placeholder and a title placeholder, on two lines or side by side on one (plain
 * text read from a form may run them together).
 */
function placeholderSignature(blocks: readonly Block[], index: number, isTitleWord: (word: string) => boolean): number[] | null {
  const parts = bracketed(blocks[index]!.text);
  const isName = (part: string) => NAME_PLACEHOLDER.test(part);
  const isTitle = (part: string) => TITLE_PLACEHOLDER.test(part) || wordsOf(part).some(isTitleWord);
  const last = parts[parts.length - 1]!;
  if (!isTitle(last)) return null;
  if (parts.length > 1) return isName(parts[parts.length - 2]!) ? [index] : null;
  const previous = blocks[index - 1];
  if (!previous || (previous.kind !== 'paragraph' && previous.kind !== 'heading') || !isPlaceholder(previous.text)) return null;
  const previousParts = bracketed(previous.text);
  return previousParts.length === 1 && isName(previousParts[0]!) ? [index - 1, index] : null;
}

/** The texts inside the brackets of a placeholder paragraph. */
function bracketed(text: string): string[] {
  return [...text.matchAll(/\[([^\[\]]*)\]/g)].map((match) => match[1]!);
}

interface SignatureLine {
  /** True when the name stands on the same line as the title. */
  name: boolean;
}

/** A title, maybe after a name and with what it is the head of: "Avdelningschef social omsorg", "Enhetschef, Fältgruppen". */
function readSignatureLine(text: string, isTitleWord: (word: string) => boolean): SignatureLine | null {
  if (/[.!?]$/.test(text)) return null;
  const words = wordsOf(text);
  let titleStart = words.findIndex(isTitleWord);
  if (titleStart < 0 || words.length - titleStart > 6) return null;
  while (titleStart > 0 && TITLE_PREFIX.test(words[titleStart - 1]!)) titleStart--;
  if (titleStart === 0) return { name: false };
  return isNameLine(words.slice(0, titleStart)) ? { name: true } : null;
}

/** Words without the punctuation around them ("Lindqvist," → "Lindqvist"), keeping "t.f.". */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => (TITLE_PREFIX.test(word) ? word : word.replace(/^[("'”]+|[)"'”,;:]+$/g, '')))
    .filter(Boolean);
}

function isNameLine(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 8 && words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word));
}
