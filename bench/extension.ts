/**
 * The browser extension's cost, with its content script's controller and overlay (the code
 * the built extension runs, extension/src/content/) on a page in jsdom, a fake clock and a
 * background that answers at once:
 *
 * - extension-keystroke:10000 — what the content script adds on the typing path for one
 *   keystroke in a 10,000-character textarea: the handlers of one keystroke's events
 *   (keydown, input, keyup, selectionchange) as the page dispatches them. The check itself
 *   is off this path (debounced); the overlay redraws in the next animation frame, which
 *   runs between the measured keystrokes and is not counted. Goal ≤ 1 ms. What is timed
 *   includes jsdom's own event dispatch, so it is an upper bound.
 * - extension-recheck:ku24 — from the debounce firing after the last keystroke to updated
 *   counts: the core's re-check of the edited field in the whole form (FormCheck), the
 *   data-utkastkoll-issues attributes, the overlay's update and the report for the side
 *   panel. The page is the Kvalitetsutmärkelsen fixture (test/e2e/extension-pages/: the
 *   Inledning fields and 24 questions) with every field filled, from seed 003 (a real entry)
 *   dealt out in order, so the entry is as long as a real one. Each run changes one
 *   question's answer, alternately with and without a defect, so the counts really change.
 *   Goal ≤ 50 ms. Sending the report to the side panel (structured clone) is not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromText } from '../shared/index';
import { ContentController, ISSUES_ATTRIBUTE } from '../extension/src/content/controller';
import type { Messenger } from '../extension/src/content/messages';
import { createOverlay } from '../extension/src/content/overlay/overlay';
import type { Clock } from '../extension/src/content/schedule';
import type { BackgroundRequest } from '../extension/src/protocol';

/** jsdom ships no type declarations (and none are installed): the part of its API used here. */
interface Jsdom {
  window: Window & typeof globalThis;
}
type JsdomModule = { JSDOM: new (html: string, options: { url: string; pretendToBeVisual: boolean }) => Jsdom };

export interface ExtensionResult {
  name: string;
  bytes: number;
  runs: number;
  median_ms: number;
  p95_ms: number;
  ms_per_100kb: number;
}

const ROOT = join(import.meta.dirname, '..');
const KU_PAGE = join(ROOT, 'test', 'e2e', 'extension-pages', 'kvalitetsutmarkelsen.html');
const SEED_003 = join(ROOT, 'test', 'fixtures', 'seeds', '003-tavlingsbidrag-forebyggande.txt');
const MIN_RUNS = 30;
const MIN_TIME_MS = 1500;
const WARMUP_RUNS = 5;
const MAX_RUNS = 5000;

/** Both entries, measured in this process after warm-up (median and p95 in ms). */
export async function extensionResults(): Promise<ExtensionResult[]> {
  const seed = readFileSync(SEED_003, 'utf8');
  return [await keystroke(10_000, seed), await recheckKu24(seed)];
}

/** Timers that run only when told; animation frames are queued apart, so a measurement can leave them out. */
class BenchClock implements Clock {
  private time = 0;
  private timers: Array<{ at: number; callback: () => void; id: number }> = [];
  private frames: Array<() => void> = [];
  private next = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  };
  requestFrame = (callback: () => void): unknown => {
    this.frames.push(callback);
    return this.frames.length;
  };
  /** Moves time on and runs the timers due by then, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.time = due.at;
      due.callback();
    }
    this.time = end;
  }
  /** Runs the animation frames asked for (the overlay's drawing). */
  drawFrames(): void {
    for (const frame of this.frames.splice(0)) frame();
  }
}

/** The background and side panel: every request answered at once, broadcasts dropped. */
function quietMessenger(): Messenger {
  return {
    async send(request: BackgroundRequest) {
      const answer =
        request.type === 'site:state'
          ? { settings: {} }
          : request.type === 'catalogs:get'
            ? []
            : request.type === 'draft:save'
              ? { saved: true }
              : { ok: true };
      return answer as never;
    },
    broadcast: () => undefined,
    listen: () => () => undefined,
  };
}

async function startedOn(html: string, url: string) {
  const { JSDOM } = (await import('jsdom' as string)) as JsdomModule;
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  const { document } = dom.window;
  const clock = new BenchClock();
  const controller = new ContentController({
    document,
    messenger: quietMessenger(),
    clock,
    place: { site: new URL(url).origin, page: new URL(url).pathname },
    overlay: (actions) => createOverlay(document, actions, { clock }),
    pollMs: 0,
  });
  return { dom, document, clock, controller, start: () => controller.start() };
}

/** Seed 003's paragraphs and list items (page headers and all), in order. */
function seedParagraphs(seed: string): string[] {
  return documentFromText(seed, 'text')
    .blocks.filter((block) => block.kind !== 'heading')
    .map((block) => block.text.trim())
    .filter((text) => text !== '');
}

