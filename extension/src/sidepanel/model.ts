/**
 * The side panel's logic as plain functions: what the page's report means for the lists
 * (findings grouped by form field, which fix a button is), how the content script's
 * answers read, which drafts belong to this page, and the goals a goal block can be
 * inserted for. No React and no browser here, so tests call them directly.
 */
import { builtInDocTypes, type Diagnostic, type Fix } from '../../../shared/index';
import type { GroupBy, TypeChoice } from '../../../ui/index';
import type { DraftSummary, PagePlace, PageReport } from '../protocol';
import { panelWords } from './words';

export const AUTO = 'auto';

/** What the type picker offers: automatic recognition, then the built-in document types. */
export const TYPE_CHOICES: readonly TypeChoice[] = [{ id: AUTO, name: panelWords.autoType }, ...builtInDocTypes.map(({ id, name }) => ({ id, name }))];

/** The document types offered as an empty document or question skeleton. */
export const SKELETON_TYPE_IDS: readonly string[] = ['tjansteutlatande', 'tavlingsbidrag', 'verksamhetsplan'];

export function skeletonChoices(): TypeChoice[] {
  return SKELETON_TYPE_IDS.flatMap((id) => TYPE_CHOICES.filter((type) => type.id === id));
}

// ————— findings —————

/** The group of findings that are in no field (the form as a whole: a missing section, the type). */
export const PAGE_GROUP_KEY = 'page';

/**
 * FindingsList's `groupBy` for a web form: a finding's field (by `report.fieldOf`), labelled
 * as the page labels it; findings in no field go to "Hela sidan". Fields without findings
 * get no group (the list shows only where there is something to do).
 */
export function fieldGroupBy(report: Pick<PageReport, 'fieldOf' | 'fields'>): GroupBy {
  const labels = new Map(report.fields.map((field) => [field.id, field.label]));
  return (diagnostic) => {
    const field = report.fieldOf[diagnostic.key];
    if (field === undefined) return { key: PAGE_GROUP_KEY, label: panelWords.wholePage };
    return { key: `field:${field}`, label: labels.get(field) || diagnostic.section || field };
  };
}

/** How many of the page's fields have findings now. */
export function fieldsWithFindings(report: Pick<PageReport, 'fieldOf' | 'diagnostics'>): number {
  return new Set(report.diagnostics.map((diagnostic) => report.fieldOf[diagnostic.key]).filter((field) => field !== undefined)).size;
}

/** The fix's index in `diagnostic.fixes` (what `finding:fix` names); -1 when it is not one of them. */
export function fixIndex(diagnostic: Diagnostic, fix: Fix): number {
  const fixes = diagnostic.fixes ?? [];
  const same = fixes.indexOf(fix);
  if (same >= 0) return same;
  return fixes.findIndex(
    (each) => each.title === fix.title && each.start === fix.start && each.end === fix.end && each.text === fix.text && each.safe === fix.safe,
  );
}

// ————— the content script's answers —————

export type ActionOutcome = { ok: true; notice?: string } | { ok: false; error: string };

export function isPageReport(response: unknown): response is PageReport {
  if (typeof response !== 'object' || response === null) return false;
  const report = response as Partial<PageReport>;
  return (
    typeof report.site === 'string' &&
    typeof report.page === 'string' &&
    Array.isArray(report.diagnostics) &&
    Array.isArray(report.dismissed) &&
    Array.isArray(report.fields) &&
    typeof report.fieldOf === 'object' &&
    report.fieldOf !== null &&
    typeof report.summary === 'object' &&
    report.summary !== null
  );
}

/** A ContentResult (`{ ok: true, notice? } | { ok: false, error }`); anything else is a page that did not answer. */
export function readOutcome(response: unknown): ActionOutcome {
  if (typeof response === 'object' && response !== null && 'ok' in response) {
    const answer = response as { ok: unknown; notice?: unknown; error?: unknown };
    if (answer.ok === true) return typeof answer.notice === 'string' && answer.notice !== '' ? { ok: true, notice: answer.notice } : { ok: true };
    if (answer.ok === false) return { ok: false, error: typeof answer.error === 'string' && answer.error !== '' ? answer.error : panelWords.noAnswer };
  }
  return { ok: false, error: panelWords.noAnswer };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function samePlace(a: PagePlace, b: PagePlace): boolean {
  return a.site === b.site && a.page === b.page;
}

// ————— drafts —————

export interface DraftLists {
  /** This page's drafts, the latest edited first. */
  here: DraftSummary[];
  /** The site's other drafts (or, with no site known, all), the latest edited first. */
  elsewhere: DraftSummary[];
}

/**
 * This page's drafts first, then the rest of the site's: from any number of `drafts:list`
 * answers (each draft once), whatever they were filtered by. With no site, all go to `elsewhere`.
 */
export function orderDrafts(answers: ReadonlyArray<readonly DraftSummary[]>, place: { site: string | null; page: string | null }): DraftLists {
  const byId = new Map<number, DraftSummary>();
  for (const answer of answers) for (const draft of answer) if (!byId.has(draft.id)) byId.set(draft.id, draft);
  const latestFirst = [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt || a.id - b.id);
  if (place.site === null) return { here: [], elsewhere: latestFirst };
  const onSite = latestFirst.filter((draft) => draft.site === place.site);
  return {
    here: onSite.filter((draft) => place.page !== null && draft.page === place.page),
    elsewhere: onSite.filter((draft) => place.page === null || draft.page !== place.page),
  };
}

/** Why a draft cannot go back into its field from here (null: it can): no script, another page, or the field is gone. */
export type RestoreBlock = null | { reason: 'inactive' } | { reason: 'other-page'; page: string } | { reason: 'no-field' };

export function restoreBlock(draft: DraftSummary, report: PageReport | undefined): RestoreBlock {
  if (!report) return { reason: 'inactive' };
  if (!samePlace(draft, report)) return { reason: 'other-page', page: draft.site === report.site ? draft.page : `${draft.site}${draft.page}` };
  if (!report.fields.some((field) => field.id === draft.field)) return { reason: 'no-field' };
  return null;
}

export function restoreBlockText(block: NonNullable<RestoreBlock>): string {
  switch (block.reason) {
    case 'inactive':
      return panelWords.blockedInactive;
    case 'other-page':
      return panelWords.blockedOtherPage(block.page);
    case 'no-field':
      return panelWords.blockedNoField;
  }
}

/** The first words of a text on one line, "…" when there is more. */
export function firstWords(text: string, count = 12): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return '';
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

/** "14:32" today, "2 dec. 14:32" this year, else "2 dec. 2025 14:32". */
export function formatSavedAt(at: number, now: number = Date.now()): string {
  const date = new Date(at);
  const today = new Date(now);
  const time = date.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === today.toDateString()) return `i dag ${time}`;
  const day = date.toLocaleDateString('sv-SE', {
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' }),
  });
  return `${day} ${time}`;
}
