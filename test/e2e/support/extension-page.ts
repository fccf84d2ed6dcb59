/**
 * Working a fixture page as the writer does, and looking at what the overlay drew: the
 * overlay's shadow root is closed, so the only way to see its badges and underlines is the
 * page's pixels.
 */
import type { Frame, Page } from 'playwright-core';

/** Replaces the field's text by typing `text` into it key by key (an `input` event per key), as a writer does. */
export async function typeInto(page: Page, selector: string, text: string, frame: Page | Frame = page): Promise<void> {
  await page.bringToFront();
  const field = frame.locator(selector);
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Waits until the page has drawn `count` more frames (the overlay draws at most once a frame). */
export async function waitForFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((done) => {
        const next = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
        next(frames);
      }),
    count,
  );
}

/**
 * How many pixels of a screenshot are the overlay's error red (#c50f1f, its anti-aliased
 * edges included): the badge and underlines of an error-level finding. A plain form has
 * none. Decoded in `page` (an OffscreenCanvas; nothing is added to its document).
 */
export async function redPixels(page: Page, png: Buffer): Promise<number> {
  return (await redArea(page, png)).count;
}

/** The red pixels of a screenshot (see redPixels): how many, and the box around them (in the image's pixels; null when none). */
export async function redArea(page: Page, png: Buffer): Promise<{ count: number; box: { left: number; top: number; right: number; bottom: number } | null }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    let box: { left: number; top: number; right: number; bottom: number } | null = null;
    for (let index = 0; index < data.length; index += 4) {
      const [r, g, b] = [data[index]!, data[index + 1]!, data[index + 2]!];
      if (!(r > 150 && g < 110 && b < 110 && r - g > 80)) continue;
      count++;
      const x = (index / 4) % bitmap.width;
      const y = Math.floor(index / 4 / bitmap.width);
      box = box
        ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) }
        : { left: x, top: y, right: x, bottom: y };
    }
    return { count, box };
  }, png.toString('base64'));
}
