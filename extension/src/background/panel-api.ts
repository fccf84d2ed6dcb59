/**
 * What the side panel needs from the browser, as one object the side-panel entrypoint
 * builds from `browser` and hands to SidePanel (tests hand it a fake): typed requests to
 * the background, requests to the content script of the active tab, the content script's
 * page:changed broadcasts, tab switches, and turning the active site on from a click.
 */
import type { ContentRequest, PageChanged } from '../protocol';
import type { Result } from '../storage/errors';
import type { ExtensionEvent, MessageListener, Permissions } from './browser-api';
import { createBackgroundClient, enableSite, type BackgroundClient, type Messaging } from './client';
import { siteOfUrl } from './site-address';

interface RemovableEvent<Listener> extends ExtensionEvent<Listener> {
  removeListener(listener: Listener): void;
}

export interface PanelBrowser {
  runtime: Messaging & { onMessage: RemovableEvent<MessageListener> };
  tabs: {
    query(queryInfo: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onActivated: RemovableEvent<(info: { tabId: number }) => void>;
    onUpdated: RemovableEvent<(tabId: number, change: { status?: string; url?: string }) => void>;
  };
  permissions: { request(permissions: Permissions): Promise<boolean> };
}

export interface PanelApi {
  background: BackgroundClient;
  /** The active tab of the panel's window: its id and site (null when the browser does not tell us its address). */
  activeTab(): Promise<{ id: number; site: string | null } | null>;
  /** To the content script of the active tab; its answer (ContentResponse, see content/messages.ts), or an error when no script runs there. */
  toActiveTab(request: ContentRequest): Promise<unknown>;
  /** The content script checked the page again. Returns the unsubscribe function. */
  onPageChanged(listener: (message: PageChanged) => void): () => void;
  /** Another tab became active, or the active tab loaded a new page. */
  onActiveTabChanged(listener: () => void): () => void;
  /** "Aktivera på den här webbplatsen": call it straight from the click (see client.ts). */
  enableSite(origin: string): Promise<Result<string>>;
}

export function createPanelApi(browser: PanelBrowser): PanelApi {
  async function activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, site: siteOfUrl(tab.url) };
  }
  return {
    background: createBackgroundClient(browser.runtime),
    activeTab,
    async toActiveTab(request) {
      const tab = await activeTab();
      if (!tab) throw new Error('Ingen flik är öppen.');
      try {
        return await browser.tabs.sendMessage(tab.id, request);
      } catch {
        throw new Error('Utkastkoll är inte igång på den här sidan. Aktivera webbplatsen eller ladda om sidan.');
      }
    },
    onPageChanged(listener) {
      const onMessage: MessageListener = (message) => {
        if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page:changed') listener(message as PageChanged);
        return false;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
    onActiveTabChanged(listener) {
      const activated = () => listener();
      // Only the active tab loading a new page matters; other tabs load all the time.
      const updated = (tabId: number, change: { status?: string; url?: string }) => {
        if (change.status !== 'complete' && change.url === undefined) return;
        void activeTab().then((tab) => {
          if (tab?.id === tabId) listener();
        });
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
      };
    },
    enableSite: (origin) => enableSite(browser, origin),
  };
}
