/**
 * The extension's storage: one Dexie database in the extension's origin, used by the
 * background worker and the extension pages, never by a content script (content scripts
 * send to the background). Every call returns a Result whose error is a Swedish sentence
 * ("Lagringen är full: …"); nothing is swallowed.
 *
 * The worker is stopped after 30 s idle and woken again, so nothing here lives longer than
 * a Store object: the database opens on its first query (Dexie opens lazily), and a
 * connection found closed (after a wake, a schema upgrade from another page, db.close())
 * is reopened and the call tried once more.
 */
import type { DocTypeSpec, GoalCatalog } from '../../../shared/index';
import type { DraftSummary, DraftVersion, PagePlace, SiteState } from '../protocol';
import { UtkastkollDatabase } from './database';
import { draftVersions, listDrafts, saveDraft } from './drafts';
import { isClosedError, storageErrorMessage, type Result } from './errors';
import { importedCatalogs, importedDocTypes, isDocTypeFile, mergeDocTypes, putCatalog, putDocTypes, validateCatalog, validateDocTypes } from './rule-data';
import { putSite, siteState, validateSiteState } from './sites';
import { checkImport, deleteAll, exportAll, importAll, type ExportFile, type ImportCounts } from './transfer';

export { UtkastkollDatabase, DATABASE_NAME } from './database';
export { MAX_VERSIONS, COALESCE_MS, MAX_BURST_MS } from './drafts';
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile, type ImportCounts } from './transfer';
export { storageErrorMessage, type Result } from './errors';
export { mergeDocTypes } from './rule-data';

export type RuleFileImport = { kind: 'catalog'; catalog: GoalCatalog } | { kind: 'doctypes'; docTypes: DocTypeSpec[] };

export interface Store {
  readonly database: UtkastkollDatabase;
  /** Keeps the field's value and adds a version when the text changed (merged with one saved seconds before). */
  /** `keep`: a restore point, never merged into by the next save (see saveDraft in drafts.ts). */
  saveDraft(place: PagePlace, field: string, label: string, value: string, options?: { keep?: boolean }): Promise<Result<void>>;
  listDrafts(filter?: { site?: string; page?: string }): Promise<Result<DraftSummary[]>>;
  /** A draft's versions, the newest (its current value) first. */
  versions(draftId: number): Promise<Result<DraftVersion[]>>;
  siteState(site: string): Promise<Result<SiteState>>;
  /** Validates (the core's parseSettings; the type a known id or alias, or "auto") and stores; returns what was stored. */
  saveSiteState(site: string, state: SiteState): Promise<Result<SiteState>>;
  catalogs(): Promise<Result<GoalCatalog[]>>;
  /** `known`: catalogs from elsewhere (the organisation's policy) that imported goals may hang under. */
  importCatalog(json: unknown, known?: readonly GoalCatalog[]): Promise<Result<GoalCatalog>>;
  removeCatalog(id: string): Promise<Result<void>>;
  /** The imported document types only. */
  docTypes(): Promise<Result<DocTypeSpec[]>>;
  /** The types a check uses: the built-in ones with the imported ones added or replacing. */
  allDocTypes(): Promise<Result<DocTypeSpec[]>>;
  importDocTypes(json: unknown): Promise<Result<DocTypeSpec[]>>;
  removeDocType(id: string): Promise<Result<void>>;
  /** A file's text: a document-type file (`{"doctypes": …}`) or else a goal catalog. */
  importRuleFile(text: string, known?: readonly GoalCatalog[]): Promise<Result<RuleFileImport>>;
  exportAll(): Promise<Result<ExportFile>>;
  /** Merges an export file into the local data (see transfer.ts); a bad file changes nothing. */
  importAll(json: unknown): Promise<Result<ImportCounts>>;
  deleteAll(): Promise<Result<void>>;
  close(): void;
}

export interface StoreOptions {
  database?: UtkastkollDatabase;
  now?: () => number;
}

export function parseJsonText(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, error: `Filen är inte giltig JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function createStore(options: StoreOptions = {}): Store {
  const db = options.database ?? new UtkastkollDatabase();
  const now = options.now ?? Date.now;

  async function run<T>(action: string, work: () => Promise<T>): Promise<Result<T>> {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      if (!isClosedError(error)) return { ok: false, error: storageErrorMessage(action, error) };
      try {
        if (!db.isOpen()) await db.open();
        return { ok: true, value: await work() };
      } catch (again) {
        return { ok: false, error: storageErrorMessage(action, again) };
      }
    }
  }

  async function allDocTypes(): Promise<DocTypeSpec[]> {
    return mergeDocTypes(await importedDocTypes(db));
  }

  /** Validation problems are answers too, not storage errors: they pass through `run` as failed results. */
  async function validated<T>(action: string, work: () => Promise<Result<T>>): Promise<Result<T>> {
    const result = await run(action, work);
    return result.ok ? result.value : result;
  }

  const store: Store = {
    database: db,
    saveDraft: (place, field, label, value, options) => run('spara utkastet', () => saveDraft(db, place, field, label, value, now(), options)),
    listDrafts: (filter) => run('läsa utkasten', () => listDrafts(db, filter)),
    versions: (draftId) => run('läsa utkastets versioner', () => draftVersions(db, draftId)),
    siteState: (site) => run('läsa webbplatsens inställningar', () => siteState(db, site)),
    saveSiteState: (site, state) =>
      validated('spara webbplatsens inställningar', async () => {
        const checked = validateSiteState(site, state, await allDocTypes());
        if (!checked.ok) return checked;
        await putSite(db, checked.value);
        return { ok: true, value: await siteState(db, site) };
      }),
    catalogs: () => run('läsa målkatalogerna', () => importedCatalogs(db)),
    importCatalog: (json, known = []) =>
      validated('spara målkatalogen', async () => {
        const checked = validateCatalog(json, [...known, ...(await importedCatalogs(db))], await allDocTypes());
        if (checked.ok) await putCatalog(db, checked.value, now());
        return checked;
      }),
    removeCatalog: (id) => run('ta bort målkatalogen', () => db.catalogs.delete(id)),
    docTypes: () => run('läsa dokumenttyperna', () => importedDocTypes(db)),
    allDocTypes: () => run('läsa dokumenttyperna', allDocTypes),
    importDocTypes: (json) =>
      validated('spara dokumenttyperna', async () => {
        const checked = validateDocTypes(json);
        if (checked.ok) await putDocTypes(db, checked.value, now());
        return checked;
      }),
    removeDocType: (id) => run('ta bort dokumenttypen', () => db.docTypes.delete(id)),
    importRuleFile: async (text, known) => {
      const json = parseJsonText(text);
      if (!json.ok) return json;
      if (isDocTypeFile(json.value)) {
        const result = await store.importDocTypes(json.value);
        return result.ok ? { ok: true, value: { kind: 'doctypes', docTypes: result.value } } : result;
      }
      const result = await store.importCatalog(json.value, known);
      return result.ok ? { ok: true, value: { kind: 'catalog', catalog: result.value } } : result;
    },
    exportAll: () => run('exportera de lokala data', () => exportAll(db, now())),
    importAll: (json) =>
      validated('importera filen', async () => {
        const checked = await checkImport(db, json);
        return checked.ok ? { ok: true, value: await importAll(db, checked.value, now()) } : checked;
      }),
    deleteAll: () => run('ta bort de lokala data', () => deleteAll(db)),
    close: () => db.close(),
  };
  return store;
}
