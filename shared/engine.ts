/**
 * Runs the rules over a document and turns findings into diagnostics. `CheckSession`
 * keeps per-block analysis between checks, so the Word add-in and the extension can
 * re-check on every edit and only pay for the block that changed.
 */
import { FactsCache } from './analysis/facts';
import { GoalIndex } from './analysis/goals';
import { builtInCatalogs, builtInDocTypes, type DocTypeSpec, type GoalCatalog } from './data/index';
import { compareDiagnostics, type Diagnostic, type Fix } from './diagnostic';
import { detectDocType, lowerFirst } from './document/detect';
import { EditableDocument, type Change } from './document/editing';
import { toSourceEnd, toSourceOffset, type Block, type SourceDocument } from './document/model';
import { buildOutline, sectionDisplayName, type Outline } from './document/outline';
import type { ParagraphInput } from './readers/paragraphs';
import { rules as registeredRules } from './rules/index';
import { formatMessage, type Finding, type Rule, type RuleContext } from './rules/rule';

export interface CheckOptions {
  /** A document type id, or "auto" (default) to detect it. */
  type?: string;
  docTypes?: readonly DocTypeSpec[];
  /** Catalogs in addition to the built-in KF goals. */
  catalogs?: readonly GoalCatalog[];
  rules?: readonly Rule[];
}

export interface CheckResult {
  type: string;
  typeName: string;
  /** Why this type: "verksamhetsplan: 12 typiska rubriker (…)" or "angiven med --type". */
  typeReason: string;
  diagnostics: Diagnostic[];
  outline: Outline;
  blocks: readonly Block[];
}

export class UnknownTypeError extends Error {}

export class CheckSession {
  private readonly document: EditableDocument;
  private readonly docTypes: readonly DocTypeSpec[];
  private readonly goals: GoalIndex;
  private readonly rules: readonly Rule[];
  private readonly facts = new FactsCache();
  /** Type and outline of the last check, kept while edits leave the structure alone. */
  private structure: { docType: DocTypeSpec; reason: string; outline: Outline } | null = null;

  constructor(
    document: SourceDocument,
    private readonly options: CheckOptions = {},
  ) {
    this.docTypes = options.docTypes ?? builtInDocTypes;
    this.goals = new GoalIndex([...builtInCatalogs, ...(options.catalogs ?? [])]);
    this.rules = options.rules ?? registeredRules;
    this.document = new EditableDocument(document, this.docTypes);
    const type = options.type ?? 'auto';
    if (type !== 'auto' && !this.docTypes.some((docType) => docType.id === type)) {
      throw new UnknownTypeError(`okänd dokumenttyp "${type}"; välj ${this.docTypes.map((docType) => docType.id).join(', ')} eller auto`);
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
    const { docType, reason, outline } = this.structure;
    const context: RuleContext = {
      blocks,
      outline,
      docType,
      goals: this.goals,
      facts: (index) => this.facts.get(blocks[index]!),
      sourceText: (index, start, end) => {
        const block = blocks[index]!;
        return this.document.source.slice(toSourceOffset(block, start), toSourceOffset(block, end));
      },
    };
    const diagnostics: Diagnostic[] = [];
    for (const rule of this.rules) {
      for (const finding of rule.check(context)) diagnostics.push(this.toDiagnostic(rule, finding, outline));
    }
    diagnostics.sort(compareDiagnostics);
    this.facts.endCheck(blocks.length);
    return { type: docType.id, typeName: docType.name, typeReason: reason, diagnostics, outline, blocks };
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

  private buildStructure(blocks: readonly Block[]): { docType: DocTypeSpec; reason: string; outline: Outline } {
    const { docType, reason } = this.resolveType(blocks);
    return { docType, reason, outline: buildOutline(blocks, docType) };
  }

  private resolveType(blocks: readonly Block[]): { docType: DocTypeSpec; reason: string } {
    const type = this.options.type ?? 'auto';
    if (type === 'auto') {
      const detection = detectDocType(blocks, this.docTypes);
      return { docType: detection.docType, reason: detection.reason };
    }
    const docType = this.docTypes.find((candidate) => candidate.id === type)!;
    return { docType, reason: `${lowerFirst(docType.name)}: angiven typ` };
  }

  private toDiagnostic(rule: Rule, finding: Finding, outline: Outline): Diagnostic {
    const blocks = this.document.blocks;
    const block = blocks[finding.block];
    const start = block ? toSourceOffset(block, finding.start) : 0;
    const end = block ? (finding.end > finding.start ? Math.max(start, toSourceEnd(block, finding.end)) : start) : 0;
    const { line, column } = this.document.lines.position(start);
    const template = rule.meta.messages[finding.messageId];
    if (template === undefined) throw new Error(`${rule.id}: okänt messageId ${finding.messageId}`);
    const diagnostic: Diagnostic = {
      ruleId: rule.id,
      severity: finding.severity ?? rule.meta.defaultSeverity,
      message: formatMessage(template, finding.data),
      messageId: finding.messageId,
      start,
      end,
      line,
      column,
    };
    const section = outline.sectionOfBlock[finding.block];
    if (section && section.kind !== 'root') diagnostic.section = sectionDisplayName(section, blocks);
    if (finding.data) diagnostic.data = finding.data;
    if (finding.fixes && block) {
      diagnostic.fixes = finding.fixes.map(
        (fix): Fix => ({ title: fix.title, start: toSourceOffset(block, fix.start), end: fix.end > fix.start ? toSourceEnd(block, fix.end) : toSourceOffset(block, fix.start), text: fix.text }),
      );
    }
    return diagnostic;
  }
}

/** One-shot check of a whole document. */
export function checkDocument(document: SourceDocument, options: CheckOptions = {}): CheckResult {
  return new CheckSession(document, options).check();
}
