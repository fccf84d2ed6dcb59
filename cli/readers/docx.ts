/**
 * Reads a Word .docx file into the shared document model.
 *
 * The result has a *virtual source*: one line per body-level paragraph or table row, in
 * document order, so a block's 1-based line number is its paragraph number. Empty
 * paragraphs keep their (blank) line but produce no block. Every block's text is exactly
 * its line, so no offset map is needed.
 *
 * Every failure is reported as an `InputError` with a one-line Swedish message; no
 * library error text or stack trace escapes.
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { Block, Cell, SourceDocument } from '../../shared/document/model';
import { withLabelsSplit } from '../../shared/index';
import { InputError } from '../input-error';

/** Refuse XML parts larger than this when uncompressed (zip-bomb guard). */
export const MAX_XML_BYTES = 50 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const MESSAGES = {
  empty: 'filen är tom',
  notZip: 'filen är ingen giltig .docx (inte ett zip-arkiv)',
  encrypted: 'filen är lösenordsskyddad (krypterad) och kan inte läsas; spara den utan lösenord',
  oldDoc: 'filen är i det gamla .doc-formatet; spara den som .docx',
  brokenZip: 'filen är skadad eller ofullständig (zip-arkivet går inte att läsa)',
  noDocument: 'filen är ingen Word-fil (word/document.xml saknas)',
  tooLarge: (part: string) => `filen är för stor (${part} är större än ${MAX_XML_BYTES / 1024 / 1024} MB uppackad)`,
  unpack: (part: string) => `filen är skadad (${part} går inte att packa upp)`,
  unparsable: (part: string) => `filen är skadad (${part} går inte att tolka)`,
  internal: 'filen kunde inte läsas (oväntat fel i läsaren för .docx)',
} as const;

// ---------------------------------------------------------------------------------------
// Public API

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  void fileName; // The CLI adds the file name to error messages; the reader does not need it.
  try {
    return await readDocxUnchecked(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(MESSAGES.internal);
  }
}

async function readDocxUnchecked(bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.length === 0) throw new InputError(MESSAGES.empty);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError(containsUtf16le(bytes, 'EncryptedPackage') ? MESSAGES.encrypted : MESSAGES.oldDoc);
  }
  if (!looksLikeZip(bytes)) throw new InputError(MESSAGES.notZip);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/encrypt/i.test(text)) throw new InputError(MESSAGES.encrypted);
    throw new InputError(MESSAGES.brokenZip);
  }

  const documentPath = (await mainDocumentPath(zip)) ?? 'word/document.xml';
  const documentEntry = findEntry(zip, documentPath) ?? findEntry(zip, 'word/document.xml');
  if (!documentEntry) throw new InputError(MESSAGES.noDocument);
  const documentXml = parseXml(await readText(documentEntry, 'document.xml'), 'document.xml');

  const stylesPath = (await relatedPartPath(zip, documentEntry.name, 'styles')) ?? 'word/styles.xml';
  const stylesEntry = findEntry(zip, stylesPath) ?? findEntry(zip, 'word/styles.xml');
  const styles = stylesEntry
    ? readStyles(parseXml(await readText(stylesEntry, 'styles.xml'), 'styles.xml'))
    : new Styles(new Map());

  const body = firstChild(documentXml, 'body');
  if (!body) throw new InputError(MESSAGES.unparsable('document.xml'));
  return buildDocument(body, styles);
}

// ---------------------------------------------------------------------------------------
// Bytes and zip

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

function findEntry(zip: JSZip, path: string): JSZip.JSZipObject | undefined {
  const exact = zip.file(path);
  if (exact && !exact.dir) return exact;
  const wanted = path.toLowerCase();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && name.toLowerCase() === wanted) return entry;
  }
  return undefined;
}

/** The main document part named by the package relationships, e.g. "word/document.xml". */
async function mainDocumentPath(zip: JSZip): Promise<string | undefined> {
  return relationshipTarget(zip, '', '_rels/.rels', 'officeDocument');
}

