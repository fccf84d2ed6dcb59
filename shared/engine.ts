/**
 * Runs the rules over a document and turns findings into diagnostics. `CheckSession`
 * keeps per-block analysis between checks, so the Word add-in and the extension can
 * re-check on every edit and only pay for the block that changed.
 */
import { FactsCache, type BlockFacts } from './analysis/facts';
import { GoalIndex } from './analysis/goals';
import { builtInCatalogs, builtInDocTypes, noTypeProfile, type DocTypeSpec, type GoalCatalog } from './data/index';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { detectDocType, lowerFirst, resolveTypeId } from './document/detect';
import { EditableDocument, type Change } from './document/editing';
import type { Block, SourceDocument } from './document/model';
import { buildOutline, type Outline } from './document/outline';
import { catalogApplies, documentYears, overlaps } from './document/period';
import { toDiagnostic } from './findings/diagnostics';
import { makeKeysUnique } from './findings/keys';
import { Settings, dismissalKey, isShown, type SettingsInput } from './findings/settings';
import type { ParagraphEdit } from './document/paragraph-edits';
import type { ParagraphInput } from './readers/paragraphs';
import { rules as registeredRules } from './rules/index';
import type { CatalogPeriod, Rule, RuleContext, TypeDetection } from './rules/rule';

export interface CheckOptions {
  /** A document type id or alias ("tu", "tjänsteutlåtande"), or "auto" (default) to detect it. */
  type?: string;
  docTypes?: readonly DocTypeSpec[];
  /** Catalogs in addition to the built-in KF goals (and those inline in the settings). */
  catalogs?: readonly GoalCatalog[];
  rules?: readonly Rule[];
  /** The user's settings: rules off or at another severity, dismissed findings, the lowest severity shown. */
  settings?: SettingsInput;
}

export interface CheckResult {
  /** The document type checked against; null when no type is known (only the type-independent rules ran). */
  type: string | null;
  typeName: string;
  /** Why this type: "verksamhetsplan: 12 typiska rubriker (…)", "angiven typ", or why none. */
  typeReason: string;
  diagnostics: Diagnostic[];
  /** Findings the user dismissed (by key), for a list they can be restored from. */
  dismissed: Diagnostic[];
  /** How many findings fell below the settings' lowest severity. */
  hidden: number;
  /** The goal catalogs checked against (those of the document's period). */
  catalogs: Array<{ id: string; version: string; name: string; period?: { from: number; to: number } }>;
  outline: Outline;
  blocks: readonly Block[];
}

export class UnknownTypeError extends Error {}

interface Structure {
  docType: DocTypeSpec;
  detection: TypeDetection;
  outline: Outline;
  /** The catalogs of the document's period, their goals, and those left out. */
  catalogs: readonly GoalCatalog[];
  goals: GoalIndex;
  period: CatalogPeriod;
}

export class CheckSession {
  private readonly document: EditableDocument;
  private readonly docTypes: readonly DocTypeSpec[];
  private readonly catalogs: readonly GoalCatalog[];
  /** Goal indexes by the catalogs they hold: a structure change rarely changes the period. */
  private readonly goalIndexes = new Map<string, GoalIndex>();
  private readonly rules: readonly Rule[];
  private readonly facts = new FactsCache();
  private readonly forcedType: DocTypeSpec | null;
  private settings: Settings;
  /** Type and outline of the last check, kept while edits leave the structure alone. */
  private structure: Structure | null = null;

