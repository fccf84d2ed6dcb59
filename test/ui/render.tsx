/**
 * Renders React into a jsdom container with react-dom's createRoot and act, inside the
 * Fluent provider the components expect, and drives it as a user does.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender(node: ReactNode): void;
  unmount(): void;
}

const mounted = new Set<Rendered>();

/** `bare`: without a FluentProvider (the pane's App brings its own). */
export function render(node: ReactNode, options: { bare?: boolean } = {}): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const wrap = (child: ReactNode) => (options.bare ? child : <FluentProvider theme={webLightTheme}>{child}</FluentProvider>);
  act(() => root.render(wrap(node)));
  const rendered: Rendered = {
    container,
    rerender: (next) => act(() => root.render(wrap(next))),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
      mounted.delete(rendered);
    },
  };
  mounted.add(rendered);
  return rendered;
}

export function cleanup(): void {
  for (const rendered of [...mounted]) rendered.unmount();
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

export function press(element: Element, key: 'Enter' | ' '): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/** Chooses an option of a native <select> (Fluent's Select is one) as a user does. */
export function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelectorAll<T>(selector);
  if (found.length !== 1) throw new Error(`${found.length} träffar för ${selector}`);
  return found[0]!;
}

export function all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return [...root.querySelectorAll<T>(selector)];
}

/** An element's text with whitespace collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
