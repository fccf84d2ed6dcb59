/**
 * The organisation's policy, read from managed storage. `enabledSites` are always enabled;
 * `catalogs` are goal catalogs for everyone, validated with the core's parseCatalog like any
 * imported one (a bad one is skipped and logged). Read on every use, never cached: the
 * worker may have slept since, and the policy may have changed.
 *
 * Chrome and Edge take the values from the "3rdparty" policy, checked against
 * public/managed_schema.json; on Linux a file in /etc/chromium/policies/managed/ (Windows:
 * the registry under …\Policies\Google\Chrome\3rdparty\extensions\<id>\policy):
 *
 *   { "ExtensionSettings": { "<id>": { "installation_mode": "force_installed", "update_url": "…" } },
 *     "3rdparty": { "extensions": { "<id>": { "enabledSites": ["https://planering.stockholm.se"], "catalogs": [] } } } }
 *
 * Firefox reads policies.json: { "policies": { "3rdparty": { "Extensions": { "utkastkoll@stockholm.se": { … } } } } }.
 *
 * A policy site is registered at once, but the browser still needs to give the extension
 * access to it: no policy grants an optional host permission (ExtensionSettings'
 * `runtime_allowed_hosts` only exempts hosts from `runtime_blocked_hosts`, which must not
 * list them). The user grants it with one click ("Ge åtkomst" on the options page, where the
 * site shows as waiting), or the organisation builds the extension with its sites in
 * `host_permissions`, which a force-installed extension receives without a prompt.
 */
import { builtInCatalogs, parseCatalog, type GoalCatalog } from '../../../shared/index';
import type { BackgroundBrowser } from './browser-api';
import { siteOf } from './site-address';

export interface Policy {
  sites: string[];
  catalogs: GoalCatalog[];
  /** What in the policy was ignored and why, in Swedish, for the administrator (logged). */
  problems: string[];
}

export async function readPolicy(browser: { storage: Pick<BackgroundBrowser['storage'], 'managed'> }): Promise<Policy> {
  let values: Record<string, unknown>;
  try {
    values = await browser.storage.managed.get();
  } catch {
    // Firefox rejects when no policy is installed; that is the ordinary case.
    return { sites: [], catalogs: [], problems: [] };
  }
  const problems: string[] = [];
  const sites: string[] = [];
  const rawSites = values.enabledSites ?? [];
  if (!Array.isArray(rawSites)) problems.push('enabledSites: ska vara en lista med webbadresser');
  else {
    rawSites.forEach((entry, index) => {
      const site = typeof entry === 'string' ? siteOf(entry) : { ok: false as const, error: 'ska vara en webbadress' };
      if (!site.ok) problems.push(`enabledSites.${index}: ${site.error}`);
      else if (!sites.includes(site.value)) sites.push(site.value);
    });
  }
  const catalogs: GoalCatalog[] = [];
  const rawCatalogs = values.catalogs ?? [];
  if (!Array.isArray(rawCatalogs)) problems.push('catalogs: ska vara en lista med målkataloger');
  else {
    rawCatalogs.forEach((entry, index) => {
      const parsed = parseCatalog(entry, [...builtInCatalogs, ...catalogs]);
      if (parsed.ok) catalogs.push(parsed.value);
      else problems.push(`catalogs.${index}: ${parsed.error}`);
    });
  }
  return { sites, catalogs, problems };
}
