/**
 * Drafts: every checked field's latest value per site, page and field, with a version
 * history. Saves arrive every couple of seconds while someone types, so versions saved in
 * quick succession are merged into one: the history holds the states a writer paused at,
 * not every keystroke.
 */
import Dexie from 'dexie';
import type { DraftSummary, DraftVersion, PagePlace } from '../protocol';
import type { DraftRecord, UtkastkollDatabase, VersionRecord } from './database';

/** The most versions kept per field; the oldest go first. */
export const MAX_VERSIONS = 50;
/** A save this soon after the previous one continues the same version … */
export const COALESCE_MS = 5_000;
/** … unless that version's typing began this long ago: an hour of steady typing still leaves steps to go back to. */
export const MAX_BURST_MS = 60_000;

/**
 * Saves a field's value. With `keep` the value becomes a restore point: it is saved (even a
 * page's own text, which is otherwise not a draft) and its version is closed, so what comes
 * next — the restored text — is a version of its own and the text it replaced can be had back.
 */
export async function saveDraft(
  db: UtkastkollDatabase,
  place: PagePlace,
  field: string,
  label: string,
  value: string,
  now: number,
  options: { keep?: boolean } = {},
): Promise<void> {
  const keep = options.keep === true;
  await db.transaction('rw', db.drafts, db.versions, async () => {
    const draft = await db.drafts.where('[site+page+field]').equals([place.site, place.page, field]).first();
    if (!draft) {
      // An empty field the writer never typed in is no draft; every visited form would leave dozens.
      if (value === '') return;
      const draftId = await db.drafts.add({ site: place.site, page: place.page, field, label, value, updatedAt: now });
      await db.versions.add({ draftId, value, savedAt: now, startedAt: now, ...(keep ? { closed: true } : {}) });
      return;
    }
    if (draft.value === value) {
      if (draft.label !== label) await db.drafts.update(draft.id, { label });
      if (keep) await closeNewest(db, draft.id);
      return;
    }
    await db.drafts.update(draft.id, { label, value, updatedAt: now });
    const last = await newestVersion(db, draft.id);
    if (last && !last.closed && now - last.savedAt < COALESCE_MS && now - last.startedAt < MAX_BURST_MS) {
      await db.versions.update(last.id, { value, savedAt: now, ...(keep ? { closed: true } : {}) });
      return;
    }
    await db.versions.add({ draftId: draft.id, value, savedAt: now, startedAt: now, ...(keep ? { closed: true } : {}) });
    await pruneVersions(db, draft.id);
  });
}

async function closeNewest(db: UtkastkollDatabase, draftId: number): Promise<void> {
  const last = await newestVersion(db, draftId);
  if (last && !last.closed) await db.versions.update(last.id, { closed: true });
}

function versionsOf(db: UtkastkollDatabase, draftId: number) {
  return db.versions.where('[draftId+savedAt]').between([draftId, Dexie.minKey], [draftId, Dexie.maxKey]);
}

async function newestVersion(db: UtkastkollDatabase, draftId: number): Promise<VersionRecord | undefined> {
  return versionsOf(db, draftId).last();
}

export async function pruneVersions(db: UtkastkollDatabase, draftId: number): Promise<void> {
  const count = await versionsOf(db, draftId).count();
  if (count <= MAX_VERSIONS) return;
  const oldest = await versionsOf(db, draftId)
    .limit(count - MAX_VERSIONS)
    .primaryKeys();
  await db.versions.bulkDelete(oldest);
}

/** Drafts, the latest edited first; all of them, one site's or one page's. */
export async function listDrafts(db: UtkastkollDatabase, filter: { site?: string; page?: string } = {}): Promise<DraftSummary[]> {
  return db.transaction('r', db.drafts, db.versions, async () => {
    const drafts: DraftRecord[] =
      filter.site === undefined
        ? await db.drafts.toArray()
        : filter.page === undefined
          ? await db.drafts.where('site').equals(filter.site).toArray()
          : await db.drafts.where('[site+page]').equals([filter.site, filter.page]).toArray();
    const counts = await Promise.all(drafts.map((draft) => db.versions.where('draftId').equals(draft.id).count()));
    return drafts.map((draft, index) => ({ ...draft, versions: counts[index] ?? 0 })).sort((a, b) => b.updatedAt - a.updatedAt || a.id - b.id);
  });
}

/** A draft's versions, the newest first (the first is its current value). */
export async function draftVersions(db: UtkastkollDatabase, draftId: number): Promise<DraftVersion[]> {
  const versions = await versionsOf(db, draftId).reverse().toArray();
  return versions.map(({ value, savedAt }) => ({ value, savedAt }));
}
