/**
 * The part of the extension API the background uses, as a narrow interface: WXT's
 * `browser` satisfies it, and tests pass WXT's fake browser with the APIs it lacks
 * (permissions, scripting, sidePanel) mocked.
 */

export interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
}

export interface MessageSender {
  id?: string;
  url?: string;
  /** Chrome: the frame's origin, also for about:blank and srcdoc frames. */
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface Permissions {
  origins?: string[];
  permissions?: string[];
}

export interface ContentScriptRegistration {
  id: string;
  js?: string[];
  matches?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  persistAcrossSessions?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
}

export type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (response?: unknown) => void) => boolean | void;

export interface BackgroundBrowser {
  runtime: {
    id: string;
    getManifest(): { manifest_version: number; host_permissions?: string[] };
    onMessage: ExtensionEvent<MessageListener>;
    onInstalled: ExtensionEvent<(details: { reason: string }) => void>;
    onStartup: ExtensionEvent<() => void>;
  };
  permissions: {
    contains(permissions: Permissions): Promise<boolean>;
    getAll(): Promise<Permissions>;
    remove(permissions: Permissions): Promise<boolean>;
    onAdded: ExtensionEvent<(permissions: Permissions) => void>;
    onRemoved: ExtensionEvent<(permissions: Permissions) => void>;
  };
  scripting: {
    registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ContentScriptRegistration[]>;
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown>;
  };
  tabs: {
    query(queryInfo: { url?: string }): Promise<Array<{ id?: number; url?: string }>>;
  };
  storage: {
    managed: { get(): Promise<Record<string, unknown>> };
    onChanged: ExtensionEvent<(changes: Record<string, unknown>, areaName: string) => void>;
  };
  /** Chrome and Edge. */
  sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick?: boolean }): Promise<void> };
  /** Firefox: the side panel entrypoint becomes a sidebar. */
  sidebarAction?: { toggle(): Promise<void> };
  action?: { onClicked: ExtensionEvent<() => void> };
}
