/**
 * The built test extension (.output/chrome-mv3-test, `npm run build:extension:test`) in
 * headless Debian Chromium through playwright-core, as FRONTEND-FACTS §12 describes it:
 * a persistent context per profile folder (extensions need one), the background worker
 * from `context.serviceWorkers()`, and the side panel opened as a tab at
 * chrome-extension://<id>/sidepanel.html.
 *
 * A side panel opened as a tab is itself the active tab, so it would ask its own page for
 * findings. `openPanel` adds an init script to the panel's page that answers
 * `tabs.query({ active: true, … })` with the newest tab showing the fixture site instead;
 * everything else (tabs.sendMessage to that tab's content scripts, the background, the
 * database) is the extension's own code. Every request the context makes, the worker's
 * included, is recorded for the "nothing leaves the machine" check.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import type { Browser as ExtensionApi } from 'wxt/browser';
import { TEST_EXTENSION_ID } from '../../../extension/src/background/test-build';
import { CHROMIUM } from './browser';

/** The extension API in the worker and the extension's pages (code passed to `evaluate` runs there). */
declare const chrome: typeof ExtensionApi;

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3-test');
export const EXTENSION_ID = TEST_EXTENSION_ID;
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
export const PANEL_URL = `${EXTENSION_ORIGIN}/sidepanel.html`;
/** The attribute every checked field carries (extension/src/content/controller.ts, ISSUES_ATTRIBUTE). */
export const ISSUES = 'data-utkastkoll-issues';
/** The side panel's usual width in Chrome. */
export const PANEL_VIEWPORT = { width: 400, height: 1000 };

export function requireExtensionBuild(dir = EXTENSION_DIR): string {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`Det finns inget testbygge i ${dir}. Kör npm run build:extension:test först.`);
  return dir;
}

export interface RecordedRequest {
  url: string;
  /** Made by the extension's service worker. */
  worker: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  userDataDir: string;
  /** The background worker, woken if it stopped (MV3 stops it after 30 s idle). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The profile folder; a relaunch with the same one is the same browser profile. */
  userDataDir: string;
  extensionDir?: string;
  /** Every request of the context is appended here. */
  requests?: RecordedRequest[];
  /** Sites (origins without port) whose content-script registration to wait for. */
  sites?: readonly string[];
}

export async function launchExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const dir = requireExtensionBuild(options.extensionDir);
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'sv-SE',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const requests = options.requests;
  if (requests) context.on('request', (request) => requests.push({ url: request.url(), worker: request.serviceWorker() !== null }));
  const running = () => context.serviceWorkers().find((each) => each.url().startsWith(EXTENSION_ORIGIN));
  const worker = async (): Promise<Worker> => {
    const found = running();
    if (found) return found;
    // A stopped worker starts again for the next event; an extension page's message is one.
    const waiting = context.waitForEvent('serviceworker', { predicate: (each) => each.url().startsWith(EXTENSION_ORIGIN), timeout: 10_000 });
    waiting.catch(() => undefined);
    const started = running();
    if (started) return started;
    const page = await context.newPage();
    try {
      await page.goto(`${EXTENSION_ORIGIN}/options.html`);
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'sites:list' }).catch(() => undefined));
      return await waiting;
    } finally {
      await page.close();
    }
  };
  const browser: ExtensionBrowser = { context, userDataDir: options.userDataDir, worker, close: () => context.close() };
  await worker();
  if (options.sites) await waitForRegistrations(browser, options.sites);
  return browser;
}

