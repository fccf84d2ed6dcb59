/**
 * The built-in rule data, validated once (see built-ins.ts: at build time for the bundles).
 * Anything loaded later (a nämnd's own catalog, another budget period) goes through the same
 * schemas via `parseCatalog`.
 */
import { z } from 'zod';
import { validatedBuiltIns } from './built-ins';
import { DocTypeFile, GoalCatalog, type DocTypeSpec, type NoTypeProfile, type SectionSpec, type SwedishData, describeZodError } from './schema';

const builtIns = validatedBuiltIns();

export const swedish: SwedishData = builtIns.swedish;

export const builtInDocTypes: readonly DocTypeSpec[] = builtIns.docTypes;

export const builtInCatalogs: readonly GoalCatalog[] = builtIns.catalogs;

export const noTypeProfile: NoTypeProfile = builtIns.noType;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Data the user brings (catalogs, document types, settings) is reported on in Swedish, whatever zod's global language. */
export const SWEDISH_ERRORS = { error: z.locales.sv().localeError };

/**
 * Validates an extra goal catalog (already JSON-parsed). A goal's parent may stand in the
 * catalog itself or in one already known: a nämnd's catalog hangs its Nämndmål under KF goals.
 */
export function parseCatalog(
  json: unknown,
  known: readonly GoalCatalog[] = builtInCatalogs,
  docTypes: readonly DocTypeSpec[] = builtInDocTypes,
): ParseResult<GoalCatalog> {
  const result = GoalCatalog.safeParse(json, SWEDISH_ERRORS);
  if (!result.success) return { ok: false, error: describeZodError(result.error) };
  const problems = [...unknownLevels(result.data, docTypes), ...missingParents(result.data, known)];
  return problems.length === 0 ? { ok: true, value: result.data } : { ok: false, error: problems.slice(0, 3).join('; ') };
}

/** The goal levels the document types know ("inriktningsmal", "namndmal", …), in template order. */
export function goalLevels(docTypes: readonly DocTypeSpec[] = builtInDocTypes): string[] {
  const levels: string[] = [];
  const visit = (sections: readonly SectionSpec[]) => {
    for (const section of sections) {
      if (section.goal && !levels.includes(section.goal.level)) levels.push(section.goal.level);
      visit(section.children);
    }
  };
  for (const docType of docTypes) visit(docType.sections);
  return levels;
}

/** "goals.0.level: okänd målnivå "nämndmål"; välj …": a level no template has would never be checked. */
function unknownLevels(catalog: GoalCatalog, docTypes: readonly DocTypeSpec[]): string[] {
  const levels = goalLevels(docTypes);
  return catalog.goals.flatMap((goal, index) =>
    levels.includes(goal.level) ? [] : [`goals.${index}.level: okänd målnivå "${goal.level}"; välj ${levels.map((level) => `"${level}"`).join(', ')}`],
  );
}

/** "mål 1.1: överordnat mål 9 saknas" for each parent number found in no catalog. */
export function missingParents(catalog: GoalCatalog, known: readonly GoalCatalog[]): string[] {
  const numbers = new Set([catalog, ...known].flatMap((each) => each.goals.map((goal) => goal.number)));
  return catalog.goals
    .filter((goal) => goal.parent !== undefined && !numbers.has(goal.parent))
    .map((goal) => `mål ${goal.number ?? goal.text}: överordnat mål ${goal.parent} saknas`);
}

/** Validates an extra document-type file (already JSON-parsed). */
export function parseDocTypes(json: unknown): ParseResult<DocTypeSpec[]> {
  const result = DocTypeFile.safeParse(json, SWEDISH_ERRORS);
  return result.success ? { ok: true, value: result.data.doctypes } : { ok: false, error: describeZodError(result.error) };
}

export function findDocType(id: string, docTypes: readonly DocTypeSpec[] = builtInDocTypes): DocTypeSpec | undefined {
  return docTypes.find((docType) => docType.id === id);
}

export type { DocTypeSpec, GoalCatalog, GoalSpec, SectionSpec, SwedishData, QuestionArea, TableSpec } from './schema';
