/**
 * The .docx package: a zip archive whose parts are found through relationships. Every
 * part is decompressed with a size guard (a zip bomb must not exhaust memory), in Node
 * and in the browser alike (JSZip, TextDecoder; no Node APIs).
 */
import JSZip from 'jszip';
import { ReadError } from '../read-error';
import { parseXml, descendants, type XmlElement } from './xml';
import { MAX_XML_BYTES, MESSAGES } from './messages';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openArchive(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.length === 0) throw new ReadError(MESSAGES.empty);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new ReadError(containsUtf16le(bytes, 'EncryptedPackage') ? MESSAGES.encrypted : MESSAGES.oldDoc);
  }
  if (!looksLikeZip(bytes)) throw new ReadError(MESSAGES.notZip);
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/encrypt/i.test(text)) throw new ReadError(MESSAGES.encrypted);
    throw new ReadError(MESSAGES.brokenZip);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((value, index) => bytes[index] === value);
}

function looksLikeZip(bytes: Uint8Array): boolean {
  // Local file header, or the end-of-central-directory record of an empty archive.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const needle: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    needle.push(code & 0xff, code >> 8);
  }
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  outer: for (let at = bytes.indexOf(first); at !== -1 && at <= last; at = bytes.indexOf(first, at + 1)) {
    for (let index = 1; index < needle.length; index++) {
      if (bytes[at + index] !== needle[index]) continue outer;
    }
    return true;
  }
  return false;
}

export function findEntry(zip: JSZip, path: string): JSZip.JSZipObject | undefined {
  const exact = zip.file(path);
  if (exact && !exact.dir) return exact;
  const wanted = path.toLowerCase();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && name.toLowerCase() === wanted) return entry;
  }
  return undefined;
}

/** The main document part named by the package relationships, e.g. "word/document.xml". */
export async function mainDocumentPath(zip: JSZip): Promise<string | undefined> {
  return relationshipTarget(zip, '', '_rels/.rels', 'officeDocument');
}

/** A part related to `partPath` by relationship type `type` (e.g. its styles part). */
export async function relatedPartPath(zip: JSZip, partPath: string, type: string): Promise<string | undefined> {
  const slash = partPath.lastIndexOf('/');
  const folder = slash === -1 ? '' : partPath.slice(0, slash + 1);
  const name = partPath.slice(slash + 1);
  return relationshipTarget(zip, folder, `${folder}_rels/${name}.rels`, type);
}

/** Best effort: any problem with a relationships part means "unknown", and callers fall back. */
async function relationshipTarget(zip: JSZip, folder: string, relsPath: string, type: string): Promise<string | undefined> {
  const entry = findEntry(zip, relsPath);
  if (!entry) return undefined;
  try {
    const rels = parseXml(await readText(entry, relsPath), relsPath);
    for (const relationship of descendants(rels, 'Relationship')) {
      const relType = relationship.getAttribute('Type') ?? '';
      const target = relationship.getAttribute('Target');
      if (!target || relationship.getAttribute('TargetMode') === 'External') continue;
      if (!relType.endsWith(`/${type}`)) continue;
      return resolvePartPath(folder, target);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function resolvePartPath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') resolved.pop();
    else resolved.push(part);
  }
  return resolved.join('/');
}

/** A related XML part, parsed; undefined when the package has none. */
export async function relatedXml(zip: JSZip, partPath: string, type: string, fallback: string, label: string): Promise<XmlElement | undefined> {
  const path = (await relatedPartPath(zip, partPath, type)) ?? fallback;
  const entry = findEntry(zip, path) ?? findEntry(zip, fallback);
  return entry ? parseXml(await readText(entry, label), label) : undefined;
}

interface ByteStream {
  on(event: 'data', callback: (chunk: Uint8Array) => void): ByteStream;
  on(event: 'end', callback: () => void): ByteStream;
  on(event: 'error', callback: (error: unknown) => void): ByteStream;
  resume(): ByteStream;
  pause(): ByteStream;
}

/**
 * Decompresses an entry as text, refusing parts over MAX_XML_BYTES. The declared size is
 * checked first, then the actual size while streaming (the declared size can lie).
 */
export async function readText(entry: JSZip.JSZipObject, label: string): Promise<string> {
  const declared = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  if (typeof declared === 'number' && declared > MAX_XML_BYTES) throw new ReadError(MESSAGES.tooLarge(label));

  const stream = (entry as unknown as { internalStream?: (type: 'uint8array') => ByteStream }).internalStream;
  let bytes: Uint8Array;
  if (typeof stream === 'function') {
    bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let total = 0;
      let settled = false;
      const helper = stream.call(entry, 'uint8array');
      helper
        .on('data', (chunk) => {
          if (settled) return;
          total += chunk.length;
          if (total > MAX_XML_BYTES) {
            settled = true;
            helper.pause();
            reject(new ReadError(MESSAGES.tooLarge(label)));
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => {
          if (settled) return;
          settled = true;
          reject(new ReadError(MESSAGES.unpack(label)));
        })
        .on('end', () => {
          if (settled) return;
          settled = true;
          resolve(concat(chunks, total));
        })
        .resume();
    });
  } else {
    try {
      bytes = await entry.async('uint8array');
    } catch {
      throw new ReadError(MESSAGES.unpack(label));
    }
    if (bytes.length > MAX_XML_BYTES) throw new ReadError(MESSAGES.tooLarge(label));
  }
  return decodeXmlBytes(bytes);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function decodeXmlBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
