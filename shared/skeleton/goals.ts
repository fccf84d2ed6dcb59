/**
 * Which catalog goals a goal block is written for: the chosen goal ("1.2") and the goals
 * above it by `parent` (inriktningsmål 1), one per goal level of the document type.
 */
import { builtInCatalogs, type DocTypeSpec, type GoalCatalog, type GoalSpec, type SectionSpec } from '../data/index';

export type GoalChoiceProblem = 'unknownGoal' | 'notSelectable' | 'noGoalBlocks';

/** A goal that cannot head a goal block; the message is Swedish and names the valid numbers. */
export class GoalChoiceError extends Error {
  constructor(
    message: string,
    readonly problem: GoalChoiceProblem,
    readonly goal: string,
    /** The numbers that can be chosen (for this goal: the ones under it, when there are). */
    readonly validNumbers: readonly string[],
  ) {
    super(message);
    this.name = 'GoalChoiceError';
  }
}

/** Extra catalogs come on top of the built-in KF goals, as in a check. */
export function allCatalogs(extra: readonly GoalCatalog[] = []): readonly GoalCatalog[] {
  return [...builtInCatalogs, ...extra];
}

/** The goal sections of a doc type, each with the goal sections above it. */
export function goalSpecPaths(docType: DocTypeSpec): SectionSpec[][] {
  const paths: SectionSpec[][] = [];
  const visit = (specs: readonly SectionSpec[], above: SectionSpec[]) => {
    for (const spec of specs) {
      const path = spec.goal ? [...above, spec] : above;
      if (spec.goal) paths.push(path);
      visit(spec.children, path);
    }
  };
  visit(docType.sections, []);
  return paths;
}

/**
 * Goal levels a block can be chosen by: those with no numbered level below them. Choosing
 * an inriktningsmål alone would leave the numbered KF goal under it to be guessed.
 */
export function selectableLevels(docType: DocTypeSpec): Map<string, SectionSpec> {
  const levels = new Map<string, SectionSpec>();
  for (const path of goalSpecPaths(docType)) {
    const spec = path[path.length - 1]!;
    if (!hasNumberedBelow(spec)) levels.set(spec.goal!.level, spec);
  }
  return levels;
}

function hasNumberedBelow(spec: SectionSpec): boolean {
  return spec.children.some((child) => child.goal?.numbered === true || hasNumberedBelow(child));
}

/**
 * The chosen goal and its ancestors, top first, keeping only levels the doc type has.
 * Throws GoalChoiceError for an unknown number or one that cannot be chosen.
 */
export function goalChain(number: string, docType: DocTypeSpec, catalogs: readonly GoalCatalog[]): GoalSpec[] {
  const docLevels = new Set(goalSpecPaths(docType).map((path) => path[path.length - 1]!.goal!.level));
  if (docLevels.size === 0) {
    throw new GoalChoiceError(`Dokumenttypen ”${docType.name}” har inga målblock.`, 'noGoalBlocks', number, []);
  }
  const selectable = selectableLevels(docType);
  const goals = catalogs.flatMap((catalog) => catalog.goals);
  const isChoice = (goal: GoalSpec) => goal.number !== undefined && selectable.has(goal.level);
  const valid = goals.filter(isChoice);
  const wanted = number.trim();
  const goal = goals.find((candidate) => candidate.number === wanted && docLevels.has(candidate.level));
  if (!goal) {
    const problem = /^\d{1,2}(?:\.\d{1,2})*$/.test(wanted) ? `Målnummer ${wanted} finns inte i målkatalogen.` : `”${wanted}” är inget målnummer.`;
    const message = `${problem} Välj ett av ${choiceList(valid, selectable)}.`;
    throw new GoalChoiceError(message, 'unknownGoal', wanted, numbersOf(valid));
  }
  if (!selectable.has(goal.level)) {
    const under = valid.filter((candidate) => candidate.parent === goal.number);
    const choices = under.length > 0 ? under : valid;
    const levelName = goalSpecPaths(docType)
      .find((path) => path[path.length - 1]!.goal!.level === goal.level)!
      .at(-1)!.title;
    const message = `Mål ${wanted} hör till ${levelName} och kan inte väljas ensamt. Välj ett av ${choiceList(choices, selectable, under.length > 0 ? ' under det' : '')}.`;
    throw new GoalChoiceError(message, 'notSelectable', wanted, numbersOf(choices));
  }
  const chain: GoalSpec[] = [];
  const seen = new Set<GoalSpec>();
  for (let current: GoalSpec | undefined = goal; current && !seen.has(current); current = parentOf(current, goals)) {
    seen.add(current);
    if (docLevels.has(current.level)) chain.unshift(current);
  }
  return chain;
}

function parentOf(goal: GoalSpec, goals: readonly GoalSpec[]): GoalSpec | undefined {
  return goal.parent === undefined ? undefined : goals.find((candidate) => candidate.number === goal.parent);
}

/** "KF:s mål för verksamhetsområdet: 1.1, 1.2 och 1.3", named by the levels the goals are of. */
function choiceList(goals: readonly GoalSpec[], selectable: ReadonlyMap<string, SectionSpec>, where = ''): string {
  const levels = [...new Set(goals.map((goal) => goal.level))].map((level) => selectable.get(level)!.title);
  return `${levels.join(' eller ') || 'målen'}${where}: ${swedishList(numbersOf(goals))}`;
}

function numbersOf(goals: readonly GoalSpec[]): string[] {
  return goals.map((goal) => goal.number!);
}

/** "1.1, 1.2 och 1.3". */
function swedishList(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} och ${numbers[numbers.length - 1]}`;
}

/** "1. En modern storstad …" and "1.2 Stockholm är …": how the city writes numbered goals. */
export function goalStatement(goal: GoalSpec, numbered: boolean): string {
  if (!numbered || goal.number === undefined) return goal.text;
  return goal.number.includes('.') ? `${goal.number} ${goal.text}` : `${goal.number}. ${goal.text}`;
}
