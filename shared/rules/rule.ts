/**
 * The shape of a rule (one file each, like ESLint's lib/rules/<id>.js): an id, metadata
 * with Swedish message templates and documented examples, and a pure `check` that turns
 * the analysed document into findings.
 */
import type { GoalIndex } from '../analysis/goals';
import type { BlockFacts } from '../analysis/facts';
import type { DocTypeSpec } from '../data/index';
import { uiWords, type FamilyId } from '../data/ui';
import type { Insertion, Severity } from '../diagnostic';
import type { Block } from '../document/model';
import type { Outline } from '../document/outline';
import type { Years } from '../document/period';

/** Rule families, for summaries and the front ends' groups: headings and sections, gender-split figures, goals, the rest (dates, readability). */
export type RuleFamily = FamilyId;

/** Their Swedish names, from the shared UI words. */
export const familyNames: Record<RuleFamily, string> = uiWords.families;

export interface RuleExample<M extends string = string> {
  /** The draft, in Markdown (headings give the structure). */
  text: string;
  /** Document type id; the rule's own default when absent. */
  type?: string;
  /** Expected findings of this rule (invalid examples), in order. */
  expect?: Array<{ messageId: M; data?: Record<string, string | number | boolean> }>;
}

/** A fix's title (a Swedish template like messages) and whether one click may apply it. */
export interface FixMeta {
  /** Swedish, imperative: "Använd lydelsen i {source}", "Ändra totalen till {sumText}". */
  title: string;
  /**
   * Safe: the text can only get better (the catalog's exact goal text, the template's
   * heading, swapped dates, a missing heading). Not safe: a suggestion the writer must
   * judge (a reported figure, one of two wordings).
   */
  safe: boolean;
}

export interface RuleMeta<M extends string = string, F extends string = string> {
  /** Swedish title. */
  title: string;
  family: RuleFamily;
  /** Swedish, one or two sentences: what the rule finds and why it matters. */
  description: string;
  defaultSeverity: Severity;
  /**
   * The rule reads the document type's template (sections, goal blocks), so it runs only
   * when the type is known; other rules also check documents of no known type.
   */
  needsType: boolean;
  /** Swedish message templates by id; `{name}` is replaced from the finding's data. */
  messages: Record<M, string>;
  /** Fixes the rule offers, by id. */
  fixes: Record<F, FixMeta>;
  /** Document type the examples are written as, unless an example says otherwise. */
  exampleType: string;
  examples: { valid: RuleExample<M>[]; invalid: RuleExample<M>[] };
}

/** What the engine knows about the document's type when rules run. */
export interface TypeDetection {
  /** The type chosen with --type or by the writer, rather than detected. */
  forced: boolean;
  /** The type the rules check against; null when none is known. */
  type: string | null;
  reason: string;
  /** The names of the types one can choose ("tjänsteutlåtande", …). */
  choices: string[];
  /** With a forced type: the type the document looks like instead, when it clearly does. */
  looksLike?: { type: string; name: string; article: string; reason: string };
}

/** The years the document is for (from its title) and the goal catalogs left out because their period is another. */
export interface CatalogPeriod {
  years: Years | null;
  /** Names of the catalogs not checked against ("KF:s mål, budget 2020–2022"). */
  skipped: string[];
  /** The document is of other years than the type's template: parts under the top level are not demanded. */
  otherTemplate: boolean;
}

export interface RuleContext {
  readonly blocks: readonly Block[];
  readonly outline: Outline;
  /** The document's type, or the checks of no known type (no sections, every table). */
  readonly docType: DocTypeSpec;
  readonly detection: TypeDetection;
  /**
   * A web form (a page of fields): it may hold only part of a document, and its structure
   * is the form's, not the writer's. Sections it lacks or holds in another order are not
   * reported; an empty field is asked to be filled in.
   */
  readonly partial: boolean;
  /** Goals of the catalogs of the document's period. */
  readonly goals: GoalIndex;
  readonly period: CatalogPeriod;
  facts(blockIndex: number): BlockFacts;
  /**
   * The source text behind block-relative offsets (between table cells it is " | " in
   * Markdown, a tab in Word), for fixes that must keep what lies between.
   */
  sourceText(blockIndex: number, start: number, end: number): string;
}

export interface FindingFix<F extends string = string> {
  fixId: F;
  /** Values for the fix title's placeholders, besides the finding's data. */
  data?: Record<string, string | number | boolean>;
  /** The block the fix edits, when not the finding's own (the other place of two wordings). */
  block?: number;
  /** Block-relative offsets. */
  start: number;
  end: number;
  /** The replacement text; for an insertion, left empty: the engine writes it in the document's format. */
  text: string;
  insert?: Insertion;
}

/** Another place the finding is about: where the other wording of a goal stands. */
export interface RelatedRange {
  block: number;
  start: number;
  end: number;
}

export interface Finding<M extends string = string, F extends string = never> {
  messageId: M;
  data?: Record<string, string | number | boolean>;
  /** Block the finding is in; offsets are relative to its text. */
  block: number;
  start: number;
  end: number;
  severity?: Severity;
  fixes?: FindingFix<F>[];
  related?: RelatedRange[];
  /**
   * What the finding is about when its range is only a place to point at (a missing
   * section's id, a question number): its identity, instead of the flagged text, in the key.
   */
  subject?: string;
}

export interface Rule<M extends string = string, F extends string = string> {
  id: string;
  meta: RuleMeta<M, F>;
  check(context: RuleContext): Array<Finding<M, F>>;
}

/**
 * Defines a rule with its message and fix ids as types, so a finding with an unknown
 * message or fix id does not compile: `defineRule<MessageId, FixId>({ … })`.
 */
export function defineRule<M extends string, F extends string = never>(rule: Rule<M, F>): Rule {
  return rule as unknown as Rule;
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
