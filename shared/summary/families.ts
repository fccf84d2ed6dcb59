/**
 * Counts per rule family, the groups the front ends show.
 */
import { uiWords, type FamilyId, type SeverityCounts } from '../data/ui';
import type { Rule, RuleFamily } from '../rules/rule';
import { addCounts, totalOf, zeroCounts } from './counts';
import type { FamilySummary } from './types';

type FamilyKey = FamilySummary['family'];

/** Registry order, as ui.json lists the families; both checks keep ui.json and RuleFamily the same set. */
const FAMILY_ORDER = Object.keys(uiWords.families) as FamilyId[] satisfies RuleFamily[];
const familyNames: Record<RuleFamily, string> = uiWords.families;

/** Which family a diagnostic's rule is in; "other" for rules not among `rules`. */
export function familyLookup(rules: readonly Rule[]): (ruleId: string) => FamilyKey {
  const byId = new Map(rules.map((rule) => [rule.id, rule.meta.family]));
  return (ruleId) => byId.get(ruleId) ?? 'other';
}

/** Counts per family, every registered family present. */
export class FamilyTally {
  private readonly counts = new Map<FamilyKey, SeverityCounts>(FAMILY_ORDER.map((family) => [family, zeroCounts()]));

  add(family: FamilyKey, counts: SeverityCounts): void {
    addCounts(this.of(family), counts);
  }

  count(family: FamilyKey, severity: keyof SeverityCounts): void {
    this.of(family)[severity]++;
  }

  private of(family: FamilyKey): SeverityCounts {
    let counts = this.counts.get(family);
    if (!counts) this.counts.set(family, (counts = zeroCounts()));
    return counts;
  }

  /** Registered families in order, zeros included; "other" last, only with findings. */
  rows(): FamilySummary[] {
    const rows: FamilySummary[] = FAMILY_ORDER.map((family) => ({ family, name: familyNames[family], counts: { ...this.counts.get(family)! } }));
    const other = this.counts.get('other');
    if (other && totalOf(other) > 0) rows.push({ family: 'other', name: uiWords.otherFamily, counts: { ...other } });
    return rows;
  }
}
