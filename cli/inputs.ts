/**
 * Reading the user's files: .docx through the Word reader, .txt and .md as text (UTF-8,
 * UTF-16 with BOM, or Windows-1252 as Swedish Notepad files often are). Every problem
 * becomes a ReadError with a one-line Swedish message.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { documentFromText, ReadError, type SourceDocument } from '../shared/index';



export const SUPPORTED_EXTENSIONS = ['.docx', '.txt', '.md', '.markdown'];
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** Expands directories (recursively, sorted) into the supported files inside them. */
export async function expandPaths(paths: readonly string[]): Promise<Array<{ path: string; error?: string }>> {
  const found: Array<{ path: string; error?: string }> = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      found.push({ path, error: 'filen finns inte eller går inte att läsa' });
      continue;
    }
    if (info.isDirectory()) {
      const inside = await walk(path);
      if (inside.length === 0) found.push({ path, error: 'mappen innehåller inga .docx-, .txt- eller .md-filer' });
      found.push(...inside);
    } else {
      found.push({ path });
    }
  }
  return found;
}

async function walk(directory: string): Promise<Array<{ path: string; error?: string }>> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    // A folder without read permission: say so and go on with the rest.
    return [{ path: directory, error: 'mappen går inte att läsa' }];
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const files: Array<{ path: string; error?: string }> = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name.startsWith('~$')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push({ path });
  }
  return files;
}

export async function readDocument(path: string): Promise<SourceDocument> {
  const extension = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(extension)) {
    throw new ReadError(`filtypen ${extension || '(utan ändelse)'} stöds inte; använd .docx, .txt eller .md`);
  }
  const info = await stat(path).catch(() => {
    throw new ReadError('filen finns inte eller går inte att läsa');
  });
  if (!info.isFile()) throw new ReadError('är ingen vanlig fil');
  const limit = extension === '.docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (info.size > limit) throw new ReadError(`filen är för stor (${megabytes(info.size)} MB; högst ${megabytes(limit)} MB)`);
  const bytes = await readFile(path).catch(() => {
    throw new ReadError('filen går inte att läsa');
  });
  if (extension === '.docx') {
    // The .docx reader (JSZip, xmldom) loads only when a Word file is checked.
    const { readDocx } = await import('../shared/docx');
    return readDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  const text = decodeText(bytes);
  return documentFromText(text, extension === '.txt' ? 'text' : 'markdown');
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ReadError('filen är tom');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new ReadError('filen är inte en textfil (binärt innehåll)');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.trim() === '') throw new ReadError('filen är tom');
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
