/**
 * Smoke test of the built Word task pane outside Office: in headless Chromium it falls back
 * to the demo (office.js answers host null), shows the simulated document beside the pane,
 * opens seed 000 and lists its findings, and asks nothing of any other origin.
 * Needs dist/word-addin/ (npm run build:word).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectPageErrors, guardOrigin, launchChromium, newContext, screenshot } from './support/browser';
import { serveStatic, type StaticServer } from './support/serve';
import { chooseExample, DEMO_DOCUMENT, openTaskPane, requireWordBuild } from './support/word-demo';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(requireWordBuild());
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Word task pane, demo mode (built)', () => {
  it('opens seed 000 in the simulated document and lists its findings', async () => {
    const context = await newContext(browser);
    const guard = await guardOrigin(context, server.origin);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    try {
      await openTaskPane(page, server.origin);
      await chooseExample(page, 'seed-000', '000-tjansteutlatande-hagersten.txt');
      await page.waitForSelector('#pane [data-rule-id]');
      expect(await page.locator(`${DEMO_DOCUMENT} > *`).count()).toBeGreaterThan(10);
      expect(await page.locator(DEMO_DOCUMENT).innerText()).toContain('Förslag till beslut');
      expect(await page.locator('#pane [data-rule-id]').count()).toBeGreaterThan(0);
      await screenshot(page, 'word-demo-seed-000');
      guard.assertNone();
      // Outside Office, office.js's o15apptofilemappingtable.js frames Microsoft's telemetry proxy; the pane's CSP stops it, and nothing else.
      for (const blocked of guard.blockedByPolicy) expect(blocked).toMatch(/telemetryservice\.firstpartyapps\.oaspapps\.com/);
      // office.js and every asset came from the build itself.
      expect(server.requests.filter((request) => request.status >= 400).map((request) => request.url)).toEqual([]);
      expect(server.requests.some((request) => request.url === '/office/office.js')).toBe(true);
      expect(errors).toEqual([]);
    } catch (error) {
      // What the page itself said is usually the cause; the timeout alone says little.
      await screenshot(page, 'word-demo-seed-000-failed').catch(() => undefined);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nSidans fel:\n${errors.join('\n') || '(inga)'}`);
    } finally {
      await context.close();
    }
  }, 60_000);
});
