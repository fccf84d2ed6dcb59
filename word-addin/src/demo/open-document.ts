/**
 * Opening a file in the demo: a Word file through the core's .docx reader (the one the
 * command line uses, so a document reads as Word has it), text and Markdown through the
 * core's text readers, turned into paragraphs as Word would hold them. Text decodes as the
 * command line does: UTF-16 by its BOM, UTF-8, else Windows-1252 (Swedish Notepad files).
 */
import { decodeTextFile, documentFromText, paragraphsFromBlocks, ReadError, type ParagraphInput } from '../../../shared/index';

export interface OpenedDocument {
  /** The file's name: the document's identity for its stored settings. */
  name: string;
  paragraphs: ParagraphInput[];
}

const WORD_EXTENSIONS = ['.docx', '.dotx', '.docm'];
const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
const MAX_TEXT_BYTES = 5 * 1024 * 1024;
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

export async function openFile(file: File): Promise<OpenedDocument> {
  const extension = extensionOf(file.name);
  const word = WORD_EXTENSIONS.includes(extension);
  if (!word && extension !== '.txt' && !MARKDOWN_EXTENSIONS.includes(extension)) {
    throw new ReadError(`filtypen ${extension || '(utan ändelse)'} kan inte öppnas här; välj en .docx-, .txt- eller .md-fil`);
  }
  const limit = word ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (file.size > limit) throw new ReadError(`filen är för stor (högst ${limit / 1024 / 1024} MB)`);
  return { name: file.name, paragraphs: await paragraphsFromBytes(file.name, new Uint8Array(await file.arrayBuffer())) };
}

export async function paragraphsFromBytes(name: string, bytes: Uint8Array): Promise<ParagraphInput[]> {
  const extension = extensionOf(name);
  if (WORD_EXTENSIONS.includes(extension)) {
    // JSZip and xmldom load only when a Word file is opened.
    const { readDocxParagraphs } = await import('../../../shared/docx');
    return readDocxParagraphs(bytes);
  }
  return paragraphsFromText(decodeText(bytes), MARKDOWN_EXTENSIONS.includes(extension) ? 'markdown' : 'text');
}

export function paragraphsFromText(text: string, format: 'text' | 'markdown'): ParagraphInput[] {
  return text.trim() === '' ? [] : paragraphsFromBlocks(documentFromText(text, format).blocks);
}

/** The file's text (an empty file opens as an empty document). */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextFile(bytes).text;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
