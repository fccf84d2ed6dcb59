/**
 * All local data as one JSON file, to move to another machine or keep as a backup, and
 * back. Importing **merges**: drafts are joined by site, page and field (versions of both
 * kept, the newer value current), a site's settings, a catalog or a document type in the
 * file replaces the local one of the same key, and nothing local is deleted. To replace
 * everything, delete all local data first. A file is checked in full before anything is
 * written, so a bad file changes nothing.
 */
import { z } from 'zod';
import type { DocTypeSpec, GoalCatalog } from '../../../shared/index';
import type { Result } from './errors';
import type { CatalogRecord, DocTypeRecord, SiteRecord, UtkastkollDatabase, VersionRecord } from './database';
import { MAX_VERSIONS, pruneVersions } from './drafts';
import { importedCatalogs, importedDocTypes, mergeDocTypes, validateCatalog, validateDocTypes } from './rule-data';
import { validateSiteState } from './sites';

export const EXPORT_FORMAT = 'utkastkoll-lokala-data';
export const EXPORT_FORMAT_VERSION = 1;

const ExportedVersion = z.object({ value: z.string(), savedAt: z.number(), startedAt: z.number().optional() });
const ExportedDraft = z.object({
  site: z.string().min(1),
  page: z.string(),
  field: z.string().min(1),
  label: z.string(),
  value: z.string(),
  updatedAt: z.number(),
  versions: z.array(ExportedVersion).max(10 * MAX_VERSIONS),
});
const ExportFileShape = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number().int().min(1).max(EXPORT_FORMAT_VERSION),
  exportedAt: z.string().optional(),
  drafts: z.array(ExportedDraft).default([]),
  // Checked by the core's own validators below, so their Swedish errors reach the writer.
  sites: z.array(z.object({ site: z.string().min(1), settings: z.unknown(), type: z.string().optional() })).default([]),
  catalogs: z.array(z.unknown()).default([]),
  docTypes: z.array(z.unknown()).default([]),
});

export type ExportedDraft = z.infer<typeof ExportedDraft>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  drafts: ExportedDraft[];
  sites: Array<{ site: string; settings: unknown; type?: string }>;
  catalogs: GoalCatalog[];
  docTypes: DocTypeSpec[];
}

export interface ImportCounts {
  drafts: number;
  versions: number;
  sites: number;
  catalogs: number;
  docTypes: number;
}

