/**
 * The built task pane inside a fake Word: the real office.js from the build (the npm copy)
 * and the fake Word object model (word-addin/test-support/fake-word/) bundled for the browser
 * with esbuild, so the pane runs through the real Office gateway (word-addin/src/office/).
 *
 * The taskpane.html request is answered with the built file plus two scripts right after
 * office.js's tag — /__fake-word.js (the bundle) and /__fake-word-setup.js (creates the
 * document and calls `install()`) — both served from the pane's own origin: the pane's
 * Content-Security-Policy allows no inline script, and it stays as shipped. Classic scripts
 * run before the add-in's module, so the fake is in place before it calls `Office.onReady`.
 *
 * office.js's own o15apptofilemappingtable.js, which it loads asynchronously, resets
 * `window.Office` and redefines `Office.context` whenever it happens to run; the setup
 * installs the fake again right after it (see setupScript).
 *
 * The setup also wraps `Word.run` to record the syncs of each batch in order
 * (`window.fakeWordRuns`), so a test can say what the first read of the document cost.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ParagraphInput } from '../../../shared/index';
import type { FakeWord, FakeWordOptions } from '../../../word-addin/test-support/fake-word/index';

const ENTRY = join(import.meta.dirname, '..', '..', '..', 'word-addin', 'test-support', 'fake-word', 'browser.ts');
const BUNDLE_URL = '/__fake-word.js';
const SETUP_URL = '/__fake-word-setup.js';
const OFFICE_SCRIPT = '<script src="./office/office.js"></script>';

let bundled: Promise<string> | null = null;

/** Bundles the fake into an IIFE in a temporary folder, once per test run (per worker); returns the file's path. */
export function fakeWordBundle(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'utkastkoll-fake-word-')), 'fake-word.js');
    await build({ entryPoints: [ENTRY], outfile, bundle: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent' });
    return outfile;
  })();
  return bundled;
}

/** What the next load of taskpane.html opens in the fake Word. */
export interface FakeDocument {
  paragraphs: readonly ParagraphInput[];
  /** A host from FAKE_HOSTS ("word2019": WordApi 1.3 only), or options as createFakeWord takes them ({ wordApi: '1.7' }). */
  host?: 'word2019' | 'microsoft365';
  options?: FakeWordOptions;
}

/** One batch (`Word.run`) and the syncs it made. */
export interface FakeRun {
  syncs: number;
}

/** The page's globals the setup defines, for page.evaluate. */
export interface FakeWordWindow {
  fakeWord: FakeWord;
  fakeWordRuns: FakeRun[];
}

/**
 * Routes the page so that each load of taskpane.html runs in a fake Word with `document()`'s
 * content (called at every load, so a test can reopen the file with what Word saved).
 */
export async function routeFakeWord(page: Page, origin: string, document: () => FakeDocument): Promise<void> {
  const bundle = await fakeWordBundle();
  await page.route(`${origin}/taskpane.html*`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    if (!html.includes(OFFICE_SCRIPT)) throw new Error(`taskpane.html har inte ${OFFICE_SCRIPT}; testet vet inte var den falska Word ska in`);
    const scripts = `<script src="${BUNDLE_URL}"></script><script src="${SETUP_URL}"></script>`;
    await route.fulfill({ response, body: html.replace(OFFICE_SCRIPT, OFFICE_SCRIPT + scripts) });
  });
  await page.route(`${origin}${BUNDLE_URL}`, (route) => route.fulfill({ path: bundle, contentType: 'text/javascript; charset=utf-8' }));
  await page.route(`${origin}${SETUP_URL}`, (route) => route.fulfill({ body: setupScript(document()), contentType: 'text/javascript; charset=utf-8' }));
}

function setupScript(document: FakeDocument): string {
  return `(() => {
  const fake = globalThis.UtkastkollFakeWord;
  const options = Object.assign({}, ${JSON.stringify(document.options ?? {})});
  const host = ${JSON.stringify(document.host ?? null)};
  if (host) options.wordApi = fake.FAKE_HOSTS[host].WordApi;
  const word = fake.createFakeWord(fake.blocksFromParagraphInputs(${JSON.stringify(document.paragraphs)}), options);
  const runs = [];
  const run = word.Word.run;
  word.Word.run = async (...args) => {
    const entry = { syncs: 0 };
    runs.push(entry);
    const before = word.syncCount;
    try {
      return await run(...args);
    } finally {
      entry.syncs = word.syncCount - before;
    }
  };
  window.fakeWord = word;
  window.fakeWordRuns = runs;
  // office.js loads o15apptofilemappingtable.js by itself, and that script, when it runs, points window.Office back at
  // office.js's namespace and defines Office.context on it as a getter of its own. It may run before this script or
  // after it (even after the add-in's module): install now, and again in its load event (fired right after it ran,
  // in the same task, so the add-in never sees office.js's context in between).
  const mapping = document.querySelector('script[src*="o15apptofilemappingtable"]');
  const context = Object.getOwnPropertyDescriptor(globalThis.Microsoft?.Office?.WebExtension ?? {}, 'context');
  const mappingPending = mapping !== null && !(context && context.get);
  word.install();
  if (mappingPending) mapping.addEventListener('load', () => word.install(), { once: true });
})();
`;
}
