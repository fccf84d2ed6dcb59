/**
 * The KF goals a goal block can be chosen by: every KF:s mål för verksamhetsområdet with its
 * KF:s inriktningsmål, in catalog order, for the task pane and the side panel alike.
 */
import { builtInCatalogs, type GoalCatalog } from '../../shared/index';

export interface GoalChoice {
  /** Catalog number of a KF:s mål för verksamhetsområdet: "1.2". */
  number: string;
  text: string;
  /** Its KF:s inriktningsmål: "1", and that goal's text. */
  parent: { number: string; text: string };
}

export interface GoalChoiceGroup {
  parent: GoalChoice['parent'];
  goals: GoalChoice[];
}

/** A number is offered once, from the first catalog that has it with its inriktningsmål. */
export function goalChoices(catalogs: readonly GoalCatalog[] = builtInCatalogs): GoalChoice[] {
  const choices: GoalChoice[] = [];
  const seen = new Set<string>();
  for (const catalog of catalogs) {
    for (const goal of catalog.goals) {
      if (goal.level !== 'verksamhetsomrade' || !goal.number || !goal.parent || seen.has(goal.number)) continue;
      const parent = catalog.goals.find((candidate) => candidate.level === 'inriktningsmal' && candidate.number === goal.parent);
      if (!parent) continue;
      seen.add(goal.number);
      choices.push({ number: goal.number, text: goal.text, parent: { number: goal.parent, text: parent.text } });
    }
  }
  return choices;
}

/** The goals under each inriktningsmål, in the order given. */
export function byParentGoal(goals: readonly GoalChoice[]): GoalChoiceGroup[] {
  const groups = new Map<string, GoalChoiceGroup>();
  for (const goal of goals) {
    let group = groups.get(goal.parent.number);
    if (!group) groups.set(goal.parent.number, (group = { parent: goal.parent, goals: [] }));
    group.goals.push(goal);
  }
  return [...groups.values()];
}
