/**
 * Reading the user's files: Word files (.docx, .dotx, .docm) through the core's .docx
 * reader, .txt and .md as text (UTF-8, UTF-16 with BOM, or Windows-1252 as Swedish
 * Notepad files often are), standard in as either. Every problem becomes a ReadError with
 * a one-line Swedish message; files of other kinds found in a folder are listed as
 * skipped with a way out (".doc: öppna i Word och spara som .docx"), never dropped silently.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeTextFile, documentFromText, ReadError, type SourceDocument, type TextEncoding } from '../shared/index';
import type { Skipped } from '../ui/report/types';

export const WORD_EXTENSIONS = ['.docx', '.dotx', '.docm'];
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown'];
export const SUPPORTED_EXTENSIONS = [...WORD_EXTENSIONS, ...TEXT_EXTENSIONS];
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** Documents of kinds we cannot read, and what the writer can do about it. */
const WAY_OUT: Record<string, string> = {
  '.doc': 'det gamla Word-formatet kan inte granskas; öppna filen i Word och spara som .docx',
  '.dot': 'det gamla Word-formatet kan inte granskas; öppna filen i Word och spara som .docx',
  '.rtf': 'RTF kan inte granskas; öppna filen i Word och spara som .docx',
  '.odt': 'OpenDocument kan inte granskas; spara filen som .docx i LibreOffice eller Word',
  '.ott': 'OpenDocument kan inte granskas; spara filen som .docx i LibreOffice eller Word',
  '.pages': 'Pages-filer kan inte granskas; exportera till .docx',
  '.wpd': 'WordPerfect-filer kan inte granskas; öppna filen i Word och spara som .docx',
  '.pdf': 'PDF kan inte granskas; öppna filen i Word och spara som .docx, eller kopiera texten till en .txt-fil',
};

export type { Skipped } from '../ui/report/types';

/** In the order given (folders expanded, sorted): a file to check, a path that cannot be (a usage error), or a document of another kind found in a folder. */
export type Target = { file: string } | { problem: Skipped } | { skipped: Skipped };

export async function collectTargets(paths: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const path of paths) {
    if (path === '-') {
      targets.push({ file: path });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      targets.push({ problem: { file: path, reason: 'filen finns inte eller går inte att läsa' } });
      continue;
    }
    if (!info.isDirectory()) {
      targets.push({ file: path });
      continue;
    }
    const before = targets.length;
    await walk(path, targets);
    if (!targets.slice(before).some((target) => 'file' in target || 'problem' in target)) {
      targets.push({ problem: { file: path, reason: 'mappen innehåller inga .docx-, .txt- eller .md-filer' } });
    }
  }
  return targets;
}

async function walk(directory: string, targets: Target[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    // A folder without read permission: say so and go on with the rest.
    targets.push({ problem: { file: directory, reason: 'mappen går inte att läsa' } });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name.startsWith('~$')) continue;
    const path = join(directory, entry.name);
    const extension = extname(entry.name).toLowerCase();
    if (entry.isDirectory()) await walk(path, targets);
    else if (!entry.isFile()) continue;
    else if (SUPPORTED_EXTENSIONS.includes(extension)) targets.push({ file: path });
    else if (WAY_OUT[extension]) targets.push({ skipped: { file: path, reason: WAY_OUT[extension]! } });
  }
}

/** A text file's encoding, so --fix writes it back the way it came (Notepad's Windows-1252 stays Windows-1252). */
export type { TextEncoding };

export interface ReadDocument {
  document: SourceDocument;
  /** Set for text files. */
  encoding?: TextEncoding;
}

export async function readDocument(path: string, stdin: AsyncIterable<Uint8Array | string>): Promise<ReadDocument> {
  if (path === '-') return documentFromBytes(await readAll(stdin));
  const extension = extname(path).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(extension)) {
    throw new ReadError(WAY_OUT[extension] ?? `filtypen ${extension || '(utan ändelse)'} stöds inte; använd .docx, .txt eller .md`);
  }
  const info = await stat(path).catch(() => {
    throw new ReadError('filen finns inte eller går inte att läsa');
  });
  if (!info.isFile()) throw new ReadError('är ingen vanlig fil');
  const word = WORD_EXTENSIONS.includes(extension);
  const limit = word ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (info.size > limit) throw new ReadError(`filen är för stor (${megabytes(info.size)} MB; högst ${megabytes(limit)} MB)`);
  const bytes = await readFile(path).catch(() => {
    throw new ReadError('filen går inte att läsa');
  });
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (word) return { document: await readWord(view) };
  const { text, encoding } = decodeText(view);
  // A .txt file written in Markdown (a draft saved from a Markdown editor: its headings marked "##") is read as Markdown.
  return { document: documentFromText(text, extension === '.txt' && !writtenInMarkdown(text) ? 'text' : 'markdown'), encoding };
}

/** What came in on standard in: a Word file by its zip signature, else text, Markdown if it looks like it. */
export async function documentFromBytes(bytes: Uint8Array): Promise<ReadDocument> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { document: await readWord(bytes) };
  const { text, encoding } = decodeText(bytes);
  return { document: documentFromText(text, looksLikeMarkdown(text) ? 'markdown' : 'text'), encoding };
}

/** Headings marked as Markdown ones throughout, not one "#" line a plain text may start with. */
function writtenInMarkdown(text: string): boolean {
  return (text.match(/^ {0,3}#{1,6} \S/gm)?.length ?? 0) >= 3;
}

/** ATX headings or pipe tables: how a writer can tell Markdown from plain text at a glance. */
export function looksLikeMarkdown(text: string): boolean {
  return /^ {0,3}#{1,6} \S/m.test(text) || /^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{2,}/m.test(text);
}

async function readWord(bytes: Uint8Array): Promise<SourceDocument> {
  // The .docx reader (JSZip, xmldom) loads only when a Word file is checked.
  const { readDocx } = await import('../shared/docx');
  return readDocx(bytes);
}

async function readAll(stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > MAX_DOCX_BYTES) throw new ReadError(`indata är för stor (högst ${megabytes(MAX_DOCX_BYTES)} MB)`);
    chunks.push(buffer);
  }
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length === 0) throw new ReadError('filen är tom');
  const decoded = decodeTextFile(bytes);
  if (decoded.text.trim() === '') throw new ReadError('filen är tom');
  return decoded;
}

/** The text in the encoding it was read in; a character Windows-1252 lacks becomes "?" there. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\uFEFF' + text);
    case 'utf-16le':
      return new Uint8Array(Buffer.from('\uFEFF' + text, 'utf16le'));
    case 'utf-16be':
      return new Uint8Array(Buffer.from('\uFEFF' + text, 'utf16le').swap16());
    case 'windows-1252':
      return Uint8Array.from(text, (char) => WINDOWS_1252.get(char) ?? 0x3f);
  }
}

const WINDOWS_1252 = new Map(Array.from({ length: 256 }, (_, byte) => [new TextDecoder('windows-1252').decode(new Uint8Array([byte])), byte] as const));
