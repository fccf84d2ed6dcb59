/**
 * Blocks → a section tree, read against one document type: which heading is which
 * template section (in context: "Uppföljning" under an Enhetsmål is that goal's part),
 * which numbered heading is which Kvalitetsutmärkelsen question, where the title and
 * the signature are.
 */
import type { DocTypeSpec, QuestionArea, SectionSpec } from '../data/index';
import { HeadingMatcher, cleanHeadingText, type HeadingTarget, type HeadingVariant } from './headings';
import { sameReading, type Block } from './model';
import { QUESTION_WORD_START, bareQuestionNumber, questionNumber } from './questions';
import { isLetterheadLine } from './letterhead';
import { findSignature } from './signature';

export { questionNumber } from './questions';

export type SectionKind = 'root' | 'title' | 'known' | 'area' | 'question' | 'generic';

export interface Section {
  kind: SectionKind;
  /** Heading text without trailing colon. */
  title: string;
  /** Index of the heading block; -1 for the root. */
  heading: number;
  spec?: SectionSpec;
  /** Further specs one combined heading stands for ("… och kompetensutveckling"). */
  alsoCovers?: SectionSpec[];
  area?: QuestionArea;
  /** Question number (kind "question"). */
  number?: number;
  variant?: HeadingVariant;
  /** The heading belongs elsewhere in the template (reported by section-order). */
  misplaced?: { expectedUnder: string };
  parent?: Section;
  children: Section[];
  /** Indices of the blocks directly under the heading (not in sub-sections). */
  body: number[];
  /** Last block index covered by the section and its sub-sections. */
  lastBlock: number;
  /** Heading level from markup (docx, Markdown), if any. */
  level?: number;
}

export interface Outline {
  root: Section;
  /** All sections except the root, in document order. */
  sections: Section[];
  /** For each block, the innermost section containing it (the root for none). */
  sectionOfBlock: Section[];
  title?: Section;
  /** Block indices of the signature (name and title lines). */
  signature: number[];
}

interface SpecTarget extends HeadingTarget {
  spec?: SectionSpec;
  area?: QuestionArea;
}

class DocTypeIndex {
  readonly parentOf = new Map<SectionSpec, SectionSpec | null>();
  private readonly matchers = new Map<SectionSpec | null, HeadingMatcher<SpecTarget>>();
  readonly anywhere: HeadingMatcher<SpecTarget>;

  constructor(readonly docType: DocTypeSpec) {
    const all: SpecTarget[] = [];
    const visit = (specs: readonly SectionSpec[], parent: SectionSpec | null) => {
      for (const spec of specs) {
        this.parentOf.set(spec, parent);
        all.push(targetOf(spec));
        visit(spec.children, spec);
      }
    };
    visit(docType.sections, null);
    this.anywhere = new HeadingMatcher(all);
  }

  /** Matcher for the children of a section (null: the top level, with question areas). */
  childMatcher(parent: SectionSpec | null): HeadingMatcher<SpecTarget> {
    let matcher = this.matchers.get(parent);
    if (!matcher) {
      const targets: SpecTarget[] = (parent ? parent.children : this.docType.sections).map(targetOf);
      if (!parent) {
        for (const area of this.docType.questions?.areas ?? []) {
          targets.push({ id: area.id, title: area.title, aliases: area.aliases, area });
        }
      }
      matcher = new HeadingMatcher(targets);
      this.matchers.set(parent, matcher);
    }
    return matcher;
  }
}

function targetOf(spec: SectionSpec): SpecTarget {
  return { id: spec.id, title: spec.title, aliases: spec.aliases, genitivePrefix: spec.genitivePrefix, spec };
}

const indexes = new WeakMap<DocTypeSpec, DocTypeIndex>();

export function docTypeIndex(docType: DocTypeSpec): DocTypeIndex {
  let index = indexes.get(docType);
  if (!index) {
    index = new DocTypeIndex(docType);
    indexes.set(docType, index);
  }
  return index;
}

export function buildOutline(blocks: readonly Block[], docType: DocTypeSpec): Outline {
  return new OutlineBuilder(blocks, docType).build();
}

/** A letterhead is a handful of lines: past this many blocks, the title is not looked for after it. */
const MAX_LETTERHEAD_BLOCKS = 15;

