/**
 * Small helpers shared by several rules: where a section's heading is, and where a
 * missing section should go.
 */
import type { DocTypeSpec, SectionSpec } from '../data/index';
import type { Outline, Section } from '../document/outline';
import { sectionsForSpec } from '../document/outline';
import type { Finding, FindingFix, RuleContext } from './rule';

export type Anchor = Pick<Finding, 'block' | 'start' | 'end'>;

/** The heading of a section as a finding range. */
export function headingAnchor(context: RuleContext, section: Section): Anchor {
  const block = context.blocks[section.heading];
  return { block: section.heading, start: 0, end: block ? block.text.length : 0 };
}

/** Start of the document (for something missing with nothing to point at). */
export function documentStart(): Anchor {
  return { block: 0, start: 0, end: 0 };
}

/** End of the document (where a signature goes). */
export function documentEnd(context: RuleContext): Anchor {
  const last = context.blocks.length - 1;
  const block = context.blocks[last];
  return { block: Math.max(0, last), start: block?.text.length ?? 0, end: block?.text.length ?? 0 };
}

/** The name a section has in the template, else its heading. */
export function sectionName(section: Section): string {
  if (section.kind === 'question') return `Fråga ${section.number}`;
  // The heading as the writer wrote it ("Budget 2020", "Resursanvändning"): a message never names one they did not write.
  return section.title || section.spec?.title || section.area?.title || '';
}

export interface Placement {
  anchor: Anchor;
  /** Swedish: "före ”Bakgrund”", "efter ”Sammanfattning”", "under ”Inledning”", "i dokumentet". */
  text: string;
  /** Where a new heading goes: before the next sibling's heading, after the previous sibling or the parent; none at the document level. */
  insertAt?: { block: number; where: 'before' | 'after'; level?: number };
}

/**
 * Where a missing section belongs among its template siblings: before the next one that
 * is there, else after the previous one, else under its parent.
 */
export function placementAmong(
  context: RuleContext,
  siblings: readonly SectionSpec[],
  missing: SectionSpec,
  present: (spec: SectionSpec) => Section | undefined,
  parent: Section | undefined,
): Placement {
  const at = siblings.indexOf(missing);
  for (let next = at + 1; next < siblings.length; next++) {
    const section = present(siblings[next]!);
    if (section)
      return {
        anchor: headingAnchor(context, section),
        text: `före ”${sectionName(section)}”`,
        insertAt: { block: section.heading, where: 'before', level: section.level },
      };
  }
  for (let previous = at - 1; previous >= 0; previous--) {
    const section = present(siblings[previous]!);
    if (section)
      return {
        anchor: headingAnchor(context, section),
        text: `efter ”${sectionName(section)}”`,
        insertAt: { block: section.lastBlock, where: 'after', level: section.level },
      };
  }
  if (parent && parent.kind !== 'root') {
    const level = parent.level === undefined ? undefined : parent.level + 1;
    return { anchor: headingAnchor(context, parent), text: `under ”${sectionName(parent)}”`, insertAt: { block: parent.lastBlock, where: 'after', level } };
  }
  return { anchor: documentStart(), text: 'i dokumentet' };
}

/**
 * A fix that puts in a missing heading where the placement says, at the level of the
 * headings around it or, where the document has no levels, at its depth in the template.
 */
export function insertHeadingFix<F extends string>(
  context: RuleContext,
  placement: Placement,
  fixId: F,
  title: string,
  spec?: SectionSpec,
): FindingFix<F> | null {
  const at = placement.insertAt;
  const block = at ? context.blocks[at.block] : undefined;
  if (!at || !block) return null;
  const level = at.level ?? (spec ? templateLevel(context.docType, spec) : 2);
  const offset = at.where === 'before' ? 0 : block.text.length;
  return { fixId, block: at.block, start: offset, end: offset, text: '', insert: { where: at.where, paragraphs: [{ text: title, heading: level }] } };
}

/** A section's heading level in an empty document of the type: top-level sections under the title. */
export function templateLevel(docType: DocTypeSpec, spec: SectionSpec): number {
  const depth = (specs: readonly SectionSpec[], level: number): number | undefined => {
    for (const candidate of specs) {
      if (candidate === spec) return level;
      const inside = depth(candidate.children, level + 1);
      if (inside !== undefined) return inside;
    }
    return undefined;
  };
  return depth(docType.sections, docType.title ? 2 : 1) ?? 2;
}

/** The first section in the document that stands for a spec. */
export function firstFor(outline: Outline, spec: SectionSpec): Section | undefined {
  return sectionsForSpec(outline, spec)[0];
}

/** True when a block has text a reader would count as content. */
export function hasText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
