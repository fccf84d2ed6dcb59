/**
 * Reads a Word file (.docx, .dotx, .docm) into paragraph inputs and through the
 * paragraph reader into the document model, in Node and in the browser alike (the Word
 * add-in's demo mode opens .docx files in the browser). Every failure is a ReadError
 * with a one-line Swedish message; no library error text or stack trace escapes.
 */
import { builtInDocTypes, type DocTypeSpec } from '../../data/index';
import type { SourceDocument } from '../../document/model';
import { documentFromParagraphs, type ParagraphInput } from '../paragraphs';
import { ReadError } from '../read-error';
import { findEntry, mainDocumentPath, openArchive, readText, relatedXml } from './archive';
import { bodyParagraphs } from './body';
import { MESSAGES } from './messages';
import { readNumberingDefinitions } from './numbering';
import { readStyles } from './styles';
import { firstChild, parseXml } from './xml';

export { MAX_XML_BYTES } from './messages';

export async function readDocx(bytes: Uint8Array, docTypes: readonly DocTypeSpec[] = builtInDocTypes): Promise<SourceDocument> {
  return documentFromParagraphs(await readDocxParagraphs(bytes), docTypes);
}

/** The file's paragraphs as Word's API would describe them. */
export async function readDocxParagraphs(bytes: Uint8Array): Promise<ParagraphInput[]> {
  try {
    return await readParagraphsUnchecked(bytes);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(MESSAGES.internal);
  }
}

async function readParagraphsUnchecked(bytes: Uint8Array): Promise<ParagraphInput[]> {
  const zip = await openArchive(bytes);
  const documentPath = (await mainDocumentPath(zip)) ?? 'word/document.xml';
  const documentEntry = findEntry(zip, documentPath) ?? findEntry(zip, 'word/document.xml');
  if (!documentEntry) throw new ReadError(MESSAGES.noDocument);
  const documentXml = parseXml(await readText(documentEntry, 'document.xml'), 'document.xml');
  const styles = readStyles(await relatedXml(zip, documentEntry.name, 'styles', 'word/styles.xml', 'styles.xml'));
  // Without numbering.xml (or with a damaged one) paragraphs are read without their list numbers.
  const numberingXml = await relatedXml(zip, documentEntry.name, 'numbering', 'word/numbering.xml', 'numbering.xml').catch(() => undefined);
  const numbering = readNumberingDefinitions(numberingXml);
  const body = firstChild(documentXml, 'body');
  if (!body) throw new ReadError(MESSAGES.unparsable('document.xml'));
  return bodyParagraphs(body, styles, numbering);
}
