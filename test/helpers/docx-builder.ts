/**
 * Builds .docx files in memory for tests.
 *
 * `buildDocx` writes a document with the `docx` package from a small spec; with
 * `swedishStyleNames` the headings use styles with ids "Rubrik1", "Rubrik2", … and names
 * "Rubrik 1", "Rubrik 2", … (as in a document written in Swedish Word), so a reader must
 * resolve them through styles.xml. `buildRawDocx` zips hand-written WordprocessingML for
 * cases the `docx` package cannot produce (tracked changes, fields, content controls, …).
 */
import JSZip from 'jszip';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, type IParagraphStyleOptions } from 'docx';

export type DocxSpecItem =
  | { heading: string; level: number }
  | { title: string }
  | { paragraph: string; style?: string }
  | { bullet: string }
  /** Each row is a list of cells; a cell is its text, or its paragraphs. */
  | { table: Array<Array<string | string[]>> };

export interface DocxBuildOptions {
  /** Heading styles "Rubrik 1" (id Rubrik1), …, and "Rubrik" (the Swedish Title) instead of docx's built-ins. */
  swedishStyleNames?: boolean;
  /** Extra paragraph styles, for `{ paragraph, style }` items. */
  paragraphStyles?: IParagraphStyleOptions[];
}

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Paragraph styles named like Swedish Word's: "Rubrik" (Title) and "Rubrik 1" … "Rubrik 6". */
export function swedishHeadingStyles(): IParagraphStyleOptions[] {
  const sizes = [32, 26, 24, 22, 22, 22];
  return [
    {
      id: 'Rubrik',
      name: 'Rubrik',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 48, bold: true },
      paragraph: { spacing: { after: 240 } },
    },
    ...sizes.map((size, index): IParagraphStyleOptions => ({
      id: `Rubrik${index + 1}`,
      name: `Rubrik ${index + 1}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size, bold: true },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    })),
  ];
}

function headingParagraph(text: string, level: number, swedish: boolean): Paragraph {
  if (!Number.isInteger(level) || level < 1 || level > 6) throw new Error(`heading level ${level} is not 1–6`);
  if (swedish) return new Paragraph({ text, style: `Rubrik${level}` });
  return new Paragraph({ text, heading: HEADING_LEVELS[level - 1]! });
}

function tableOf(rows: Array<Array<string | string[]>>): Table {
  return new Table({
    rows: rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                children: (Array.isArray(cell) ? cell : [cell]).map((text) => new Paragraph({ text })),
              }),
          ),
        }),
    ),
  });
}

/** The document's body content, for building a Document yourself (e.g. in scripts). */
export function docxChildren(spec: readonly DocxSpecItem[], options: DocxBuildOptions = {}): Array<Paragraph | Table> {
  const swedish = options.swedishStyleNames === true;
  return spec.map((item) => {
    if ('heading' in item) return headingParagraph(item.heading, item.level, swedish);
    if ('title' in item) {
      return swedish ? new Paragraph({ text: item.title, style: 'Rubrik' }) : new Paragraph({ text: item.title, heading: HeadingLevel.TITLE });
    }
    if ('bullet' in item) return new Paragraph({ text: item.bullet, bullet: { level: 0 } });
    if ('table' in item) return tableOf(item.table);
    return item.style ? new Paragraph({ text: item.paragraph, style: item.style }) : new Paragraph({ text: item.paragraph });
  });
}

export function createDocument(spec: readonly DocxSpecItem[], options: DocxBuildOptions = {}): Document {
  const paragraphStyles = [...(options.swedishStyleNames ? swedishHeadingStyles() : []), ...(options.paragraphStyles ?? [])];
  return new Document({
    creator: 'utkastkoll',
    styles: { paragraphStyles },
    sections: [{ children: docxChildren(spec, options) }],
  });
}

/** Builds .docx bytes from a spec with the `docx` package. */
export async function buildDocx(spec: readonly DocxSpecItem[], options: DocxBuildOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(createDocument(spec, options)));
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface RawDocxParts {
  /** Inner XML of w:body (w:p, w:tbl, …); `w:` is bound to WordprocessingML. */
  body: string;
  /** Inner XML of w:styles (w:style elements); no styles.xml when absent. */
  styles?: string;
  /** Inner XML of w:numbering (w:abstractNum, w:num); no numbering.xml when absent. */
  numbering?: string;
  /** Leave word/document.xml out (a zip that is no Word file). */
  omitDocument?: boolean;
  /** Replace word/document.xml with this exact text (e.g. broken XML). */
  documentXml?: string;
}

/** Zips hand-written WordprocessingML into a minimal .docx package. */
export async function buildRawDocx(parts: RawDocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const hasStyles = parts.styles !== undefined;
  const hasNumbering = parts.numbering !== undefined;
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      (hasStyles ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : '') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  if (hasStyles || hasNumbering) {
    const relationship = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    zip.file(
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        (hasStyles ? relationship('rId1', 'styles', 'styles.xml') : '') +
        (hasNumbering ? relationship('rId2', 'numbering', 'numbering.xml') : '') +
        '</Relationships>',
    );
  }
  if (hasNumbering) {
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}">${parts.numbering}</w:numbering>`);
  }
  if (hasStyles) {
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${parts.styles}</w:styles>`);
  }
  if (!parts.omitDocument) {
    zip.file(
      'word/document.xml',
      parts.documentXml ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A plain paragraph, for raw documents: `p('text', 'Rubrik1')`. */
export function p(text: string, styleId?: string, extraPPr = ''): string {
  const pPr = styleId || extraPPr ? `<w:pPr>${styleId ? `<w:pStyle w:val="${styleId}"/>` : ''}${extraPPr}</w:pPr>` : '';
  const run = text === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `<w:p>${pPr}${run}</w:p>`;
}

/** A numbered paragraph, for raw documents: list `numId` at level `level`. */
export function numbered(text: string, numId: number, level = 0, styleId?: string): string {
  return p(text, styleId, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

/** A list definition for raw numbering.xml: levels as [numFmt, lvlText, start?]. */
export function numberingDefinition(abstractId: number, levels: Array<[string, string, number?]>): string {
  const lvls = levels
    .map(
      ([format, text, start], level) =>
        `<w:lvl w:ilvl="${level}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${escapeXml(text)}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${abstractId}">${lvls}</w:abstractNum>`;
}

/** A list instance for raw numbering.xml, optionally restarting level 0 at `start`. */
export function numberingInstance(numId: number, abstractId: number, start?: number): string {
  const override = start === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride>`;
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
}

/** A paragraph style definition for raw styles.xml. */
export function style(id: string, name: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
