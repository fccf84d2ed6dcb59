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
import { LineIndex, toSourceEnd, toSourceOffset, type Block, type SourceDocument } from './document/model';
import { buildOutline, sectionDisplayName, type Outline } from './document/outline';
import { assignTables, rowCells } from './document/tables';
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
  private document: SourceDocument;
  private readonly docTypes: readonly DocTypeSpec[];
  private readonly goals: GoalIndex;
  private readonly rules: readonly Rule[];
  private readonly facts = new FactsCache();
  private lines: LineIndex | null = null;
  /** Type and outline of the last check, kept while edits leave the headings alone. */
  private structure: { docType: DocTypeSpec; reason: string; outline: Outline } | null = null;

  constructor(
    document: SourceDocument,
    private readonly options: CheckOptions = {},
  ) {
    this.docTypes = options.docTypes ?? builtInDocTypes;
    this.goals = new GoalIndex([...builtInCatalogs, ...(options.catalogs ?? [])]);
    this.rules = options.rules ?? registeredRules;
    this.document = copyDocument(document);
    assignTables(this.document.blocks, this.docTypes);
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
    return { type: docType.id, typeName: docType.name, typeReason: reason, diagnostics, outline, blocks };
  }

  /** Replaces one block's text (an edited paragraph or form field) and re-checks. */
  replaceBlock(index: number, text: string): CheckResult {
    const block = this.document.blocks[index];
    if (!block) throw new RangeError(`block ${index} finns inte`);
    if (this.affectsStructure(index)) this.structure = null;
    const delta = text.length - (block.end - block.start);
    this.lines?.replace(block.start, block.end, text);
    this.document.source = this.document.source.slice(0, block.start) + text + this.document.source.slice(block.end);
    block.text = text;
    block.end = block.start + text.length;
    delete block.map;
    if (block.kind === 'tableRow' && block.table) {
      const spec = this.docTypes.flatMap((docType) => docType.tables).find((table) => table.id === block.table);
      if (spec && !block.header) block.cells = rowCells(text, spec);
    }
    const blocks = this.document.blocks;
    for (let later = index + 1; later < blocks.length; later++) shiftBlock(blocks[later]!, delta);
    this.shiftFields(block.start, delta);
    return this.check();
  }

  /**
   * Replaces the whole document (Word re-read its paragraphs, a form field was added or
   * removed). Paragraphs whose text did not change keep their analysis.
   */
  replaceDocument(document: SourceDocument): CheckResult {
    const previous = new Map<string, Block[]>();
    for (const block of this.document.blocks) {
      const key = block.kind + '\u0000' + block.text;
      const list = previous.get(key);
      if (list) list.push(block);
      else previous.set(key, [block]);
    }
    this.document = copyDocument(document);
    assignTables(this.document.blocks, this.docTypes);
    for (const block of this.document.blocks) {
      const old = previous.get(block.kind + '\u0000' + block.text)?.shift();
      if (old) this.facts.adopt(block, old);
    }
    this.lines = null;
    this.structure = null;
    return this.check();
  }

  /**
   * Headings, heading-like lines (numbered questions), the first block (the title) and
   * the last ones (the signature) decide the type and the outline; other paragraphs do not.
   */
  private affectsStructure(index: number): boolean {
    const block = this.document.blocks[index]!;
    const nearEnd = index >= this.document.blocks.length - 8;
    return block.kind === 'heading' || block.headingLike === true || index === 0 || nearEnd;
  }

  private buildStructure(blocks: readonly Block[]): { docType: DocTypeSpec; reason: string; outline: Outline } {
    const { docType, reason } = this.resolveType(blocks);
    return { docType, reason, outline: buildOutline(blocks, docType) };
  }

  private shiftFields(at: number, delta: number): void {
    for (const field of this.document.fields ?? []) {
      if (field.end >= at) field.end += delta;
      if (field.start > at) {
        field.start += delta;
        field.valueStart += delta;
      }
    }
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
    const block = this.document.blocks[finding.block];
    const start = block ? toSourceOffset(block, finding.start) : 0;
    const end = block ? (finding.end > finding.start ? Math.max(start, toSourceEnd(block, finding.end)) : start) : 0;
    this.lines ??= new LineIndex(this.document.source);
    const { line, column } = this.lines.position(start);
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
    if (section && section.kind !== 'root') diagnostic.section = sectionDisplayName(section, this.document.blocks);
    if (finding.data) diagnostic.data = finding.data;
    if (finding.fixes && block) {
      diagnostic.fixes = finding.fixes.map(
        (fix): Fix => ({ title: fix.title, start: toSourceOffset(block, fix.start), end: fix.end > fix.start ? toSourceEnd(block, fix.end) : toSourceOffset(block, fix.start), text: fix.text }),
      );
    }
    return diagnostic;
  }
}

/** A private copy: the session edits blocks in place and must not touch the caller's. */
function copyDocument(document: SourceDocument): SourceDocument {
  return { ...document, blocks: document.blocks.map((block) => ({ ...block })), fields: document.fields?.map((field) => ({ ...field })) };
}

function shiftBlock(block: Block, delta: number): void {
  block.start += delta;
  block.end += delta;
}

/** One-shot check of a whole document. */
export function checkDocument(document: SourceDocument, options: CheckOptions = {}): CheckResult {
  return new CheckSession(document, options).check();
}