class OutlineBuilder {
  private readonly index: DocTypeIndex;
  private readonly root: Section = { kind: 'root', title: '', heading: -1, children: [], body: [], lastBlock: -1 };
  private readonly stack: Section[] = [this.root];
  private readonly sections: Section[] = [];
  private readonly sectionOfBlock: Section[] = [];
  private title: Section | undefined;
  /** Block index of the title, once looked for (null: none). */
  private titleIndex: number | null | undefined;
  /** Highest question number met, and the last numbered line taken for a list item. */
  private highestQuestion = 0;
  private listItem: { number: number; block: number } | null = null;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly docType: DocTypeSpec,
  ) {
    this.index = docTypeIndex(docType);
  }

  build(): Outline {
    const signature = this.docType.signature ? findSignature(this.blocks, this.docType.signature.titleWords) : [];
    const signatureSet = new Set(signature);
    for (let blockIndex = 0; blockIndex < this.blocks.length; blockIndex++) {
      const block = this.blocks[blockIndex]!;
      if (signatureSet.has(blockIndex)) {
        this.sectionOfBlock.push(this.root);
        continue;
      }
      const section = this.isTitle(blockIndex)
        ? this.openTitle(block, blockIndex)
        : !this.isLetterhead(blockIndex) && this.isHeading(block, blockIndex)
          ? this.openSection(block, blockIndex)
          : null;
      if (!section) this.top().body.push(blockIndex);
      for (const open of this.stack) open.lastBlock = blockIndex;
      this.sectionOfBlock.push(section ?? this.top());
    }
    return { root: this.root, sections: this.sections, sectionOfBlock: this.sectionOfBlock, title: this.title, signature };
  }

  private top(): Section {
    return this.stack[this.stack.length - 1]!;
  }

  private isHeading(block: Block, blockIndex: number): boolean {
    if (block.kind === 'heading') return true;
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') return false;
    if (this.mayBeQuestion(block) && this.isQuestionLine(block, blockIndex)) return true;
    return block.kind === 'paragraph' && this.isSpelledOutHeading(block);
  }

  /**
   * A numbered line that can be a question although no heading style says so: set apart
   * as a heading line in plain text, written "Fråga 7", or standing under an area heading
   * ("7. Hur vi som chefer …" as a bold or plain paragraph in Word, a list item in Markdown).
   */
  private mayBeQuestion(block: Block): boolean {
    if (!this.docType.questions || block.text.length > 400 || this.asQuestion(block.text) === null) return false;
    if (block.headingLike === true || QUESTION_WORD_START.test(block.text)) return true;
    return this.stack.some((open) => open.kind === 'area');
  }

  /**
   * A numbered line in plain text is a question when the numbers go up; "1. … 2. … 3."
   * inside an answer, or after a line ending in ":", is a list.
   */
  private isQuestionLine(block: Block, blockIndex: number): boolean {
    const number = this.asQuestion(block.text);
    if (number === null) return false;
    const previous = this.blocks[blockIndex - 1];
    const startsList = number === 1 && previous !== undefined && previous.kind !== 'heading' && previous.text.trimEnd().endsWith(':');
    const continuesList = this.listItem !== null && number === this.listItem.number + 1 && blockIndex - this.listItem.block <= 3;
    if (startsList || continuesList || number <= this.highestQuestion) {
      this.listItem = { number, block: blockIndex };
      return false;
    }
    this.listItem = null;
    this.highestQuestion = number;
    return true;
  }

  /**
   * A template heading typed as an ordinary paragraph (bold "Nämndmål:" in Word without a
   * heading style, or in Markdown): short, no sentence ending, and the template's own name.
   */
  private isSpelledOutHeading(block: Block): boolean {
    if (block.text.length > 100 || /[.!?,;]$/.test(block.text)) return false;
    return (this.index.anywhere.matchSpelledOut(block.text) ?? this.index.childMatcher(null).matchSpelledOut(block.text)) !== null;
  }

  /**
   * The document's title: the first block after the letterhead lines, shaped like a
   * heading and not a template section. Without such a block, the first block as before.
   */
  private isTitle(blockIndex: number): boolean {
    if (this.titleIndex === undefined) this.titleIndex = this.findTitle();
    return blockIndex === this.titleIndex;
  }

  /** A line above the title: the letterhead, not a heading of its own ("KVALITETSUTMÄRKELSEN 2022", "SKARPNÄCKS STADSDELSFÖRVALTNING"). */
  private isLetterhead(blockIndex: number): boolean {
    return this.titleIndex !== undefined && this.titleIndex !== null && blockIndex < this.titleIndex;
  }

  private findTitle(): number | null {
    if (!this.docType.title || this.blocks.length === 0) return null;
    for (let index = 0; index < Math.min(this.blocks.length, MAX_LETTERHEAD_BLOCKS); index++) {
      const block = this.blocks[index]!;
      if (this.isTemplateHeading(block)) break;
      if (isLetterheadLine(block, this.blocks[index - 1])) continue;
      if (index > 0 && this.isTitleShaped(block)) return index;
      break;
    }
    return this.isTitleShaped(this.blocks[0]!) ? 0 : null;
  }

  private isTitleShaped(block: Block): boolean {
    const shaped = block.kind === 'heading' || (block.kind === 'paragraph' && block.headingLike === true && block.text.length <= 150);
    return shaped && this.asQuestion(block.text) === null && !this.isTemplateHeading(block);
  }

  private isTemplateHeading(block: Block): boolean {
    return this.index.anywhere.match(block.text) !== null || this.index.childMatcher(null).match(block.text) !== null;
  }

  private openTitle(block: Block, blockIndex: number): Section {
    const section: Section = {
      kind: 'title',
      title: cleanHeadingText(block.text),
      heading: blockIndex,
      children: [],
      body: [],
      lastBlock: blockIndex,
      level: block.level,
    };
    this.title = section;
    this.attach(this.root, section);
    return section;
  }

  private asQuestion(text: string): number | null {
    const questions = this.docType.questions;
    if (!questions) return null;
    const number = questionNumber(text) ?? bareQuestionNumber(text);
    return number !== null && number >= 1 && number <= questions.count ? number : null;
  }

  private openSection(block: Block, blockIndex: number): Section {
    const title = cleanHeadingText(block.text);
    const base = { title, heading: blockIndex, children: [], body: [], lastBlock: blockIndex, level: block.level };
    const number = this.asQuestion(block.text);
    // "1. Målgrupp" is the area, numbered by the writer, not question 1.
    if (number !== null && !this.index.childMatcher(null).matchSpelledOut(block.text) && !this.index.anywhere.matchSpelledOut(block.text)) {
      this.highestQuestion = Math.max(this.highestQuestion, number);
      return this.openQuestion({ ...base, kind: 'question', number });
    }
    return this.openKnown(block, base) ?? this.openGeneric({ ...base, kind: 'generic' });
  }

  private openQuestion(section: Section): Section {
    const area = this.docType.questions!.areas.find((candidate) => section.number! >= candidate.first && section.number! <= candidate.last);
    section.area = area;
    const parentIndex = this.findInStack((open) => open.kind === 'area');
    this.popTo(parentIndex >= 0 ? parentIndex : 0);
    this.attach(this.top(), section);
    return section;
  }

  private openKnown(block: Block, base: Omit<Section, 'kind'>): Section | null {
    // Innermost open section first: "Uppföljning" means the open Enhetsmål's part.
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const open = this.stack[depth]!;
      if (open.kind !== 'root' && !open.spec) continue; // only the root and template sections have template children
      const match = this.index.childMatcher(open.spec ?? null).match(block.text);
      if (!match) continue;
      // A part the template has once per parent, met again: it belongs somewhere else.
      const spec = match.targets[0]!.spec;
      if (spec && !spec.repeatable && this.top() !== open.children.find((child) => child.spec === spec) && open.children.some((child) => child.spec === spec))
        continue;
      const [first, ...rest] = match.targets;
      const repeated = this.continuesEmpty(first!.spec);
      if (repeated) return repeated;
      const section: Section = first!.area
        ? { ...base, kind: 'area', area: first!.area, variant: match.variant }
        : { ...base, kind: 'known', spec: first!.spec, variant: match.variant };
      const also = rest.map((target) => target.spec).filter((spec): spec is SectionSpec => spec !== undefined);
      if (also.length > 0) section.alsoCovers = also;
      this.popTo(depth);
      this.attach(open, section);
      return section;
    }
    return this.openMisplaced(block, base);
  }

  /** A known heading outside its place, e.g. an Inledning part after the goals. */
  private openMisplaced(block: Block, base: Omit<Section, 'kind'>): Section | null {
    const match = this.index.anywhere.match(block.text);
    if (!match || match.variant === 'combined') return null;
    const spec = match.targets[0]!.spec!;
    const repeated = this.continuesEmpty(spec);
    if (repeated) return repeated;
    const parentSpec = this.index.parentOf.get(spec) ?? null;
    if (!parentSpec) return null;
    const parent = [...this.sections].reverse().find((section) => section.spec === parentSpec);
    // Without the part it belongs under anywhere in the document (a plan in running prose), there is nowhere to move it.
    const section: Section = parent
      ? { ...base, kind: 'known', spec, variant: match.variant, misplaced: { expectedUnder: parentSpec.title } }
      : { ...base, kind: 'known', spec, variant: match.variant };
    this.popTo(0);
    if (parent) {
      // Reopen the earlier instance so the part is counted where it belongs.
      let chain: Section | undefined = parent;
      const path: Section[] = [];
      while (chain && chain !== this.root) {
        path.unshift(chain);
        chain = chain.parent;
      }
      this.stack.push(...path);
    }
    this.attach(this.top(), section);
    return section;
  }

  /**
   * "Uppföljning av ekonomi" straight followed by "Resursanvändning": two names of one
   * template section, so the second heading continues the first instead of leaving it empty.
   */
  private continuesEmpty(spec: SectionSpec | undefined): Section | null {
    const top = this.top();
    if (!spec || top.spec !== spec || top.body.length > 0 || top.children.length > 0) return null;
    return top;
  }

  private openGeneric(section: Section): Section {
    // Levels from markup nest generic headings; plain text has none, so they are siblings.
    while (this.stack.length > 1) {
      const top = this.top();
      if (top.kind === 'title') {
        this.stack.pop();
        continue;
      }
      if (top.kind !== 'generic') break;
      if (section.level !== undefined && top.level !== undefined && top.level < section.level) break;
      this.stack.pop();
    }
    this.attach(this.top(), section);
    return section;
  }

  private attach(parent: Section, section: Section): void {
    section.parent = parent;
    parent.children.push(section);
    this.sections.push(section);
    this.stack.push(section);
  }

  private popTo(depth: number): void {
    this.stack.length = depth + 1;
  }

  private findInStack(predicate: (section: Section) => boolean): number {
    for (let depth = this.stack.length - 1; depth >= 0; depth--) if (predicate(this.stack[depth]!)) return depth;
    return -1;
  }
}

