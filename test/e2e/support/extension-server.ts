/**
 * The extension tests' web site: the fixture pages of test/e2e/extension-pages/ served over
 * http from a loopback address of choice (127.0.0.1, or 127.0.0.2 for the site only a
 * managed policy enables) at a random free port, with the React fixture bundled on the fly
 * (esbuild, once per run) and served as /react-textarea.js. Every request is recorded, so a
 * test can say what the pages asked for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { build } from 'esbuild';

export const PAGES = join(import.meta.dirname, '..', 'extension-pages');

export interface SiteRequest {
  method: string;
  url: string;
  status: number;
}

export interface FixtureSite {
  /** "http://127.0.0.1:PORT", without a trailing slash. */
  origin: string;
  host: string;
  port: number;
  requests: SiteRequest[];
  /** The address of a fixture page ("kvalitetsutmarkelsen.html"). */
  url(page: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

let reactBundle: Promise<string> | null = null;
let bundleFolder: string | null = null;

/** react-textarea.tsx with React 19 in one browser module (production React), in a temporary folder; its path. */
export function bundleReactFixture(): Promise<string> {
  reactBundle ??= (async () => {
    bundleFolder = mkdtempSync(join(tmpdir(), 'utkastkoll-react-fixture-'));
    const outfile = join(bundleFolder, 'react-textarea.js');
    await build({
      entryPoints: [join(PAGES, 'react-textarea.tsx')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return outfile;
  })();
  return reactBundle;
}

/** Removes the bundle's temporary folder (after the last server of the run is closed). */
export function removeReactBundle(): void {
  if (bundleFolder) rmSync(bundleFolder, { recursive: true, force: true });
  bundleFolder = null;
  reactBundle = null;
}

/** Serves the fixture pages on `host` (a loopback address). */
export async function serveFixtures(host = '127.0.0.1'): Promise<FixtureSite> {
  const base = resolve(PAGES);
  const react = await bundleReactFixture();
  const requests: SiteRequest[] = [];
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    const respond = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      requests.push({ method: request.method ?? 'GET', url, status });
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    let path: string;
    try {
      path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    } catch {
      return respond(400, 'bad request');
    }
    if (path === '/favicon.ico') return respond(204, '');
    const file = path === '/react-textarea.js' ? react : resolve(join(base, path === '/' ? 'kvalitetsutmarkelsen.html' : path));
    if (file !== react && !file.startsWith(base + sep)) return respond(403, 'forbidden');
    try {
      if (!(await stat(file)).isFile()) return respond(404, 'not found');
      respond(200, await readFile(file), CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      respond(404, 'not found');
    }
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    host,
    port,
    requests,
    url: (page) => `${origin}/${page}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
