/**
 * The built-in rule data, validated once at load. Anything loaded later (a nämnd's own
 * catalog, another budget period) goes through the same schemas via `parseCatalog`.
 */
import doctypesJson from './doctypes.json';
import swedishJson from './swedish.json';
import kf20202022Json from './catalogs/kf-2020-2022.json';
import noTypeJson from './no-type.json';
import { DocTypeFile, GoalCatalog, NoTypeProfile, SwedishData, describeZodError, type DocTypeSpec } from './schema';

export const swedish: SwedishData = SwedishData.parse(swedishJson);

export const builtInDocTypes: readonly DocTypeSpec[] = DocTypeFile.parse(doctypesJson).doctypes;

export const builtInCatalogs: readonly GoalCatalog[] = [GoalCatalog.parse(kf20202022Json)];

export const noTypeProfile: NoTypeProfile = NoTypeProfile.parse(noTypeJson);

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Validates an extra goal catalog (already JSON-parsed). A goal's parent may stand in the
 * catalog itself or in one already known: a nämnd's catalog hangs its Nämndmål under KF goals.
 */
export function parseCatalog(json: unknown, known: readonly GoalCatalog[] = builtInCatalogs): ParseResult<GoalCatalog> {
  const result = GoalCatalog.safeParse(json);
  if (!result.success) return { ok: false, error: describeZodError(result.error) };
  const problems = missingParents(result.data, known);
  return problems.length === 0 ? { ok: true, value: result.data } : { ok: false, error: problems.join('; ') };
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
  const result = DocTypeFile.safeParse(json);
  return result.success ? { ok: true, value: result.data.doctypes } : { ok: false, error: describeZodError(result.error) };
}

export function findDocType(id: string, docTypes: readonly DocTypeSpec[] = builtInDocTypes): DocTypeSpec | undefined {
  return docTypes.find((docType) => docType.id === id);
}

export type { DocTypeSpec, GoalCatalog, GoalSpec, SectionSpec, SwedishData, QuestionArea, TableSpec } from './schema';
