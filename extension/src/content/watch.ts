/**
 * The events the content script follows in each document of the page (the top one and
 * every same-origin frame). Scroll events do not bubble, but caught on the way down at the
 * document they report the scrolling of every ancestor of a field (Harper instead adds a
 * listener to each scrollable ancestor, LintFramework.ts's getScrollableAncestors). The
 * MutationObserver is the frame's own (its realm), watching for fields and headings that
 * come and go and for text changed in editors without an `input` event.
 */

export interface DocumentHandlers {
  input(event: Event): void;
  focus(event: Event): void;
  selection(event: Event): void;
  /** Something moved on screen: scrolling, resizing. */
  view(): void;
  /** A frame (re)loaded: its document is new. */
  frameLoad(event: Event): void;
  /** The page is being hidden or left: save and check now. */
  hide(): void;
  mutations(records: MutationRecord[]): void;
}

/** Attributes that change what is a field or how it is labelled. */
export const STRUCTURE_ATTRIBUTES = [
  'contenteditable',
  'hidden',
  'type',
  'maxlength',
  'aria-label',
  'aria-labelledby',
  'aria-hidden',
  'disabled',
  'readonly',
  'id',
  'name',
];

/** Starts following a document; the returned function stops it. `top` adds the page's hide events. */
export function watchDocument(document: Document, handlers: DocumentHandlers, top: boolean): () => void {
  const cleanups: Array<() => void> = [];
  const on = (target: EventTarget, type: string, handler: (event: Event) => void, options: AddEventListenerOptions | boolean): void => {
    target.addEventListener(type, handler, options);
    cleanups.push(() => target.removeEventListener(type, handler, options));
  };
  const view = document.defaultView;
  on(document, 'input', handlers.input, true);
  on(document, 'focusin', handlers.focus, true);
  on(document, 'selectionchange', handlers.selection, false);
  on(document, 'scroll', handlers.view, { capture: true, passive: true });
  on(document, 'load', handlers.frameLoad, true);
  if (view) on(view, 'resize', handlers.view, { passive: true });
  if (top && view) {
    on(view, 'pagehide', handlers.hide, false);
    on(
      document,
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') handlers.hide();
      },
      false,
    );
  }
  const Observer = (view as (Window & { MutationObserver?: typeof MutationObserver }) | null)?.MutationObserver;
  if (Observer && document.documentElement) {
    const observer = new Observer(handlers.mutations);
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: STRUCTURE_ATTRIBUTES,
    });
    cleanups.push(() => observer.disconnect());
  }
  return () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}
