/**
 * Which sites the extension runs on, and the content-script registrations that follow
 * from it. The truth is the browser's own state, read each time: the host permissions the
 * user granted ("Aktivera på den här webbplatsen"), the ones the manifest holds (the test
 * build's 127.0.0.1 and localhost) and the organisation's policy. Registrations are brought
 * in line with it whenever one of them may have changed; nothing is kept in memory, since
 * the worker stops after 30 s idle.
 */
import type { BackgroundBrowser, ContentScriptRegistration } from './browser-api';
import { readPolicy } from './policy';
import { siteOfPattern, sitePattern, urlIsOnSite } from './site-address';

/** Where WXT writes the content script (`entrypoints/content.ts`). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const ID_PREFIX = 'utkastkoll:';

export interface EnabledSite {
  origin: string;
  /** Enabled by the organisation (policy) or the build (manifest): not the user's to turn off. */
  managed: boolean;
}

export function registrationId(site: string): string {
  return `${ID_PREFIX}${site}`;
}

export function contentScriptFor(site: string): ContentScriptRegistration {
  return {
    id: registrationId(site),
    js: [CONTENT_SCRIPT_FILE],
    matches: [sitePattern(site)],
    // Editors in same-origin iframes, and about:blank / srcdoc frames (TinyMCE, CKEditor 4) through their parent's origin.
    allFrames: true,
    matchOriginAsFallback: true,
    persistAcrossSessions: true,
    runAt: 'document_idle',
  };
}

function sitesOfPatterns(patterns: readonly string[] | undefined): string[] {
  return (patterns ?? []).map(siteOfPattern).filter((site): site is string => site !== null);
}

export function createSiteAccess(browser: BackgroundBrowser, log: (message: string) => void) {
  async function enabledSites(): Promise<EnabledSite[]> {
    const [granted, policy] = await Promise.all([browser.permissions.getAll(), readPolicy(browser)]);
    for (const problem of policy.problems) log(`Organisationens inställning ignorerades: ${problem}`);
    const fixed = new Set([...sitesOfPatterns(browser.runtime.getManifest().host_permissions), ...policy.sites]);
    const sites = new Map<string, boolean>();
    for (const site of fixed) sites.set(site, true);
    for (const site of sitesOfPatterns(granted.origins)) if (!sites.has(site)) sites.set(site, false);
    return [...sites].map(([origin, managed]) => ({ origin, managed })).sort((a, b) => a.origin.localeCompare(b.origin));
  }

  async function isManaged(site: string): Promise<boolean> {
    return (await enabledSites()).some((entry) => entry.origin === site && entry.managed);
  }

  /** Whether pages of a site may use the extension now: access granted, or the site is the organisation's. */
  async function isEnabled(site: string): Promise<boolean> {
    if (await browser.permissions.contains({ origins: [sitePattern(site)] })) return true;
    return (await readPolicy(browser)).sites.includes(site);
  }

  // Two events at once (installed + permission added) must not register the same id twice.
  let queue: Promise<unknown> = Promise.resolve();

  /** Registers the content script for every enabled site and unregisters it everywhere else. `refresh` re-registers all (after an update). */
  function syncRegistrations(options: { refresh?: boolean } = {}): Promise<{ added: string[]; removed: string[] }> {
    const run = async () => {
      const wanted = new Set((await enabledSites()).map((entry) => entry.origin));
      const ours = (await browser.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(ID_PREFIX));
      const stale = ours.filter((script) => options.refresh || !wanted.has(script.id.slice(ID_PREFIX.length))).map((script) => script.id);
      if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
      const kept = new Set(ours.map((script) => script.id).filter((id) => !stale.includes(id)));
      const added = [...wanted].filter((site) => !kept.has(registrationId(site)));
      if (added.length > 0) await browser.scripting.registerContentScripts(added.map(contentScriptFor));
      return { added, removed: stale.map((id) => id.slice(ID_PREFIX.length)).filter((site) => !added.includes(site)) };
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  /** The content script in the tabs already open on a site (a registration only reaches pages loaded after it). */
  async function injectIntoOpenTabs(site: string): Promise<number> {
    const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && urlIsOnSite(tab.url, site));
    const results = await Promise.allSettled(
      tabs.map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id!, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })),
    );
    results.forEach((result, index) => {
      // A discarded tab or an error page cannot take the script; it gets it when it loads again.
      if (result.status === 'rejected') log(`Kunde inte starta utkastkoll i flik ${tabs[index]!.id} (${tabs[index]!.url}): ${String(result.reason)}`);
    });
    return results.filter((result) => result.status === 'fulfilled').length;
  }

  return { enabledSites, isManaged, isEnabled, syncRegistrations, injectIntoOpenTabs };
}

export type SiteAccess = ReturnType<typeof createSiteAccess>;
