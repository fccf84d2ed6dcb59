/**
 * How the content script, the side panel and the options page talk to the background:
 * typed by protocol.ts, with failures as rejected promises carrying the background's
 * Swedish message. Also the one way to turn a site on from a click, because the
 * permission prompt has to be opened before anything is awaited.
 */
import type { BackgroundRequest, BackgroundResponse } from '../protocol';
import type { Result } from '../storage/errors';
import type { Permissions } from './browser-api';
import { isBackgroundFailure } from './failure';
import { siteOf, sitePattern } from './site-address';

export class BackgroundError extends Error {
  override name = 'BackgroundError';
}

export interface Messaging {
  sendMessage(message: unknown): Promise<unknown>;
}

export interface BackgroundClient {
  send<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>>;
}

export function createBackgroundClient(runtime: Messaging): BackgroundClient {
  return {
    async send<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>> {
      let response: unknown;
      try {
        response = await runtime.sendMessage(request);
      } catch (error) {
        throw new BackgroundError(`Tillägget svarade inte (${error instanceof Error ? error.message : String(error)}). Ladda om sidan och försök igen.`);
      }
      if (response === undefined) throw new BackgroundError('Tillägget svarade inte. Ladda om sidan och försök igen.');
      if (isBackgroundFailure(response)) throw new BackgroundError(response.error);
      return response as BackgroundResponse<R['type']>;
    },
  };
}

export interface SiteAccessBrowser {
  permissions: { request(permissions: Permissions): Promise<boolean> };
  runtime: Messaging;
}

/**
 * "Aktivera på den här webbplatsen": call it directly in the click handler. The permission
 * request is made first, synchronously, because Firefox grants the prompt only inside the
 * click's own call stack (Chrome allows a few seconds); then the background registers the
 * content script for the site and starts it in the site's open tabs.
 */
export function enableSite(browser: SiteAccessBrowser, input: string): Promise<Result<string>> {
  const site = siteOf(input);
  if (!site.ok) return Promise.resolve(site);
  const asked = browser.permissions.request({ origins: [sitePattern(site.value)] });
  return asked.then(
    async (granted): Promise<Result<string>> => {
      if (!granted) return { ok: false, error: `Utkastkoll fick inte åtkomst till ${site.value}. Försök igen och välj Tillåt när webbläsaren frågar.` };
      try {
        const answer = await createBackgroundClient(browser.runtime).send({ type: 'site:enable', origin: site.value });
        return answer.ok ? { ok: true, value: site.value } : answer;
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
    (error: unknown): Result<string> => ({
      ok: false,
      error: `Webbläsaren kunde inte fråga om åtkomst till ${site.value}: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
}