/** A part related to `partPath` by relationship type `type` (e.g. its styles part). */
async function relatedPartPath(zip: JSZip, partPath: string, type: string): Promise<string | undefined> {
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
async function readText(entry: JSZip.JSZipObject, label: string): Promise<string> {
  const declared = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  if (typeof declared === 'number' && declared > MAX_XML_BYTES) throw new InputError(MESSAGES.tooLarge(label));

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
            reject(new InputError(MESSAGES.tooLarge(label)));
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => {
          if (settled) return;
          settled = true;
          reject(new InputError(MESSAGES.unpack(label)));
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
      throw new InputError(MESSAGES.unpack(label));
    }
    if (bytes.length > MAX_XML_BYTES) throw new InputError(MESSAGES.tooLarge(label));
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

// ---------------------------------------------------------------------------------------
// XML helpers (namespace-tolerant: elements are matched by local name in the w: namespace)

type XmlDocument = ReturnType<DOMParser['parseFromString']>;
type XmlElement = XmlDocument['documentElement'] & {};

const ELEMENT_NODE = 1;

/** Parses an XML part and returns its root element. */
function parseXml(text: string, label: string): XmlElement {
  let document: XmlDocument;
  try {
    document = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('xml');
      },
    }).parseFromString(text, 'application/xml');
  } catch {
    throw new InputError(MESSAGES.unparsable(label));
  }
  const root = document.documentElement;
  if (!root) throw new InputError(MESSAGES.unparsable(label));
  return root;
}

function localName(node: { localName?: string | null; nodeName: string }): string {
  if (node.localName) return node.localName;
  const colon = node.nodeName.indexOf(':');
  return colon === -1 ? node.nodeName : node.nodeName.slice(colon + 1);
}

/** Whether an element is a WordprocessingML element (or an unqualified/w:-prefixed one). */
function isW(element: XmlElement, name?: string): boolean {
  if (name !== undefined && localName(element) !== name) return false;
  const namespace = element.namespaceURI;
  if (namespace) return W_NAMESPACES.has(namespace);
  return element.prefix === null || element.prefix === undefined || element.prefix === 'w';
}

function children(element: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) result.push(node as XmlElement);
  }
  return result;
}

function firstChild(element: XmlElement | null | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && isW(node as XmlElement, name)) return node as XmlElement;
  }
  return undefined;
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  const result: XmlElement[] = [];
  const visit = (parent: XmlElement): void => {
    for (const child of children(parent)) {
      if (localName(child) === name) result.push(child);
      visit(child);
    }
  };
  visit(element);
  return result;
}

/** The w:val attribute (or any attribute named "val"). */
function wVal(element: XmlElement | undefined): string | undefined {
  return wAttr(element, 'val');
}

function wAttr(element: XmlElement | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const prefixed = element.getAttribute(`w:${name}`);
  if (prefixed !== null) return prefixed;
  for (const namespace of W_NAMESPACES) {
    if (element.hasAttributeNS(namespace, name)) return element.getAttributeNS(namespace, name) ?? undefined;
  }
  const plain = element.getAttribute(name);
  return plain ?? undefined;
}

/** On/off properties: present without w:val, or with a true-ish value. */
function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = wVal(element);
  return value === undefined || !/^(0|false|off)$/i.test(value);
}

// ---------------------------------------------------------------------------------------
// Styles

interface StyleInfo {
  id: string;
  name: string | undefined;
  basedOn: string | undefined;
  /** 0-based outline level, if the style sets one (9 = body text). */
  outlineLevel: number | undefined;
  /** Numbering via the style: true (numId ≠ 0), false (numId 0 switches it off), or unset. */
  numbered: boolean | undefined;
}

class Styles {
  constructor(
    private readonly byId: Map<string, StyleInfo>,
    readonly defaultParagraphStyle?: string,
  ) {}

  get(id: string): StyleInfo | undefined {
    return this.byId.get(id);
  }

  /** The style and the styles it is based on, nearest first, without cycles. */
  chain(id: string): StyleInfo[] {
    const result: StyleInfo[] = [];
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current); ) {
      seen.add(current);
      const style = this.byId.get(current);
      if (!style) break;
      result.push(style);
      current = style.basedOn;
    }
    return result;
  }
}

function readStyles(root: XmlElement): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraphStyle: string | undefined;
  for (const style of children(root)) {
    if (!isW(style, 'style')) continue;
    const type = wAttr(style, 'type') ?? 'paragraph';
    if (type !== 'paragraph') continue;
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const pPr = firstChild(style, 'pPr');
    const info: StyleInfo = {
      id,
      name: wVal(firstChild(style, 'name'))?.trim() || undefined,
      basedOn: wVal(firstChild(style, 'basedOn')) || undefined,
      outlineLevel: parseOutlineLevel(firstChild(pPr, 'outlineLvl')),
      numbered: parseNumbering(firstChild(pPr, 'numPr')),
    };
    if (!byId.has(id)) byId.set(id, info);
    const isDefault = wAttr(style, 'default');
    if (defaultParagraphStyle === undefined && isDefault !== undefined && /^(1|true|on)$/i.test(isDefault)) {
      defaultParagraphStyle = id;
    }
  }
  return new Styles(byId, defaultParagraphStyle);
}

