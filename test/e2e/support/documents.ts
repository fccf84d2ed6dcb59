/**
 * The documents the end-to-end tests open, read in Node the way the pane gets them (the
 * demo's examples: seeds through the core's text reader, the example tjänsteutlåtande
 * through the core's .docx reader), and the core's own check of them — the oracle the tests
 * compare the pane with: every card's `data-key` is a diagnostic here, with the exact text
 * the core flagged (the card only shows it quoted and shortened).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CheckSession,
  documentFromParagraphs,
  documentFromText,
  paragraphsFromBlocks,
  type CheckResult,
  type Diagnostic,
  type ParagraphInput,
} from '../../../shared/index';
import { readDocxParagraphs } from '../../../shared/docx';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface Example {
  /** The demo's picker id, for `?exempel=`. */
  id: string;
  /** The document's name in the demo (`data-demo-name`; its settings are stored under it). */
  name: string;
  /** The file, relative to the repository; none for the empty document. */
  file?: string;
}

export const SEED_003: Example = {
  id: 'seed-003',
  name: '003-tavlingsbidrag-forebyggande.txt',
  file: 'test/fixtures/seeds/003-tavlingsbidrag-forebyggande.txt',
};
export const DOCX_EXAMPLE: Example = { id: 'tjansteutlatande-exempel', name: 'tjansteutlatande-exempel.docx', file: 'examples/tjansteutlatande-exempel.docx' };
export const EMPTY: Example = { id: 'tomt', name: 'Tomt dokument' };
export const PLAN_EXAMPLE: Example = { id: 'verksamhetsplan-exempel', name: 'verksamhetsplan-exempel.md', file: 'examples/verksamhetsplan-exempel.md' };

/** The example's paragraphs as the demo opens them (word-addin/src/demo/examples.ts) and as the fake Word is filled with. */
export async function exampleParagraphs(example: Example): Promise<ParagraphInput[]> {
  if (!example.file) return [];
  const path = join(ROOT, example.file);
  if (example.file.endsWith('.docx')) return readDocxParagraphs(new Uint8Array(readFileSync(path)));
  const text = readFileSync(path, 'utf8');
  return text.trim() === '' ? [] : paragraphsFromBlocks(documentFromText(text, 'text').blocks);
}

/** The check the pane's controller makes of fresh paragraphs: type detected, no stored settings. */
export function checkAsThePane(paragraphs: readonly ParagraphInput[]): CheckResult {
  return new CheckSession(documentFromParagraphs(paragraphs), { type: 'auto' }).check();
}

/** The core's diagnostics by key. */
export function byKey(result: CheckResult): Map<string, Diagnostic> {
  return new Map(result.diagnostics.map((diagnostic) => [diagnostic.key, diagnostic]));
}

/** The one diagnostic of the rule (and message) in the result; throws, listing what there is, when there is not exactly one. */
export function onlyFinding(result: CheckResult, ruleId: string, messageId?: string): Diagnostic {
  const found = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId && (messageId === undefined || diagnostic.messageId === messageId));
  if (found.length !== 1)
    throw new Error(`${found.length} × ${ruleId}/${messageId ?? '*'} bland ${result.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`).join(', ')}`);
  return found[0]!;
}

/** All whitespace as single spaces, trimmed: how the card quotes the flagged words. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
