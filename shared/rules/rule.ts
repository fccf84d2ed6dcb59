/**
 * The shape of a rule (one file each, like ESLint's lib/rules/<id>.js): an id, metadata
 * with Swedish message templates and documented examples, and a pure `check` that turns
 * the analysed document into findings.
 */
import type { GoalIndex } from '../analysis/goals';
import type { BlockFacts } from '../analysis/facts';
import type { DocTypeSpec } from '../data/index';
import type { Severity } from '../diagnostic';
import type { Block } from '../document/model';
import type { Outline } from '../document/outline';

/** Rule families, for summaries and the front ends' groups: headings and sections, gender-split figures, goals, the rest (dates, readability). */
export type RuleFamily = 'struktur' | 'kon' | 'mal' | 'ovrigt';

export const familyNames: Record<RuleFamily, string> = {
  struktur: 'Rubriker och avsnitt',
  kon: 'Könsuppdelad statistik',
  mal: 'Målformuleringar',
  ovrigt: 'Övrigt',
};

export interface RuleExample {
  /** The draft, in Markdown (headings give the structure). */
  text: string;
  /** Document type id; the rule's own default when absent. */
  type?: string;
  /** Expected findings of this rule (invalid examples), in order. */
  expect?: Array<{ messageId: string; data?: Record<string, string | number | boolean> }>;
}

export interface RuleMeta {
  /** Swedish title. */
  title: string;
  family: RuleFamily;
  /** Swedish, one or two sentences: what the rule finds and why it matters. */
  description: string;
  defaultSeverity: Severity;
  /** Swedish message templates by id; `{name}` is replaced from the finding's data. */
  messages: Record<string, string>;
  /** Document type the examples are written as, unless an example says otherwise. */
  exampleType: string;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

export interface RuleContext {
  readonly blocks: readonly Block[];
  readonly outline: Outline;
  readonly docType: DocTypeSpec;
  readonly goals: GoalIndex;
  facts(blockIndex: number): BlockFacts;
  /**
   * The source text behind block-relative offsets (between table cells it is " | " in
   * Markdown, a tab in Word), for fixes that must keep what lies between.
   */
  sourceText(blockIndex: number, start: number, end: number): string;
}

export interface FindingFix {
  title: string;
  /** Block-relative offsets in the finding's block. */
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  messageId: string;
  data?: Record<string, string | number | boolean>;
  /** Block the finding is in; offsets are relative to its text. */
  block: number;
  start: number;
  end: number;
  severity?: Severity;
  fixes?: FindingFix[];
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Fills `{name}` placeholders; a missing value is left visible rather than hidden. */
export function formatMessage(template: string, data: Finding['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data?.[name];
    return value === undefined ? whole : String(value);
  });
}

/** Quotes a text for a Swedish message, shortened at a word boundary to keep messages short. */
export function quote(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return `”${clean}”`;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `”${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …”`;
}