function parseOutlineLevel(element: XmlElement | undefined): number | undefined {
  const value = wVal(element);
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

function parseNumbering(numPr: XmlElement | undefined): boolean | undefined {
  if (!numPr) return undefined;
  const numId = wVal(firstChild(numPr, 'numId'));
  if (numId === undefined) return undefined;
  return numId.trim() !== '0';
}

const HEADING_NAME = /^(heading|rubrik)\s*([1-9])$/i;
const HEADING_ID = /^(heading|rubrik)([1-9])$/i;
const TITLE_NAME = /^(title|rubrik)$/i;
const LIST_NAME = /list|liststycke|punktlista|numrerad lista/i;

interface ParagraphRole {
  kind: 'heading' | 'paragraph' | 'listItem';
  level?: number;
  style?: string;
}

function paragraphRole(paragraph: XmlElement, styles: Styles): ParagraphRole {
  const pPr = firstChild(paragraph, 'pPr');
  const styleId = wVal(firstChild(pPr, 'pStyle'))?.trim() || undefined;
  const style = styleId !== undefined ? styles.get(styleId) : undefined;
  const styleName = styleId !== undefined ? (style?.name ?? styleId) : undefined;
  const role = (kind: ParagraphRole['kind'], level?: number): ParagraphRole => {
    const result: ParagraphRole = { kind };
    if (level !== undefined) result.level = level;
    if (styleName !== undefined) result.style = styleName;
    return result;
  };

  // Headings: by style name, by style id, Title, then outline level (direct, then styles).
  const byName = styleName !== undefined ? HEADING_NAME.exec(styleName) : null;
  if (byName) return role('heading', Number(byName[2]));
  const byId = styleId !== undefined ? HEADING_ID.exec(styleId) : null;
  if (byId) return role('heading', Number(byId[2]));
  if ((styleName !== undefined && TITLE_NAME.test(styleName)) || (styleId !== undefined && TITLE_NAME.test(styleId))) {
    return role('heading', 1);
  }
  const chain = styles.chain(styleId ?? styles.defaultParagraphStyle ?? '');
  let outline = parseOutlineLevel(firstChild(pPr, 'outlineLvl'));
  for (const ancestor of chain) {
    if (outline !== undefined) break;
    outline = ancestor.outlineLevel;
  }
  if (outline !== undefined && outline >= 0 && outline <= 8) return role('heading', outline + 1);

  // List items: numbering (direct overrides the style's), or a list-like style name.
  let numbered = parseNumbering(firstChild(pPr, 'numPr'));
  for (const ancestor of chain) {
    if (numbered !== undefined) break;
    numbered = ancestor.numbered;
  }
  if (numbered === true) return role('listItem');
  if (styleName !== undefined && LIST_NAME.test(styleName)) return role('listItem');

  return role('paragraph');
}

// ---------------------------------------------------------------------------------------
// Text

/** Whitespace runs become one space; a lone no-break space (e.g. "12 000") is kept. */
function normalizeText(raw: string): string {
  return raw
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, (match) => (match === '\u00a0' || match === '\u202f' ? match : ' '))
    .trim();
}

function isHiddenRun(run: XmlElement): boolean {
  return isOn(firstChild(firstChild(run, 'rPr'), 'vanish'));
}

/** Raw text of paragraph content: runs and the inline containers that hold runs. */
function inlineText(container: XmlElement, out: string[]): void {
  for (const child of children(container)) {
    const name = localName(child);
    if (!isW(child)) {
      // Office Math: keep the visible text of m:t elements.
      if (name === 'oMath' || name === 'oMathPara') {
        for (const t of descendants(child, 't')) out.push(t.textContent ?? '');
      }
      continue;
    }
    switch (name) {
      case 'r':
        if (!isHiddenRun(child)) runText(child, out);
        break;
      case 'hyperlink':
      case 'ins':
      case 'moveTo':
      case 'smartTag':
      case 'customXml':
      case 'fldSimple':
      case 'dir':
      case 'bdo':
        inlineText(child, out);
        break;
      case 'sdt': {
        const content = firstChild(child, 'sdtContent');
        if (content) inlineText(content, out);
        break;
      }
      default:
        // pPr, del, moveFrom, bookmarks, comments, proofErr, ...: no visible text.
        break;
    }
  }
}

