/**
 * A web form as one document: each field's label is a heading and its value the body,
 * so a verksamhetsplan typed goal by goal into the city's form is checked as a whole.
 * The source is virtual: label line, value lines, blank line, per field. Each value line
 * is read as a paragraph by the paragraph reader ("- " bullets, "Nämndmål: …" labels,
 * title-shaped lines), as Word's paragraphs are.
 */
import { builtInDocTypes, type DocTypeSpec } from '../data/index';
import type { HeadingMatcher } from '../document/headings';
import type { Block, Field, FieldLocation, SourceDocument } from '../document/model';
import { vocabularyFor } from '../document/vocabulary';
import { TABLE_SEPARATOR, tableRow } from './markdown';
import { readParagraph } from './paragraphs';

/** Heading levels of a form's group headings and field labels. */
export const GROUP_LEVEL = 1;
export const FIELD_LEVEL = 2;

/** What one field became: its part of the virtual source and its blocks (absolute offsets). */
export interface ReadField {
  chunk: string;
  location: FieldLocation;
  blocks: Block[];
}

export function documentFromFields(fields: readonly Field[], docTypes: readonly DocTypeSpec[] = builtInDocTypes): SourceDocument {
  const headings = vocabularyFor(docTypes).headings;
  let source = '';
  const blocks: Block[] = [];
  const located: FieldLocation[] = [];
  for (const field of fields) {
    const read = readField(field, source.length, headings);
    source += read.chunk;
    for (const block of read.blocks) blocks.push(block);
    located.push(read.location);
  }
  return { format: 'fields', source, blocks, fields: located };
}

/** Reads one field whose part of the source starts at `start`. */
export function readField(field: Field, start: number, headings: HeadingMatcher): ReadField {
  const blocks: Block[] = [];
  let chunk = '';
  const label = field.label.replace(/\s+/g, ' ').trim();
  if (label !== '') {
    // A group's heading is one level above its fields', so fields nest under the fieldset they stand in.
    blocks.push({ kind: 'heading', text: label, start, end: start + label.length, field: field.id, level: field.group ? GROUP_LEVEL : FIELD_LEVEL });
    chunk += label + '\n';
  }
  const valueStart = start + chunk.length;
  const value = field.value.replace(/\r\n?/g, '\n');
  let lineStart = valueStart;
  let inTable = false;
  for (const line of value.split('\n')) {
    const row = isPipeRow(line);
    const read = row
      ? TABLE_SEPARATOR.test(line)
        ? []
        : [tableRow({ start: lineStart, end: lineStart + line.length, text: line })]
      : readParagraph({ text: line }, lineStart, headings).blocks;
    // The first row of a pipe table typed into a field is its header ("Aktivitet | Startdatum | Slutdatum").
    if (row && !inTable && read[0]) read[0].header = true;
    inTable = row;
    for (const block of read) {
      block.field = field.id;
      blocks.push(block);
    }
    lineStart += line.length + 1;
  }
  chunk += value + '\n\n';
  return { chunk, blocks, location: { id: field.id, label, start, end: valueStart + value.length, valueStart } };
}

/** A line of cells between pipes, as an empty goal block's tables are written in a field: at least two cells. */
function isPipeRow(line: string): boolean {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.includes('|');
}

/** Where a source offset lies in the form: the field and the offset inside its value. */
export function locateInFields(document: SourceDocument, offset: number): { field: string; offset: number } | null {
  for (const field of document.fields ?? []) {
    if (offset >= field.valueStart && offset <= field.end) return { field: field.id, offset: offset - field.valueStart };
  }
  return null;
}
