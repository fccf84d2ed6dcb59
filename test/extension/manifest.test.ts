/**
 * The extension's manifest as built: exactly the four permissions, sites only as optional
 * host permissions (no host_permissions, no static content scripts), a CSP that lets
 * nothing leave the machine, the managed-storage schema Chrome accepts, and the test
 * build's fixed origins and id. The built manifests are checked when they exist
 * (`npm run build:extension`, `npm run build:extension:test`); the rest always.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_EXTENSION_ID, TEST_EXTENSION_KEY, TEST_HOST_PERMISSIONS } from '../../extension/src/background/test-build';

const root = join(import.meta.dirname, '..', '..');
const output = (folder: string) => join(root, '.output', folder);

interface Manifest {
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[] }>;
  storage?: { managed_schema?: string };
  key?: string;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
  side_panel?: unknown;
  sidebar_action?: unknown;
}

function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(output(folder), 'manifest.json'), 'utf8')) as Manifest;
}

function directives(csp: string | undefined): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function checkNoNetwork(manifest: Manifest) {
  const csp = directives(manifest.content_security_policy?.extension_pages);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'self'"]);
  expect(["'self'", "'none'"]).toContain(csp.get('connect-src')?.join(' '));
  // No directive names a host or a scheme that reaches one.
  for (const [name, values] of csp) for (const value of values) expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i);
}

function checkOverlayCss(manifest: Manifest) {
  for (const entry of manifest.web_accessible_resources ?? []) {
    if (entry.resources.some((resource) => resource.endsWith('.css')))
      expect(entry.matches?.length, 'overlay CSS must be loadable by the pages').toBeGreaterThan(0);
  }
}

describe('the managed-storage schema', () => {
  const schema = JSON.parse(readFileSync(join(root, 'extension', 'public', 'managed_schema.json'), 'utf8')) as Record<string, unknown>;

  it('is an object schema with the enabled sites and catalogs, as Chrome requires', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties as object)).toEqual(['enabledSites', 'catalogs']);
    expect((schema.properties as Record<string, { type: string; items: { type: string } }>).enabledSites).toMatchObject({
      type: 'array',
      items: { type: 'string' },
    });
  });
});

describe('the test build’s id', () => {
  it('is the one Chromium derives from the pinned key', () => {
    const digest = createHash('sha256').update(Buffer.from(TEST_EXTENSION_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...digest].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('')).toBe(TEST_EXTENSION_ID);
  });
});

describe.skipIf(!existsSync(join(output('chrome-mv3'), 'manifest.json')))('the Chrome build (.output/chrome-mv3)', () => {
  const manifest = existsSync(join(output('chrome-mv3'), 'manifest.json')) ? readManifest('chrome-mv3') : ({} as Manifest);

  it('asks for exactly storage, unlimitedStorage, sidePanel and scripting, and sites only as optional', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest).not.toHaveProperty('key');
  });

  it('lets nothing leave the machine', () => checkNoNetwork(manifest));

  it('reads the organisation’s policy through the schema, and styles the overlay', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(existsSync(join(output('chrome-mv3'), 'managed_schema.json'))).toBe(true);
    expect(manifest.background?.service_worker).toBe('background.js');
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    checkOverlayCss(manifest);
  });
});

describe.skipIf(!existsSync(join(output('firefox-mv3'), 'manifest.json')))('the Firefox build (.output/firefox-mv3)', () => {
  const manifest = existsSync(join(output('firefox-mv3'), 'manifest.json')) ? readManifest('firefox-mv3') : ({} as Manifest);

  it('is MV3, so the sites stay optional host permissions, with its gecko id', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('utkastkoll@stockholm.se');
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    checkNoNetwork(manifest);
  });
});

describe.skipIf(!existsSync(join(output('chrome-mv3-test'), 'manifest.json')))('the test build (.output/chrome-mv3-test)', () => {
  const manifest = existsSync(join(output('chrome-mv3-test'), 'manifest.json')) ? readManifest('chrome-mv3-test') : ({} as Manifest);

  it('runs on 127.0.0.1 and localhost without asking, with the pinned key, and otherwise as the production build', () => {
    expect(manifest.host_permissions).toEqual(TEST_HOST_PERMISSIONS);
    expect(manifest.key).toBe(TEST_EXTENSION_KEY);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    checkNoNetwork(manifest);
    checkOverlayCss(manifest);
  });
});
