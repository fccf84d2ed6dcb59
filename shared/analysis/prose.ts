/**
 * The writer's own prose in each section, for LIX: the text directly under the heading
 * (not in sub-sections, so no text is scored twice), without what is not running text the
 * writer can shorten: table rows, list items and statute lines ("Socialtjänstlagen
 * (2001:453)"), the "Term: förklaring" entries of a glossary, placeholders, the signature,
 * and catalog goals quoted word for word (under a goal heading or in running text).
 * Shared by the readability rule and the summary, so both give the same figure.
 */
import { swedish } from '../data/index';
import type { Block } from '../document/model';
import type { Outline, Section } from '../document/outline';
import { isPlaceholder } from '../document/placeholder';
import { QUOTED_GOAL, QUOTED_IN_TEXT } from '../rules/goal-statements';
import { findQuotes, statementQuote, type GoalIndex } from './goals';
import { addLix, lixStats, type LixStats } from './lix';

export interface ProseSource {
  readonly blocks: readonly Block[];
  readonly outline: Outline;
  readonly goals: GoalIndex;
  /** Caches per-block work that depends on the block text alone (the engine's block facts); none: computed afresh. */
  memo?<T>(block: number, key: string, compute: () => T): T;
}

export interface ProseBlock {
  block: number;
  /** The block text with quoted catalog goals blanked out (same length, so offsets stay block-relative). */
  text: string;
  stats: LixStats;
}

export interface SectionProse {
  section: Section;
  blocks: ProseBlock[];
  stats: LixStats;
}

const NONE: LixStats = { words: 0, longWords: 0, sentences: 0 };

/** A statute line: an SFS number, few words, no sentence ending ("Arbetsmiljölagen (1977:1160)"). */
const SFS_NUMBER = /\(\s*(?:SFS\s*)?\d{4}\s*:\s*\d{1,4}\s*\)/i;
const STATUTE_MAX_WORDS = 12;
/** "ABC: Alla Barn i Centrum – …", "Främjande arbete – innebär …": a short term, a colon or dash, its explanation. */
const TERM_ENTRY = /^\s*[^\s:.!?–—][^:.!?–—\n]{0,59}?(?::|\s[–—-]\s)\s*\S/;
const TERM_MAX_WORDS = 6;
/** Without a glossary heading, a section of at least this many entries (and mostly entries) is a glossary too. */
const GLOSSARY_MIN_ENTRIES = 3;
const GLOSSARY_WORDS = new Set(swedish.lix.glossaryHeadingWords);

/** Every outline section's own prose, in outline order (the title's is empty). */
export function sectionProse(source: ProseSource): SectionProse[] {
  const signature = new Set(source.outline.signature);
  return source.outline.sections.map((section) => {
    if (section.kind === 'title') return { section, blocks: [], stats: NONE };
    const glossary = isGlossary(source, section);
    const statement = goalStatementBlock(source.blocks, section);
    const blocks: ProseBlock[] = [];
    let stats = NONE;
    for (const index of section.body) {
      const block = source.blocks[index]!;
      if (block.kind !== 'paragraph' || signature.has(index)) continue;
      if (
        cached(source, index, 'prose:placeholder', () => isPlaceholder(block.text)) ||
        cached(source, index, 'prose:statute', () => isStatuteLine(block.text)) ||
        (glossary && termEntryAt(source, index))
      ) {
        continue;
      }
      const level = index === statement ? section.spec?.goal?.level : undefined;
      const prose = cached(source, index, level ? `prose:statement:${level}` : 'prose:text', () => {
        const text = level ? withoutStatement(block.text, level, source.goals) : withoutQuotedGoals(block.text, source.goals);
        return { text, stats: lixStats(text) };
      });
      if (prose.stats.words === 0) continue;
      blocks.push({ block: index, ...prose });
      stats = addLix(stats, prose.stats);
    }
    return { section, blocks, stats };
  });
}

function cached<T>(source: ProseSource, block: number, key: string, compute: () => T): T {
  return source.memo ? source.memo(block, key, compute) : compute();
}

/** The goal statement directly under a goal heading ("KF:s mål för verksamhetsområdet: 1.1 I Stockholm …"). */
function goalStatementBlock(blocks: readonly Block[], section: Section): number | undefined {
  if (!section.spec?.goal) return undefined;
  const first = section.body[0];
  if (first === undefined || blocks[first]!.kind !== 'paragraph') return undefined;
  const firstChild = section.children[0];
  return firstChild && firstChild.heading < first ? undefined : first;
}

/** The statement blanked out when it quotes a catalog goal of its level (changed or not): it is the catalog's text. */
function withoutStatement(text: string, level: string, goals: GoalIndex): string {
  if (!goals.hasLevel(level)) return text;
  const quote = statementQuote(text);
  const match = goals.bestMatch(quote, [level], false);
  return match && match.similarity >= QUOTED_GOAL ? blank(text, [[quote.textStart, quote.textEnd]]) : text;
}

/** Catalog goals quoted in running text ("… bidrar till KF:s mål 2.5 Stockholm är …") blanked out. */
function withoutQuotedGoals(text: string, goals: GoalIndex): string {
  const ranges: Array<[number, number]> = [];
  for (const quote of findQuotes(text)) {
    const match = goals.bestMatch(quote, undefined, !quote.bounded, QUOTED_IN_TEXT);
    if (match && match.similarity >= QUOTED_IN_TEXT) ranges.push([quote.textStart, match.textEnd]);
  }
  return ranges.length > 0 ? blank(text, ranges) : text;
}

function blank(text: string, ranges: ReadonlyArray<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

export function isStatuteLine(text: string): boolean {
  return SFS_NUMBER.test(text) && !/[.!?]\s*$/.test(text) && wordCount(text) <= STATUTE_MAX_WORDS;
}

export function isTermEntry(text: string): boolean {
  const match = TERM_ENTRY.exec(text);
  if (!match) return false;
  const term = match[0].replace(/(?::|\s[–—-]\s)\s*\S$/, '');
  return wordCount(term) <= TERM_MAX_WORDS;
}

/** Every check asks this of every paragraph, and the answer depends on its text alone. */
function termEntryAt(source: ProseSource, index: number): boolean {
  return cached(source, index, 'prose:term', () => isTermEntry(source.blocks[index]!.text));
}

/** A glossary: its heading says so, or most of its paragraphs are term entries. */
function isGlossary(source: ProseSource, section: Section): boolean {
  const heading = section.title.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (heading.some((word) => GLOSSARY_WORDS.has(word))) return true;
  let paragraphs = 0;
  let entries = 0;
  for (const index of section.body) {
    const block = source.blocks[index]!;
    if (block.kind !== 'paragraph') continue;
    paragraphs++;
    if (termEntryAt(source, index)) entries++;
  }
  return entries >= GLOSSARY_MIN_ENTRIES && entries * 2 >= paragraphs;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
