/**
 * The browser extension end to end: the built test extension (.output/chrome-mv3-test,
 * `npm run build:extension:test`) in headless Chromium, on the fixture pages of
 * test/e2e/extension-pages/ served from 127.0.0.1, where the test build runs without
 * asking. One persistent context (one profile folder) for the whole file, relaunched once
 * with the same folder to prove drafts survive the browser; the managed-policy test at the
 * end has its own profiles.
 *
 * What each test proves is in its name; the fixture pages say what they imitate. The side
 * panel is opened as a tab (support/extension.ts, openPanel) and works on the one fixture
 * tab, `page`, which each test points at the page it needs.
 */
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, collectPageErrors, screenshot, screenshotOf } from './support/browser';
import {
  askBackground,
  buildWithHostAccess,
  databasesOf,
  EXTENSION_DIR,
  EXTENSION_ID,
  EXTENSION_ORIGIN,
  ISSUES,
  issuesOf,
  launchExtension,
  openPanel,
  reloadPanel,
  requireExtensionBuild,
  waitForIssues,
  type ExtensionBrowser,
  type RecordedRequest,
} from './support/extension';
import { redArea, redPixels, typeInto, waitForFrames } from './support/extension-page';
import { removeReactBundle, serveFixtures, type FixtureSite } from './support/extension-server';
import type { DraftSummary } from '../../extension/src/protocol';

const SUM_DEFECT = 'Under året deltog 286 ungdomar varav 124 flickor och 135 pojkar.';
const SUM_FIXED = 'Under året deltog 259 ungdomar varav 124 flickor och 135 pojkar.';
const SUM_FLAGGED = '286 ungdomar varav 124 flickor och 135 pojkar';
const GOAL_MISQUOTED = 'Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.';
const GOAL_CATALOG_WORDING = 'Stockholm är en hållbar stad med en god livsmiljö';
const GOAL_1_2 = '1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i';
const TEMPLATE_RULES = ['required-section', 'section-order', 'empty-section'];
/** A listed finding in the panel (not one of the ignored ones). */
const FINDING = '[data-findings] li[data-rule-id][data-key]';

let site: FixtureSite;
let browser: ExtensionBrowser;
/** The fixture tab: every test opens its page here, and the panel works on it. */
let page: Page;
let panel: Page | null = null;
let pageErrors: string[] = [];
const requests: RecordedRequest[] = [];
/** The profile folder of the main session and of its relaunch. */
let userDataDir = '';
/** The tests need the built test extension (npm test builds it first) and Debian's Chromium; without them they are skipped. */
const unbuilt = !existsSync(join(EXTENSION_DIR, 'manifest.json')) || !existsSync(CHROMIUM);

afterAll(() => removeReactBundle());

/** Opens a fixture page in the fixture tab and waits until the content script has checked `field`. */
async function openFixture(name: string, field: string, target: () => Page | Frame = () => page): Promise<void> {
  await page.bringToFront();
  await page.goto(site.url(name));
  await target().waitForSelector(`${field}[${ISSUES}]`, { state: 'attached', timeout: 10_000 });
}

/** The side panel, opened once and then reloaded for the page the fixture tab shows. */
async function panelFor(name: string): Promise<Page> {
  panel ??= await openPanel(browser.context, site.origin);
  await reloadPanel(panel, site.url(name));
  return panel;
}

/** The panel's card of the one finding of `ruleId`, waited for. */
async function cardOf(panel: Page, ruleId: string): Promise<Locator> {
  const card = panel.locator(`${FINDING}[data-rule-id="${ruleId}"]`);
  await card.first().waitFor();
  expect(await card.count()).toBe(1);
  return card;
}

/** The field label a card is grouped under in the panel. */
function groupOf(card: Locator): Promise<string> {
  return card.evaluate((item) => item.closest('[data-group]')?.querySelector('[data-label]')?.textContent?.trim() ?? '');
}

