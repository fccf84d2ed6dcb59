/**
 * The task pane "Utkastkoll" as a test drives it, the same in the demo and inside (fake)
 * Word: its finding cards, tabs, notices and actions, by the data-* hooks of the pane and of
 * the shared UI components (ui/components/).
 */
import type { Locator, Page } from 'playwright-core';

/** The pane's root; in the demo it stands beside the simulated document, in Word it is the page. */
export const PANE = '#pane';
/** A listed finding (not one in the list of ignored findings). */
export const FINDING = `${PANE} [data-findings] li[data-rule-id][data-key]`;
/** An ignored finding, with "Återställ". */
export const DISMISSED = `${PANE} [data-dismissed] li[data-rule-id][data-key]`;

export type PaneTab = 'findings' | 'review' | 'insert';

export interface Card {
  ruleId: string;
  key: string;
  severity: string;
  /** The quoted words as shown, without the quotation marks ("" when the finding quotes nothing). */
  quote: string;
  /** The card's buttons: "fix", "suggestion", "ignore". */
  actions: string[];
}

/** The listed findings in list order. */
export function cards(page: Page, selector = FINDING): Promise<Card[]> {
  return page.$$eval(selector, (items) =>
    items.map((item) => {
      const quote = item.querySelector('[role="button"] > p:nth-of-type(2)')?.textContent ?? item.querySelector(':scope > p:nth-of-type(2)')?.textContent ?? '';
      return {
        ruleId: item.getAttribute('data-rule-id') ?? '',
        key: item.getAttribute('data-key') ?? '',
        severity: item.getAttribute('data-severity') ?? '',
        quote: quote.replace(/^”|”$/g, ''),
        actions: Array.from(item.querySelectorAll('[data-action]'), (button) => button.getAttribute('data-action') ?? ''),
      };
    }),
  );
}

/** The card of a finding by its key (keys hold "/" and "~", fine inside a quoted attribute value). */
export function card(page: Page, key: string, selector = FINDING): Locator {
  return page.locator(`${selector}[data-key="${key.replace(/"/g, '\\"')}"]`);
}

/** The family groups in order: family id, count attribute, cards in it, heading text. */
export function families(page: Page): Promise<Array<{ family: string; count: number; cards: number; heading: string }>> {
  return page.$$eval(`${PANE} [data-findings] li[data-family]`, (groups) =>
    groups.map((group) => ({
      family: group.getAttribute('data-family') ?? '',
      count: Number(group.getAttribute('data-count')),
      cards: group.querySelectorAll('li[data-rule-id][data-key]').length,
      heading: (group.querySelector('h2, h3, h4, h5')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

export async function openTab(page: Page, tab: PaneTab): Promise<void> {
  await page.click(`${PANE} [data-tab="${tab}"]`);
  await page.waitForSelector(`${PANE} [data-panel="${tab}"]`);
}

/** Closes the last action's notice, so the next one waited for is the next action's. */
export async function closeNotice(page: Page): Promise<void> {
  const close = page.locator(`${PANE} [data-action="dismiss-notice"]`);
  if ((await close.count()) > 0) await close.first().click();
  await page.waitForSelector(`${PANE} [data-notice]:not([data-notice="error"]):not([data-notice="no-type"])`, { state: 'detached' });
}

/** Waits for the notice an action leaves (success, warning …) and returns its text. */
export async function waitForNotice(page: Page, kind: 'success' | 'info' | 'warning' | 'error'): Promise<string> {
  const notice = page.locator(`${PANE} [role="status"] [data-notice="${kind}"]`);
  await notice.waitFor();
  return (await notice.innerText()).replace(/\s+/g, ' ').trim();
}

/** Waits until the pane's controller reports a finished check (and no check is running). */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector(`${PANE} [data-pane-status="ready"]`);
}

/** Clicks a finding's card (its focusable part, not a button) as the writer does. */
export async function clickFinding(page: Page, key: string): Promise<void> {
  await card(page, key).locator('[role="button"]').click();
}

/** Waits until no listed card has the key. */
export async function waitForGone(page: Page, key: string): Promise<void> {
  await card(page, key).waitFor({ state: 'detached' });
}
