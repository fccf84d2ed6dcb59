/**
 * The typed messages between the extension's parts: the content script (checks the page's
 * fields with the core), the background worker (owns the database and site access) and
 * the side panel. Everything sent is plain data (structured-clone safe): diagnostics and
 * summaries are the core's plain data; outlines and sessions never leave the content script.
 */
import type { Diagnostic, GoalCatalog, SettingsInput, Summary } from '../../shared/index';

/** A site is its origin ("https://planering.stockholm.se"); a page its path without query. */
export interface PagePlace {
  site: string;
  page: string;
}

/** What one checked field is on the page. */
export interface FieldInfo {
  /** Stable within the page: the element's id or name, else its position ("falt-3"). */
  id: string;
  /** Its label as a writer reads it ("Fråga 7 …", "Enhetsmål"). */
  label: string;
  /** How many findings are in it now (what `data-utkastkoll-issues` says). */
  issues: number;
}

/** The page's latest check, for the side panel. */
export interface PageReport extends PagePlace {
  title: string;
  type: string | null;
  typeName: string;
  typeReason: string;
  /** "auto" or a type id the writer chose for this site. */
  typeChoice: string;
  diagnostics: Diagnostic[];
  dismissed: Diagnostic[];
  summary: Summary;
  fields: FieldInfo[];
  /** The field each diagnostic is in, by diagnostic key. */
  fieldOf: Record<string, string>;
}

/** What the extension keeps per site: the core's settings model (dismissals above all) and the chosen type. */
export interface SiteState {
  settings: SettingsInput;
  type?: string;
}

export interface DraftVersion {
  value: string;
  savedAt: number;
}

export interface DraftSummary extends PagePlace {
  id: number;
  field: string;
  label: string;
  value: string;
  updatedAt: number;
  versions: number;
}

/** Content script → background. */
export type BackgroundRequest =
  /** `keep`: the value is a restore point (what a field held before a restore replaced it), a version of its own that the next save does not merge into. */
  | { type: 'draft:save'; place: PagePlace; field: string; label: string; value: string; keep?: boolean }
  | { type: 'site:state'; site: string }
  | { type: 'site:save-state'; site: string; state: SiteState }
  | { type: 'catalogs:get' }
  /** Side panel and options page → background. */
  | { type: 'drafts:list'; site?: string; page?: string }
  | { type: 'draft:versions'; id: number }
  | { type: 'site:enable'; origin: string }
  | { type: 'site:disable'; origin: string }
  | { type: 'sites:list' };

export type BackgroundResponse<T extends BackgroundRequest['type']> = T extends 'draft:save'
  ? { saved: true } | { saved: false; error: string }
  : T extends 'site:state'
    ? SiteState
    : T extends 'site:save-state'
      ? { saved: true } | { saved: false; error: string }
      : T extends 'catalogs:get'
        ? GoalCatalog[]
        : T extends 'drafts:list'
          ? DraftSummary[]
          : T extends 'draft:versions'
            ? DraftVersion[]
            : T extends 'sites:list'
              ? Array<{ origin: string; managed: boolean }>
              : { ok: true } | { ok: false; error: string };

/** Side panel → the content script of the active tab. */
export type ContentRequest =
  | { type: 'page:report' }
  | { type: 'finding:select'; key: string }
  | { type: 'finding:fix'; key: string; fix: number }
  | { type: 'finding:dismiss'; key: string }
  | { type: 'finding:restore'; key: string }
  | { type: 'type:set'; typeId: string }
  /** Into the focused field: a goal block for a KF goal, or an empty document of a type. */
  | { type: 'insert:goal-block'; goal: string }
  | { type: 'insert:skeleton'; typeId: string }
  | { type: 'draft:restore'; field: string; value: string };

/** Content script → side panel (broadcast): the page was checked again. */
export interface PageChanged {
  type: 'page:changed';
  report: PageReport;
}
