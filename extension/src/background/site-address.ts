/**
 * Sites as the extension enables them: an origin without its port
 * ("https://planering.stockholm.se"), whose match pattern is the origin + "/*". Chrome's
 * and Firefox's host permissions ignore ports, so a site is enabled on all its ports.
 * Pure functions: the options page and the side panel call them inside a click handler,
 * before the permission prompt, which must not wait for anything.
 */
import type { Result } from '../storage/errors';

/** "planering.stockholm.se", "https://planering.stockholm.se/mal?x=1" → "https://planering.stockholm.se". */
export function siteOf(input: string): Result<string> {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Skriv webbplatsens adress, t.ex. https://planering.stockholm.se.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `”${text}” är ingen webbadress. Skriv t.ex. https://planering.stockholm.se.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `Utkastkoll kan bara aktiveras på webbplatser med https:// eller http://, inte ${url.protocol}//.` };
  }
  if (url.hostname === '') return { ok: false, error: `”${text}” saknar värdnamn. Skriv t.ex. https://planering.stockholm.se.` };
  return { ok: true, value: `${url.protocol}//${url.hostname}` };
}

export function sitePattern(site: string): string {
  return `${site}/*`;
}

/** "https://planering.stockholm.se/*" → "https://planering.stockholm.se"; null for patterns that are no web site. */
export function siteOfPattern(pattern: string): string | null {
  const match = /^(https?|\*):\/\/([^/]+)\/.*$/.exec(pattern);
  if (!match || match[1] === '*') return null;
  return `${match[1]}://${match[2]}`;
}

/** The site a page URL belongs to, or null for pages that are no web site (about:, chrome:, file:). */
export function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.protocol}//${parsed.hostname}` : null;
  } catch {
    return null;
  }
}

/** Whether a page URL is on a site; a site may be a wildcard pattern's host ("https://*.stockholm.se"). */
export function urlIsOnSite(url: string | undefined, site: string): boolean {
  const pageSite = siteOfUrl(url);
  if (pageSite === null) return false;
  if (pageSite === site) return true;
  const wildcard = /^(https?):\/\/\*(\.[^/]*)?$/.exec(site);
  if (!wildcard) return false;
  const [scheme, host] = pageSite.split('://') as [string, string];
  return scheme === wildcard[1] && (wildcard[2] === undefined || host.endsWith(wildcard[2]) || `.${host}` === wildcard[2]);
}

/** A page origin with its port ("http://127.0.0.1:5173"), as content scripts name their site; `anyScheme` also for extension pages. */
export function originOfUrl(url: string | undefined, anyScheme = false): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (anyScheme) return `${parsed.protocol}//${parsed.host}`;
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
