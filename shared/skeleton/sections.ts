/**
 * The template's section tree → skeleton items: a heading per section the empty document
 * has, the goal (or a placeholder) under goal headings, a placeholder under leaf sections,
 * and the section's tables where the data puts them.
 */
import type { DocTypeSpec, GoalSpec, SectionSpec } from '../data/index';
import { placeholder } from '../document/placeholder';
import { goalStatement } from './goals';
import type { SkeletonItem } from './types';
import { sectionPlaceholder } from './wording';

/**
 * Chosen goals as a tree: one node per goal, its children the chosen goals under it, so
 * goals 1.1 and 1.2 share one inriktningsmål 1 heading.
 */
export interface GoalNode {
  goal?: GoalSpec;
  children: GoalNode[];
}

export function goalTree(chains: readonly (readonly GoalSpec[])[]): GoalNode {
  const root: GoalNode = { children: [] };
  for (const chain of chains) {
    let node = root;
    for (const goal of chain) {
      let child = node.children.find((candidate) => candidate.goal === goal);
      if (!child) {
        child = { goal, children: [] };
        node.children.push(child);
      }
      node = child;
    }
  }
  return root;
}

/** Sections an empty document has: the data says so, else the required and recommended ones. */
export function inSkeleton(spec: SectionSpec): boolean {
  return spec.inSkeleton ?? spec.requirement !== 'optional';
}

export class SectionWriter {
  readonly items: SkeletonItem[] = [];

  constructor(private readonly docType: DocTypeSpec) {}

  /** Writes the sections at `level`, with the chosen goals under `goals`. */
  sections(specs: readonly SectionSpec[], level: number, goals: GoalNode): void {
    for (const spec of specs) if (inSkeleton(spec)) this.section(spec, level, goals);
  }

  /** One section; a goal section once per chosen goal of its level, or once with a placeholder. */
  section(spec: SectionSpec, level: number, goals: GoalNode): void {
    if (!spec.goal) {
      this.instance(spec, level, goals, undefined);
      return;
    }
    const chosen = goals.children.filter((node) => node.goal!.level === spec.goal!.level);
    // None chosen at this level: a placeholder, and any chosen goals further down stay chosen.
    if (chosen.length === 0) this.instance(spec, level, goals, undefined);
    for (const node of chosen) this.instance(spec, level, node, node.goal);
  }

  private instance(spec: SectionSpec, level: number, goals: GoalNode, goal: GoalSpec | undefined): void {
    this.items.push({ kind: 'heading', level, text: spec.title, section: spec.id });
    const parts = spec.children.filter(inSkeleton);
    if (goal) this.items.push({ kind: 'paragraph', text: goalStatement(goal, spec.goal?.numbered === true), placeholder: false });
    else if (spec.goal || parts.length === 0) this.items.push({ kind: 'paragraph', text: this.placeholderOf(spec), placeholder: true });
    this.tables(spec, 'afterText');
    this.sections(parts, level + 1, goals);
    this.tables(spec, 'afterParts');
  }

  private placeholderOf(spec: SectionSpec): string {
    return spec.placeholder ? placeholder(spec.placeholder) : sectionPlaceholder(spec.title);
  }

  /** The header row and one empty row, to fill in. */
  private tables(spec: SectionSpec, position: 'afterText' | 'afterParts'): void {
    for (const placed of spec.tables) {
      if (placed.position !== position) continue;
      const table = this.docType.tables.find((candidate) => candidate.id === placed.id);
      if (!table) continue; // the schema refuses unknown ids; a hand-built spec may not have been parsed
      this.items.push({ kind: 'table', table: table.id, header: [...table.columns], rows: [table.columns.map(() => '')] });
    }
  }
}