  constructor(document: SourceDocument, options: CheckOptions = {}) {
    this.docTypes = options.docTypes ?? builtInDocTypes;
    this.settings = Settings.parse(options.settings ?? {});
    const inline = this.settings.catalogs.filter((catalog): catalog is GoalCatalog => typeof catalog !== 'string');
    this.catalogs = [...builtInCatalogs, ...(options.catalogs ?? []), ...inline];
    this.rules = options.rules ?? registeredRules;
    this.document = new EditableDocument(document, this.docTypes);
    const type = options.type ?? 'auto';
    if (type === 'auto') this.forcedType = null;
    else {
      const id = resolveTypeId(type, this.docTypes);
      if (id === null) throw new UnknownTypeError(`okänd dokumenttyp "${type}"; välj ${this.docTypes.map((docType) => docType.id).join(', ')} eller auto`);
      this.forcedType = this.docTypes.find((docType) => docType.id === id)!;
    }
  }

  get blocks(): readonly Block[] {
    return this.document.blocks;
  }

  get source(): string {
    return this.document.source;
  }

  /** The session's current document (its own copy; read it, do not change it). */
  get current(): SourceDocument {
    return this.document.current;
  }

  check(): CheckResult {
    const blocks = this.document.blocks;
    this.structure ??= this.buildStructure(blocks);
    const { docType, detection, outline, goals, period, catalogs } = this.structure;
    // Every rule asks for the facts of most blocks: one look-up by text per block and check, not one per rule.
    const factsAt: BlockFacts[] = [];
    const context: RuleContext = {
      blocks,
      outline,
      docType,
      detection,
      partial: this.document.current.format === 'fields',
      goals,
      period,
      facts: (index) => (factsAt[index] ??= this.facts.get(blocks[index]!)),
      sourceText: (index, start, end) => this.document.sourceText(index, start, end),
    };
    const all: Diagnostic[] = [];
    for (const rule of this.rules) {
      const setting = this.settings.rules[rule.id];
      if (setting === 'off' || (rule.meta.needsType && detection.type === null)) continue;
      for (const finding of rule.check(context)) all.push(toDiagnostic(this.document, rule, finding, outline, setting));
    }
    all.sort(compareDiagnostics);
    makeKeysUnique(all);
    this.facts.endCheck(blocks.length);
    const dismissedKeys = new Set(this.settings.dismissed.map(dismissalKey));
    const diagnostics: Diagnostic[] = [];
    const dismissed: Diagnostic[] = [];
    let hidden = 0;
    for (const diagnostic of all) {
      if (dismissedKeys.has(diagnostic.key)) dismissed.push(diagnostic);
      else if (!isShown(diagnostic.severity, this.settings.severity)) hidden++;
      else diagnostics.push(diagnostic);
    }
    return {
      type: detection.type,
      typeName: docType.name,
      typeReason: detection.reason,
      diagnostics,
      dismissed,
      hidden,
      catalogs: catalogs.map(({ id, version, name, period }) => (period ? { id, version, name, period } : { id, version, name })),
      outline,
      blocks,
    };
  }

  /** New settings (a rule turned off, a finding dismissed or restored): checked again without reading anything again. */
  updateSettings(settings: SettingsInput): CheckResult {
    this.settings = Settings.parse(settings);
    return this.check();
  }

  /** Word: paragraph `index` now reads `paragraph` (its text, style or list number changed). */
  replaceParagraph(index: number, paragraph: ParagraphInput): CheckResult {
    return this.afterEdit(this.document.replaceParagraph(index, paragraph));
  }

  /** Word: a new paragraph before paragraph `index` (the paragraph count appends it). */
  insertParagraph(index: number, paragraph: ParagraphInput): CheckResult {
    return this.afterEdit(this.document.insertParagraph(index, paragraph));
  }

  /** Word: paragraph `index` was deleted. */
  deleteParagraph(index: number): CheckResult {
    return this.afterEdit(this.document.deleteParagraph(index));
  }

  /**
   * Word, read again: several paragraph edits (from `paragraphEdits(before, after)`),
   * applied in order and checked once.
   */
  editParagraphs(edits: readonly ParagraphEdit[]): CheckResult {
    let structure = false;
    for (const edit of edits) {
      const change =
        edit.type === 'replace'
          ? this.document.replaceParagraph(edit.index, edit.paragraph)
          : edit.type === 'insert'
            ? this.document.insertParagraph(edit.index, edit.paragraph)
            : this.document.deleteParagraph(edit.index);
      structure ||= change.structure;
    }
    return this.afterEdit({ structure });
  }

