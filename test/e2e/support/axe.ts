/**
 * axe-core in the page, on one part of it (the task pane, not the simulated document). The
 * pane's Content-Security-Policy allows scripts from its own origin only, so axe is served
 * from that origin (a route answering /__axe.min.js from node_modules) rather than injected
 * inline, and the policy stays as the add-in ships it. Every run's result is written to
 * test-results/axe-<name>.json for a human to read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS } from './browser';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_URL = '/__axe.min.js';

export interface AxeNode {
  target: string;
  html: string;
  summary: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

export interface AxeReport {
  /** What axe found, less the known false positive below. */
  violations: AxeViolation[];
  /** Nodes left out of `violations`: Fluent UI's Tabster focus bumpers (see `isTabsterBumper`). */
  suppressed: AxeViolation[];
  /** Violations of impact "serious" or "critical". */
  serious: AxeViolation[];
  passes: number;
  /** What axe could not decide (often color-contrast over an overlapping or translucent background), with the nodes. */
  incomplete: AxeViolation[];
}

/** Runs axe on `selector` (default the pane) and returns its violations; writes them to test-results/axe-<name>.json. */
export async function runAxe(page: Page, origin: string, name: string, selector = '#pane'): Promise<AxeReport> {
  await page.route(`${origin}${AXE_URL}`, (route) => route.fulfill({ path: AXE_PATH, contentType: 'text/javascript; charset=utf-8' }));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${origin}${AXE_URL}` });
  const raw = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeRawResult> } }).axe;
    interface AxeRawResult {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }>;
      passes: unknown[];
      incomplete: AxeRawResult['violations'];
    }
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations', 'incomplete'] });
    const plain = (violations: AxeRawResult['violations']) =>
      violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html.slice(0, 300), summary: node.failureSummary ?? '' })),
      }));
    return { violations: plain(result.violations), passes: result.passes.length, incomplete: plain(result.incomplete) };
  }, selector);
  const violations: AxeViolation[] = [];
  const suppressed: AxeViolation[] = [];
  for (const violation of raw.violations) {
    const bumpers = violation.nodes.filter((node) => isTabsterBumper(violation.id, node));
    const rest = violation.nodes.filter((node) => !bumpers.includes(node));
    if (bumpers.length > 0) suppressed.push({ ...violation, nodes: bumpers });
    if (rest.length > 0) violations.push({ ...violation, nodes: rest });
  }
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report: AxeReport = { violations, suppressed, serious, passes: raw.passes, incomplete: raw.incomplete };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `axe-${name}.json`), JSON.stringify(report, null, 2) + '\n');
  return report;
}

/**
 * Fluent UI v9's focus management (Tabster) puts empty `<i data-tabster-dummy tabindex="0"
 * aria-hidden="true">` bumpers around arrow-key groups (the TabList): focusable on purpose,
 * they pass focus on at once, and hidden so that screen readers do not announce them. axe's
 * aria-hidden-focus flags them; Fluent lists it as a known false positive
 * (microsoft/fluentui#25133, microsoft/tabster#288) and Accessibility Insights suppresses it
 * (microsoft/accessibility-insights-web#7605). Only that rule on exactly such nodes is left out.
 */
function isTabsterBumper(ruleId: string, node: AxeNode): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=""[^>]*><\/i>$/.test(node.html) && /aria-hidden="true"/.test(node.html);
}

/** "color-contrast (serious): Elements must meet … — #pane > … : <span …>" per node, for an assertion's message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `  ${node.target}: ${node.html}\n    ${node.summary}`).join('\n')}`,
    )
    .join('\n');
}