/**
 * Blocks from here to the end may hold the signature (findSignature looks up to 30
 * blocks back for a closing Bilagor and 10 blocks before it), so their text is structure.
 */
const SIGNATURE_REACH = 40;

/**
 * Whether replacing the blocks `removed` by `added` at block index `at` leaves the type,
 * the outline, the title and the signature as they were: every changed block is an
 * ordinary paragraph before and after, of the kind it was, away from the title and the
 * signature. An ordinary paragraph is one the outline and the type detection never read:
 * no heading or heading-like line, no question number, no label ending in ":" (which
 * makes the next numbered line a list), not short and unpunctuated (a heading typed as
 * a paragraph).
 */
export function keepsStructure(removed: readonly Block[], added: readonly Block[], at: number, blockCount: number): boolean {
  if (removed.length !== added.length) return false;
  if (removed.length === 0) return true;
  if (at === 0 || at + added.length > blockCount - SIGNATURE_REACH) return false;
  return removed.every((block, index) => {
    const replacement = added[index]!;
    return sameReading(block, replacement) || (block.kind === replacement.kind && isOrdinary(block) && isOrdinary(replacement));
  });
}

function isOrdinary(block: Block): boolean {
  if (block.kind === 'tableRow') return true;
  if (block.kind === 'heading' || block.headingLike === true) return false;
  const text = block.text;
  if (questionNumber(text) !== null || text.trimEnd().endsWith(':')) return false;
  return block.kind === 'listItem' || text.length > 100 || /[.!?,;]$/.test(text);
}

