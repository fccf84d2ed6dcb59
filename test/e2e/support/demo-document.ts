/**
 * The demo's simulated Word document as a test reads it: its paragraphs in order (one
 * element per paragraph, a table per table, the heading style in data attributes), the
 * browser's selection in it, and its comments.
 */
import type { Page } from 'playwright-core';
import { DEMO_DOCUMENT } from './word-demo';

export type DemoBlock = { kind: 'paragraph'; tag: string; style: string | null; styleName: string | null; text: string } | { kind: 'table'; rows: string[][] };

/** Every paragraph and table of the document, in order. */
export function demoBlocks(page: Page): Promise<DemoBlock[]> {
  return page.$eval(DEMO_DOCUMENT, (root) =>
    Array.from(root.children, (element): DemoBlock => {
      if (element instanceof HTMLTableElement)
        return { kind: 'table', rows: Array.from(element.rows, (row) => Array.from(row.cells, (cell) => cell.textContent ?? '')) };
      const html = element as HTMLElement;
      return {
        kind: 'paragraph',
        tag: html.tagName,
        style: html.dataset.style ?? null,
        styleName: html.dataset.styleName ?? null,
        text: html.textContent ?? '',
      };
    }),
  );
}

/** The document's paragraphs' texts (a table row as its cells joined by tabs), as the core numbers them. */
export async function demoLines(page: Page): Promise<string[]> {
  return (await demoBlocks(page)).flatMap((block) => (block.kind === 'table' ? block.rows.map((cells) => cells.join('\t')) : [block.text]));
}

export interface DemoSelection {
  /** `window.getSelection().toString()`. */
  text: string;
  /** Whether the whole selection lies inside the simulated document. */
  inDocument: boolean;
  /** The paragraph (or table row) it starts in, numbered as the core numbers paragraphs; -1 outside. */
  paragraph: number;
}

export function demoSelection(page: Page): Promise<DemoSelection> {
  return page.$eval(DEMO_DOCUMENT, (root) => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return { text: '', inDocument: false, paragraph: -1 };
    const range = selection.getRangeAt(0);
    const units: Element[] = [];
    for (const element of Array.from(root.children)) {
      if (element instanceof HTMLTableElement) units.push(...Array.from(element.rows));
      else units.push(element);
    }
    const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const paragraph = units.findIndex((unit) => unit === start || unit.contains(start));
    return { text: selection.toString(), inDocument: root.contains(range.commonAncestorContainer), paragraph };
  });
}

/** Clears the browser's selection, so the next one waited for is the pane's. */
export async function clearSelection(page: Page): Promise<void> {
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
}

/** Whether the selection's words are inside the visible part of the document's scrolling canvas. */
export function selectionVisible(page: Page): Promise<boolean> {
  return page.$eval(DEMO_DOCUMENT, (root) => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    const words = selection.getRangeAt(0).getBoundingClientRect();
    let scroller: HTMLElement | null = root.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    const view = scroller ? scroller.getBoundingClientRect() : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    return words.height > 0 && words.top >= view.top && words.bottom <= view.bottom;
  });
}

export interface DemoComment {
  /** The quoted words above the comment, without the quotation marks. */
  quote: string;
  text: string;
}

export function demoComments(page: Page): Promise<DemoComment[]> {
  return page.$$eval('[data-demo-comment]', (comments) =>
    comments.map((comment) => ({
      quote: (comment.querySelector('.demo-comment-quote')?.textContent ?? '').replace(/^”|”$/g, ''),
      text: comment.querySelector('.demo-comment-text')?.textContent ?? '',
    })),
  );
}