/** The page's markup without the counts the extension adds, and where its fields and fieldsets are. */
async function pageShape(target: Page): Promise<{ html: string; boxes: string[]; formElements: number }> {
  return target.evaluate((name) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const element of Array.from(clone.querySelectorAll(`[${name}]`))) element.removeAttribute(name);
    const boxes = Array.from(document.querySelectorAll('form textarea, form input, fieldset, label, legend')).map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.id || element.localName} ${x},${y + window.scrollY} ${width}x${height}`;
    });
    return { html: clone.innerHTML, boxes, formElements: document.querySelectorAll('form *').length };
  }, ISSUES);
}

describe.skipIf(unbuilt)('the test extension on fixture pages (built: npm run build:extension:test; headless Chromium)', () => {
  beforeAll(async () => {
    requireExtensionBuild();
    userDataDir = mkdtempSync(join(tmpdir(), 'utkastkoll-profile-'));
    site = await serveFixtures();
    browser = await launchExtension({ userDataDir, requests, sites: ['http://127.0.0.1'] });
    page = await browser.context.newPage();
    pageErrors = collectPageErrors(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('checks the Kvalitetsutmärkelsen form as the writer types: a count and a badge for a typed defect, gone when it is typed right, the page untouched', async () => {
    await openFixture('kvalitetsutmarkelsen.html', '#fraga-24');
    // Every question and Inledning field is checked; the page's search box and the e-mail field are not.
    const counts = await page.$$eval(
      `form#bidrag [${ISSUES}]`,
      (elements, name) => elements.map((element) => [element.id, Number(element.getAttribute(name))]),
      ISSUES,
    );
    expect(counts.map(([id]) => id)).toEqual([
      'om-bidraget',
      'administrativa-uppgifter',
      'verksamhet',
      'malgrupper',
      'antal-brukare',
      'organisation',
      'medarbetare',
      'ordlista',
      ...Array.from({ length: 24 }, (_, index) => `fraga-${index + 1}`),
    ]);
    expect(await issuesOf(page, '#sok')).toBeNull();
    expect(await issuesOf(page, '#epost')).toBeNull();
    expect(await issuesOf(page, '#fraga-14')).toBe(0);
    const before = await pageShape(page);

    const field = page.locator('#fraga-14');
    await typeInto(page, '#fraga-14', SUM_DEFECT);
    expect(await waitForIssues(page, '#fraga-14', '>', 0)).toBe(1);
    // The overlay is one host element on <html>, outside the page's body; its shadow root is closed to the page.
    expect(await page.evaluate(() => Array.from(document.documentElement.children, (child) => child.localName))).toEqual([
      'head',
      'body',
      'utkastkoll-overlay',
    ]);
    expect(await page.evaluate(() => document.querySelector('utkastkoll-overlay')!.shadowRoot)).toBeNull();
    // The writer's text and the page's layout and markup are exactly as they were: only the counts were added.
    // (Measured before any screenshot: Playwright's element screenshots leave an empty style attribute on the page's fields.)
    expect(await field.inputValue()).toBe(SUM_DEFECT);
    const after = await pageShape(page);
    expect(after.html).toBe(before.html);
    expect(after.boxes).toEqual(before.boxes);
    expect(after.formElements).toBe(before.formElements);

    await waitForFrames(page);
    // The badge (red for an error) and the underline are drawn over the field: red where there was none.
    expect(await redPixels(page, await field.screenshot())).toBeGreaterThan(150);
    await screenshotOf(page.locator('#omrade-resultat-och-analys'), 'extension-ku-field-checked');
    // The overlay draws what is on screen: for a picture of the whole form, a window as tall as the page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height });
    await waitForFrames(page, 3);
    await screenshot(page, 'extension-ku-form-checked');
    await page.setViewportSize({ width: 1280, height: 900 });

    await typeInto(page, '#fraga-14', SUM_FIXED);
    expect(await waitForIssues(page, '#fraga-14', '===', 0)).toBe(0);
    await waitForFrames(page);
    expect(await redPixels(page, await field.screenshot())).toBeLessThan(10);
    expect(await field.inputValue()).toBe(SUM_FIXED);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("lists the page's findings in the side panel grouped by field label; a click focuses the field and selects exactly the flagged words; a fix from the panel brings the count down", async () => {
    await openFixture('kvalitetsutmarkelsen.html', '#fraga-24');
    await typeInto(page, '#fraga-17', `Vårt mål är att fler flickor ska besöka gården. ${SUM_DEFECT}`);
    expect(await waitForIssues(page, '#fraga-17', '>', 0)).toBe(1);
    const panel = await panelFor('kvalitetsutmarkelsen.html');
    const card = await cardOf(panel, 'gender-split-sum');
    const label = await page.$eval('label[for="fraga-17"]', (element) => element.textContent!.trim());
    expect(await groupOf(card)).toBe(label);
    // Every group is a field's label (or the whole page): nothing from the page's navigation, search or help column.
    const fieldLabels = await page.$$eval(`[${ISSUES}]`, (elements) =>
      elements.map((element) => {
        const byId = element.getAttribute('aria-labelledby');
        const text = byId ? document.getElementById(byId)?.textContent : (element as HTMLTextAreaElement).labels?.[0]?.textContent;
        return (text ?? element.getAttribute('aria-label') ?? '').trim();
      }),
    );
    const groups = await panel.$$eval('[data-findings] [data-group] > :is(h3, h4) [data-label]', (labels) => labels.map((label) => label.textContent!.trim()));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect([...fieldLabels, 'Hela sidan']).toContain(group);
    expect(groups.join(' ')).not.toMatch(/Meny|Anvisningar|Sök/);
    await screenshot(panel, 'extension-panel-findings');

    // The card's quoted words are the flagged ones; clicking the card selects exactly them in the field.
    expect(await card.locator('[role="button"] > p').nth(1).innerText()).toBe(`”${SUM_FLAGGED}”`);
    await card.locator('[role="button"]').click();
    const selection = await page.waitForFunction(() => {
      const active = document.activeElement as HTMLTextAreaElement | null;
      if (active?.id !== 'fraga-17' || active.selectionStart === active.selectionEnd) return false;
      return {
        start: active.selectionStart,
        end: active.selectionEnd,
        text: active.value.slice(active.selectionStart, active.selectionEnd),
        value: active.value,
      };
    });
    const selected = (await selection.jsonValue()) as { start: number; end: number; text: string; value: string };
    expect(selected.text).toBe(SUM_FLAGGED);
    expect(selected.start).toBe(selected.value.indexOf(SUM_FLAGGED));
    expect(selected.end).toBe(selected.start + SUM_FLAGGED.length);

    // The suggestion "Ändra totalen till 259" from the panel: the field is changed as if typed, the count drops, the card goes.
    const suggestion = card.locator('[data-action="suggestion"]').first();
    expect(await suggestion.innerText()).toBe('Ändra totalen till 259');
    await suggestion.click();
    expect(await waitForIssues(page, '#fraga-17', '===', 0)).toBe(0);
    expect(await page.inputValue('#fraga-17')).toBe(`Vårt mål är att fler flickor ska besöka gården. ${SUM_FIXED}`);
    await panel.locator(`${FINDING}[data-rule-id="gender-split-sum"]`).waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("checks the goal form: a misquoted KF goal gets a count and the panel's safe fix puts in the catalog's wording; the activity table's short and date inputs are not checked", async () => {
    await openFixture('malformular.html', '#fler-mal');
    const checked = await page.$$eval(`[${ISSUES}]`, (elements) => elements.map((element) => element.id));
    expect(checked).toEqual([
      'inriktningsmal',
      'kf-mal',
      'namndmal',
      'nm-beskrivning',
      'nm-resultat',
      'enhetsmal',
      'em-resultat',
      'em-arbetssatt',
      'em-uppfoljning',
      'fler-mal',
    ]);
    // The long text input (Enhetsmål) is a field; the activity names (maxlength 80) and the dates are not.
    expect(await page.$$eval(`#aktiviteter input[${ISSUES}], select[${ISSUES}]`, (elements) => elements.length)).toBe(0);
    const base = await issuesOf(page, '#nm-beskrivning');

    await typeInto(page, '#nm-beskrivning', `Nämnden ger unga platser att mötas. ${GOAL_MISQUOTED}`);
    expect(await waitForIssues(page, '#nm-beskrivning', '>', base!)).toBe(base! + 1);
    const panel = await panelFor('malformular.html');
    const card = await cardOf(panel, 'goal-wording');
    expect(await groupOf(card)).toBe('Beskrivning');
    const fix = card.locator('[data-action="fix"]');
    expect(await fix.innerText()).toBe('Använd lydelsen i KF:s budget 2020–2022');
    await fix.click();
    expect(await waitForIssues(page, '#nm-beskrivning', '===', base!)).toBe(base);
    expect(await page.inputValue('#nm-beskrivning')).toBe(`Nämnden ger unga platser att mötas. Arbetet bidrar till KF:s mål 2.5 ${GOAL_CATALOG_WORDING}.`);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("inserts a goal block from the panel's Infoga tab into the field that has focus", async () => {
    await openFixture('malformular.html', '#fler-mal');
    await page.bringToFront();
    await page.click('#fler-mal');
    const panel = await panelFor('malformular.html');
    await panel.click('[data-tab="insert"]');
    await panel.selectOption('[data-panel="insert"] select[data-action="goal"]', '1.2');
    await panel.click('[data-action="insert-goal-block"][data-goal="1.2"]');
    await page.waitForFunction(() => (document.getElementById('fler-mal') as HTMLTextAreaElement).value !== '');
    const value = await page.inputValue('#fler-mal');
    expect(value).toContain(GOAL_1_2);
    expect(value).toContain('1. En modern storstad med möjligheter och valfrihet för alla');
    // Only the focused field changed.
    expect(await page.inputValue('#em-uppfoljning')).toBe('Vi följer upp i tertialrapporterna.');
    await screenshot(panel, 'extension-panel-insert');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('checks a contenteditable editor inside a same-origin iframe from the top page: its count, its underline, a fix through the editor', async () => {
    const inner = () => page.frames().find((frame) => frame.url().endsWith('/iframe-editor-inner.html'))!;
    await openFixture('iframe-editor.html', '#editor', () => inner());
    expect(await issuesOf(inner(), '#editor')).toBe(0);
    await typeInto(page, '#editor', SUM_DEFECT, inner());
    expect(await waitForIssues(inner(), '#editor', '>', 0)).toBe(1);
    // One overlay, the top page's: the frame's own content script stood back and left the editor to it.
    expect(await page.locator('utkastkoll-overlay').count()).toBe(1);
    expect(await inner().locator('utkastkoll-overlay').count()).toBe(0);
    await waitForFrames(page);
    expect(await redPixels(page, await page.locator('#redigerare').screenshot())).toBeGreaterThan(100);
    await screenshot(page, 'extension-iframe-editor-checked');

    const panel = await panelFor('iframe-editor.html');
    const card = await cardOf(panel, 'gender-split-sum');
    expect(await groupOf(card)).toBe('Analys av resultatet');
    await card.locator('[data-action="suggestion"]').first().click();
    expect(await waitForIssues(inner(), '#editor', '===', 0)).toBe(0);
    expect(await inner().locator('#editor').innerText()).toBe(SUM_FIXED);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("fixes a React-controlled textarea so that React's state has the fix (and keeps it as the writer types on)", async () => {
    await openFixture('react-textarea.html', '#beskrivning');
    await typeInto(page, '#beskrivning', GOAL_MISQUOTED);
    expect(await page.locator('#react-state').innerText()).toBe(GOAL_MISQUOTED);
    expect(await waitForIssues(page, '#beskrivning', '>', 0)).toBe(1);
    const changes = Number(await page.getAttribute('#react-state', 'data-changes'));

    const panel = await panelFor('react-textarea.html');
    await (await cardOf(panel, 'goal-wording')).locator('[data-action="fix"]').click();
    const fixed = `Arbetet bidrar till KF:s mål 2.5 ${GOAL_CATALOG_WORDING}.`;
    expect(await waitForIssues(page, '#beskrivning', '===', 0)).toBe(0);
    expect(await page.inputValue('#beskrivning')).toBe(fixed);
    expect(await page.locator('#react-state').innerText()).toBe(fixed);
    expect(Number(await page.getAttribute('#react-state', 'data-changes'))).toBeGreaterThan(changes);

    // React renders again on the next keystroke: the fix stays, it was React's own state.
    await page.bringToFront();
    await page.click('#beskrivning');
    await page.keyboard.press('End');
    await page.keyboard.type(' Tack!');
    expect(await page.inputValue('#beskrivning')).toBe(`${fixed} Tack!`);
    expect(await page.locator('#react-state').innerText()).toBe(`${fixed} Tack!`);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("opens an underline's popup on hover and from the keyboard (Tab reaches it); its suggestion fixes the field as typing would, and the page's undo takes it back", async () => {
    // The contact form: short, so the field is on screen when Tab reaches the overlay after the page's last control.
    await openFixture('kontakt.html', '#meddelande');
    await typeInto(page, '#meddelande', SUM_DEFECT);
    expect(await waitForIssues(page, '#meddelande', '===', 1)).toBe(1);
    await waitForFrames(page);
    const field = page.locator('#meddelande');
    const box = (await field.boundingBox())!;
    // The underline: the red in the field's upper half (the badge is at its lower right corner).
    const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height / 2 } });
    const underline = (await redArea(page, shot)).box!;
    expect(underline.right - underline.left).toBeGreaterThan(150);
    const below = { x: box.x, y: box.y + underline.bottom + 4, width: Math.min(420, box.width), height: 120 };
    expect(await redPixels(page, await page.screenshot({ clip: below }))).toBe(0);
    await page.mouse.move(box.x + (underline.left + underline.right) / 2, box.y + underline.top - 6);
    await waitForFrames(page, 3);
    // The popup opens below the words: its red top border and "Fel".
    expect(await redPixels(page, await page.screenshot({ clip: below }))).toBeGreaterThan(100);
    await screenshot(page, 'extension-popup-hover');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
    await page.waitForTimeout(400);

    // From the keyboard: after the page's last control (the submit button) Tab reaches the underline, which opens the popup;
    // Enter goes to its first button (the suggestion), Enter applies it.
    await page.focus('button[type="submit"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('utkastkoll-overlay');
    expect(await redPixels(page, await page.screenshot({ clip: below }))).toBeGreaterThan(100);
    await waitForFrames(page);
    await screenshot(page, 'extension-popup-keyboard');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await waitForIssues(page, '#meddelande', '===', 0)).toBe(0);
    expect(await field.inputValue()).toBe(SUM_FIXED);
    // The fix went in as an edit of the field's own (execCommand): the browser's undo in the page takes it back.
    await field.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await field.inputValue()).toBe(SUM_DEFECT);
    expect(await waitForIssues(page, '#meddelande', '===', 1)).toBe(1);
    await typeInto(page, '#meddelande', SUM_FIXED);
    expect(await waitForIssues(page, '#meddelande', '===', 0)).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('gives a form of no known type (a contact form) no template findings, only the checks that need no template', async () => {
    await openFixture('kontakt.html', '#meddelande');
    expect(await page.$$eval(`[${ISSUES}]`, (elements, name) => elements.map((element) => [element.id, element.getAttribute(name)]), ISSUES)).toEqual([
      ['amne', '0'],
      ['meddelande', '0'],
      ['ovrigt', '0'],
    ]);
    const panel = await panelFor('kontakt.html');
    const ruleIds = () => panel.$$eval('[data-rule-id]', (items) => items.map((item) => item.getAttribute('data-rule-id')));
    // The empty fields are not asked to be filled in, nothing is missing or out of order: one info says the structure was not checked.
    expect(await ruleIds()).toEqual(['document-type']);

    await typeInto(page, '#meddelande', SUM_DEFECT);
    expect(await waitForIssues(page, '#meddelande', '>', 0)).toBe(1);
    await cardOf(panel, 'gender-split-sum');
    const after = await ruleIds();
    expect(after.sort()).toEqual(['document-type', 'gender-split-sum']);
    for (const rule of TEMPLATE_RULES) expect(after).not.toContain(rule);
    expect(await issuesOf(page, '#ovrigt')).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('never loses a draft: typed, saved within two seconds, kept across closing the browser; after a relaunch the panel lists it and restores an earlier version into the field', async () => {
    const first = 'Vi lär av varandra på arbetsplatsträffar varje månad.';
    const second = 'Vi lär av varandra på arbetsplatsträffar och i nätverk med andra gårdar.';
    const place = { site: site.origin, page: '/kvalitetsutmarkelsen.html' };
    await openFixture('kvalitetsutmarkelsen.html', '#fraga-8');
    const original = await page.inputValue('#fraga-8');
    const firstPanel = await panelFor('kvalitetsutmarkelsen.html');
    const draftOf = async (panelPage = firstPanel) =>
      (await askBackground<DraftSummary[]>(panelPage, { type: 'drafts:list', ...place })).find((draft) => draft.field === 'fraga-8');

    await typeInto(page, '#fraga-8', first);
    const typedFirst = Date.now();
    await page.waitForTimeout(2000);
    expect(await draftOf()).toMatchObject({ value: first, versions: 1, label: await page.$eval('label[for="fraga-8"]', (label) => label.textContent!.trim()) });
    // Saves within five seconds of each other are one version (storage/drafts.ts): the second text comes after that.
    await page.waitForTimeout(Math.max(0, 5600 - (Date.now() - typedFirst)));
    await typeInto(page, '#fraga-8', second);
    await page.waitForTimeout(2000);
    expect(await draftOf()).toMatchObject({ value: second, versions: 2 });

    // The browser goes away (a crash, a closed window); the same profile opens again, and the page shows its own text.
    await browser.close();
    panel = null;
    browser = await launchExtension({ userDataDir, requests, sites: ['http://127.0.0.1'] });
    page = await browser.context.newPage();
    pageErrors = collectPageErrors(page);
    await openFixture('kvalitetsutmarkelsen.html', '#fraga-8');
    expect(await page.inputValue('#fraga-8')).toBe(original);

    const reopened = await panelFor('kvalitetsutmarkelsen.html');
    await reopened.click('[data-tab="drafts"]');
    const draft = reopened.locator('[data-drafts="here"] li[data-field="fraga-8"]');
    await draft.waitFor();
    expect(await draft.locator('[data-versions-count]').getAttribute('data-versions-count')).toBe('2');
    expect(await draft.innerText()).toContain(second);
    await draft.locator('[data-action="versions"]').click();
    const versions = draft.locator('[data-versions-for] li[data-version]');
    await versions.nth(1).waitFor();
    expect(await versions.count()).toBe(2);
    // Newest first: the earlier version is the second, with its whole text.
    expect(await versions.nth(0).locator('pre').textContent()).toBe(second);
    expect(await versions.nth(1).locator('pre').textContent()).toBe(first);
    await screenshot(reopened, 'extension-panel-drafts');
    await versions.nth(1).locator('[data-action="restore-draft"]').click();
    await page.waitForFunction((text) => (document.getElementById('fraga-8') as HTMLTextAreaElement).value === text, first);
    expect(await page.inputValue('#fraga-8')).toBe(first);
    // What the field held before the restore (the page's own text) is a version too: nothing was lost.
    await expect.poll(async () => (await draftOf(reopened))?.versions, { timeout: 5000 }).toBe(4);
    const restored = (await draftOf(reopened))!;
    expect(restored.value).toBe(first);
    const history = await askBackground<Array<{ value: string }>>(reopened, { type: 'draft:versions', id: restored.id });
    expect(history.map((version) => version.value)).toEqual([first, original, second, first]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it("keeps everything in the extension's own database: the page's origin has no IndexedDB database (nor web storage) of ours", async () => {
    await openFixture('kvalitetsutmarkelsen.html', '#fraga-1');
    expect(await databasesOf(page)).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    const panel = await panelFor('kvalitetsutmarkelsen.html');
    expect((await databasesOf(panel)).map((database) => database.name)).toContain('utkastkoll');
    expect((await databasesOf(await browser.worker())).map((database) => database.name)).toContain('utkastkoll');
    // What the writer typed is there, in the extension's origin only.
    const drafts = await askBackground<DraftSummary[]>(panel, { type: 'drafts:list', site: site.origin });
    expect(drafts.length).toBeGreaterThan(0);
  }, 60_000);

  it('sends nothing anywhere: every request of both sessions (pages, frames, the side panel, the worker) stayed on 127.0.0.1 or inside the extension', async () => {
    expect(requests.length).toBeGreaterThan(20);
    const outside = requests.filter(
      ({ url }) => !url.startsWith(`${site.origin}/`) && !url.startsWith(`${EXTENSION_ORIGIN}/`) && !/^(data|blob|about):/.test(url),
    );
    expect(outside).toEqual([]);
    // The extension's own files are all it loads from its origin; the worker fetched nothing at all.
    expect(requests.filter((request) => request.worker)).toEqual([]);
    expect(site.requests.filter((request) => request.status >= 400)).toEqual([]);
  });
});

/** Chromium on Linux reads managed policy from here; writing it needs root. */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'utkastkoll-test.json');

/** Why the policy test cannot run here, or null: root, and the policy folder (or the nearest folder above it that exists) writable. */
function policyUnavailable(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'kräver root på Linux';
  let folder = POLICY_DIR;
  while (!existsSync(folder)) folder = dirname(folder);
  try {
    accessSync(folder, constants.W_OK);
    return null;
  } catch {
    return `${folder} är inte skrivbar`;
  }
}

describe.skipIf(unbuilt || policyUnavailable() !== null)('a managed-storage policy (a policy file for the test run) enables a site', () => {
  let site2: FixtureSite | null = null;
  let site1: FixtureSite;
  let noLoopback = '';
  const created: string[] = [];
  const profiles: string[] = [];
  const browsers: ExtensionBrowser[] = [];
  const policyRequests: RecordedRequest[] = [];
  /** The test build with host access to 127.0.0.2 (any scheme, so the background does not count it as a site of the build). */
  let withAccess: ReturnType<typeof buildWithHostAccess> | null = null;

  beforeAll(async () => {
    withAccess = buildWithHostAccess('*://127.0.0.2/*');
    site1 = await serveFixtures();
    try {
      site2 = await serveFixtures('127.0.0.2');
    } catch (error) {
      noLoopback = `127.0.0.2 går inte att lyssna på: ${String(error)}`;
    }
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    rmSync(POLICY_FILE, { force: true });
    // The folders this test made, deepest first, if nothing else was put there.
    for (const folder of created.reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // Something else was put there meanwhile: it stays.
      }
    }
    withAccess?.remove();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
    await site2?.close();
    await site1?.close();
  });

  function writePolicy(enabledSites: string[]): void {
    const missing: string[] = [];
    for (let folder = POLICY_DIR; !existsSync(folder); folder = dirname(folder)) missing.unshift(folder);
    for (const folder of missing) {
      mkdirSync(folder);
      created.push(folder);
    }
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { enabledSites } } } }, null, 2));
  }

  /** A fresh profile with `extensionDir`; the 127.0.0.2 page is opened first, then a 127.0.0.1 page, which is checked. */
  async function launchAndOpen(extensionDir: string, sites: string[]): Promise<{ browser: ExtensionBrowser; policyPage: Page }> {
    const profile = mkdtempSync(join(tmpdir(), 'utkastkoll-policy-profile-'));
    profiles.push(profile);
    const browser = await launchExtension({ userDataDir: profile, extensionDir, requests: policyRequests, sites });
    browsers.push(browser);
    const policyPage = await browser.context.newPage();
    await policyPage.goto(site2!.url('kvalitetsutmarkelsen.html'));
    const control = await browser.context.newPage();
    await control.goto(site1.url('kontakt.html'));
    await control.waitForSelector(`#meddelande[${ISSUES}]`, { state: 'attached' });
    await policyPage.bringToFront();
    return { browser, policyPage };
  }

  /** The enabled sites as the background lists them (the build's own sites count as managed). */
  async function enabledSites(browser: ExtensionBrowser): Promise<Array<{ origin: string; managed: boolean }>> {
    const options = await browser.context.newPage();
    await options.goto(`${EXTENSION_ORIGIN}/options.html`);
    return askBackground(options, { type: 'sites:list' });
  }

  async function sitesRow(browser: ExtensionBrowser, name: string): Promise<string> {
    const options = await browser.context.newPage();
    await options.goto(`${EXTENSION_ORIGIN}/options.html`);
    const row = options.locator(`[data-site="http://127.0.0.2"]`);
    await row.waitFor();
    await screenshot(options, name);
    return (await row.innerText()).replace(/\s+/g, ' ');
  }

  const notChecked = async (page: Page) => {
    await page.waitForTimeout(1000);
    expect(await page.locator(`[${ISSUES}]`).count()).toBe(0);
    expect(await page.locator('utkastkoll-overlay').count()).toBe(0);
  };

  it('runs the content script on a site the policy lists (and only then), once the browser has given the extension access to it', async (context) => {
    if (noLoopback) context.skip(noLoopback);
    const origin2 = site2!.origin;

    // Access to 127.0.0.2 alone (the build below has it) enables nothing: the site is not the user's or the organisation's.
    rmSync(POLICY_FILE, { force: true });
    let run = await launchAndOpen(withAccess!.dir, ['http://127.0.0.1']);
    await notChecked(run.policyPage);
    expect(await enabledSites(run.browser)).toEqual([
      { origin: 'http://127.0.0.1', managed: true },
      { origin: 'http://localhost', managed: true },
    ]);
    await run.browser.close();

    writePolicy([origin2]);
    // The policy without access (the plain test build): the site is the organisation's, registered, and waits for access.
    run = await launchAndOpen(requireExtensionBuild(), ['http://127.0.0.1', 'http://127.0.0.2']);
    await notChecked(run.policyPage);
    expect(await sitesRow(run.browser, 'extension-options-policy-waiting')).toContain('Från organisationen Väntar på åtkomst');
    await run.browser.close();

    // The policy and access: checked as on any enabled site, and shown as the organisation's, not the user's to turn off.
    run = await launchAndOpen(withAccess!.dir, ['http://127.0.0.1', 'http://127.0.0.2']);
    await run.policyPage.waitForSelector(`#fraga-14[${ISSUES}]`, { state: 'attached', timeout: 10_000 });
    await typeInto(run.policyPage, '#fraga-14', SUM_DEFECT);
    expect(await waitForIssues(run.policyPage, '#fraga-14', '>', 0)).toBe(1);
    const row = await sitesRow(run.browser, 'extension-options-policy');
    expect(row).toContain('Från organisationen');
    expect(row).not.toContain('Väntar på åtkomst');
    expect(row).not.toContain('Inaktivera');
    await run.browser.close();

    const outside = policyRequests.filter(
      ({ url }) => !url.startsWith(`${site1.origin}/`) && !url.startsWith(`${origin2}/`) && !url.startsWith(`${EXTENSION_ORIGIN}/`),
    );
    expect(outside).toEqual([]);
  }, 90_000);
});
