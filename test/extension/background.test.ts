/**
 * The background: turning a site on registers the content script for that origin in all
 * frames (and starts it in the open tabs), turning it off or withdrawing the permission
 * unregisters it, the organisation's sites are always on, the test build's origins are on
 * without asking, and content scripts may only speak for their own, enabled site.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../extension/src/background/index';
import { createBackgroundClient, enableSite } from '../../extension/src/background/client';
import type { MessageSender } from '../../extension/src/background/browser-api';
import { TEST_HOST_PERMISSIONS } from '../../extension/src/background/test-build';
import { UtkastkollDatabase, createStore, type Store } from '../../extension/src/storage/index';
import type { BackgroundRequest } from '../../extension/src/protocol';
import { EXTENSION_ORIGIN, fakeExtension } from './fake-extension';

const SITE = 'https://planering.stockholm.se';
const OTHER = 'https://kvalitet.stockholm.se';
const panel: MessageSender = { id: 'test-extension-id', url: `${EXTENSION_ORIGIN}/sidepanel.html` };
const contentOn = (url: string): MessageSender => ({ id: 'test-extension-id', url, origin: new URL(url).origin, tab: { id: 1, url }, frameId: 0 });

let counter = 0;
const stores: Store[] = [];

function setUp(options: { hostPermissions?: string[] } = {}) {
  const extension = fakeExtension(options);
  const store = createStore({ database: new UtkastkollDatabase(`utkastkoll-bg-${++counter}`) });
  stores.push(store);
  const log = vi.fn();
  const background = startBackground(extension.browser, { store, log, extensionOrigin: EXTENSION_ORIGIN });
  /** A request as runtime.sendMessage delivers it: through the onMessage listener, answered by sendResponse. */
  const ask = (request: unknown, sender: MessageSender = panel) =>
    new Promise<unknown>((resolve) => {
      const async = background.router.listener(request, sender, resolve);
      if (async !== true) resolve(`not handled (${String(async)})`);
    });
  const client = createBackgroundClient({ sendMessage: (message) => ask(message) });
  return { ...extension, store, log, background, ask, client };
}

afterEach(async () => {
  for (const store of stores.splice(0)) {
    store.close();
    await store.database.delete();
  }
});

describe('turning a site on and off', () => {
  it('asks for the site in the click, then registers the content script for its origin in all frames', async () => {
    const { browser, registered, permissions, ask } = setUp();
    const result = await enableSite({ permissions, runtime: { sendMessage: ask } }, 'planering.stockholm.se/vp/2026?utkast=1');
    expect(result).toEqual({ ok: true, value: SITE });
    expect(permissions.request).toHaveBeenCalledWith({ origins: [`${SITE}/*`] });
    expect([...registered.values()]).toEqual([
      {
        id: `utkastkoll:${SITE}`,
        js: ['content-scripts/content.js'],
        matches: [`${SITE}/*`],
        allFrames: true,
        matchOriginAsFallback: true,
        persistAcrossSessions: true,
        runAt: 'document_idle',
      },
    ]);
    expect(await ask({ type: 'sites:list' })).toEqual([{ origin: SITE, managed: false }]);
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });

  it('makes the permission request before awaiting anything (Firefox allows it only inside the click)', () => {
    const { permissions, ask } = setUp();
    void enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    expect(permissions.request).toHaveBeenCalledTimes(1);
  });

  it('starts the content script in the tabs already open on the site, in all their frames', async () => {
    const { fake, scripting, permissions, ask } = setUp();
    const onSite = await fake.tabs.create({ url: `${SITE}/vp/2026/mal` });
    await fake.tabs.create({ url: `${OTHER}/bidrag` });
    await fake.tabs.create({ url: 'http://planering.stockholm.se/' });
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: onSite.id, allFrames: true }, files: ['content-scripts/content.js'] });
  });

  it('says so in Swedish when the user declines, and registers nothing', async () => {
    const { permissions, registered, ask } = setUp();
    permissions.request.mockResolvedValueOnce(false);
    const result = await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    expect(result).toEqual({ ok: false, error: `Utkastkoll fick inte åtkomst till ${SITE}. Försök igen och välj Tillåt när webbläsaren frågar.` });
    expect(registered.size).toBe(0);
    expect(await ask({ type: 'site:enable', origin: SITE })).toEqual({
      ok: false,
      error: `Utkastkoll har inte fått åtkomst till ${SITE}. Godkänn frågan från webbläsaren och försök igen.`,
    });
    expect(registered.size).toBe(0);
  });

  it('refuses what is no web address before asking the browser', async () => {
    const { permissions, ask } = setUp();
    expect(await enableSite({ permissions, runtime: { sendMessage: ask } }, 'file:///C:/utkast.txt')).toEqual({
      ok: false,
      error: 'Utkastkoll kan bara aktiveras på webbplatser med https:// eller http://, inte file://.',
    });
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('turning a site off withdraws the permission and unregisters the script', async () => {
    const { permissions, registered, ask } = setUp();
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    await enableSite({ permissions, runtime: { sendMessage: ask } }, OTHER);
    expect(registered.size).toBe(2);
    expect(await ask({ type: 'site:disable', origin: SITE })).toEqual({ ok: true });
    expect(permissions.remove).toHaveBeenCalledWith({ origins: [`${SITE}/*`] });
    expect([...registered.keys()]).toEqual([`utkastkoll:${OTHER}`]);
    expect(await ask({ type: 'sites:list' })).toEqual([{ origin: OTHER, managed: false }]);
  });

  it('unregisters when the permission is withdrawn elsewhere (the browser’s own site-access menu)', async () => {
    const { permissions, registered, granted, ask } = setUp();
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    granted.delete(`${SITE}/*`);
    permissions.onRemoved.trigger({ origins: [`${SITE}/*`] });
    await vi.waitFor(() => expect(registered.size).toBe(0));
  });

  it('registers when access is granted elsewhere, and re-registers everything after an update', async () => {
    const { fake, granted, permissions, registered, scripting } = setUp();
    granted.add(`${SITE}/*`);
    permissions.onAdded.trigger({ origins: [`${SITE}/*`] });
    await vi.waitFor(() => expect([...registered.keys()]).toEqual([`utkastkoll:${SITE}`]));
    await fake.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(() => expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [`utkastkoll:${SITE}`] }));
    await vi.waitFor(() => expect(scripting.registerContentScripts).toHaveBeenCalledTimes(2));
    expect([...registered.keys()]).toEqual([`utkastkoll:${SITE}`]);
  });
});

