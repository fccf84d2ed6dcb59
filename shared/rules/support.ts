/**
 * Small helpers shared by several rules: where a section's heading is, and where a
 * missing section should go.
 */
import type { SectionSpec } from '../data/index';
import type { Outline, Section } from '../document/outline';
import { sectionsForSpec } from '../document/outline';
import type { Finding, RuleContext } from './rule';

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
  return section.spec?.title ?? section.area?.title ?? section.title;
}

export interface Placement {
  anchor: Anchor;
  /** Swedish: "före ”Bakgrund”", "efter ”Sammanfattning”", "under ”Inledning”", "i dokumentet". */
  text: string;
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
    if (section) return { anchor: headingAnchor(context, section), text: `före ”${siblings[next]!.title}”` };
  }
  for (let previous = at - 1; previous >= 0; previous--) {
    const section = present(siblings[previous]!);
    if (section) return { anchor: headingAnchor(context, section), text: `efter ”${siblings[previous]!.title}”` };
  }
  if (parent && parent.kind !== 'root') return { anchor: headingAnchor(context, parent), text: `under ”${sectionName(parent)}”` };
  return { anchor: documentStart(), text: 'i dokumentet' };
}

/** The first section in the document that stands for a spec. */
export function firstFor(outline: Outline, spec: SectionSpec): Section | undefined {
  return sectionsForSpec(outline, spec)[0];
}

/** True when a block has text a reader would count as content. */
export function hasText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
