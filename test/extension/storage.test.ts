/**
 * The extension's database: drafts and their history, coalescing of saves made while
 * typing, restoring an earlier version, the upgrade from schema version 1 with data in it,
 * storage errors as Swedish messages, recovery after the connection was closed, per-site
 * settings, imported rule data, and export / import / delete of all local data.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInDocTypes } from '../../shared/index';
import {
  COALESCE_MS,
  EXPORT_FORMAT,
  MAX_BURST_MS,
  MAX_VERSIONS,
  UtkastkollDatabase,
  createStore,
  type Result,
  type Store,
} from '../../extension/src/storage/index';
import { SCHEMA_V1 } from '../../extension/src/storage/database';

const root = join(import.meta.dirname, '..', '..');
const namndCatalog = JSON.parse(readFileSync(join(root, 'examples', 'namnd-katalog.json'), 'utf8')) as unknown;
const place = { site: 'https://planering.stockholm.se', page: '/vp/2026/mal' };

let counter = 0;
const opened: Store[] = [];

/** A store on its own database with a clock the test moves. */
function makeStore(name = `utkastkoll-test-${++counter}`) {
  const clock = { now: 1_000_000 };
  const store = createStore({ database: new UtkastkollDatabase(name), now: () => clock.now });
  opened.push(store);
  return { store, clock, name };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

afterEach(async () => {
  for (const store of opened.splice(0)) {
    store.close();
    await store.database.delete();
  }
  vi.restoreAllMocks();
});

describe('drafts', () => {
  it('keeps the latest value per site, page and field, and lists the latest edited first', async () => {
    const { store, clock } = makeStore();
    value(await store.saveDraft(place, 'mal-1', 'Nämndmål', 'Invånarna är trygga'));
    clock.now += 60_000;
    value(await store.saveDraft(place, 'mal-2', 'Enhetsmål', 'Alla unga har en meningsfull fritid'));
    value(await store.saveDraft({ ...place, page: '/vp/2026/annat' }, 'mal-1', 'Nämndmål', 'Annan sida'));
    value(await store.saveDraft({ site: 'https://kvalitet.stockholm.se', page: '/bidrag' }, 'fraga-7', 'Fråga 7', 'Svar'));

    const all = value(await store.listDrafts());
    expect(all).toHaveLength(4);
    expect(all[all.length - 1]).toMatchObject({ ...place, field: 'mal-1', label: 'Nämndmål', value: 'Invånarna är trygga', versions: 1, updatedAt: 1_000_000 });
    expect(value(await store.listDrafts({ site: place.site })).map((draft) => draft.field)).toEqual(['mal-2', 'mal-1', 'mal-1']);
    expect(value(await store.listDrafts(place)).map((draft) => draft.value)).toEqual(['Alla unga har en meningsfull fritid', 'Invånarna är trygga']);
  });

  it('adds a version only when the text changed, and saves no draft for a field never typed in', async () => {
    const { store, clock } = makeStore();
    value(await store.saveDraft(place, 'tom', 'Tomt fält', ''));
    expect(value(await store.listDrafts())).toEqual([]);

    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Text'));
    clock.now += 60_000;
    value(await store.saveDraft(place, 'mal', 'Nämndmål (ändrad etikett)', 'Text'));
    const [draft] = value(await store.listDrafts());
    expect(draft).toMatchObject({ label: 'Nämndmål (ändrad etikett)', versions: 1, updatedAt: 1_000_000 });

    clock.now += 60_000;
    value(await store.saveDraft(place, 'mal', 'Nämndmål', ''));
    expect(value(await store.versions(draft!.id)).map((version) => version.value)).toEqual(['', 'Text']);
  });

  it('merges saves made seconds apart into one version, the newest first', async () => {
    const { store, clock } = makeStore();
    for (const text of ['I', 'Inv', 'Invånarna', 'Invånarna är trygga']) {
      value(await store.saveDraft(place, 'mal', 'Nämndmål', text));
      clock.now += 2_000;
    }
    const [draft] = value(await store.listDrafts());
    expect(value(await store.versions(draft!.id))).toEqual([{ value: 'Invånarna är trygga', savedAt: 1_006_000 }]);

    clock.now += COALESCE_MS;
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Invånarna är trygga i hela staden'));
    expect(value(await store.versions(draft!.id)).map((version) => version.value)).toEqual(['Invånarna är trygga i hela staden', 'Invånarna är trygga']);
  });

  it('starts a new version during long, steady typing, so there are steps to go back to', async () => {
    const { store, clock } = makeStore();
    let text = '';
    for (let elapsed = 0; elapsed <= MAX_BURST_MS + 10_000; elapsed += 2_000) {
      text += 'a';
      value(await store.saveDraft(place, 'mal', 'Nämndmål', text));
      clock.now += 2_000;
    }
    const [draft] = value(await store.listDrafts());
    expect(draft!.versions).toBe(2);
  });

  it(`keeps at most ${MAX_VERSIONS} versions per field, dropping the oldest`, async () => {
    const { store, clock } = makeStore();
    for (let index = 0; index < MAX_VERSIONS + 5; index++) {
      value(await store.saveDraft(place, 'mal', 'Nämndmål', `version ${index}`));
      clock.now += 60_000;
    }
    const [draft] = value(await store.listDrafts());
    const versions = value(await store.versions(draft!.id));
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(versions[0]!.value).toBe(`version ${MAX_VERSIONS + 4}`);
    expect(versions[MAX_VERSIONS - 1]!.value).toBe('version 5');
  });

  it('keeps a restore point as a version of its own, which the next save does not merge into', async () => {
    const { store, clock } = makeStore();
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Det jag skrev'));
    clock.now += 1_000;
    // Just saved, then kept before a restore: the same version, closed.
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Det jag skrev', { keep: true }));
    clock.now += 500;
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Den återställda texten'));
    const [draft] = value(await store.listDrafts());
    expect(value(await store.versions(draft!.id)).map((version) => version.value)).toEqual(['Den återställda texten', 'Det jag skrev']);

    // A page's own text, never typed here: saved when kept, and kept apart from what replaces it.
    value(await store.saveDraft(place, 'annat', 'Enhetsmål', 'Sidans egen text', { keep: true }));
    clock.now += 500;
    value(await store.saveDraft(place, 'annat', 'Enhetsmål', 'Återställd'));
    const other = value(await store.listDrafts()).find((each) => each.field === 'annat')!;
    expect(value(await store.versions(other.id)).map((version) => version.value)).toEqual(['Återställd', 'Sidans egen text']);
  });

  it('restores an earlier version: saved again, it becomes the current value and the newest version', async () => {
    const { store, clock } = makeStore();
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Första lydelsen'));
    clock.now += 60_000;
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Andra lydelsen'));
    clock.now += 60_000;
    const [draft] = value(await store.listDrafts());
    const earlier = value(await store.versions(draft!.id))[1]!;
    expect(earlier).toEqual({ value: 'Första lydelsen', savedAt: 1_000_000 });

    // The side panel sends the value to the field (draft:restore); the field's edit is saved as any other.
    value(await store.saveDraft(place, 'mal', 'Nämndmål', earlier.value));
    expect(value(await store.listDrafts())[0]).toMatchObject({ value: 'Första lydelsen', versions: 3 });
    expect(value(await store.versions(draft!.id)).map((version) => version.value)).toEqual(['Första lydelsen', 'Andra lydelsen', 'Första lydelsen']);
  });
});

describe('the schema', () => {
  it('upgrades a version-1 database with drafts: each draft keeps its value as its first version', async () => {
    const name = `utkastkoll-v1-${++counter}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('drafts').bulkAdd([
      { site: place.site, page: place.page, field: 'mal', label: 'Nämndmål', value: 'Sparat i version 1', savedAt: 500 },
      { site: place.site, page: place.page, field: 'resultat', label: 'Förväntat resultat', value: 'Fler är trygga', savedAt: 700 },
    ]);
    old.close();

    const { store } = makeStore(name);
    const drafts = value(await store.listDrafts());
    expect(drafts.map(({ field, value, updatedAt, versions }) => ({ field, value, updatedAt, versions }))).toEqual([
      { field: 'resultat', value: 'Fler är trygga', updatedAt: 700, versions: 1 },
      { field: 'mal', value: 'Sparat i version 1', updatedAt: 500, versions: 1 },
    ]);
    expect(value(await store.versions(drafts[1]!.id))).toEqual([{ value: 'Sparat i version 1', savedAt: 500 }]);
    expect(store.database.verno).toBe(2);
    expect(await store.database.table('drafts').get(drafts[1]!.id)).not.toHaveProperty('savedAt');

    // And saving goes on from there.
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Ändrat efter uppgraderingen'));
    expect(value(await store.versions(drafts[1]!.id))).toHaveLength(2);
  });
});

describe('storage errors', () => {
  it('reports a full disk as a Swedish message and saves nothing half', async () => {
    const { store } = makeStore();
    vi.spyOn(store.database.versions, 'add').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await store.saveDraft(place, 'mal', 'Nämndmål', 'Text som inte ryms');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Lagringen är full: kunde inte spara utkastet\. /);
    expect(value(await store.listDrafts())).toEqual([]);
  });

  it('recognises the quota error wrapped in a Dexie error (an aborted transaction)', async () => {
    const { store } = makeStore();
    const wrapped = new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError'));
    vi.spyOn(store.database.sites, 'put').mockRejectedValueOnce(wrapped);
    const result = await store.saveSiteState(place.site, { settings: {} });
    expect(!result.ok && result.error).toMatch(/^Lagringen är full: kunde inte spara webbplatsens inställningar\./);
  });

  it('reports other failures in Swedish with what went wrong', async () => {
    const { store } = makeStore();
    vi.spyOn(store.database.drafts, 'toArray').mockRejectedValueOnce(new Dexie.DataError('Bad key'));
    const result = await store.listDrafts();
    expect(!result.ok && result.error).toBe('Lagringsfel: kunde inte läsa utkasten (DataError: Bad key).');
  });

  it('reopens a database that was closed under it (the worker slept, another page upgraded)', async () => {
    const { store } = makeStore();
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Före'));
    store.database.close();
    await expect(store.database.drafts.toArray()).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Efter'));
    expect(value(await store.listDrafts()).map((draft) => draft.value)).toEqual(['Efter']);
  });
});

describe('site settings', () => {
  it('gives empty settings for a site never seen, and keeps what was saved', async () => {
    const { store } = makeStore();
    expect(value(await store.siteState(place.site))).toEqual({ settings: {} });
    const saved = value(
      await store.saveSiteState(place.site, {
        settings: { rules: { readability: 'off' }, dismissed: [{ key: 'gender-split-sum/mismatch/a/b', by: 'Anna' }] },
        type: 'vp',
      }),
    );
    expect(saved).toEqual({
      settings: { rules: { readability: 'off' }, dismissed: [{ key: 'gender-split-sum/mismatch/a/b', by: 'Anna' }], catalogs: [] },
      type: 'verksamhetsplan',
    });
    expect(value(await store.siteState(place.site))).toEqual(saved);
    expect(value(await store.siteState('https://annan.stockholm.se'))).toEqual({ settings: {} });
  });

  it('refuses unknown rules and types with the core’s Swedish errors', async () => {
    const { store } = makeStore();
    const badRule = await store.saveSiteState(place.site, { settings: { rules: { 'gender-split': 'off' } } });
    expect(!badRule.ok && badRule.error).toMatch(/^Inställningarna för https:\/\/planering\.stockholm\.se: rules\.gender-split: okänd regel; välj bland /);
    const badType = await store.saveSiteState(place.site, { settings: {}, type: 'protokoll' });
    expect(!badType.ok && badType.error).toMatch(/type: okänd dokumenttyp "protokoll"; välj bland auto, tjansteutlatande/);
    expect(value(await store.siteState(place.site))).toEqual({ settings: {} });
  });
});

describe('imported catalogs and document types', () => {
  it('imports a nämnd catalog whose goals hang under the KF goals, and replaces it by id', async () => {
    const { store } = makeStore();
    const catalog = value(await store.importCatalog(namndCatalog));
    expect(catalog.id).toBe('hagersten-liljeholmen-2022');
    value(await store.importCatalog({ ...(namndCatalog as object), version: '2022.2' }));
    expect(value(await store.catalogs()).map((each) => `${each.id} ${each.version}`)).toEqual(['hagersten-liljeholmen-2022 2022.2']);
    value(await store.removeCatalog('hagersten-liljeholmen-2022'));
    expect(value(await store.catalogs())).toEqual([]);
  });

  it('refuses a catalog with an unknown goal level or parent, naming the field', async () => {
    const { store } = makeStore();
    const badLevel = await store.importCatalog({ id: 'x', version: '1', name: 'X', goals: [{ level: 'nämndmål', text: 'Ett mål' }] });
    expect(!badLevel.ok && badLevel.error).toMatch(/^Målkatalogen: goals\.0\.level: okänd målnivå "nämndmål"; välj /);
    const badParent = await store.importCatalog({ id: 'x', version: '1', name: 'X', goals: [{ level: 'namndmal', parent: '9.9', text: 'Ett mål' }] });
    expect(!badParent.ok && badParent.error).toBe('Målkatalogen: mål Ett mål: överordnat mål 9.9 saknas');
    const missing = await store.importCatalog({ id: 'x', name: 'X', goals: [] });
    expect(!missing.ok && missing.error).toMatch(/^Målkatalogen: version: /);
  });

  it('imports document types, which then count for the site’s chosen type', async () => {
    const { store } = makeStore();
    const yttrande = { ...builtInDocTypes[0]!, id: 'yttrande', name: 'Yttrande', aliases: ['remissvar'] };
    const result = value(await store.importRuleFile(JSON.stringify({ doctypes: [yttrande] })));
    expect(result).toMatchObject({ kind: 'doctypes', docTypes: [{ id: 'yttrande' }] });
    expect(value(await store.allDocTypes()).map((spec) => spec.id)).toEqual(['tjansteutlatande', 'verksamhetsplan', 'tavlingsbidrag', 'yttrande']);
    expect(value(await store.saveSiteState(place.site, { settings: {}, type: 'remissvar' })).type).toBe('yttrande');
  });

  it('tells a file that is not JSON or not a valid document-type file apart', async () => {
    const { store } = makeStore();
    const notJson = await store.importRuleFile('{ "id": ');
    expect(!notJson.ok && notJson.error).toMatch(/^Filen är inte giltig JSON: /);
    const badTypes = await store.importRuleFile(JSON.stringify({ doctypes: [] }));
    expect(!badTypes.ok && badTypes.error).toMatch(/^Dokumenttypfilen: doctypes: /);
    expect(value(await store.importRuleFile(JSON.stringify(namndCatalog)))).toMatchObject({ kind: 'catalog', catalog: { id: 'hagersten-liljeholmen-2022' } });
  });
});

describe('all local data', () => {
  async function fill(store: Store, clock: { now: number }) {
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Första'));
    clock.now += 60_000;
    value(await store.saveDraft(place, 'mal', 'Nämndmål', 'Andra'));
    value(await store.saveDraft({ site: 'https://kvalitet.stockholm.se', page: '/bidrag' }, 'fraga-7', 'Fråga 7', 'Svar'));
    value(await store.saveSiteState(place.site, { settings: { rules: { readability: 'off' } }, type: 'verksamhetsplan' }));
    value(await store.importCatalog(namndCatalog));
  }

  it('exports everything as one JSON object with a format version, and reads it back after deleting all', async () => {
    const { store, clock } = makeStore();
    await fill(store, clock);
    const exported = value(await store.exportAll());
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: new Date(clock.now).toISOString() });
    expect(exported.drafts.find((draft) => draft.field === 'mal')!.versions.map((version) => version.value)).toEqual(['Första', 'Andra']);
    const file = JSON.stringify(exported);

    value(await store.deleteAll());
    expect(value(await store.listDrafts())).toEqual([]);
    expect(value(await store.catalogs())).toEqual([]);
    expect(value(await store.siteState(place.site))).toEqual({ settings: {} });

    const counts = value(await store.importAll(JSON.parse(file)));
    expect(counts).toEqual({ drafts: 2, versions: 3, sites: 1, catalogs: 1, docTypes: 0 });
    const again = value(await store.exportAll());
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
  });

  it('merges into what is there: versions of both kept, the newer value current, nothing deleted', async () => {
    const source = makeStore();
    await fill(source.store, source.clock);
    const exported = value(await source.store.exportAll());

    const target = makeStore();
    target.clock.now = 5_000_000;
    value(await target.store.saveDraft(place, 'mal', 'Nämndmål', 'Skrivet på den andra datorn'));
    value(await target.store.saveDraft(place, 'egen', 'Eget fält', 'Bara här'));
    value(await target.store.importAll(exported));
    value(await target.store.importAll(exported));

    const drafts = value(await target.store.listDrafts());
    expect(drafts.map(({ field, value, versions }) => ({ field, value, versions }))).toEqual([
      { field: 'mal', value: 'Skrivet på den andra datorn', versions: 3 },
      { field: 'egen', value: 'Bara här', versions: 1 },
      { field: 'fraga-7', value: 'Svar', versions: 1 },
    ]);
  });

  it('refuses a file that is not an export, or has a bad part, and changes nothing', async () => {
    const { store, clock } = makeStore();
    await fill(store, clock);
    const before = value(await store.exportAll());

    const notExport = await store.importAll({ drafts: [] });
    expect(!notExport.ok && notExport.error).toMatch(/^Filen är ingen export från utkastkoll: format: /);
    const badDraft = await store.importAll({ ...before, drafts: [{ ...before.drafts[0], value: 42 }] });
    expect(!badDraft.ok && badDraft.error).toMatch(/^Filen är ingen export från utkastkoll: drafts\.0\.value: /);
    const badSettings = await store.importAll({
      ...before,
      drafts: [{ ...before.drafts[0], value: 'Ändrat' }],
      sites: [{ site: place.site, settings: { rules: { nope: 'off' } } }],
    });
    expect(!badSettings.ok && badSettings.error).toMatch(/^sites\.0: Inställningarna för https:\/\/planering\.stockholm\.se: rules\.nope: okänd regel/);
    const badCatalog = await store.importAll({ ...before, catalogs: [{ id: 'x' }] });
    expect(!badCatalog.ok && badCatalog.error).toMatch(/^catalogs\.0: Målkatalogen: /);
    const newer = await store.importAll({ ...before, formatVersion: 2 });
    expect(!newer.ok && newer.error).toMatch(/formatVersion: /);

    expect({ ...value(await store.exportAll()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});