/** Waits until the background has registered the content script for each site (it does so when it is installed or started). */
export async function waitForRegistrations(browser: ExtensionBrowser, sites: readonly string[], timeoutMs = 15_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  let registered: string[] = [];
  while (Date.now() < until) {
    const worker = await browser.worker();
    registered = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []));
    if (sites.every((site) => registered.includes(`${site}/*`))) return registered;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Innehållsskriptet registrerades inte för ${sites.join(', ')} (registrerat: ${registered.join(', ') || 'inget'})`);
}

/**
 * Opens the side panel as a tab, for the newest tab on `siteOrigin` (see the module
 * comment), in the side panel's width. After that tab opened another page, `reloadPanel`
 * reads it at once rather than when the content script next reports.
 */
export async function openPanel(context: BrowserContext, siteOrigin: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.addInitScript((origin: string) => {
    const namespaces = [(globalThis as { chrome?: typeof ExtensionApi }).chrome, (globalThis as { browser?: typeof ExtensionApi }).browser];
    for (const api of namespaces) {
      const tabs = api?.tabs;
      if (!tabs) continue;
      const query = tabs.query.bind(tabs) as (info: ExtensionApi.tabs.QueryInfo) => Promise<ExtensionApi.tabs.Tab[]>;
      const patched = async (info: ExtensionApi.tabs.QueryInfo): Promise<ExtensionApi.tabs.Tab[]> => {
        if (!info?.active) return query(info);
        const onSite = (await query({})).filter((tab) => tab.url?.startsWith(`${origin}/`));
        return onSite.slice(-1).map((tab) => ({ ...tab, active: true }));
      };
      Object.defineProperty(tabs, 'query', { value: patched, configurable: true, writable: true });
    }
  }, siteOrigin);
  await panel.goto(PANEL_URL);
  return panel;
}

/** Waits until the panel shows the report of `pageUrl` ("http://127.0.0.1:PORT/kontakt.html"). */
export async function waitForPanelPage(panel: Page, pageUrl: string): Promise<void> {
  const { origin, pathname } = new URL(pageUrl);
  await panel.waitForSelector(`[data-panel-status="ready"] [data-page="${origin}${pathname}"]`);
}

/** Reloads the panel and waits for the report of `pageUrl`. */
export async function reloadPanel(panel: Page, pageUrl: string): Promise<void> {
  await panel.reload();
  await waitForPanelPage(panel, pageUrl);
}

/** A field's count, or null when the field carries none (not checked). */
export function issuesOf(target: Page | Frame, selector: string): Promise<number | null> {
  return target.$eval(
    selector,
    (element, name) => {
      const value = element.getAttribute(name);
      return value === null ? null : Number(value);
    },
    ISSUES,
  );
}

/** Waits until the field's count satisfies `test` ("> 0", "=== 2"); returns it. */
export async function waitForIssues(target: Page | Frame, selector: string, test: '>' | '===' | '<', than: number): Promise<number> {
  const handle = await target.waitForFunction(
    ({ selector, name, test, than }) => {
      const value = document.querySelector(selector)?.getAttribute(name);
      if (value === null || value === undefined) return false;
      const count = Number(value);
      // An object, so that a count of 0 is a truthy answer.
      return (test === '>' ? count > than : test === '<' ? count < than : count === than) ? { count } : false;
    },
    { selector, name: ISSUES, test, than },
    { timeout: 15_000 },
  );
  return ((await handle.jsonValue()) as { count: number }).count;
}

/**
 * A copy of the test build whose manifest also holds host access to `pattern`, in a
 * temporary folder (the pinned key keeps the id). Used for the managed-policy test: the
 * host access a user grants with one click, without which no content script runs.
 */
export function buildWithHostAccess(pattern: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'utkastkoll-extension-'));
  cpSync(requireExtensionBuild(), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), pattern];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Sends a request of extension/src/protocol.ts to the background from an extension page (the side panel), as the panel does; its answer. */
export function askBackground<T = unknown>(extensionPage: Page, request: Record<string, unknown>): Promise<T> {
  return extensionPage.evaluate((message) => chrome.runtime.sendMessage(message), request) as Promise<T>;
}

/** The IndexedDB databases of the page's origin (a web page's, or the extension's for its own pages and worker). */
export function databasesOf(target: Page | Worker): Promise<Array<{ name?: string; version?: number }>> {
  const list = () => indexedDB.databases();
  return 'goto' in target ? target.evaluate(list) : target.evaluate(list);
}
