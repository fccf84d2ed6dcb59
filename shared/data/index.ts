/**
 * The built-in rule data, validated once at load. Anything loaded later (a nämnd's own
 * catalog, another budget period) goes through the same schemas via `parseCatalog`.
 */
import doctypesJson from './doctypes.json';
import swedishJson from './swedish.json';
import kf20202022Json from './catalogs/kf-2020-2022.json';
import { DocTypeFile, GoalCatalog, SwedishData, describeZodError, type DocTypeSpec } from './schema';

export const swedish: SwedishData = SwedishData.parse(swedishJson);

export const builtInDocTypes: readonly DocTypeSpec[] = DocTypeFile.parse(doctypesJson).doctypes;

export const builtInCatalogs: readonly GoalCatalog[] = [GoalCatalog.parse(kf20202022Json)];

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates an extra goal catalog (already JSON-parsed). */
export function parseCatalog(json: unknown): ParseResult<GoalCatalog> {
  const result = GoalCatalog.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: describeZodError(result.error) };
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