function runText(run: XmlElement, out: string[]): void {
  for (const child of children(run)) {
    if (!isW(child)) continue;
    switch (localName(child)) {
      case 't':
        out.push(child.textContent ?? '');
        break;
      case 'tab':
      case 'ptab':
      case 'br':
      case 'cr':
        out.push(' ');
        break;
      case 'noBreakHyphen':
        out.push('-');
        break;
      default:
        // rPr, delText, instrText, softHyphen, fldChar, footnote/endnote references,
        // drawings, symbols: nothing.
        break;
    }
  }
}

/**
 * Every run with text is bold: a heading typed in the Normal style and made bold, as many
 * writers do instead of using "Rubrik 1".
 */
function isBoldLine(paragraph: XmlElement): boolean {
  let textRuns = 0;
  for (const run of descendants(paragraph, 'r')) {
    if (!isW(run) || descendants(run, 't').every((t) => (t.textContent ?? '').trim() === '')) continue;
    textRuns++;
    if (!isOn(firstChild(firstChild(run, 'rPr'), 'b'))) return false;
  }
  return textRuns > 0;
}

function paragraphText(paragraph: XmlElement): string {
  const out: string[] = [];
  inlineText(paragraph, out);
  return normalizeText(out.join(''));
}

// ---------------------------------------------------------------------------------------
// Body structure

/** Block-level children, with content controls and custom XML unwrapped. */
function blockChildren(container: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of children(container)) {
    if (!isW(child)) continue;
    const name = localName(child);
    if (name === 'sdt') {
      const content = firstChild(child, 'sdtContent');
      if (content) result.push(...blockChildren(content));
    } else if (name === 'customXml' || name === 'ins' || name === 'moveTo') {
      result.push(...blockChildren(child));
    } else if (name === 'p' || name === 'tbl') {
      result.push(child);
    }
  }
  return result;
}

/** Children of `container` named `name`, looking through content controls and custom XML. */
function structuralChildren(container: XmlElement, name: string): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of children(container)) {
    if (!isW(child)) continue;
    const childName = localName(child);
    if (childName === name) result.push(child);
    else if (childName === 'sdt') {
      const content = firstChild(child, 'sdtContent');
      if (content) result.push(...structuralChildren(content, name));
    } else if (childName === 'customXml') result.push(...structuralChildren(child, name));
  }
  return result;
}

/** All text in a cell: its paragraphs (and nested tables, flattened) joined with a space. */
function cellText(cell: XmlElement): string {
  const parts: string[] = [];
  const visit = (container: XmlElement): void => {
    for (const block of blockChildren(container)) {
      if (localName(block) === 'p') parts.push(paragraphText(block));
      else {
        for (const row of structuralChildren(block, 'tr')) {
          for (const nested of structuralChildren(row, 'tc')) visit(nested);
        }
      }
    }
  };
  visit(cell);
  return normalizeText(parts.filter((part) => part !== '').join(' '));
}

function buildDocument(body: XmlElement, styles: Styles): SourceDocument {
  const lines: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;

  const addLine = (text: string): number => {
    const start = offset;
    lines.push(text);
    offset += text.length + 1;
    return start;
  };

  for (const element of blockChildren(body)) {
    if (localName(element) === 'p') {
      const text = paragraphText(element);
      const start = addLine(text);
      if (text === '') continue;
      const role = paragraphRole(element, styles);
      if (role.kind === 'paragraph' && text.length <= 100 && !/[.!?,;]$/.test(text) && isBoldLine(element)) role.kind = 'heading';
      blocks.push({ ...role, text, start, end: start + text.length });
      continue;
    }
    structuralChildren(element, 'tr').forEach((row, rowIndex) => {
      const texts = structuralChildren(row, 'tc').map(cellText);
      const cells: Cell[] = [];
      let at = 0;
      for (const text of texts) {
        cells.push({ text, start: at, end: at + text.length });
        at += text.length + 1;
      }
      const text = texts.join('\t');
      const start = addLine(text);
      if (cells.length === 0) return;
      const block: Block = { kind: 'tableRow', text, start, end: start + text.length, cells };
      if (rowIndex === 0) block.header = true;
      blocks.push(block);
    });
  }

  return withLabelsSplit({ format: 'docx', source: lines.join('\n'), blocks });
}