const SWEDISH = { error: z.locales.sv().localeError };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`)
    .join('; ');
}

export async function exportAll(db: UtkastkollDatabase, now: number): Promise<ExportFile> {
  return db.transaction('r', [db.drafts, db.versions, db.sites, db.catalogs, db.docTypes], async () => {
    const [drafts, versions, sites, catalogs, docTypes] = await Promise.all([
      db.drafts.toArray(),
      db.versions.toArray(),
      db.sites.toArray(),
      db.catalogs.toArray(),
      db.docTypes.toArray(),
    ]);
    const byDraft = new Map<number, VersionRecord[]>();
    for (const version of versions) byDraft.set(version.draftId, [...(byDraft.get(version.draftId) ?? []), version]);
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: new Date(now).toISOString(),
      drafts: drafts.map(({ site, page, field, label, value, updatedAt, id }) => ({
        site,
        page,
        field,
        label,
        value,
        updatedAt,
        versions: (byDraft.get(id) ?? []).sort((a, b) => a.savedAt - b.savedAt).map(({ value, savedAt, startedAt }) => ({ value, savedAt, startedAt })),
      })),
      sites: sites.map(({ site, settings, type }) => (type === undefined ? { site, settings } : { site, settings, type })),
      catalogs: catalogs.map((record) => record.catalog),
      docTypes: docTypes.map((record) => record.spec),
    };
  });
}

interface CheckedImport {
  drafts: ExportedDraft[];
  sites: SiteRecord[];
  catalogs: GoalCatalog[];
  docTypes: DocTypeSpec[];
}

function hasGoalList(candidate: unknown): candidate is GoalCatalog {
  const goals = typeof candidate === 'object' && candidate !== null ? (candidate as { goals?: unknown }).goals : undefined;
  return Array.isArray(goals) && goals.every((goal) => typeof goal === 'object' && goal !== null);
}

/** Checks a whole export file; the first problem found is returned in Swedish, naming the field. */
export async function checkImport(db: UtkastkollDatabase, json: unknown): Promise<Result<CheckedImport>> {
  const shape = ExportFileShape.safeParse(json, SWEDISH);
  if (!shape.success) return { ok: false, error: `Filen är ingen export från utkastkoll: ${describe(shape.error)}` };
  const file = shape.data;
  let docTypes: DocTypeSpec[] = [];
  if (file.docTypes.length > 0) {
    const parsed = validateDocTypes({ doctypes: file.docTypes });
    if (!parsed.ok) return { ok: false, error: parsed.error.replace('doctypes.', 'docTypes.') };
    docTypes = parsed.value;
  }
  const localTypes = (await importedDocTypes(db)).filter((spec) => !docTypes.some((each) => each.id === spec.id));
  const allTypes = mergeDocTypes([...localTypes, ...docTypes]);
  // Catalogs in the file may hang their goals under each other; a malformed one is reported on its own turn.
  const known = [...(await importedCatalogs(db)), ...file.catalogs.filter(hasGoalList)];
  const catalogs: GoalCatalog[] = [];
  for (const [index, candidate] of file.catalogs.entries()) {
    const parsed = validateCatalog(candidate, known, allTypes);
    if (!parsed.ok) return { ok: false, error: `catalogs.${index}: ${parsed.error}` };
    catalogs.push(parsed.value);
  }
  const sites: SiteRecord[] = [];
  for (const [index, entry] of file.sites.entries()) {
    const parsed = validateSiteState(entry.site, entry, allTypes);
    if (!parsed.ok) return { ok: false, error: `sites.${index}: ${parsed.error}` };
    sites.push(parsed.value);
  }
  return { ok: true, value: { drafts: file.drafts, sites, catalogs, docTypes } };
}

export async function importAll(db: UtkastkollDatabase, checked: CheckedImport, now: number): Promise<ImportCounts> {
  const counts: ImportCounts = { drafts: 0, versions: 0, sites: checked.sites.length, catalogs: checked.catalogs.length, docTypes: checked.docTypes.length };
  await db.transaction('rw', [db.drafts, db.versions, db.sites, db.catalogs, db.docTypes], async () => {
    await db.docTypes.bulkPut(checked.docTypes.map((spec): DocTypeRecord => ({ id: spec.id, spec, importedAt: now })));
    await db.catalogs.bulkPut(checked.catalogs.map((catalog): CatalogRecord => ({ id: catalog.id, catalog, importedAt: now })));
    await db.sites.bulkPut(checked.sites);
    for (const draft of checked.drafts) {
      const added = await mergeDraft(db, draft);
      counts.drafts += 1;
      counts.versions += added;
    }
  });
  return counts;
}

/** Joins an imported draft into the local one of the same field; returns how many versions were new. */
async function mergeDraft(db: UtkastkollDatabase, draft: ExportedDraft): Promise<number> {
  const local = await db.drafts.where('[site+page+field]').equals([draft.site, draft.page, draft.field]).first();
  let draftId: number;
  if (!local) {
    draftId = await db.drafts.add({
      site: draft.site,
      page: draft.page,
      field: draft.field,
      label: draft.label,
      value: draft.value,
      updatedAt: draft.updatedAt,
    });
  } else {
    draftId = local.id;
    if (draft.updatedAt > local.updatedAt) await db.drafts.update(local.id, { label: draft.label, value: draft.value, updatedAt: draft.updatedAt });
  }
  const existing = await db.versions.where('draftId').equals(draftId).toArray();
  const seen = new Set(existing.map((version) => `${version.savedAt}\u0000${version.value}`));
  const fresh = draft.versions.filter((version) => !seen.has(`${version.savedAt}\u0000${version.value}`));
  await db.versions.bulkAdd(fresh.map(({ value, savedAt, startedAt }) => ({ draftId, value, savedAt, startedAt: startedAt ?? savedAt })));
  if (existing.length + fresh.length === 0) await db.versions.add({ draftId, value: draft.value, savedAt: draft.updatedAt, startedAt: draft.updatedAt });
  await pruneVersions(db, draftId);
  return fresh.length;
}

/** Empties every table; the schema stays, so other open pages and the worker keep working. */
export async function deleteAll(db: UtkastkollDatabase): Promise<void> {
  await db.transaction('rw', [db.drafts, db.versions, db.sites, db.catalogs, db.docTypes], async () => {
    await Promise.all([db.drafts.clear(), db.versions.clear(), db.sites.clear(), db.catalogs.clear(), db.docTypes.clear()]);
  });
}
