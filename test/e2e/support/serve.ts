/**
 * A static HTTP server for end-to-end tests: serves one folder (a build) on 127.0.0.1 at a
 * random free port, with the content types a browser needs to run modules, and records every
 * request, so a test can say what the page asked for and what was missing.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface RecordedRequest {
  method: string;
  /** Path and query, as requested ("/taskpane.html?exempel=seed-000"). */
  url: string;
  status: number;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT", without a trailing slash. */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function serveStatic(folder: string): Promise<StaticServer> {
  const base = resolve(folder);
  const requests: RecordedRequest[] = [];
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
    const file = resolve(join(base, path === '/' ? 'index.html' : path));
    // Never serve outside the folder ("/../package.json").
    if (file !== base && !file.startsWith(base + sep)) return respond(403, 'forbidden');
    try {
      if (!(await stat(file)).isFile()) return respond(404, 'not found');
      respond(200, await readFile(file), CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      respond(404, 'not found');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
