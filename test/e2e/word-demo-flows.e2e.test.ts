/**
 * The built Word task pane in demo mode (an ordinary browser, the simulated Word document
 * beside the pane), driven as a writer drives it, on seed 003 and the example .docx:
 * findings listed by family with counts, a click selects exactly the flagged words, the
 * goal-wording fix, a goal block into an empty document, a missing heading put in by its fix,
 * "Ignorera" surviving a reload, comments, the review view and its downloaded report. Every
 * card is compared with the core's own check of the same document (test/e2e/support/documents.ts)
 * by its `data-key`, so "the right words" means the words the core flagged.
 *
 * One browser and one page for the file; each test opens its document afresh (?exempel=…).
 * Nothing may leave the page's origin and the page may throw nothing; axe-core checks the
 * pane's findings and review views. Screenshots: test-results/word-demo-findings.png,
 * word-demo-review.png. Needs dist/word-addin/ (npm run build:word).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import {
  countsPhrase,
  documentFromParagraphs,
  familyNames,
  findRule,
  builtInDocTypes,
  documentSkeleton,
  goalBlockSkeleton,
  locateInParagraphs,
  skeletonToParagraphs,
  summarize,
  uiWords,
  type CheckResult,
  type Diagnostic,
  type ParagraphInput,
  type SeverityCounts,
} from '../../shared/index';
import { quoteFlagged } from '../../ui/components/text';
import { escapeHtml } from '../../ui/report/escape';
import { describeViolations, runAxe } from './support/axe';
import { collectPageErrors, guardOrigin, launchChromium, newContext, screenshot, type OriginGuard } from './support/browser';
import { clearSelection, demoBlocks, demoComments, demoLines, demoSelection, selectionVisible } from './support/demo-document';
import { byKey, checkAsThePane, DOCX_EXAMPLE, EMPTY, exampleParagraphs, onlyFinding, PLAN_EXAMPLE, SEED_003, squash, type Example } from './support/documents';
import { card, cards, clickFinding, closeNotice, DISMISSED, families, FINDING, openTab, PANE, waitForGone, waitForNotice } from './support/pane';
import { serveStatic, type StaticServer } from './support/serve';
import { DEMO_DOCUMENT, openTaskPane, requireWordBuild, waitForCheck } from './support/word-demo';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let guard: OriginGuard;
let page: Page;
let errors: string[];

/** What the core finds in each example, read in Node as the demo reads it. */
const oracle = new Map<string, { paragraphs: ParagraphInput[]; result: CheckResult }>();

