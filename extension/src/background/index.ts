/**
 * The background: answers the typed requests (router.ts), owns the database (the content
 * scripts send their drafts here, since IndexedDB in a content script is the web page's),
 * and keeps the content-script registrations in line with the enabled sites.
 *
 * MV3 stops the worker after 30 s idle and starts it again for the next event, running
 * this from the top each time: listeners are added synchronously, the database opens on
 * its first query, and nothing that matters is kept between wakes.
 */
import { createStore, type Store } from '../storage/index';
import type { BackgroundBrowser } from './browser-api';
import { listenForPanelButton, setPanelBehaviour } from './panel';
import { createRouter } from './router';
import { createSiteAccess } from './site-access';

export interface BackgroundOptions {
  store?: Store;
  log?: (message: string) => void;
  /** The extension pages' origin; the worker's own location by default. */
  extensionOrigin?: string;
}

export function startBackground(browser: BackgroundBrowser, options: BackgroundOptions = {}) {
  const log = options.log ?? ((message: string) => console.warn(`utkastkoll: ${message}`));
  const store = options.store ?? createStore();
  const access = createSiteAccess(browser, log);
  const router = createRouter(browser, store, access, options.extensionOrigin ?? globalThis.location?.origin ?? '');

  const sync = (refresh = false) =>
    access.syncRegistrations({ refresh }).catch((error: unknown) => log(`Innehållsskriptet kunde inte registreras: ${String(error)}`));

  browser.runtime.onMessage.addListener(router.listener);
  browser.runtime.onInstalled.addListener(() => {
    setPanelBehaviour(browser, log);
    // After an install or update the registrations are made anew, in case the script's options changed.
    void sync(true);
  });
  browser.runtime.onStartup.addListener(() => {
    setPanelBehaviour(browser, log);
    void sync();
  });
  // Access granted or withdrawn anywhere (our button, the browser's own site-access menu).
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void sync();
  });
  listenForPanelButton(browser);

  return { store, access, router, sync };
}