async function keystroke(chars: number, seed: string): Promise<ExtensionResult> {
  let text = '';
  for (const paragraph of seedParagraphs(seed)) {
    if (text.length >= chars) break;
    text += (text ? '\n\n' : '') + paragraph;
  }
  text = text.slice(0, chars);
  const html = `<!doctype html><html lang="sv"><body><main><h1>Verksamhetsplan</h1><form>
<label for="beskrivning">Beskrivning av verksamheten</label><textarea id="beskrivning" rows="20"></textarea>
</form></main></body></html>`;
  const page = await startedOn(html, 'https://planering.stockholm.se/plan');
  const { document, clock, dom } = page;
  const field = document.getElementById('beskrivning') as HTMLTextAreaElement;
  field.value = text;
  await page.start();
  if (field.getAttribute(ISSUES_ATTRIBUTE) === null) throw new Error('extension-keystroke: fältet granskades inte');
  field.focus();
  const { KeyboardEvent, InputEvent, Event } = dom.window;
  let typed = text;
  const result = measure(
    `extension-keystroke:${chars}`,
    Buffer.byteLength(text, 'utf8'),
    (iteration) => {
      // Untimed: the frame the last keystroke asked for is drawn, and the browser puts the next character in.
      clock.drawFrames();
      const key = iteration % 40 === 39 ? ' ' : 'a';
      typed = typed.length > chars + 200 ? text : typed + key;
      field.value = typed;
      field.setSelectionRange(typed.length, typed.length);
      return key;
    },
    (key) => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: key }));
      field.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
      document.dispatchEvent(new Event('selectionchange'));
    },
  );
  page.controller.stop();
  dom.window.close();
  return result;
}

async function recheckKu24(seed: string): Promise<ExtensionResult> {
  const page = await startedOn(readFileSync(KU_PAGE, 'utf8'), 'https://kvalitetsutmarkelsen.stockholm.se/bidrag');
  const { document, clock, dom } = page;
  const fields = Array.from(document.querySelectorAll<HTMLTextAreaElement>('form#bidrag textarea'));
  if (fields.filter((field) => field.id.startsWith('fraga-')).length !== 24) throw new Error('extension-recheck: formuläret har inte 24 frågor');
  // Seed 003 dealt out in order, about as much to each field, after the fixture's own answer.
  const paragraphs = seedParagraphs(seed);
  const share = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) / fields.length;
  let next = 0;
  for (const field of fields) {
    let value = field.value;
    let added = 0;
    while (next < paragraphs.length && added < share) {
      value += `\n\n${paragraphs[next]}`;
      added += paragraphs[next++]!.length;
    }
    field.value = value;
  }
  const bytes = fields.reduce((sum, field) => sum + Buffer.byteLength(field.value, 'utf8'), 0);
  await page.start();
  const edited = document.getElementById('fraga-14') as HTMLTextAreaElement;
  const original = edited.value;
  const { InputEvent } = dom.window;
  const counts = new Set<string>();
  const result = measure(
    'extension-recheck:ku24',
    bytes,
    (iteration) => {
      // Untimed: the writer's last keystroke (the debounce is armed by it).
      clock.advance(5000);
      clock.drawFrames();
      const girls = iteration % 2 === 0 ? 5 : 6;
      edited.value = `${original}\n\nTillägg ${iteration}: under året deltog 12 ungdomar varav ${girls} flickor och 7 pojkar.`;
      edited.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '.' }));
      return null;
    },
    () => {
      // The debounce's 300 ms pass: the check runs, and the counts are on the fields when it returns.
      clock.advance(300);
      counts.add(edited.getAttribute(ISSUES_ATTRIBUTE) ?? '');
    },
  );
  if (counts.size < 2) throw new Error(`extension-recheck: antalet på fältet ändrades inte (${[...counts].join(', ')})`);
  page.controller.stop();
  dom.window.close();
  return result;
}

/** As bench/run.ts's `measure`, with an untimed `prepare` before each timed `run`. */
function measure<T>(name: string, bytes: number, prepare: (iteration: number) => T, run: (prepared: T) => void): ExtensionResult {
  for (let iteration = 0; iteration < WARMUP_RUNS; iteration++) run(prepare(-1 - iteration));
  const times: number[] = [];
  const started = performance.now();
  for (let iteration = 0; times.length < MIN_RUNS || performance.now() - started < MIN_TIME_MS; iteration++) {
    const prepared = prepare(iteration);
    const before = performance.now();
    run(prepared);
    times.push(performance.now() - before);
    if (times.length >= MAX_RUNS) break;
  }
  times.sort((a, b) => a - b);
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const median = quantile(0.5);
  return { name, bytes, runs: times.length, median_ms: round(median), p95_ms: round(quantile(0.95)), ms_per_100kb: round((median / bytes) * 100_000) };
}

function round(value: number): number {
  // Four decimals: a keystroke's handlers take microseconds.
  return Math.round(value * 10_000) / 10_000;
}
