/**
 * Per-site state: the core's settings model (rules, dismissed findings, lowest severity)
 * and the document type chosen for the site's forms. Validated with the core's own parser,
 * so the extension accepts exactly what the command line and the Word add-in accept.
 */
import { parseSettings, resolveTypeId, rules, type DocTypeSpec } from '../../../shared/index';
import type { SiteState } from '../protocol';
import type { Result } from './errors';
import type { SiteRecord, UtkastkollDatabase } from './database';

export const RULE_IDS: readonly string[] = rules.map((rule) => rule.id);

export async function siteState(db: UtkastkollDatabase, site: string): Promise<SiteState> {
  const record = await db.sites.get(site);
  if (!record) return { settings: {} };
  return record.type === undefined ? { settings: record.settings } : { settings: record.settings, type: record.type };
}

/** Checks a site's state: settings by the core's schema, the type an id or alias of a known type, or "auto". */
export function validateSiteState(site: string, state: unknown, docTypes: readonly DocTypeSpec[]): Result<SiteRecord> {
  if (typeof state !== 'object' || state === null) return { ok: false, error: 'Inställningarna saknas.' };
  const { settings, type } = state as { settings?: unknown; type?: unknown };
  const parsed = parseSettings(settings ?? {}, RULE_IDS);
  if (!parsed.ok) return { ok: false, error: `Inställningarna för ${site}: ${parsed.error}` };
  if (type === undefined || type === 'auto') return { ok: true, value: { site, settings: parsed.value } };
  const typeId = typeof type === 'string' ? resolveTypeId(type, docTypes) : null;
  if (typeId === null) {
    const known = ['auto', ...docTypes.map((docType) => docType.id)].join(', ');
    return { ok: false, error: `Inställningarna för ${site}: type: okänd dokumenttyp ${JSON.stringify(type)}; välj bland ${known}` };
  }
  return { ok: true, value: { site, settings: parsed.value, type: typeId } };
}

export async function putSite(db: UtkastkollDatabase, record: SiteRecord): Promise<void> {
  await db.sites.put(record);
}
