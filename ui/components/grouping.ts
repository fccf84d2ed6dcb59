/**
 * Groups of findings for the list: by rule family (registry order) and inside a family by
 * section in document order. The inner grouping is a function, so the extension's side
 * panel can group a web form's findings by field instead.
 */
import { findRule, familyNames, uiWords, type Diagnostic, type SeverityCounts } from '../../shared/index';

export interface Group {
  /** Stable and unique among its siblings (React keys, test hooks). */
  key: string;
  /** Swedish, shown as the group's heading. */
  label: string;
}

export type GroupBy = (diagnostic: Diagnostic) => Group;

export interface FindingGroup {
  group: Group;
  counts: SeverityCounts;
  diagnostics: Diagnostic[];
}

export interface FamilyGroup extends FindingGroup {
  subgroups: FindingGroup[];
}

const FAMILY_ORDER = Object.keys(familyNames);
const OTHER = 'other';

/** The diagnostic's section heading, or ui.json's `outsideSections` before the first heading. */
export const bySection: GroupBy = (diagnostic) =>
  diagnostic.section ? { key: `section:${diagnostic.section}`, label: diagnostic.section } : { key: 'outside', label: uiWords.outsideSections };

/** The rule's family; rules outside the registry (a caller's own) go to ui.json's `otherFamily`. */
export const byFamily: GroupBy = (diagnostic) => {
  const family = findRule(diagnostic.ruleId)?.meta.family;
  return family ? { key: family, label: familyNames[family] } : { key: OTHER, label: uiWords.otherFamily };
};

function familyRank(key: string): number {
  const index = FAMILY_ORDER.indexOf(key);
  return index < 0 ? FAMILY_ORDER.length : index;
}

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** Groups in first-appearance order (the engine reports by position, so document order). */
function groupInOrder(diagnostics: readonly Diagnostic[], groupBy: GroupBy): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const diagnostic of diagnostics) {
    const group = groupBy(diagnostic);
    let entry = groups.get(group.key);
    if (!entry) groups.set(group.key, (entry = { group, counts: zero(), diagnostics: [] }));
    entry.counts[diagnostic.severity]++;
    entry.diagnostics.push(diagnostic);
  }
  return [...groups.values()];
}

/** Families with findings in registry order, each with its sub-groups (sections by default). */
export function groupFindings(diagnostics: readonly Diagnostic[], groupBy: GroupBy = bySection): FamilyGroup[] {
  return groupInOrder(diagnostics, byFamily)
    .sort((a, b) => familyRank(a.group.key) - familyRank(b.group.key))
    .map((family) => ({ ...family, subgroups: groupInOrder(family.diagnostics, groupBy) }));
}
