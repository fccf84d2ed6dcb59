/**
 * Rule data the user imports: goal catalogs (a nämnd's own goals, another budget period)
 * and document-type files. Both go through the core's validators, whose errors are Swedish
 * and name the field, so a file that would never be checked correctly is refused at the door.
 */
import { builtInCatalogs, builtInDocTypes, parseCatalog, parseDocTypes, type DocTypeSpec, type GoalCatalog } from '../../../shared/index';
import type { Result } from './errors';
import type { UtkastkollDatabase } from './database';

/** The built-in document types with the imported ones added; an imported type replaces a built-in one of the same id. */
export function mergeDocTypes(imported: readonly DocTypeSpec[]): DocTypeSpec[] {
  const ids = new Set(imported.map((spec) => spec.id));
  return [...builtInDocTypes.filter((spec) => !ids.has(spec.id)), ...imported];
}

export async function importedDocTypes(db: UtkastkollDatabase): Promise<DocTypeSpec[]> {
  return (await db.docTypes.orderBy('id').toArray()).map((record) => record.spec);
}

export async function importedCatalogs(db: UtkastkollDatabase): Promise<GoalCatalog[]> {
  return (await db.catalogs.orderBy('id').toArray()).map((record) => record.catalog);
}

/**
 * Validates a catalog against the goals already known (its goals may hang under built-in,
 * imported or policy catalogs) and the document types' goal levels.
 */
export function validateCatalog(json: unknown, known: readonly GoalCatalog[], docTypes: readonly DocTypeSpec[]): Result<GoalCatalog> {
  const others = typeof json === 'object' && json !== null && 'id' in json ? known.filter((catalog) => catalog.id !== json.id) : known;
  const parsed = parseCatalog(json, [...builtInCatalogs, ...others], docTypes);
  return parsed.ok ? parsed : { ok: false, error: `Målkatalogen: ${parsed.error}` };
}

export function validateDocTypes(json: unknown): Result<DocTypeSpec[]> {
  const parsed = parseDocTypes(json);
  return parsed.ok ? parsed : { ok: false, error: `Dokumenttypfilen: ${parsed.error}` };
}

/** Whether parsed JSON looks like a document-type file (`{"doctypes": […]}`) rather than a catalog. */
export function isDocTypeFile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'doctypes' in json;
}

export async function putCatalog(db: UtkastkollDatabase, catalog: GoalCatalog, now: number): Promise<void> {
  await db.catalogs.put({ id: catalog.id, catalog, importedAt: now });
}

export async function putDocTypes(db: UtkastkollDatabase, specs: readonly DocTypeSpec[], now: number): Promise<void> {
  await db.docTypes.bulkPut(specs.map((spec) => ({ id: spec.id, spec, importedAt: now })));
}
