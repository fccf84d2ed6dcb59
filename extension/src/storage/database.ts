/**
 * The extension's one database: drafts, their version history, per-site settings and the
 * imported rule data. It lives in the extension's own origin (the background worker and the
 * extension pages); a content script must never open it, because IndexedDB opened there
 * belongs to the web page's origin, where the site could read and erase the drafts.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DocTypeSpec, GoalCatalog, Settings } from '../../../shared/index';

export const DATABASE_NAME = 'utkastkoll';

/** A field's draft: its latest value. Earlier values are in `versions`. */
export interface DraftRecord {
  id: number;
  site: string;
  page: string;
  field: string;
  label: string;
  value: string;
  updatedAt: number;
}

/** One saved state of a draft. `startedAt` is when the typing burst it coalesces began. */
export interface VersionRecord {
  id: number;
  draftId: number;
  value: string;
  savedAt: number;
  startedAt: number;
  /** A restore point: the next save starts a new version instead of continuing this one. Not indexed, so no schema version. */
  closed?: boolean;
}

/** What a site keeps: the core's settings model and the document type chosen for it. */
export interface SiteRecord {
  site: string;
  settings: Settings;
  type?: string;
}

export interface CatalogRecord {
  id: string;
  catalog: GoalCatalog;
  importedAt: number;
}

/** One imported document type, by its id (a file may hold several). */
export interface DocTypeRecord {
  id: string;
  spec: DocTypeSpec;
  importedAt: number;
}

/** Version 1 kept only each field's latest value; version 2 reads it into the history. */
interface DraftRecordV1 {
  id: number;
  site: string;
  page: string;
  field: string;
  label: string;
  value: string;
  savedAt: number;
}

export const SCHEMA_V1 = {
  drafts: '++id, &[site+page+field], site, savedAt',
} as const;

export const SCHEMA_V2 = {
  drafts: '++id, &[site+page+field], site, [site+page], updatedAt',
  versions: '++id, draftId, [draftId+savedAt]',
  sites: 'site',
  catalogs: 'id',
  docTypes: 'id',
} as const;

export class UtkastkollDatabase extends Dexie {
  drafts!: EntityTable<DraftRecord, 'id'>;
  versions!: EntityTable<VersionRecord, 'id'>;
  sites!: EntityTable<SiteRecord, 'site'>;
  catalogs!: EntityTable<CatalogRecord, 'id'>;
  docTypes!: EntityTable<DocTypeRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(moveDraftsIntoHistory);
  }
}

/** Each version-1 draft becomes a version-2 draft whose one version is the value it had. */
async function moveDraftsIntoHistory(transaction: Transaction): Promise<void> {
  const old = (await transaction.table('drafts').toArray()) as DraftRecordV1[];
  await transaction
    .table('versions')
    .bulkAdd(old.map((draft) => ({ draftId: draft.id, value: draft.value, savedAt: draft.savedAt, startedAt: draft.savedAt })));
  await transaction
    .table('drafts')
    .toCollection()
    .modify((draft: Partial<DraftRecordV1> & Partial<DraftRecord>) => {
      draft.updatedAt = draft.savedAt ?? 0;
      delete draft.savedAt;
    });
}