describe('the organisation’s sites (managed storage)', () => {
  it('are registered at install and start-up, listed as managed, and cannot be turned off', async () => {
    const { fake, registered, sidePanel, log, ask } = setUp();
    await fake.storage.managed.set({ enabledSites: [SITE, 'ftp://gammal.stockholm.se'] });
    await fake.runtime.onStartup.trigger();
    await vi.waitFor(() => expect([...registered.keys()]).toEqual([`utkastkoll:${SITE}`]));
    expect(registered.get(`utkastkoll:${SITE}`)).toMatchObject({ matches: [`${SITE}/*`], allFrames: true });
    expect(log).toHaveBeenCalledWith(
      'Organisationens inställning ignorerades: enabledSites.1: Utkastkoll kan bara aktiveras på webbplatser med https:// eller http://, inte ftp://.',
    );
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(await ask({ type: 'sites:list' })).toEqual([{ origin: SITE, managed: true }]);
    expect(await ask({ type: 'site:disable', origin: SITE })).toEqual({
      ok: false,
      error: `${SITE} är aktiverad av organisationen och kan inte stängas av här.`,
    });
    expect(registered.size).toBe(1);
  });

  it('follow the policy when it changes', async () => {
    const { fake, registered } = setUp();
    await fake.storage.managed.set({ enabledSites: [SITE] });
    await vi.waitFor(() => expect([...registered.keys()]).toEqual([`utkastkoll:${SITE}`]));
    await fake.storage.managed.set({ enabledSites: [OTHER] });
    await vi.waitFor(() => expect([...registered.keys()]).toEqual([`utkastkoll:${OTHER}`]));
  });

  it('give their catalogs to the content script, validated, before the imported ones', async () => {
    const { fake, store, log, client } = setUp();
    const policyCatalog = {
      id: 'stadens-mal',
      version: '1',
      name: 'Stadens mål',
      goals: [{ level: 'namndmal', parent: '1.1', text: 'Fler är självförsörjande' }],
    };
    await fake.storage.managed.set({ catalogs: [policyCatalog, { id: 'trasig' }] });
    await store.importCatalog({ id: 'egen', version: '1', name: 'Egen', goals: [{ level: 'enhetsmal', text: 'Alla får svar i tid' }] });
    const catalogs = await client.send({ type: 'catalogs:get' });
    expect(catalogs.map((catalog) => catalog.id)).toEqual(['stadens-mal', 'egen']);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Organisationens inställning ignorerades: catalogs\.1: version: /)));
  });
});

describe('the test build', () => {
  it('runs on 127.0.0.1 and localhost without asking', async () => {
    const { fake, registered, ask } = setUp({ hostPermissions: TEST_HOST_PERMISSIONS });
    await fake.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect([...registered.keys()].sort()).toEqual(['utkastkoll:http://127.0.0.1', 'utkastkoll:http://localhost']));
    expect(registered.get('utkastkoll:http://127.0.0.1')!.matches).toEqual(['http://127.0.0.1/*']);
    expect(await ask({ type: 'sites:list' })).toEqual([
      { origin: 'http://127.0.0.1', managed: true },
      { origin: 'http://localhost', managed: true },
    ]);
  });
});