/** Sections in document order that stand for a spec, including combined headings. */
export function sectionsForSpec(outline: Outline, spec: SectionSpec): Section[] {
  return outline.sections.filter((section) => section.spec === spec || section.alsoCovers?.includes(spec));
}

/** The ids a section answers to, for profile rules keyed by section ids. */
export function sectionIds(section: Section): string[] {
  const ids: string[] = [];
  if (section.spec) ids.push(section.spec.id);
  for (const spec of section.alsoCovers ?? []) ids.push(spec.id);
  if (section.area) ids.push(section.area.id);
  return ids;
}

/** True when the section or one of its ancestors answers to one of the ids. */
export function isWithin(section: Section, ids: readonly string[]): boolean {
  for (let current: Section | undefined = section; current; current = current.parent) {
    if (sectionIds(current).some((id) => ids.includes(id))) return true;
  }
  return false;
}

/** How a section is named in reports: goal sections by their goal ("Nämndmål: Invånarna …"). */
export function sectionDisplayName(section: Section, blocks: readonly Block[]): string {
  if (section.spec?.goal) {
    const statement = blocks[section.body[0] ?? -1];
    if (statement && statement.kind !== 'heading' && statement.kind !== 'tableRow') {
      const goal = statement.text.replace(/^[”"«„“]+|[”"»“]+$/g, '');
      const text = goal.length > 70 ? goal.slice(0, 69).trimEnd() + '…' : goal;
      return `${section.spec.title}: ${text}`;
    }
    return section.spec.title;
  }
  return section.title;
}
