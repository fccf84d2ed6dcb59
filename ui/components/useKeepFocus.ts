/**
 * Keeps keyboard users in the list: when the finding they fixed or ignored leaves it,
 * focus would fall back to the page's body (the top of the pane); it moves to the card
 * now in its place instead.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

const CARD = '[data-key]';
const FOCUSABLE = ':scope > [role="button"]';

/** Returns `remember(key)`, to call when an action may remove the finding with that key. */
export function useKeepFocus(container: RefObject<HTMLElement | null>, keys: readonly string[]): (key: string) => void {
  const pending = useRef<{ key: string; index: number } | null>(null);

  useLayoutEffect(() => {
    const target = pending.current;
    const root = container.current;
    // Still listed: the action is under way, or changed nothing (the text had changed).
    if (!target || !root || keys.includes(target.key)) return;
    pending.current = null;
    const active = root.ownerDocument.activeElement;
    if (active && active !== root.ownerDocument.body && active.isConnected) return; // the writer has moved on
    const cards = [...root.querySelectorAll(CARD)];
    const card = cards[Math.min(target.index, cards.length - 1)];
    card?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  });

  return (key) => {
    const cards = [...(container.current?.querySelectorAll(CARD) ?? [])];
    pending.current = {
      key,
      index: Math.max(
        0,
        cards.findIndex((card) => card.getAttribute('data-key') === key),
      ),
    };
  };
}
