/**
 * Headless Debian Chromium through playwright-core (Playwright's own browser download does not
 * work here), a guard that blocks and reports every request leaving the page's origin (the
 * add-in may load nothing from a CDN), errors the page throws, and screenshots for a human to
 * look at, in test-results/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const RESULTS = join(import.meta.dirname, '..', '..', '..', 'test-results');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A fresh context in Swedish with a task-pane-and-document-sized window (or what `options` say, e.g. a task pane's width). */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 }, ...options });
}

export interface OriginGuard {
  /** Every URL outside the origin the page (or a worker) asked for; each was blocked. */
  outside: string[];
  /** What the page's Content-Security-Policy stopped before any request was made (the console's words). */
  blockedByPolicy: string[];
  /** Throws, listing them, when a request left (or tried to leave) for another origin. */
  assertNone(): void;
}

const POLICY_VIOLATION = /violates the following Content Security Policy directive/;

/** Blocks and records requests to any origin but `origin` (data: and blob: URLs stay in the page), and notes what the page's CSP blocked. */
export async function guardOrigin(context: BrowserContext, origin: string): Promise<OriginGuard> {
  const outside: string[] = [];
  const blockedByPolicy: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isInPage(url) || new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  // Routing misses some requests (service workers, navigations the browser makes itself); the event sees them.
  context.on('request', (request) => {
    const url = request.url();
    if (!isInPage(url) && new URL(url).origin !== origin && !outside.includes(url)) outside.push(url);
  });
  context.on('console', (message) => {
    if (POLICY_VIOLATION.test(message.text())) blockedByPolicy.push(message.text().trim());
  });
  return {
    outside,
    blockedByPolicy,
    assertNone() {
      if (outside.length > 0) throw new Error(`Sidan hämtade något utanför ${origin}:\n${outside.join('\n')}`);
    },
  };
}

function isInPage(url: string): boolean {
  return /^(?:data|blob|about):/.test(url);
}

/** Uncaught errors and console.error lines (except CSP blocks, which guardOrigin reports). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !POLICY_VIOLATION.test(message.text())) errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** Saves a screenshot of one element (its box as it stands in the window) as test-results/<name>.png and returns its path. */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await locator.screenshot({ path, animations: 'disabled' });
  return path;
}
