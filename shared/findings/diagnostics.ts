/**
 * A rule's finding (block-relative offsets, message and fix ids) → a diagnostic: plain
 * data in source offsets with line and column, the Swedish message and fix titles from
 * the rule's metadata, the flagged text, its key, and where related text stands (also as
 * `relatedPlace` in the data, "rad 12" or "stycke 12", for the message to name).
 */
import type { Diagnostic, Fix, RelatedLocation, Severity } from '../diagnostic';
import type { EditableDocument } from '../document/editing';
import { toSourceEnd, toSourceOffset, type Block } from '../document/model';
import { sectionDisplayName, type Outline } from '../document/outline';
import type { Finding, FindingFix, Rule } from '../rules/rule';
import { formatMessage, quote } from '../rules/rule';
import { findingKey, sectionKey } from './keys';
import { adjustedSeverity } from './settings';

export function toDiagnostic(
  document: EditableDocument,
  rule: Rule,
  finding: Finding<string, string>,
  outline: Outline,
  setting: Severity | 'off' | undefined,
): Diagnostic {
  const blocks = document.blocks;
  const block = blocks[finding.block];
  const { start, end } = sourceRange(block, finding.start, finding.end);
  const { line, column } = document.lines.position(start);
  const template = rule.meta.messages[finding.messageId];
  if (template === undefined) throw new Error(`${rule.id}: okänt messageId ${finding.messageId}`);
  const related = (finding.related ?? []).flatMap((range) => toRelated(document, range.block, range.start, range.end));
  // Where the related text stands, for messages and fix titles ("… än i ”Nämndmål” ovan (rad 12)").
  const data = related.length > 0 ? { ...finding.data, relatedPlace: placeName(document, finding.related![0]!.block, related[0]!.line) } : finding.data;
  const text = document.source.slice(start, end);
  const section = outline.sectionOfBlock[finding.block];
  const severity = adjustedSeverity(finding.severity ?? rule.meta.defaultSeverity, rule.meta.defaultSeverity, setting === 'off' ? undefined : setting);
  // An empty range (a missing number, a missing date) is identified by the paragraph it points into.
  const subject = finding.subject ?? (text !== '' ? text : (block?.text ?? ''));
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity,
    message: formatMessage(template, data),
    messageId: finding.messageId,
    start,
    end,
    line,
    column,
    key: findingKey(rule.id, finding.messageId, finding.subject !== undefined ? 'dokument' : sectionKey(section, blocks), subject),
    text,
  };
  if (section && section.kind !== 'root') diagnostic.section = sectionDisplayName(section, blocks);
  if (data) diagnostic.data = data;
  const fixes = (finding.fixes ?? []).flatMap((fix) => toFix(document, rule, finding, fix, data));
  if (fixes.length > 0) diagnostic.fixes = fixes;
  if (related.length > 0) diagnostic.related = related;
  return diagnostic;
}

function sourceRange(block: Block | undefined, from: number, to: number): { start: number; end: number } {
  if (!block) return { start: 0, end: 0 };
  const start = toSourceOffset(block, from);
  return { start, end: to > from ? Math.max(start, toSourceEnd(block, to)) : start };
}

function toFix(document: EditableDocument, rule: Rule, finding: Finding<string, string>, fix: FindingFix<string>, data: Finding['data']): Fix[] {
  const meta = rule.meta.fixes[fix.fixId];
  if (!meta) throw new Error(`${rule.id}: okänt fixId ${fix.fixId}`);
  const block = document.blocks[fix.block ?? finding.block];
  if (!block) return [];
  const { start, end } = sourceRange(block, fix.start, fix.end);
  const title = formatMessage(meta.title, { ...data, ...fix.data });
  if (!fix.insert) return [{ title, start, end, text: fix.text, safe: meta.safe }];
  const at =
    fix.insert.where === 'before' ? lineStart(document.source, toSourceOffset(block, 0)) : lineEnd(document.source, toSourceEnd(block, block.text.length));
  return [{ title, start: at, end: at, text: insertionText(document.current.format, fix.insert), safe: meta.safe, insert: fix.insert }];
}

/** New paragraphs go between lines, so a heading's markup ("## ") stays with its heading. */
function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline;
}

/** New paragraphs as the document's format writes them: "## Bakgrund" in Markdown, the heading line in text. */
function insertionText(format: string, insert: NonNullable<FindingFix['insert']>): string {
  const lines = insert.paragraphs.map((paragraph) =>
    format === 'markdown' && paragraph.heading !== undefined ? `${'#'.repeat(Math.min(6, paragraph.heading))} ${paragraph.text}` : paragraph.text,
  );
  const text = lines.join('\n\n');
  return insert.where === 'before' ? `${text}\n\n` : `\n\n${text}`;
}

/** How the writer finds a place: "stycke 12" in a Word document, the field's label in a web form, else "rad 12". */
function placeName(document: EditableDocument, blockIndex: number, line: number): string {
  const current = document.current;
  if (current.format === 'docx') return `stycke ${line}`;
  if (current.format === 'fields') {
    const id = document.blocks[blockIndex]?.field;
    const label = current.fields?.find((field) => field.id === id)?.label;
    if (label) return `fältet ${quote(label, 40)}`;
  }
  return `rad ${line}`;
}

function toRelated(document: EditableDocument, blockIndex: number, from: number, to: number): RelatedLocation[] {
  const block = document.blocks[blockIndex];
  if (!block) return [];
  const { start, end } = sourceRange(block, from, to);
  const { line, column } = document.lines.position(start);
  return [{ start, end, line, column, text: document.source.slice(start, end) }];
}
