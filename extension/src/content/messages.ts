/**
 * The content script's side of protocol.ts: what it asks the background, what it tells
 * the side panel, what it answers. protocol.ts types the requests; the answers to
 * ContentRequests are typed here (the contract has none yet): the report for
 * `page:report`, else ok or a Swedish error, with a Swedish notice for the panel to show.
 */
import type { BackgroundRequest, BackgroundResponse, ContentRequest, PageChanged, PageReport } from '../protocol';

export type ContentResult = { ok: true; notice?: string } | { ok: false; error: string };

export type ContentResponse<T extends ContentRequest['type'] = ContentRequest['type']> = T extends 'page:report' ? PageReport : ContentResult;

/** How the content script talks to the rest of the extension (browser.runtime in the page, a fake in tests). */
export interface Messenger {
  send<T extends BackgroundRequest>(request: T): Promise<BackgroundResponse<T['type']>>;
  /** To the side panel; nobody listening (the panel is closed) is not an error. */
  broadcast(message: PageChanged): void;
  /**
   * Answers the side panel's requests. The handler returns null for a request another
   * frame's content script should answer (a finding it does not have).
   */
  listen(handler: (request: ContentRequest) => Promise<ContentResponse> | null): () => void;
}

const CONTENT_REQUESTS = new Set<string>([
  'page:report',
  'finding:select',
  'finding:fix',
  'finding:dismiss',
  'finding:restore',
  'type:set',
  'insert:goal-block',
  'insert:skeleton',
  'draft:restore',
]);

export function isContentRequest(message: unknown): message is ContentRequest {
  return typeof message === 'object' && message !== null && CONTENT_REQUESTS.has(String((message as { type?: unknown }).type));
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
