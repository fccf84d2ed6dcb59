/**
 * The background's answers to the typed requests of protocol.ts. Content scripts run in
 * web pages and are trusted only with their own site: a request from one must name the
 * site it runs on (its frame's or its tab's origin), and that site must still be enabled.
 * Everything else (all drafts, enabling and disabling sites) is for the extension's own
 * pages: the side panel and the options page.
 *
 * Requests whose answer has no error form in the protocol (reads) fail with
 * `{ error: "…" }` in Swedish; `createBackgroundClient` (client.ts) turns that into a
 * rejected promise, so a failed read is never mistaken for an empty list.
 */
import type { Store } from '../storage/index';
import type { BackgroundRequest, BackgroundResponse } from '../protocol';
import type { BackgroundBrowser, MessageListener, MessageSender } from './browser-api';
import type { BackgroundFailure } from './failure';
import { readPolicy } from './policy';
import type { SiteAccess } from './site-access';
import { originOfUrl, siteOf, siteOfUrl, sitePattern } from './site-address';

const REQUEST_TYPES = new Set<string>([
  'draft:save',
  'site:state',
  'site:save-state',
  'catalogs:get',
  'drafts:list',
  'draft:versions',
  'site:enable',
  'site:disable',
  'sites:list',
] satisfies Array<BackgroundRequest['type']>);

/** What a content script may ask; the rest is for extension pages only. */
const CONTENT_REQUESTS = new Set<string>(['draft:save', 'site:state', 'site:save-state', 'catalogs:get'] satisfies Array<BackgroundRequest['type']>);

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return typeof message === 'object' && message !== null && 'type' in message && typeof message.type === 'string' && REQUEST_TYPES.has(message.type);
}

class Refused extends Error {}

type Caller = { kind: 'extension' } | { kind: 'content'; origins: string[] };

function callerOf(sender: MessageSender, runtimeId: string, extensionOrigin: string): Caller {
  if (sender.id !== undefined && sender.id !== runtimeId) throw new Refused('Förfrågan kom från ett annat tillägg.');
  if (originOfUrl(sender.url, true) === extensionOrigin) return { kind: 'extension' };
  // about:blank and srcdoc frames take their parent's origin: Chrome says which in sender.origin; elsewhere the tab's page stands for it.
  const frameOrigin = originOfUrl(sender.url);
  const origins = [sender.origin, frameOrigin ?? originOfUrl(sender.tab?.url)].filter(
    (origin): origin is string => typeof origin === 'string' && origin !== 'null' && origin !== '',
  );
  return { kind: 'content', origins };
}

type Handlers = {
  [T in BackgroundRequest['type']]: (request: Extract<BackgroundRequest, { type: T }>, caller: Caller) => Promise<BackgroundResponse<T>>;
};

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Refused(result.error);
  return result.value;
}

/** `extensionOrigin`: the extension's own pages' origin ("chrome-extension://…", "moz-extension://…"). */
export function createRouter(browser: BackgroundBrowser, store: Store, access: SiteAccess, extensionOrigin: string) {
  /** A content script may only speak for the site it runs on, and only while that site is enabled. */
  async function checkSite(caller: Caller, site: string): Promise<void> {
    if (caller.kind === 'extension') return;
    if (!caller.origins.includes(site)) throw new Refused(`Sidan kan bara läsa och spara uppgifter för sin egen webbplats, inte för ${site}.`);
    const enabled = siteOfUrl(site);
    if (enabled === null || !(await access.isEnabled(enabled))) throw new Refused(`Utkastkoll är inte aktiverat på ${site}.`);
  }

  const handlers: Handlers = {
    'draft:save': async (request, caller) => {
      try {
        await checkSite(caller, request.place.site);
      } catch (error) {
        return { saved: false, error: (error as Error).message };
      }
      const result = await store.saveDraft(request.place, request.field, request.label, request.value, { keep: request.keep === true });
      return result.ok ? { saved: true } : { saved: false, error: result.error };
    },
    'site:state': async (request, caller) => {
      await checkSite(caller, request.site);
      return unwrap(await store.siteState(request.site));
    },
    'site:save-state': async (request, caller) => {
      try {
        await checkSite(caller, request.site);
      } catch (error) {
        return { saved: false, error: (error as Error).message };
      }
      const result = await store.saveSiteState(request.site, request.state);
      return result.ok ? { saved: true } : { saved: false, error: result.error };
    },
    'catalogs:get': async () => {
      const [policy, imported] = await Promise.all([readPolicy(browser), store.catalogs()]);
      return [...policy.catalogs, ...unwrap(imported)];
    },
    'drafts:list': async (request) => unwrap(await store.listDrafts({ site: request.site, page: request.page })),
    'draft:versions': async (request) => unwrap(await store.versions(request.id)),
    'sites:list': async () => access.enabledSites(),
    'site:enable': async (request) => {
      const site = siteOf(request.origin);
      if (!site.ok) return site;
      if (!(await browser.permissions.contains({ origins: [sitePattern(site.value)] })) && !(await access.isManaged(site.value))) {
        return { ok: false, error: `Utkastkoll har inte fått åtkomst till ${site.value}. Godkänn frågan från webbläsaren och försök igen.` };
      }
      await access.syncRegistrations();
      await access.injectIntoOpenTabs(site.value);
      return { ok: true };
    },
    'site:disable': async (request) => {
      const site = siteOf(request.origin);
      if (!site.ok) return site;
      if (await access.isManaged(site.value)) {
        return { ok: false, error: `${site.value} är aktiverad av organisationen och kan inte stängas av här.` };
      }
      await browser.permissions.remove({ origins: [sitePattern(site.value)] });
      await access.syncRegistrations();
      return { ok: true };
    },
  };

  async function handle(request: BackgroundRequest, sender: MessageSender): Promise<unknown> {
    const caller = callerOf(sender, browser.runtime.id, extensionOrigin);
    if (caller.kind === 'content' && !CONTENT_REQUESTS.has(request.type)) throw new Refused('Den här förfrågan är bara till för tilläggets egna sidor.');
    const handler = handlers[request.type] as (request: BackgroundRequest, caller: Caller) => Promise<unknown>;
    return handler(request, caller);
  }

  /** runtime.onMessage: answers through sendResponse (Chrome does not take a returned promise everywhere) and leaves other messages alone. */
  const listener: MessageListener = (message, sender, sendResponse) => {
    if (!isBackgroundRequest(message)) return false;
    handle(message, sender).then(sendResponse, (error: unknown) => {
      const text = error instanceof Refused ? error.message : `Tillägget kunde inte svara: ${error instanceof Error ? error.message : String(error)}`;
      sendResponse({ error: text } satisfies BackgroundFailure);
    });
    return true;
  };

  return { handle, listener, handlers };
}
