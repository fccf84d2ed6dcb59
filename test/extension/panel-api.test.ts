/**
 * The side panel's browser-backed API: the active tab and its site, requests to its
 * content script, page:changed broadcasts, tab switches, and enabling the site from a click.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MessageListener } from '../../extension/src/background/browser-api';
import { createPanelApi, type PanelBrowser } from '../../extension/src/background/panel-api';

function event<Listener>() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    listeners,
  };
}

function fakePanelBrowser(tab: { id?: number; url?: string } | undefined) {
  const onMessage = event<MessageListener>();
  const onActivated = event<(info: { tabId: number }) => void>();
  const onUpdated = event<(tabId: number, change: { status?: string; url?: string }) => void>();
  const browser = {
    runtime: { sendMessage: vi.fn(async (message: unknown) => ((message as { type: string }).type === 'site:enable' ? { ok: true } : [])), onMessage },
    tabs: {
      query: vi.fn(async () => (tab ? [tab] : [])),
      sendMessage: vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => ({ ok: true })),
      onActivated,
      onUpdated,
    },
    permissions: { request: vi.fn(async () => true) },
  } satisfies PanelBrowser;
  return browser;
}

describe('the side panel’s API', () => {
  it('knows the active tab’s site and sends to its content script', async () => {
    const browser = fakePanelBrowser({ id: 4, url: 'https://planering.stockholm.se:8443/vp?x=1' });
    const api = createPanelApi(browser);
    expect(await api.activeTab()).toEqual({ id: 4, site: 'https://planering.stockholm.se' });
    expect(await api.toActiveTab({ type: 'finding:select', key: 'k' })).toEqual({ ok: true });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(4, { type: 'finding:select', key: 'k' });
    browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(api.toActiveTab({ type: 'page:report' })).rejects.toThrow(
      'Utkastkoll är inte igång på den här sidan. Aktivera webbplatsen eller ladda om sidan.',
    );
  });

  it('passes on page:changed broadcasts and tab switches until unsubscribed', () => {
    const browser = fakePanelBrowser(undefined);
    const api = createPanelApi(browser);
    const changed = vi.fn();
    const switched = vi.fn();
    const stopChanged = api.onPageChanged(changed);
    const stopSwitched = api.onActiveTabChanged(switched);
    for (const listener of browser.runtime.onMessage.listeners) {
      expect(listener({ type: 'page:changed', report: {} }, {}, () => undefined)).toBe(false);
      listener({ type: 'draft:save' }, {}, () => undefined);
    }
    for (const listener of browser.tabs.onActivated.listeners) listener({ tabId: 2 });
    for (const listener of browser.tabs.onUpdated.listeners) listener(2, { status: 'loading' });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(switched).toHaveBeenCalledTimes(1);
    stopChanged();
    stopSwitched();
    expect(browser.runtime.onMessage.listeners.size).toBe(0);
    expect(browser.tabs.onUpdated.listeners.size).toBe(0);
  });

  it('enables a site: the permission request first, then the background', async () => {
    const browser = fakePanelBrowser({ id: 1, url: 'https://kvalitet.stockholm.se/bidrag' });
    const api = createPanelApi(browser);
    const result = api.enableSite('https://kvalitet.stockholm.se');
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://kvalitet.stockholm.se/*'] });
    expect(await result).toEqual({ ok: true, value: 'https://kvalitet.stockholm.se' });
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'site:enable', origin: 'https://kvalitet.stockholm.se' });
    expect(await createPanelApi(fakePanelBrowser(undefined)).activeTab()).toBeNull();
  });
});
