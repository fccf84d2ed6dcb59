/**
 * The content script: `startContent(ctx)` is what extension/entrypoints/content.ts runs in
 * every frame of an enabled site. It checks the page's fields with the core and draws
 * the overlay; the background keeps drafts and settings; the side panel asks through
 * ContentRequests (see controller.ts for what happens when).
 *
 * A frame whose parent is same-origin stands back: the content script of the frame above
 * reaches its fields through `iframe.contentDocument` and checks them with the rest of
 * the form, so nothing is checked twice. `window.frameElement` is null exactly when the
 * parent is cross-origin (or there is none), and such a frame is its own document.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponse, ContentRequest, PageChanged } from '../protocol';
import { ContentController } from './controller';
import { isContentRequest, type ContentResponse, type Messenger } from './messages';
import { createOverlay } from './overlay/overlay';
import { windowClock } from './schedule';

export { ContentController, ISSUES_ATTRIBUTE } from './controller';
export type { ContentResponse, ContentResult } from './messages';

/** True when a content script in a frame above reaches this document itself. */
export function reachedFromAbove(view: Window): boolean {
  try {
    return view.frameElement !== null && view.parent !== view;
  } catch {
    return false;
  }
}

export async function startContent(ctx: ContentScriptContext): Promise<ContentController | null> {
  if (reachedFromAbove(window)) return null;
  const controller = new ContentController({
    document,
    messenger: runtimeMessenger(),
    clock: windowClock(window),
    place: { site: location.origin, page: location.pathname },
    isTopFrame: window.top === window,
    overlay: (actions) => createOverlay(document, actions),
  });
  ctx.onInvalidated(() => controller.stop());
  // Single-page apps change the address without a reload; WXT reports it (wxt:locationchange).
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.navigated({ site: location.origin, page: location.pathname }));
  try {
    await controller.start();
  } catch (error) {
    console.error('utkastkoll: sidan kunde inte kontrolleras', error);
  }
  return controller;
}

/** browser.runtime as the controller's Messenger: requests to the background, broadcasts to the side panel, answers by sendResponse. */
export function runtimeMessenger(): Messenger {
  return {
    send<T extends BackgroundRequest>(request: T): Promise<BackgroundResponse<T['type']>> {
      return browser.runtime.sendMessage(request) as Promise<BackgroundResponse<T['type']>>;
    },
    broadcast(message: PageChanged): void {
      // Nobody listens while the side panel is closed; that is not an error.
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
    listen(handler: (request: ContentRequest) => Promise<ContentResponse> | null): () => void {
      const listener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void): boolean => {
        if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
        if (!isContentRequest(message)) return false;
        const answer = handler(message);
        if (!answer) return false;
        // sendResponse and `return true`: the form both Chrome and Firefox keep the channel open for.
        answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
        return true;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
