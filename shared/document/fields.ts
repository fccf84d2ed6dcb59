/**
 * A web form as one document: each field's label is a heading and its value the body,
 * so a verksamhetsplan typed goal by goal into the city's form is checked as a whole.
 * The source is virtual: label line, value lines, blank line, per field.
 */
import type { Block, Field, SourceDocument } from './model';

const BULLET = /^\s*(?:[•●▪◦·∙‣⁃■]|[-–*](?=\s))\s*/u;

export function documentFromFields(fields: readonly Field[]): SourceDocument {
  let source = '';
  const blocks: Block[] = [];
  const located: NonNullable<SourceDocument['fields']> = [];
  for (const field of fields) {
    const start = source.length;
    const label = field.label.replace(/\s+/g, ' ').trim();
    if (label !== '') {
      blocks.push({ kind: 'heading', text: label, start, end: start + label.length, field: field.id });
      source += label + '\n';
    }
    const valueStart = source.length;
    const value = field.value.replace(/\r\n?/g, '\n');
    let offset = valueStart;
    for (const line of value.split('\n')) {
      const bullet = BULLET.exec(line);
      const content = line.slice(bullet ? bullet[0].length : 0);
      const trimmed = content.trim();
      if (trimmed !== '') {
        const at = offset + (bullet ? bullet[0].length : 0) + content.indexOf(trimmed);
        blocks.push({ kind: bullet ? 'listItem' : 'paragraph', text: trimmed, start: at, end: at + trimmed.length, field: field.id });
      }
      offset += line.length + 1;
    }
    source += value + '\n\n';
    located.push({ id: field.id, label, start, end: valueStart + value.length, valueStart });
  }
  return { format: 'fields', source, blocks, fields: located };
}

/** Where a source offset lies in the form: the field and the offset inside its value. */
export function locateInFields(document: SourceDocument, offset: number): { field: string; offset: number } | null {
  for (const field of document.fields ?? []) {
    if (offset >= field.valueStart && offset <= field.end) return { field: field.id, offset: offset - field.valueStart };
  }
  return null;
}