describe('requests from content scripts', () => {
  const place = { site: SITE, page: '/vp/2026/mal' };
  const save: BackgroundRequest = { type: 'draft:save', place, field: 'mal', label: 'Nämndmål', value: 'Invånarna är trygga' };

  it('save drafts and settings of their own, enabled site', async () => {
    const { permissions, ask, store } = setUp();
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    const page = contentOn(`${SITE}/vp/2026/mal?id=7`);
    expect(await ask(save, page)).toEqual({ saved: true });
    expect(await ask({ type: 'site:save-state', site: SITE, state: { settings: { dismissed: ['k1'] } } }, page)).toEqual({ saved: true });
    expect(await ask({ type: 'site:state', site: SITE }, page)).toEqual({ settings: { rules: {}, dismissed: ['k1'], catalogs: [] } });
    const drafts = await store.listDrafts();
    expect(drafts.ok && drafts.value.map((draft) => draft.value)).toEqual(['Invånarna är trygga']);
  });

  it('in a same-origin iframe or an about:blank editor frame speak for their page', async () => {
    const { permissions, ask } = setUp();
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    const blankFrame: MessageSender = { id: 'test-extension-id', url: 'about:blank', origin: SITE, tab: { id: 1, url: `${SITE}/vp` }, frameId: 3 };
    expect(await ask(save, blankFrame)).toEqual({ saved: true });
    const firefoxBlankFrame: MessageSender = { id: 'test-extension-id', url: 'about:blank', tab: { id: 1, url: `${SITE}/vp` }, frameId: 3 };
    expect(await ask(save, firefoxBlankFrame)).toEqual({ saved: true });
  });

  it('in another site’s iframe do not speak for the page around them', async () => {
    const { permissions, ask } = setUp();
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    await enableSite({ permissions, runtime: { sendMessage: ask } }, OTHER);
    const embedded: MessageSender = { id: 'test-extension-id', url: `${OTHER}/widget`, origin: OTHER, tab: { id: 1, url: `${SITE}/vp` }, frameId: 5 };
    expect(await ask(save, embedded)).toEqual({ saved: false, error: `Sidan kan bara läsa och spara uppgifter för sin egen webbplats, inte för ${SITE}.` });
  });

  it('may not speak for another site, nor for one turned off, nor list all drafts', async () => {
    const { permissions, ask } = setUp();
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    await enableSite({ permissions, runtime: { sendMessage: ask } }, OTHER);
    const other = contentOn(`${OTHER}/bidrag`);
    expect(await ask(save, other)).toEqual({ saved: false, error: `Sidan kan bara läsa och spara uppgifter för sin egen webbplats, inte för ${SITE}.` });
    expect(await ask({ type: 'site:state', site: SITE }, other)).toEqual({
      error: `Sidan kan bara läsa och spara uppgifter för sin egen webbplats, inte för ${SITE}.`,
    });
    expect(await ask({ type: 'drafts:list' }, other)).toEqual({ error: 'Den här förfrågan är bara till för tilläggets egna sidor.' });
    expect(await ask({ type: 'site:enable', origin: 'https://evil.example' }, other)).toEqual({
      error: 'Den här förfrågan är bara till för tilläggets egna sidor.',
    });

    await ask({ type: 'site:disable', origin: SITE });
    expect(await ask(save, contentOn(`${SITE}/vp`))).toEqual({ saved: false, error: `Utkastkoll är inte aktiverat på ${SITE}.` });
  });

  it('from another extension are refused', async () => {
    const { ask } = setUp();
    expect(await ask({ type: 'sites:list' }, { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' })).toEqual({
      error: 'Förfrågan kom från ett annat tillägg.',
    });
  });
});

describe('the side panel’s requests', () => {
  it('list drafts and their versions; a storage failure rejects with the Swedish message', async () => {
    const { permissions, ask, client, store } = setUp();
    await enableSite({ permissions, runtime: { sendMessage: ask } }, SITE);
    await ask({ type: 'draft:save', place: { site: SITE, page: '/vp' }, field: 'mal', label: 'Nämndmål', value: 'Text' }, contentOn(`${SITE}/vp`));
    const [draft] = await client.send({ type: 'drafts:list', site: SITE });
    expect(draft).toMatchObject({ site: SITE, page: '/vp', field: 'mal', label: 'Nämndmål', value: 'Text', versions: 1 });
    expect(await client.send({ type: 'draft:versions', id: draft!.id })).toEqual([{ value: 'Text', savedAt: draft!.updatedAt }]);

    vi.spyOn(store.database.drafts, 'toArray').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(client.send({ type: 'drafts:list' })).rejects.toThrow(/^Lagringen är full: kunde inte läsa utkasten\./);
  });

  it('leave messages that are not for the background alone (the content script’s page:changed broadcast)', () => {
    const { background } = setUp();
    expect(background.router.listener({ type: 'page:changed', report: {} }, panel, () => undefined)).toBe(false);
    expect(background.router.listener('hej', panel, () => undefined)).toBe(false);
  });
});
