/**
 * The user's settings, one model for the command line (.utkastkoll.json), the Word
 * add-in (document settings) and the extension (its database): rules turned off or
 * given another severity, dismissed findings, extra goal catalogs, the lowest severity
 * to show. The engine applies them, so no front end filters on its own.
 */
import { z } from 'zod';
import { SWEDISH_ERRORS, type ParseResult } from '../data/index';
import { GoalCatalog, describeZodError } from '../data/schema';
import type { Severity } from '../diagnostic';

export const SeveritySetting = z.enum(['error', 'warning', 'info']);
export const RuleSetting = z.enum(['off', 'error', 'warning', 'info']);

/** A dismissed finding: its key, or the key with a note on who dismissed it, when and why. */
export const Dismissal = z.union([
  z.string().min(1),
  z
    .object({
      key: z.string().min(1),
      note: z.string().optional(),
      by: z.string().optional(),
      at: z.string().optional(),
    })
    .strict(),
]);
export type Dismissal = z.infer<typeof Dismissal>;

export const Settings = z
  .object({
    $schema: z.string().optional(),
    /** Rule id → "off", or the severity its findings get instead of the rule's own. */
    rules: z
      .record(z.string(), RuleSetting)
      .default({})
      .describe('Regel-id → "off" (av) eller den allvarlighet regelns anmärkningar får: "error", "warning", "info".'),
    dismissed: z.array(Dismissal).default([]).describe('Ignorerade anmärkningar: deras nyckel (key), eventuellt med note, by och at.'),
    /** Extra goal catalogs: a file name (the command line reads it, relative to the settings file) or the catalog itself. */
    catalogs: z
      .array(z.union([z.string().min(1), GoalCatalog]))
      .default([])
      .describe('Extra målkataloger: en JSON-fil (relativt inställningsfilen) eller katalogen själv.'),
    /** Findings below this severity are not shown. */
    severity: SeveritySetting.optional().describe('Lägsta allvarlighet som visas: "error", "warning" eller "info".'),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;

export function dismissalKey(dismissal: Dismissal): string {
  return typeof dismissal === 'string' ? dismissal : dismissal.key;
}

/**
 * The severity a finding gets under a rule setting: the setting replaces the rule's own
 * level, and findings the rule itself rates lower than its level stay lower (a heading
 * spelt differently is still only info when required-section is set to "warning").
 */
export function adjustedSeverity(found: Severity, ruleDefault: Severity, setting: Severity | undefined): Severity {
  if (!setting) return found;
  if (found === ruleDefault) return setting;
  return RANK[found] < RANK[setting] ? found : setting;
}

export function isShown(severity: Severity, minimum: Severity | undefined): boolean {
  return minimum === undefined || RANK[severity] >= RANK[minimum];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Validates settings read from JSON; rule ids must be the registry's. Errors are Swedish and name the field. */
export function parseSettings(json: unknown, ruleIds: readonly string[]): ParseResult<Settings> {
  const result = Settings.safeParse(json, SWEDISH_ERRORS);
  if (!result.success) return { ok: false, error: describeZodError(result.error) };
  const unknown = Object.keys(result.data.rules).filter((id) => !ruleIds.includes(id));
  if (unknown.length > 0) {
    return { ok: false, error: `rules.${unknown[0]}: okänd regel; välj bland ${ruleIds.join(', ')}` };
  }
  return { ok: true, value: result.data };
}
