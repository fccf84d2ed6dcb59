/**
 * The built Word task pane in its demo mode, for end-to-end tests: where the build is, and
 * steps every test takes (open the pane, wait for the simulated document and the pane, open a
 * bundled example and wait for its check).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const WORD_DIST = join(import.meta.dirname, '..', '..', '..', 'dist', 'word-addin');

/** Throws in Swedish when the build is missing, so the test says what to do. */
export function requireWordBuild(): string {
  if (!existsSync(join(WORD_DIST, 'taskpane.html'))) throw new Error(`${WORD_DIST}/taskpane.html saknas: kör npm run build:word först`);
  return WORD_DIST;
}

/** The simulated document, the pane's root (it carries the controller's status) and the example picker. */
export const DEMO_DOCUMENT = '[data-demo-document]';
export const PANE = '#pane [data-pane-status]';
export const EXAMPLE_PICKER = 'select[data-demo-examples]';

/** Opens taskpane.html (optionally with an example first: `?exempel=seed-000`) and waits for the document and the pane. */
export async function openTaskPane(page: Page, origin: string, example?: string): Promise<void> {
  await page.goto(`${origin}/taskpane.html${example ? `?exempel=${encodeURIComponent(example)}` : ''}`);
  await page.waitForSelector(DEMO_DOCUMENT);
  await page.waitForSelector(PANE);
}

/** Picks a bundled example by id ("seed-000", "tjansteutlatande-exempel", "tomt") and waits until the pane has checked it. */
export async function chooseExample(page: Page, id: string, name: string): Promise<void> {
  await page.selectOption(EXAMPLE_PICKER, id);
  await page.waitForSelector(`[data-demo-name="${name}"] ${DEMO_DOCUMENT}`);
  await waitForCheck(page);
}

/** Waits until the pane's controller reports a finished check. */
export async function waitForCheck(page: Page): Promise<void> {
  await page.waitForSelector('#pane [data-pane-status="ready"]');
}
