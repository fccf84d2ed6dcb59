/**
 * The rule registry: every rule, listed explicitly (no globbing), in report order.
 */
import { activityDates } from './activity-dates';
import { documentType } from './document-type';
import { emptySection } from './empty-section';
import { genderSplitMissing } from './gender-split-missing';
import { genderSplitPercent } from './gender-split-percent';
import { genderSplitSum } from './gender-split-sum';
import { goalBlockIncomplete } from './goal-block-incomplete';
import { goalInconsistent } from './goal-inconsistent';
import { goalNumber } from './goal-number';
import { goalWording } from './goal-wording';
import { readability } from './readability';
import { requiredSection } from './required-section';
import { sectionOrder } from './section-order';
import type { Rule } from './rule';

export const rules: readonly Rule[] = [
  documentType,
  requiredSection,
  sectionOrder,
  emptySection,
  genderSplitMissing,
  genderSplitSum,
  genderSplitPercent,
  goalWording,
  goalNumber,
  goalInconsistent,
  goalBlockIncomplete,
  activityDates,
  readability,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
