/**
 * Build and serve the Word task pane.
 *   npm run build:word  → dist/word-addin/ (taskpane.html, relative asset URLs, office/ with Word's office.js files)
 *   npm run dev:word    → https://localhost:3000/taskpane.html with hot reload
 *   npm run serve:word  → the built dist/word-addin/ on https://localhost:3000, for sideloading
 *   npm run demo:word   → the built pane as a demo outside Office on http://127.0.0.1:3001 (no certificate needed)
 * Office.js comes from the npm package and is served from the add-in's own origin, never from
 * Microsoft's CDN; https uses the development certificate of office-addin-dev-certs.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, '..');
const officeDist = join(repository, 'node_modules/@microsoft/office-js/dist');
const outDir = join(repository, 'dist/word-addin');
const PORT = 3000;
const DEMO_PORT = 3001;

/** What office.js loads in Word: itself, the host mapping table, the Word host files and the strings of the two locales we ship. */
function officeFiles(): string[] {
  const wordHostFiles = readdirSync(officeDist).filter((name) => /^word[\w.-]*\.js$/.test(name) && !name.endsWith('.debug.js'));
  return ['office.js', 'o15apptofilemappingtable.js', ...wordHostFiles, 'sv-se/office_strings.js', 'en-us/office_strings.js'];
}

/** Copies Office.js into dist/word-addin/office/ after the build; serves the same files under /office/ in dev. */
function officeJs(): Plugin[] {
  return [
    {
      name: 'utkastkoll-office-js-copy',
      apply: 'build',
      closeBundle() {
        for (const file of officeFiles()) {
          const target = join(outDir, 'office', file);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(join(officeDist, file), target);
        }
      },
    },
    {
      name: 'utkastkoll-office-js-serve',
      apply: 'serve',
      configureServer(server) {
        const files = new Set(officeFiles());
        server.middlewares.use('/office', (request, response, next) => {
          const file = decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\//, ''));
          if (!files.has(file)) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(readFileSync(join(officeDist, file)));
        });
      },
    },
  ];
}

/**
 * The pane may load nothing from another origin: no CDN scripts or fonts, no telemetry. (Outside
 * Office, office.js's compatibility file o15apptofilemappingtable.js frames Microsoft's telemetry
 * proxy three seconds after loading; frame-src stops it.) Styles inline because Fluent UI
 * (Griffel) inserts its rules at run time. The build carries the policy in taskpane.html; the dev
 * server sends it as a header, with the inline script and websocket its hot reload needs.
 */
function contentSecurityPolicy(development: boolean): string {
  return [
    "default-src 'self'",
    development ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    development ? `connect-src 'self' data: blob: wss://localhost:${PORT}` : "connect-src 'self' data: blob:",
    "frame-src 'self' blob: data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'utkastkoll-csp',
    apply: 'build',
    // Right after the charset, before office.js: the policy covers only what is loaded after it.
    transformIndexHtml(html) {
      const charset = '<meta charset="utf-8" />';
      if (!html.includes(charset)) throw new Error(`taskpane.html: ${charset} saknas, så sidans säkerhetspolicy (CSP) kan inte läggas in`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(false)}" />`);
    },
  };
}

/** Vite names only the server's root; the pane (and the manifest's SourceLocation) is taskpane.html. */
function paneAddress(demo: boolean): Plugin {
  const announce = (logger: { info(message: string): void }) =>
    logger.info(
      demo
        ? `  Demo utanför Word: http://127.0.0.1:${DEMO_PORT}/taskpane.html`
        : `  Aktivitetsfönstret: https://localhost:${PORT}/taskpane.html  (manifest.xml pekar hit)`,
    );
  return {
    name: 'utkastkoll-pane-address',
    configureServer: (server) => void server.httpServer?.once('listening', () => setTimeout(() => announce(server.config.logger))),
    configurePreviewServer: (server) => void server.httpServer.once('listening', () => setTimeout(() => announce(server.config.logger))),
  };
}

/** office-addin-dev-certs' certificate for https://localhost; without it, say in Swedish how to make one and stop. */
async function developmentHttps() {
  const directory = join(homedir(), '.office-addin-dev-certs');
  const present = ['ca.crt', 'localhost.crt', 'localhost.key'].every((file) => existsSync(join(directory, file)));
  const devCerts = await import('office-addin-dev-certs');
  let valid = false;
  try {
    valid = present && devCerts.verifyCertificates();
  } catch {
    valid = false;
  }
  if (!valid) {
    // getHttpsServerOptions would otherwise generate and install a CA on its own (with sudo on Linux).
    console.error(
      [
        '',
        'Utvecklingscertifikatet för https://localhost saknas, har gått ut eller är inte betrott.',
        'Skapa det och lita på det en gång med:',
        '',
        '    npx office-addin-dev-certs install',
        '',
        `Certifikatet hamnar i ${directory} och gäller i 30 dagar (på Linux frågar kommandot efter sudo).`,
        'Starta sedan om: npm run dev:word (eller npm run serve:word).',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  return devCerts.getHttpsServerOptions();
}

export default defineConfig(async ({ command, mode }) => {
  // The demo runs outside Office, so plain http on the loopback address will do.
  const demo = mode === 'demo';
  const https = command === 'serve' && !demo ? await developmentHttps() : undefined;
  return {
    root: here,
    base: './',
    publicDir: join(here, 'public'),
    plugins: [react(), ...officeJs(), contentSecurityPolicyMeta(), paneAddress(demo)],
    build: {
      outDir,
      emptyOutDir: true,
      // React, Fluent UI and the rules core in one chunk: the pane loads it once, from its own origin.
      chunkSizeWarningLimit: 1200,
      rollupOptions: { input: { taskpane: join(here, 'taskpane.html') } },
    },
    server: { port: PORT, strictPort: true, https, fs: { allow: [repository] }, headers: { 'Content-Security-Policy': contentSecurityPolicy(true) } },
    preview: demo
      ? { port: DEMO_PORT, strictPort: true, host: '127.0.0.1', open: false, headers: { 'Content-Security-Policy': contentSecurityPolicy(false) } }
      : { port: PORT, strictPort: true, https, headers: { 'Content-Security-Policy': contentSecurityPolicy(false) } },
  };
});
