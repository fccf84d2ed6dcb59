/**
 * The browser extension's build (WXT, Manifest V3 for Chrome/Edge and Firefox).
 *
 * - Access to a site only after the user turns the extension on for it: the origins are
 *   optional host permissions, requested on a click; the content script is registered at
 *   run time (`registration: 'runtime'`, `matches: []`), so the manifest has no
 *   `content_scripts` and no `host_permissions`.
 * - Nothing typed leaves the machine: the extension pages' CSP allows no connection, image,
 *   font, frame or form target outside the extension itself.
 * - The test build (`npm run build:extension:test`: mode "test", or UTKASTKOLL_TEST=1)
 *   runs on 127.0.0.1 and localhost without asking and has a fixed id (see
 *   extension/src/background/test-build.ts); it is written to .output/chrome-mv3-test/.
 * - Firefox is built with `--mv3`: MV2 drops optional host permissions.
 */
import { defineConfig } from 'wxt';
import { TEST_EXTENSION_KEY, TEST_HOST_PERMISSIONS } from './extension/src/background/test-build';

/** Every site the user may ever enable; the content script's overlay CSS must be loadable on them. */
const WEB_SITES = ['https://*/*', 'http://*/*'];

const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'self'",
  "connect-src 'self'",
  // Fluent UI writes its styles into <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

const envTestBuild = process.env.UTKASTKOLL_TEST === '1';

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  publicDir: 'extension/public',
  outDir: '.output',
  // The test build has its own folder whichever mode it was built in, so it never overwrites a production build.
  ...(envTestBuild ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  modules: ['@wxt-dev/module-react'],
  // Entrypoints import defineBackground, defineContentScript and browser from wxt/…, so type-checking needs no `wxt prepare`.
  imports: false,
  manifest: ({ browser, mode, command }) => {
    const testBuild = envTestBuild || mode === 'test';
    const firefox = browser === 'firefox';
    return {
      name: 'Utkastkoll',
      description: 'Granskar utkast till tjänsteutlåtanden, verksamhetsplaner och Kvalitetsutmärkelsen i webbformulär. Inget du skriver lämnar datorn.',
      permissions: ['storage', 'unlimitedStorage', ...(firefox ? [] : ['sidePanel']), 'scripting'],
      optional_host_permissions: WEB_SITES,
      ...(testBuild ? { host_permissions: TEST_HOST_PERMISSIONS } : {}),
      ...(testBuild && !firefox ? { key: TEST_EXTENSION_KEY } : {}),
      // The dev server (`wxt`, command "serve") loads pages and reloads from localhost; only built extensions get the strict policy.
      ...(command === 'serve' ? {} : { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
      action: { default_title: 'Utkastkoll' },
      // Chrome and Edge read the organisation's policy through this schema; Firefox reads policies.json and ignores it.
      ...(firefox ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
      ...(firefox ? { browser_specific_settings: { gecko: { id: 'utkastkoll@stockholm.se', strict_min_version: '128.0' } } } : {}),
    };
  },
  zip: {
    // The sources zip (Firefox's review) needs what builds the extension, not the other front ends, generated files or test fixtures.
    excludeSources: [
      'test/**',
      'test-results/**',
      'dist/**',
      'coverage/**',
      'word-addin/**',
      'manifest.xml',
      'cli/**',
      'bin/**',
      'bench/**',
      'docs/**',
      'examples/**',
      'schema/**',
      'scripts/**',
    ],
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // With `matches: []` WXT makes the overlay's CSS accessible to no page, and the underlines would be unstyled.
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (typeof entry === 'string' || (entry.matches?.length ?? 0) > 0) continue;
        if (entry.resources.some((resource) => resource.startsWith('content-scripts/') && resource.endsWith('.css'))) entry.matches = [...WEB_SITES];
      }
    },
  },
});