beforeAll(async () => {
  server = await serveStatic(requireWordBuild());
  browser = await launchChromium();
  context = await newContext(browser);
  guard = await guardOrigin(context, server.origin);
  page = await context.newPage();
  errors = collectPageErrors(page);
  for (const example of [SEED_003, DOCX_EXAMPLE]) {
    const paragraphs = await exampleParagraphs(example);
    oracle.set(example.id, { paragraphs, result: checkAsThePane(paragraphs) });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  // Each test starts without the dismissals an earlier one stored (the demo keeps settings in localStorage per document).
  if (page.url().startsWith(server.origin)) await page.evaluate(() => localStorage.clear());
  onTestFailed(async ({ task }) => {
    await screenshot(page, `word-demo-flows-failed-${task.name.replace(/[^\wåäö]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    if (errors.length > 0) console.error(`Sidans fel:\n${errors.join('\n')}`);
  });
});

afterEach(() => {
  guard.assertNone();
  // Outside Office, office.js frames Microsoft's telemetry; the pane's CSP stops that, and it is all the policy may stop.
  for (const blocked of guard.blockedByPolicy) expect(blocked).toMatch(/telemetryservice\.firstpartyapps\.oaspapps\.com/);
  expect(errors).toEqual([]);
  expect(server.requests.filter((request) => request.status >= 400).map((request) => request.url)).toEqual([]);
});

/** Opens the example afresh and waits for its first check. */
async function open(example: Example): Promise<void> {
  await openTaskPane(page, server.origin, example.id);
  await page.waitForSelector(`[data-demo-name="${example.name}"] [data-demo-document]`);
  await waitForCheck(page);
}

function known(example: Example) {
  const entry = oracle.get(example.id);
  if (!entry) throw new Error(`inget facit för ${example.id}`);
  return entry;
}

/** The families a check's findings fall in, in the registry's order, with the heading the list shows. */
function expectedFamilies(diagnostics: readonly Diagnostic[]) {
  const order = Object.keys(familyNames);
  const counts = new Map<string, SeverityCounts>();
  for (const diagnostic of diagnostics) {
    const family = findRule(diagnostic.ruleId)?.meta.family ?? 'other';
    const entry = counts.get(family) ?? { error: 0, warning: 0, info: 0 };
    entry[diagnostic.severity]++;
    counts.set(family, entry);
  }
  return [...counts]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([family, count]) => ({
      family,
      count: count.error + count.warning + count.info,
      heading: `${familyNames[family as keyof typeof familyNames] ?? uiWords.otherFamily} ${countsPhrase(count, { omitZero: true })}`,
    }));
}

describe('Word task pane, demo mode: what a writer does', () => {
  it('lists the findings of seed 003 and of the .docx example, grouped by family with counts', async () => {
    for (const example of [SEED_003, DOCX_EXAMPLE]) {
      const { result } = known(example);
      await open(example);
      const listed = await cards(page);
      // The pane shows what the core finds, no more, no less, each with its severity and the flagged words quoted.
      expect(listed.map((item) => item.key).sort(), example.name).toEqual(result.diagnostics.map((diagnostic) => diagnostic.key).sort());
      const core = byKey(result);
      for (const item of listed) {
        const diagnostic = core.get(item.key)!;
        expect(item.ruleId).toBe(diagnostic.ruleId);
        expect(item.severity).toBe(diagnostic.severity);
        expect(item.quote === '' ? '' : `”${item.quote}”`).toBe(quoteFlagged(diagnostic.text));
        // A safe fix is one click; a suggestion has its own button.
        expect(item.actions.includes('fix')).toBe(diagnostic.fixes?.some((fix) => fix.safe) ?? false);
        expect(item.actions.includes('suggestion')).toBe(diagnostic.fixes?.some((fix) => !fix.safe) ?? false);
        expect(item.actions).toContain('ignore');
      }
      const groups = await families(page);
      expect(
        groups.map(({ family, count, heading }) => ({ family, count, heading })),
        example.name,
      ).toEqual(expectedFamilies(result.diagnostics));
      for (const group of groups) expect(group.cards).toBe(group.count);
      expect(await page.locator(`${PANE} [data-total]`).getAttribute('data-total')).toBe(String(result.diagnostics.length));
      expect(squash(await page.locator(`${PANE} [data-tab="findings"]`).innerText())).toBe(`Anmärkningar ${result.diagnostics.length}`);
    }
    // The .docx example has findings in three families, in the registry's order (none of its sections is hard enough to read for a readability finding).
    expect((await families(page)).map((group) => group.family)).toEqual(['struktur', 'kon', 'mal']);
    await screenshot(page, 'word-demo-findings');
    const axe = await runAxe(page, server.origin, 'word-demo-findings');
    expect(axe.serious, describeViolations(axe.serious)).toEqual([]);
  }, 45_000);

  it('selects exactly the flagged words of every finding when its card is clicked', async () => {
    for (const example of [DOCX_EXAMPLE, SEED_003]) {
      const { paragraphs, result } = known(example);
      const document = documentFromParagraphs(paragraphs);
      const core = byKey(result);
      await open(example);
      const wrong: string[] = [];
      let checked = 0;
      for (const item of await cards(page)) {
        const diagnostic = core.get(item.key)!;
        if (diagnostic.text === '') continue;
        await clearSelection(page);
        await clickFinding(page, item.key);
        await page.waitForFunction(() => (window.getSelection()?.toString() ?? '') !== '');
        const selection = await demoSelection(page);
        const paragraph = locateInParagraphs(document, diagnostic.start)?.paragraph;
        if (selection.text !== diagnostic.text || !selection.inDocument || selection.paragraph !== paragraph)
          wrong.push(
            `${item.key}: markerat ${JSON.stringify(selection.text)} i stycke ${selection.paragraph}, väntat ${JSON.stringify(diagnostic.text)} i stycke ${paragraph}`,
          );
        // What the card quotes is what got selected (when the card shows it whole).
        if (!item.quote.endsWith('…')) expect(squash(selection.text)).toBe(item.quote);
        expect(await card(page, item.key).getAttribute('aria-current')).toBe('true');
        checked++;
      }
      expect(wrong, example.name).toEqual([]);
      if (example === DOCX_EXAMPLE) {
        // From the keyboard too: Enter on the card's focusable part selects its words.
        const goal = onlyFinding(result, 'goal-wording');
        await clearSelection(page);
        await card(page, goal.key).locator('[role="button"]').focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => (window.getSelection()?.toString() ?? '') !== '');
        expect((await demoSelection(page)).text).toBe(goal.text);
      }
      expect(checked).toBeGreaterThanOrEqual(example === SEED_003 ? 8 : 4);
      // The last selected words were scrolled into view in the document, and no click said the text had changed.
      await expect.poll(() => selectionVisible(page), { timeout: 5_000 }).toBe(true);
      expect(await page.locator(`${PANE} [data-notice="warning"]`).count()).toBe(0);
    }

    // The text changed since the check: the pane says so and selects the whole paragraph.
    const { paragraphs, result } = known(SEED_003);
    const missing = onlyFinding(result, 'gender-split-missing');
    const paragraph = locateInParagraphs(documentFromParagraphs(paragraphs), missing.start)!.paragraph;
    const changedText = await page.$eval(
      '[data-demo-document]',
      (root, { index, words }) => {
        const element = root.children[index] as HTMLElement;
        // Changed behind the pane's back: no input event, so no re-check before the click.
        element.textContent = (element.textContent ?? '').replace(words, 'fjorton barn');
        return element.textContent;
      },
      { index: paragraph, words: missing.text },
    );
    await clearSelection(page);
    await clickFinding(page, missing.key);
    expect(await waitForNotice(page, 'warning')).toContain('Texten har ändrats sedan kontrollen. Stycket är markerat.');
    const selection = await demoSelection(page);
    expect(selection.paragraph).toBe(paragraph);
    expect(selection.text).toBe(changedText);
    // The pane reads the document again by itself and the stale finding goes.
    await waitForGone(page, missing.key);
  }, 45_000);

  it('puts in the catalog wording with the goal-wording fix, and the finding leaves the list', async () => {
    const { paragraphs, result } = known(DOCX_EXAMPLE);
    const goal = onlyFinding(result, 'goal-wording');
    const fix = goal.fixes!.find((candidate) => candidate.safe)!;
    expect(fix.text).toBe('Stockholm är en hållbar stad med en god livsmiljö');
    const document = documentFromParagraphs(paragraphs);
    const at = locateInParagraphs(document, fix.start)!;
    const before = paragraphs[at.paragraph]!.text;
    const expected = before.slice(0, at.offset) + fix.text + before.slice(at.offset + (fix.end - fix.start));

    await open(DOCX_EXAMPLE);
    await card(page, goal.key).locator('[data-action="fix"]').click();
    expect(await waitForNotice(page, 'success')).toContain(`${fix.title}: klart.`);
    await waitForGone(page, goal.key);
    const lines = await demoLines(page);
    expect(lines[at.paragraph]).toBe(expected);
    expect(lines.join('\n')).not.toContain('Stockholm är en hållbar stad med god livsmiljö');
    // Only that finding went; the others are still listed with the same keys.
    expect((await cards(page)).map((item) => item.key).sort()).toEqual(
      result.diagnostics
        .map((diagnostic) => diagnostic.key)
        .filter((key) => key !== goal.key)
        .sort(),
    );
    expect(await page.locator(`${FINDING}[data-rule-id="goal-wording"]`).count()).toBe(0);
  });

  it('inserts a goal block into an empty document: the KF goals verbatim under headings with heading styles, placeholders reported', async () => {
    const skeleton = goalBlockSkeleton('1.2');
    const blockParagraphs = skeletonToParagraphs(skeleton);
    const blockResult = checkAsThePane(blockParagraphs);

    await open(EMPTY);
    expect(await demoLines(page)).toEqual(['']);
    await openTab(page, 'insert');
    await page.selectOption(`${PANE} select[data-action="goal"]`, '1.2');
    const chosen = squash(await page.locator(`${PANE} dl[data-goal="1.2"]`).innerText());
    expect(chosen).toContain('1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i');
    expect(chosen).toContain('1. En modern storstad med möjligheter och valfrihet för alla');
    await page.click(`${PANE} [data-action="insert-goal-block"][data-goal="1.2"]`);
    expect(await waitForNotice(page, 'success')).toContain('Målblocket är infogat. Fyll i texterna inom hakparentes.');

    // The document is the core's goal block, item by item: headings as Heading2…6 (Rubrik 2…6), the goals verbatim, the tables.
    const blocks = await demoBlocks(page);
    expect(blocks).toEqual(
      skeleton.items.map((item) => {
        if (item.kind === 'heading')
          return { kind: 'paragraph', tag: `H${item.level}`, style: `Heading${item.level}`, styleName: `Rubrik ${item.level}`, text: item.text };
        if (item.kind === 'table') return { kind: 'table', rows: [item.header, ...item.rows] };
        return { kind: 'paragraph', tag: 'P', style: 'Normal', styleName: null, text: item.text };
      }),
    );
    const texts = blocks.map((block) => (block.kind === 'paragraph' ? block.text : ''));
    expect(texts).toContain('1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i');
    expect(blocks.filter((block) => block.kind === 'paragraph' && block.tag.startsWith('H')).length).toBeGreaterThanOrEqual(8);

    // The pane now knows a verksamhetsplan, and lists what the core finds in the block.
    await openTab(page, 'findings');
    await expect
      .poll(async () => (await cards(page)).map((item) => item.key).sort())
      .toEqual(blockResult.diagnostics.map((diagnostic) => diagnostic.key).sort());
    expect(squash(await page.locator(`${PANE} [data-type-picker]`).innerText())).toContain('verksamhetsplan:');
    const listed = await cards(page);
    // The block's own structure is right: nothing out of order, no goal part missing, goals quoted exactly …
    for (const ruleId of ['section-order', 'goal-block-incomplete', 'goal-wording', 'goal-number', 'goal-inconsistent'])
      expect(listed.filter((item) => item.ruleId === ruleId)).toEqual([]);
    // … and no required section of the block is missing: the only ones are the plan's Inledning and its economy, which stand outside any goal block.
    const required = listed.filter((item) => item.ruleId === 'required-section');
    expect(required.map((item) => blockResult.diagnostics.find((diagnostic) => diagnostic.key === item.key)!.message)).toEqual([
      'Avsnittet ”Inledning” saknas. Lägg till det före ”KF:s inriktningsmål”.',
      'Avsnittet ”Uppföljning av ekonomi” saknas. Lägg till det efter ”KF:s inriktningsmål”.',
    ]);
    // Every placeholder section is reported by empty-section.
    const placeholders = skeleton.items.filter((item) => item.kind === 'paragraph' && item.placeholder).length;
    expect(listed.filter((item) => item.ruleId === 'empty-section').length).toBe(placeholders);
    expect(placeholders).toBe(7);

    // A plan needs more than goal blocks: the fixes put in the Inledning and then its six sub-sections, each a heading at its place.
    for (let round = 0; round < 10; round++) {
      const missing = (await cards(page)).find((item) => item.ruleId === 'required-section' && item.actions.includes('fix'));
      if (!missing) break;
      await closeNotice(page);
      await card(page, missing.key).locator('[data-action="fix"]').click();
      expect(await waitForNotice(page, 'success')).toContain('klart.');
      await waitForGone(page, missing.key);
    }
    for (const ruleId of ['required-section', 'section-order'])
      for (const severity of ['error', 'warning'])
        expect(await page.locator(`${FINDING}[data-rule-id="${ruleId}"][data-severity="${severity}"]`).count()).toBe(0);
    // The headings are now the plan's template, in its order and at its levels (its title aside, which no rule asks for).
    const plan = documentSkeleton(
      builtInDocTypes.find((type) => type.id === 'verksamhetsplan')!,
      { goals: ['1.2'] },
    );
    const headings = (await demoBlocks(page)).flatMap((block) =>
      block.kind === 'paragraph' && block.tag.startsWith('H') ? [`${block.style} ${block.text}`] : [],
    );
    expect(headings).toEqual(plan.items.flatMap((item) => (item.kind === 'heading' && item.level > 1 ? [`Heading${item.level} ${item.text}`] : [])));
    expect(await page.locator(`${FINDING}[data-rule-id="empty-section"]`).count()).toBeGreaterThanOrEqual(placeholders);
  }, 30_000);

  it('inserts a goal block at the cursor in a verksamhetsplan, where it passes the structure checks', async () => {
    await open(PLAN_EXAMPLE);
    const before = (await cards(page))
      .filter((item) => ['required-section', 'section-order', 'goal-block-incomplete'].includes(item.ruleId))
      .map((item) => item.key);
    // The cursor at the end of the plan, where the writer adds the next goal.
    await page.locator(`${DEMO_DOCUMENT} p`).last().click();
    await page.keyboard.press('End');
    await openTab(page, 'insert');
    await page.selectOption(`${PANE} select[data-action="goal"]`, '2.5');
    await page.click(`${PANE} [data-action="insert-goal-block"][data-goal="2.5"]`);
    expect(await waitForNotice(page, 'success')).toContain('Målblocket är infogat');
    const lines = await demoLines(page);
    expect(lines).toContain('2. En hållbart växande och dynamisk storstad med hög tillväxt');
    expect(lines).toContain('2.5 Stockholm är en hållbar stad med en god livsmiljö');
    await openTab(page, 'findings');
    const after = await cards(page);
    // Nothing new is missing or out of order; the block's placeholders are all that is new, reported by empty-section.
    const structure = after.filter(
      (item) => ['required-section', 'section-order', 'goal-block-incomplete'].includes(item.ruleId) && !before.includes(item.key),
    );
    expect(structure).toEqual([]);
    expect(after.filter((item) => item.ruleId === 'goal-wording' || item.ruleId === 'goal-number')).toEqual([]);
    expect(after.filter((item) => item.ruleId === 'empty-section').length).toBeGreaterThan(0);
  }, 30_000);

  it('puts a missing heading in at its place with its heading style (the .docx example and seed 003)', async () => {
    for (const example of [DOCX_EXAMPLE, SEED_003]) {
      const { paragraphs, result } = known(example);
      const missing = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'required-section' && diagnostic.fixes?.some((fix) => fix.insert))!;
      const fix = missing.fixes!.find((candidate) => candidate.insert && candidate.safe)!;
      const heading = fix.insert!.paragraphs[0]!;
      const anchor = locateInParagraphs(documentFromParagraphs(paragraphs), fix.start)!.paragraph;
      const index = fix.insert!.where === 'after' ? anchor + 1 : anchor;

      await open(example);
      await card(page, missing.key).locator('[data-action="fix"]').click();
      expect(await waitForNotice(page, 'success')).toContain(`${fix.title}: klart.`);
      await waitForGone(page, missing.key);
      const blocks = await demoBlocks(page);
      expect(blocks.length, example.name).toBe(paragraphs.length + 1);
      expect(blocks[index], example.name).toEqual({
        kind: 'paragraph',
        tag: `H${heading.heading}`,
        style: `Heading${heading.heading}`,
        styleName: `Rubrik ${heading.heading}`,
        text: heading.text,
      });
      // Right where the core said: the paragraphs around it are the ones the fix named.
      const text = (block: (typeof blocks)[number] | undefined) => (block?.kind === 'paragraph' ? block.text : undefined);
      expect(text(blocks[index - 1])).toBe(paragraphs[index - 1]?.text);
      expect(text(blocks[index + 1])).toBe(paragraphs[index]?.text);
      // The new heading does not trade one structure finding for another.
      expect(await page.locator(`${FINDING}[data-rule-id="section-order"]`).count()).toBe(0);
      expect((await cards(page)).filter((item) => item.ruleId === 'required-section' && item.severity !== 'info')).toEqual([]);
    }
  }, 30_000);

  it('keeps an ignored finding ignored after a reload, lists it under Ignorerade, and brings it back with Återställ', async () => {
    const { result } = known(DOCX_EXAMPLE);
    const missing = onlyFinding(result, 'gender-split-missing');
    await open(DOCX_EXAMPLE);
    await card(page, missing.key).locator('[data-action="ignore"]').click();
    await waitForGone(page, missing.key);
    await expect.poll(() => card(page, missing.key, DISMISSED).count()).toBe(1);
    expect(squash(await page.locator(`${PANE} [data-panel="findings"] section h2`).innerText())).toBe('Ignorerade (1)');
    expect(await page.evaluate((name) => localStorage.getItem(`utkastkoll-demo:installningar:${name}`), DOCX_EXAMPLE.name)).toContain(missing.key);

    // The demo keeps the example in the address and its settings in localStorage: a reload opens the same document, still without it.
    await page.reload();
    await page.waitForSelector(`[data-demo-name="${DOCX_EXAMPLE.name}"] [data-demo-document]`);
    await waitForCheck(page);
    expect(new URL(page.url()).searchParams.get('exempel')).toBe(DOCX_EXAMPLE.id);
    expect(await card(page, missing.key).count()).toBe(0);
    expect(await card(page, missing.key, DISMISSED).count()).toBe(1);
    expect(squash(await page.locator(`${PANE} [data-total]`).innerText())).toContain(`${result.diagnostics.length - 1} anmärkningar`);
    await openTab(page, 'review');
    expect(squash(await page.locator(`${PANE} [data-count="dismissed"]`).innerText())).toBe('1 ignorerad anmärkning räknas inte med.');
    await openTab(page, 'findings');

    await card(page, missing.key, DISMISSED).locator('[data-action="restore"]').click();
    await card(page, missing.key).waitFor();
    expect(await page.locator(DISMISSED).count()).toBe(0);
    await page.reload();
    await waitForCheck(page);
    expect(await card(page, missing.key).count()).toBe(1);
  });

  it('adds the findings as comments, shows the readiness verdict and downloads the review report', async () => {
    const { result } = known(DOCX_EXAMPLE);
    const commented = result.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'readability');
    const summary = summarize(result);
    await open(DOCX_EXAMPLE);
    await openTab(page, 'review');
    const verdict = page.locator(`${PANE} [data-verdict]`);
    expect(await verdict.getAttribute('data-verdict')).toBe(summary.readiness.verdict);
    // The badge holds the title, the sentence goes on without repeating it.
    const rest = summary.readiness.sentence.replace(`${summary.readiness.title}: `, '');
    expect(squash(await verdict.innerText())).toBe(squash(`${summary.readiness.title} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`));
    expect(await page.locator(`${PANE} [data-table="families"] tr[data-family]:not([data-family="total"])`).count()).toBe(summary.families.length);
    await screenshot(page, 'word-demo-review');
    const axe = await runAxe(page, server.origin, 'word-demo-review');
    expect(axe.serious, describeViolations(axe.serious)).toEqual([]);

    expect(await page.locator('[data-demo-comment]').count()).toBe(0);
    await page.click(`${PANE} [data-action="comments"]`);
    expect(await waitForNotice(page, 'success')).toContain(`${commented.length} kommentarer har lagts in.`);
    const comments = await demoComments(page);
    expect(comments.length).toBe(commented.length);
    expect(comments.map((comment) => `${comment.quote} | ${comment.text}`).sort()).toEqual(
      commented.map((diagnostic) => `${diagnostic.text} | ${uiWords.severities[diagnostic.severity].label}: ${diagnostic.message} (utkastkoll)`).sort(),
    );
    await page.locator('[data-demo-comment]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'word-demo-comments');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${PANE} [data-action="report"]`)]);
    expect(download.suggestedFilename()).toBe('granskningsrapport.html');
    const html = await readFile(await download.path(), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<title>Granskning av ${DOCX_EXAMPLE.name}</title>`);
    expect(html).toContain(escapeHtml(summary.readiness.title));
    // Every finding with its message.
    for (const diagnostic of commented) expect(html).toContain(escapeHtml(diagnostic.message));
    expect(html).toContain('Läsbarhet');
    // A report for printing: no script in it, nothing fetched from anywhere.
    expect(html).not.toMatch(/<script|<link|src="http/i);
  }, 30_000);
});
