/**
 * WXT's fake browser (in-memory runtime events, tabs, storage incl. managed) with what it
 * lacks for the background, done in memory the way Chrome behaves: permissions (granted
 * origins, onAdded/onRemoved), scripting (registrations by id; a duplicate id is an error,
 * as in Chrome) and sidePanel.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import type { BackgroundBrowser, ContentScriptRegistration, ExtensionEvent, Permissions } from '../../extension/src/background/browser-api';

export const EXTENSION_ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}`;

function event<Listener extends (...args: never[]) => unknown>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    trigger: (...args: Parameters<Listener>) => listeners.map((listener) => listener(...args)),
  } satisfies ExtensionEvent<Listener> & { trigger: unknown };
}

export function fakeExtension(options: { hostPermissions?: string[] } = {}) {
  fakeBrowser.reset();
  const granted = new Set<string>();
  const registered = new Map<string, ContentScriptRegistration>();
  const onAdded = event<(permissions: Permissions) => void>();
  const onRemoved = event<(permissions: Permissions) => void>();
  const required = options.hostPermissions ?? [];

  const permissions = {
    contains: vi.fn(async ({ origins = [] }: Permissions) => origins.every((origin) => granted.has(origin) || required.includes(origin))),
    getAll: vi.fn(async (): Promise<Permissions> => ({
      origins: [...required, ...granted],
      permissions: ['storage', 'unlimitedStorage', 'sidePanel', 'scripting'],
    })),
    request: vi.fn(async ({ origins = [] }: Permissions) => {
      origins.forEach((origin) => granted.add(origin));
      onAdded.trigger({ origins });
      return true;
    }),
    remove: vi.fn(async ({ origins = [] }: Permissions) => {
      const removed = origins.filter((origin) => granted.delete(origin));
      if (removed.length > 0) onRemoved.trigger({ origins: removed });
      return removed.length > 0;
    }),
    onAdded,
    onRemoved,
  };
  const scripting = {
    registerContentScripts: vi.fn(async (scripts: ContentScriptRegistration[]) => {
      for (const script of scripts) if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      for (const script of scripts) registered.set(script.id, structuredClone(script));
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      const ids = filter?.ids ?? [...registered.keys()];
      for (const id of ids) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of ids) registered.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()].map((script) => structuredClone(script))),
    executeScript: vi.fn(async () => [{ frameId: 0, result: undefined }]),
  };
  const sidePanel = { setPanelBehavior: vi.fn(async () => undefined) };

  const browser: BackgroundBrowser = {
    runtime: {
      id: fakeBrowser.runtime.id,
      getManifest: () => ({ manifest_version: 3, ...(required.length > 0 ? { host_permissions: required } : {}) }),
      onMessage: fakeBrowser.runtime.onMessage as unknown as BackgroundBrowser['runtime']['onMessage'],
      onInstalled: fakeBrowser.runtime.onInstalled as unknown as BackgroundBrowser['runtime']['onInstalled'],
      onStartup: fakeBrowser.runtime.onStartup as unknown as BackgroundBrowser['runtime']['onStartup'],
    },
    permissions,
    scripting,
    tabs: fakeBrowser.tabs as unknown as BackgroundBrowser['tabs'],
    storage: fakeBrowser.storage as unknown as BackgroundBrowser['storage'],
    sidePanel,
  };
  return { browser, fake: fakeBrowser, granted, registered, permissions, scripting, sidePanel };
}
