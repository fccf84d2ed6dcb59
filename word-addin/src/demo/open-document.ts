/**
 * Opening a file in the demo: a Word file through the core's .docx reader (the one the
 * command line uses, so a document reads as Word has it), text and Markdown through the
 * core's text readers, turned into paragraphs as Word would hold them. Text decodes as the
 * command line does: UTF-16 by its BOM, UTF-8, else Windows-1252 (Swedish Notepad files).
 */
import { documentFromText, paragraphsFromBlocks, ReadError, type ParagraphInput } from '../../../shared/index';

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

/** As the command line's decodeText (cli/inputs.ts), except that an empty file opens as an empty document. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new ReadError('filen är inte en textfil (binärt innehåll)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 8192))) throw new ReadError('filen är inte en textfil (binärt innehåll)');
  return text;
}

/** NUL bytes or many control characters early on: a binary file with a text name. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