  /** A web form: the field with this id now holds `value`. */
  replaceField(id: string, value: string): CheckResult {
    return this.afterEdit(this.document.replaceField(id, value));
  }

  /** Plain text and Markdown: one block's stretch of the source replaced by `text`. */
  replaceBlock(index: number, text: string): CheckResult {
    return this.afterEdit(this.document.replaceBlockText(index, text));
  }

  /**
   * Replaces the whole document (Word re-read its paragraphs, a form field was added or
   * removed). Paragraphs whose text did not change keep their analysis.
   */
  replaceDocument(document: SourceDocument): CheckResult {
    return this.afterEdit(this.document.replaceWith(document));
  }

  private afterEdit(change: Change): CheckResult {
    if (change.structure) this.structure = null;
    return this.check();
  }

  private buildStructure(blocks: readonly Block[]): Structure {
    const detected = detectDocType(blocks, this.docTypes, noTypeProfile.minScore);
    let docType: DocTypeSpec | null;
    let detection: TypeDetection;
    const choices = this.docTypes.map((each) => lowerFirst(each.name));
    if (this.forcedType) {
      docType = this.forcedType;
      detection = { forced: true, type: docType.id, reason: `${lowerFirst(docType.name)}: angiven typ`, choices };
      const other = detected.docType;
      if (other && other !== docType && (detected.scoreOf(docType.id) ?? 0) * 2 < detected.score) {
        detection.looksLike = { type: other.id, name: other.name, article: other.article ?? lowerFirst(other.name), reason: detected.reason };
      }
    } else {
      docType = detected.docType;
      detection = { forced: false, type: docType?.id ?? null, reason: detected.reason, choices };
    }
    const checkedAs = docType ?? noTypeDocType(this.docTypes);
    const years = documentYears(blocks);
    const catalogs = this.catalogs.filter((catalog) => catalogApplies(catalog, years));
    const skipped = this.catalogs.filter((catalog) => !catalogApplies(catalog, years)).map(({ name }) => name);
    return {
      docType: checkedAs,
      detection,
      outline: buildOutline(blocks, checkedAs),
      catalogs,
      goals: this.goalIndex(catalogs),
      period: { years, skipped, otherTemplate: years !== null && checkedAs.period !== undefined && !overlaps(checkedAs.period, years) },
    };
  }

  private goalIndex(catalogs: readonly GoalCatalog[]): GoalIndex {
    const key = catalogs.map((catalog) => this.catalogs.indexOf(catalog)).join(',');
    let index = this.goalIndexes.get(key);
    if (!index) {
      index = new GoalIndex(catalogs);
      this.goalIndexes.set(key, index);
    }
    return index;
  }
}

const noTypeDocTypes = new WeakMap<readonly DocTypeSpec[], DocTypeSpec>();

/** What a document of no known type is checked as: no template, every type's tables, the general gender and readability settings. */
function noTypeDocType(docTypes: readonly DocTypeSpec[]): DocTypeSpec {
  let docType = noTypeDocTypes.get(docTypes);
  if (!docType) {
    docType = {
      id: '',
      name: noTypeProfile.name,
      detection: { signals: [], questionWeight: 0, titles: [] },
      tables: docTypes.flatMap((each) => each.tables),
      sections: [],
      aliases: [],
      genderSplit: noTypeProfile.genderSplit,
      readability: noTypeProfile.readability,
    };
    noTypeDocTypes.set(docTypes, docType);
  }
  return docType;
}

/** One-shot check of a whole document. */
export function checkDocument(document: SourceDocument, options: CheckOptions = {}): CheckResult {
  return new CheckSession(document, options).check();
}
