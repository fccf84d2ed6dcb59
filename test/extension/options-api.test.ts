/**
 * The options page's OptionsApi as the entrypoint builds it: the browser (faked, with the
 * real background answering) and the database. Its answers are the Swedish sentences the
 * page shows.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../extension/src/background/index';
import type { MessageSender } from '../../extension/src/background/browser-api';
import { createBrowserOptionsApi, importedPhrase, type SavedFile } from '../../extension/src/options/browser-api';
import { UtkastkollDatabase, createStore, type Store } from '../../extension/src/storage/index';
import { EXTENSION_ORIGIN, fakeExtension } from './fake-extension';

const SITE = 'https://planering.stockholm.se';
const options: MessageSender = { id: 'test-extension-id', url: `${EXTENSION_ORIGIN}/options.html` };
let counter = 0;
const stores: Store[] = [];

function setUp() {
  const extension = fakeExtension();
  const store = createStore({ database: new UtkastkollDatabase(`utkastkoll-options-${++counter}`), now: () => Date.UTC(2026, 11, 2, 9) });
  stores.push(store);
  const background = startBackground(extension.browser, { store, log: vi.fn(), extensionOrigin: EXTENSION_ORIGIN });
  const sendMessage = (message: unknown) => new Promise<unknown>((resolve) => background.router.listener(message, options, resolve));
  const saved: SavedFile[] = [];
  const api = createBrowserOptionsApi(
    { permissions: extension.permissions, runtime: { sendMessage }, storage: extension.fake.storage as never },
    store,
    (file) => saved.push(file),
    () => new Date(Date.UTC(2026, 11, 2, 9)),
  );
  return { ...extension, store, api, saved };
}

afterEach(async () => {
  for (const store of stores.splice(0)) {
    store.close();
    await store.database.delete();
  }
});

describe('the options page’s API', () => {
  it('turns a site on and lists it with its access; a policy site without access is listed as waiting', async () => {
    const { api, fake, registered } = setUp();
    expect(await api.enableSite('planering.stockholm.se')).toEqual({
      ok: true,
      message: `Utkastkoll är aktiverat på ${SITE}. Öppna formulär där granskas nu.`,
    });
    expect(registered.has(`utkastkoll:${SITE}`)).toBe(true);
    await fake.storage.managed.set({ enabledSites: ['https://intranat.stockholm.se'] });
    expect(await api.listSites()).toEqual([
      { origin: 'https://intranat.stockholm.se', managed: true, granted: false },
      { origin: SITE, managed: false, granted: true },
    ]);
    expect(await api.disableSite(SITE)).toEqual({
      ok: true,
      message: `Utkastkoll är inaktiverat på ${SITE}. Sparade utkast finns kvar tills du tar bort dem.`,
    });
    expect(await api.disableSite('https://intranat.stockholm.se')).toEqual({
      ok: false,
      error: 'https://intranat.stockholm.se är aktiverad av organisationen och kan inte stängas av här.',
    });
  });

  it('imports a catalog whose goals hang under a policy catalog, and lists it', async () => {
    const { api, fake } = setUp();
    await fake.storage.managed.set({
      catalogs: [{ id: 'stad', version: '1', name: 'Stadens mål', goals: [{ level: 'namndmal', number: '7', text: 'Stadens eget mål' }] }],
    });
    const catalog = { id: 'namnd', version: '1', name: 'Nämndens mål', goals: [{ level: 'enhetsmal', parent: '7', text: 'Enhetens mål' }] };
    expect(await api.importRuleFile(JSON.stringify(catalog))).toEqual({
      ok: true,
      message: 'Målkatalogen ”Nämndens mål” (1 mål) är importerad. Formulär som redan är öppna använder den när de laddas om.',
    });
    expect(await api.listRuleData()).toEqual({ catalogs: [{ id: 'namnd', name: 'Nämndens mål', version: '1', goals: 1 }], docTypes: [] });
    expect(await api.removeCatalog('namnd')).toEqual({ ok: true, message: 'Målkatalogen är borttagen.' });
    const bad = await api.importRuleFile('{"doctypes": [{"id": "x"}]}');
    expect(bad.ok === false && bad.error).toMatch(/^Dokumenttypfilen: doctypes\.0\.name: /);
  });

  it('exports to a dated JSON file, imports it back after deleting all, and says what it did', async () => {
    const { api, store, saved } = setUp();
    await store.saveDraft({ site: SITE, page: '/vp' }, 'mal', 'Nämndmål', 'Text');
    expect(await api.exportData()).toEqual({ ok: true, message: '1 utkast och inställningarna är exporterade till utkastkoll-lokala-data-2026-12-02.json.' });
    expect(saved[0]!.name).toBe('utkastkoll-lokala-data-2026-12-02.json');
    expect(await api.deleteAll()).toEqual({ ok: true, message: 'Alla lokala data är borttagna.' });
    expect(await api.importData(saved[0]!.text)).toEqual({
      ok: true,
      message: 'Importerade 1 utkast (1 ny version), inställningar för 0 webbplatser, 0 målkataloger och 0 dokumenttyper.',
    });
    expect(await api.importData('inte json')).toMatchObject({ ok: false, error: expect.stringMatching(/^Filen är inte giltig JSON: /) });
  });

  it('counts in Swedish', () => {
    expect(importedPhrase({ drafts: 3, versions: 7, sites: 1, catalogs: 2, docTypes: 1 })).toBe(
      'Importerade 3 utkast (7 nya versioner), inställningar för 1 webbplats, 2 målkataloger och 1 dokumenttyp.',
    );
  });
});
