import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readDocx } from '../shared/docx';
import { ReadError as InputError } from '../shared/index';
import { LineIndex, toSourceOffset, type Block, type SourceDocument } from '../shared/document/model';
import { buildDocx, buildRawDocx, p, style, type DocxSpecItem } from './helpers/docx-builder';

/** Kind, level, text and 1-based line of each block: the shape most assertions compare. */
function summary(document: SourceDocument): Array<[string, number | undefined, string, number]> {
  const lines = new LineIndex(document.source);
  return document.blocks.map((block) => [block.kind, block.level, block.text, lines.position(block.start).line]);
}

/** Blocks whose text is a verbatim copy of their line need no offset map. */
function expectTextMatchesSource(document: SourceDocument): void {
  for (const block of document.blocks) {
    expect(document.source.slice(block.start, block.end)).toBe(block.text);
    if (block.kind !== 'tableRow') expect(block.map).toBeUndefined();
  }
}

async function readRaw(body: string, styles?: string): Promise<SourceDocument> {
  return readDocx(await buildRawDocx(styles === undefined ? { body } : { body, styles }));
}

async function readError(bytes: Uint8Array): Promise<InputError> {
  try {
    await readDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('readDocx did not throw');
}

const tjansteutlatande: DocxSpecItem[] = [
  { heading: 'Deltagande i kvalitetsutmärkelsen 2019', level: 1 },
  { heading: 'Förslag till beslut', level: 1 },
  { paragraph: 'Stadsdelsnämnden godkänner att Familjerätt Sydväst deltar i kvalitetsutmärkelsen 2019.' },
  { paragraph: '' },
  { heading: 'Ärendet', level: 1 },
  { heading: 'Familjerätt Sydväst', level: 2 },
  { paragraph: 'Familjerätten erbjuder samarbetssamtal.' },
  { bullet: 'Samarbetssamtal' },
  { bullet: 'Umgängesstöd' },
  {
    table: [
      ['Aktivitet', 'Startdatum', 'Slutdatum'],
      ['Plasten minskar', '2020-01-01', '2020-12-31'],
    ],
  },
  { paragraph: 'Anders Carstorp' },
];

describe('readDocx on documents written with the docx package', () => {
  it.each([
    { swedishStyleNames: true, headingStyles: ['Rubrik 1', 'Rubrik 1', 'Rubrik 1', 'Rubrik 2'] },
    { swedishStyleNames: false, headingStyles: ['Heading 1', 'Heading 1', 'Heading 1', 'Heading 2'] },
  ])('reads headings, paragraphs, list items and tables (swedishStyleNames: $swedishStyleNames)', async ({ swedishStyleNames, headingStyles }) => {
    const document = await readDocx(await buildDocx(tjansteutlatande, { swedishStyleNames }));

    expect(document.format).toBe('docx');
    expect(document.source.split('\n')).toEqual([
      'Deltagande i kvalitetsutmärkelsen 2019',
      'Förslag till beslut',
      'Stadsdelsnämnden godkänner att Familjerätt Sydväst deltar i kvalitetsutmärkelsen 2019.',
      '',
      'Ärendet',
      'Familjerätt Sydväst',
      'Familjerätten erbjuder samarbetssamtal.',
      'Samarbetssamtal',
      'Umgängesstöd',
      'Aktivitet\tStartdatum\tSlutdatum',
      'Plasten minskar\t2020-01-01\t2020-12-31',
      'Anders Carstorp',
      '',
    ]);
    expect(summary(document)).toEqual([
      ['heading', 1, 'Deltagande i kvalitetsutmärkelsen 2019', 1],
      ['heading', 1, 'Förslag till beslut', 2],
      ['paragraph', undefined, 'Stadsdelsnämnden godkänner att Familjerätt Sydväst deltar i kvalitetsutmärkelsen 2019.', 3],
      // line 4 is the empty paragraph: a blank line, no block
      ['heading', 1, 'Ärendet', 5],
      ['heading', 2, 'Familjerätt Sydväst', 6],
      ['paragraph', undefined, 'Familjerätten erbjuder samarbetssamtal.', 7],
      ['listItem', undefined, 'Samarbetssamtal', 8],
      ['listItem', undefined, 'Umgängesstöd', 9],
      ['tableRow', undefined, 'Aktivitet\tStartdatum\tSlutdatum', 10],
      ['tableRow', undefined, 'Plasten minskar\t2020-01-01\t2020-12-31', 11],
      ['paragraph', undefined, 'Anders Carstorp', 12],
    ]);
    expect(document.blocks.filter((block) => block.kind === 'heading').map((block) => block.style)).toEqual(headingStyles);
    expect(document.blocks.find((block) => block.text === 'Anders Carstorp')?.style).toBeUndefined();
    expectTextMatchesSource(document);
  });

  it('gives table rows their cells with offsets relative to the row text, and marks the first row as header', async () => {
    const document = await readDocx(await buildDocx(tjansteutlatande, { swedishStyleNames: true }));
    const rows = document.blocks.filter((block) => block.kind === 'tableRow');

    expect(rows.map((row) => row.header)).toEqual([true, undefined]);
    expect(rows[0]!.cells).toEqual([
      { text: 'Aktivitet', start: 0, end: 9 },
      { text: 'Startdatum', start: 10, end: 20 },
      { text: 'Slutdatum', start: 21, end: 30 },
    ]);
    expect(rows[1]!.cells).toEqual([
      { text: 'Plasten minskar', start: 0, end: 15 },
      { text: '2020-01-01', start: 16, end: 26 },
      { text: '2020-12-31', start: 27, end: 37 },
    ]);
    for (const row of rows) {
      for (const cell of row.cells!) expect(row.text.slice(cell.start, cell.end)).toBe(cell.text);
    }
  });

  it('joins the paragraphs of a cell with a space', async () => {
    const document = await readDocx(
      await buildDocx([
        {
          table: [
            ['Mål', 'Beskrivning'],
            ['1.1', ['Unga har feriejobb.', 'Fler än i fjol.']],
          ],
        },
      ]),
    );
    expect(document.blocks[1]!.cells!.map((cell) => cell.text)).toEqual(['1.1', 'Unga har feriejobb. Fler än i fjol.']);
    expect(document.source).toBe('Mål\tBeskrivning\n1.1\tUnga har feriejobb. Fler än i fjol.\n');
  });

  it('reads a Swedish Title ("Rubrik") and the built-in Title as level-1 headings', async () => {
    for (const swedishStyleNames of [true, false]) {
      const document = await readDocx(await buildDocx([{ title: 'Verksamhetsplan 2021' }, { heading: 'Inledning', level: 1 }], { swedishStyleNames }));
      expect(summary(document)).toEqual([
        ['heading', 1, 'Verksamhetsplan 2021', 1],
        ['heading', 1, 'Inledning', 2],
      ]);
      expect(document.blocks[0]!.style).toBe(swedishStyleNames ? 'Rubrik' : 'Title');
    }
  });

  it('splits a "Nämndmål: text" paragraph into the label and the goal', async () => {
    const document = await readDocx(await buildDocx([{ paragraph: 'Nämndmål: Invånarna i Skärholmen är trygga' }]));
    expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Nämndmål:'],
      ['paragraph', 'Invånarna i Skärholmen är trygga'],
    ]);
    expectTextMatchesSource(document);
  });

  it('reads an empty document as no blocks', async () => {
    const document = await readDocx(await buildDocx([]));
    expect(document).toEqual({ format: 'docx', source: '', blocks: [], paragraphs: [] });
  });
});

describe('readDocx paragraph text', () => {
  const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

  it.each([
    ['runs are concatenated', `<w:p>${run('Stock')}${run('holms stad')}</w:p>`, 'Stockholms stad'],
    ['a tab reads as a space', `<w:p><w:r><w:t>Namn</w:t><w:tab/><w:t>Titel</w:t></w:r></w:p>`, 'Namn Titel'],
    ['line breaks read as spaces', `<w:p><w:r><w:t>Rad ett</w:t><w:br/><w:t>rad två</w:t><w:cr/><w:t>rad tre</w:t></w:r></w:p>`, 'Rad ett rad två rad tre'],
    ['no-break hyphen', `<w:p><w:r><w:t>KF</w:t><w:noBreakHyphen/><w:t>mål</w:t></w:r></w:p>`, 'KF-mål'],
    ['soft hyphen is dropped', `<w:p><w:r><w:t>stadsdels</w:t><w:softHyphen/><w:t>förvaltning</w:t></w:r></w:p>`, 'stadsdelsförvaltning'],
    ['hyperlink text', `<w:p>${run('Se ')}<w:hyperlink w:anchor="x">${run('stadens webbplats')}</w:hyperlink>${run('.')}</w:p>`, 'Se stadens webbplats.'],
    [
      'inserted text is kept, deleted text dropped',
      `<w:p>${run('Nämnden ')}<w:ins w:id="1" w:author="A">${run('godkänner')}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>avslår</w:delText></w:r></w:del>${run(' förslaget.')}</w:p>`,
      'Nämnden godkänner förslaget.',
    ],
    [
      'smart tags and content controls',
      `<w:p><w:smartTag w:uri="u" w:element="place">${run('Stockholm')}</w:smartTag><w:sdt><w:sdtPr/><w:sdtContent>${run(' 2019')}</w:sdtContent></w:sdt></w:p>`,
      'Stockholm 2019',
    ],
    ['simple field shows its result', `<w:p>${run('Sida ')}<w:fldSimple w:instr=" PAGE ">${run('3')}</w:fldSimple></w:p>`, 'Sida 3'],
    [
      'complex field: instruction dropped, result kept',
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('2019-02-12')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      '2019-02-12',
    ],
    ['footnote reference is dropped', `<w:p>${run('Enligt lagen')}<w:r><w:footnoteReference w:id="1"/></w:r>${run('.')}</w:p>`, 'Enligt lagen.'],
    ['hidden text is dropped', `<w:p>${run('Synlig')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>dold</w:t></w:r></w:p>`, 'Synlig'],
    ['whitespace is collapsed and trimmed', `<w:p>${run('  Två   mellanslag\t och tabb  ')}</w:p>`, 'Två mellanslag och tabb'],
    ['a lone no-break space is kept', `<w:p>${run('12\u00a0000 kronor')}</w:p>`, '12\u00a0000 kronor'],
    ['XML entities are decoded', `<w:p>${run('Barn &amp; unga &lt;18 år')}</w:p>`, 'Barn & unga <18 år'],
  ])('%s', async (_name, body, expected) => {
    const document = await readRaw(body);
    expect(document.blocks.map((block) => block.text)).toEqual([expected]);
    // The line is the paragraph as Word has it; every word of the block text maps back onto it.
    const [block] = document.blocks;
    for (const word of expected.match(/[\p{L}\d]+/gu) ?? []) {
      const at = toSourceOffset(block!, expected.indexOf(word));
      expect(document.source.slice(at, at + word.length)).toBe(word);
    }
  });

  it('keeps paragraphs with only whitespace or a deletion as blank lines without blocks', async () => {
    const document = await readRaw(
      p('Första') + p('   ') + `<w:p><w:del w:id="1" w:author="A"><w:r><w:delText>Struken</w:delText></w:r></w:del></w:p>` + p('Sista'),
    );
    expect(document.source).toBe('Första\n   \n\nSista\n');
    expect(summary(document)).toEqual([
      ['paragraph', undefined, 'Första', 1],
      ['paragraph', undefined, 'Sista', 4],
    ]);
  });

  it('reads body paragraphs inside block-level content controls', async () => {
    const document = await readRaw(p('Före') + `<w:sdt><w:sdtPr/><w:sdtContent>${p('I kontrollen')}${p('Också')}</w:sdtContent></w:sdt>` + p('Efter'));
    expect(document.source).toBe('Före\nI kontrollen\nOckså\nEfter\n');
  });

  it('accepts another namespace prefix for WordprocessingML', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<x:body><x:p><x:pPr><x:outlineLvl x:val="1"/></x:pPr><x:r><x:t>Bakgrund</x:t></x:r></x:p></x:body></x:document>';
    const document = await readDocx(await buildRawDocx({ body: '', documentXml: xml }));
    expect(summary(document)).toEqual([['heading', 2, 'Bakgrund', 1]]);
  });
});

describe('readDocx headings and list items through styles.xml', () => {
  const styles = [
    style('Normal', 'Normal'),
    style('Rubrik1', 'heading 1', '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    style('Rubrik3', 'heading 3', '<w:basedOn w:val="Normal"/>'),
    style('Egen', 'Min överrubrik', '<w:basedOn w:val="Rubrik1"/>'),
    style('Disposition', 'Disposition', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>'),
    style('Brodtext', 'Brödtext', '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'),
    style('Rubrik', 'Title'),
    style('Underrubrik', 'Subtitle'),
    style('Liststycke', 'List Paragraph'),
    style('Punktlista', 'Punktlista'),
    style('Numrerad', 'Numrerat stycke', '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr>'),
    style('Cykel1', 'Cykel ett', '<w:basedOn w:val="Cykel2"/>'),
    style('Cykel2', 'Cykel två', '<w:basedOn w:val="Cykel1"/>'),
    style('Bilaga', 'Bilagerubrik', '<w:basedOn w:val="Cykel1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
  ].join('');

  it.each<[string, string, Partial<Block>]>([
    ['localized id, English built-in name', p('Förslag till beslut', 'Rubrik1'), { kind: 'heading', level: 1, style: 'heading 1' }],
    ['level from the name', p('Detaljer', 'Rubrik3'), { kind: 'heading', level: 3, style: 'heading 3' }],
    ['outline level inherited through basedOn', p('Sammanfattning', 'Egen'), { kind: 'heading', level: 1, style: 'Min överrubrik' }],
    ['outline level on the style', p('Punkt i disposition', 'Disposition'), { kind: 'heading', level: 3, style: 'Disposition' }],
    ['outline level on the paragraph', p('Direkt nivå', undefined, '<w:outlineLvl w:val="1"/>'), { kind: 'heading', level: 2 }],
    ['outline level 9 is body text', p('Vanlig text', 'Brodtext'), { kind: 'paragraph', style: 'Brödtext' }],
    ['Title is a level-1 heading', p('Deltagande i kvalitetsutmärkelsen 2019', 'Rubrik'), { kind: 'heading', level: 1, style: 'Title' }],
    ['Subtitle is no heading', p('En underrubrik', 'Underrubrik'), { kind: 'paragraph', style: 'Subtitle' }],
    ['List Paragraph style', p('Första punkten', 'Liststycke'), { kind: 'listItem', style: 'List Paragraph' }],
    ['Punktlista style', p('Andra punkten', 'Punktlista'), { kind: 'listItem', style: 'Punktlista' }],
    ['numbering on the style', p('Tredje punkten', 'Numrerad'), { kind: 'listItem', style: 'Numrerat stycke' }],
    ['numbering on the paragraph', p('Fjärde punkten', undefined, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'), { kind: 'listItem' }],
    [
      'numId 0 switches the style numbering off',
      p('Ingen punkt', 'Numrerad', '<w:numPr><w:numId w:val="0"/></w:numPr>'),
      { kind: 'paragraph', style: 'Numrerat stycke' },
    ],
    ['a basedOn cycle ends the chain', p('Text i cykel', 'Cykel1'), { kind: 'paragraph', style: 'Cykel ett' }],
    ['own outline level before a cyclic chain', p('Bilaga 1', 'Bilaga'), { kind: 'heading', level: 2, style: 'Bilagerubrik' }],
    ['unknown style id: the id is the style', p('Okänd', 'Saknas'), { kind: 'paragraph', style: 'Saknas' }],
    ['unknown heading-like style id', p('Rubrik utan stil', 'Heading2'), { kind: 'heading', level: 2, style: 'Heading2' }],
  ])('%s', async (_name, body, expected) => {
    const document = await readRaw(body, styles);
    expect(document.blocks).toHaveLength(1);
    const { text: _text, start: _start, end: _end, headingLike: _shape, ...role } = document.blocks[0]!;
    expect(role).toEqual(expected);
  });

  it('works without styles.xml: headings by style id or outline level only', async () => {
    const document = await readRaw(p('Rubrik', 'Rubrik2') + p('Nivå', undefined, '<w:outlineLvl w:val="0"/>') + p('Text', 'Brodtext'));
    expect(summary(document)).toEqual([
      ['heading', 2, 'Rubrik', 1],
      ['heading', 1, 'Nivå', 2],
      ['paragraph', undefined, 'Text', 3],
    ]);
  });
});

describe('readDocx tables', () => {
  const cell = (...paragraphs: string[]): string => `<w:tc>${paragraphs.join('')}</w:tc>`;
  const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
  const table = (...rows: string[]): string => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;

  it('flattens a nested table into its cell and keeps empty cells', async () => {
    const nested = table(row(cell(p('a')), cell(p('b'))), row(cell(p('c')), cell(p(''))));
    const document = await readRaw(
      p('Före') +
        table(row(cell(p('Mål')), cell(p('Indikator')), cell(p('Kommentar'))), row(cell(p('1.1')), cell(p('Andel'), nested), cell(p('')))) +
        p('Efter'),
    );
    expect(document.source.split('\n')).toEqual(['Före', 'Mål\tIndikator\tKommentar', '1.1\tAndel a b c\t', 'Efter', '']);
    const rows = document.blocks.filter((block) => block.kind === 'tableRow');
    expect(rows[1]!.cells).toEqual([
      { text: '1.1', start: 0, end: 3 },
      { text: 'Andel a b c', start: 4, end: 15 },
      { text: '', start: 16, end: 16 },
    ]);
    expect(summary(document).map(([kind, , , line]) => [kind, line])).toEqual([
      ['paragraph', 1],
      ['tableRow', 2],
      ['tableRow', 3],
      ['paragraph', 4],
    ]);
  });

  it('reads tables inside content controls, and rows and cells wrapped in them', async () => {
    const sdt = (inner: string): string => `<w:sdt><w:sdtPr/><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const document = await readRaw(
      sdt(table(row(cell(p('Aktivitet')), cell(p('Startdatum'))), sdt(row(cell(p('Feriejobb')), sdt(cell(p('2021-06-30'))))))) +
        table(row(cell(p('Ny tabell')))),
    );
    expect(document.source).toBe('Aktivitet\tStartdatum\nFeriejobb\t2021-06-30\nNy tabell\n');
    expect(document.blocks.map((block) => [block.kind, block.header])).toEqual([
      ['tableRow', true],
      ['tableRow', undefined],
      ['tableRow', true],
    ]);
    expectTextMatchesSource(document);
  });
});

/** An OLE2 compound file header followed by some sectors, optionally naming a stream. */
function oleFile(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const names = ['Root Entry', 'WordDocument', ...(streamName ? [streamName] : [])];
  names.forEach((name, index) => {
    const at = 512 + index * 128; // directory entries: UTF-16LE names
    for (let char = 0; char < name.length; char++) {
      bytes[at + char * 2] = name.charCodeAt(char);
      bytes[at + char * 2 + 1] = 0;
    }
  });
  return bytes;
}

function randomBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

describe('readDocx input errors', () => {
  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['random bytes', () => randomBytes(4096), 'filen är ingen giltig .docx (inte ett zip-arkiv)'],
    ['a text file', () => new TextEncoder().encode('Förslag till beslut\nNämnden godkänner.'), 'filen är ingen giltig .docx (inte ett zip-arkiv)'],
    ['an empty file', () => new Uint8Array(0), 'filen är tom'],
    ['an old .doc file', () => oleFile(), 'filen är i det gamla .doc-formatet; öppna den i Word och spara som .docx'],
    ['an encrypted .docx', () => oleFile('EncryptedPackage'), 'filen är lösenordsskyddad (krypterad) och kan inte läsas; spara den utan lösenord'],
    [
      'a zip without word/document.xml',
      async () => {
        const zip = new JSZip();
        zip.file('xl/workbook.xml', '<workbook/>');
        return zip.generateAsync({ type: 'uint8array' });
      },
      'filen är ingen Word-fil (word/document.xml saknas)',
    ],
    ['a raw package without document part', () => buildRawDocx({ body: '', omitDocument: true }), 'filen är ingen Word-fil (word/document.xml saknas)'],
    [
      'a truncated .docx',
      async () => {
        const bytes = await buildDocx([{ paragraph: 'Hägersten-Liljeholmens stadsdelsnämnd godkänner förslaget.' }]);
        return bytes.slice(0, Math.floor(bytes.length / 2));
      },
      'filen är skadad eller ofullständig (zip-arkivet går inte att läsa)',
    ],
    [
      'broken XML in document.xml',
      () => buildRawDocx({ body: '', documentXml: '<w:document><w:body><w:p>' }),
      'filen är skadad (document.xml går inte att tolka)',
    ],
    ['document.xml that is not XML at all', () => buildRawDocx({ body: '', documentXml: 'inte xml' }), 'filen är skadad (document.xml går inte att tolka)'],
    [
      'document.xml without a body',
      () => buildRawDocx({ body: '', documentXml: '<?xml version="1.0"?><root/>' }),
      'filen är skadad (document.xml går inte att tolka)',
    ],
  ])('%s', async (_name, makeBytes, message) => {
    const error = await readError(await makeBytes());
    expect(error.message).toBe(message);
    expect(error.message).not.toMatch(/\n|trasig\.docx/);
  });

  it('refuses a document.xml over 50 MB uncompressed (zip bomb)', async () => {
    const filler = `<w:p><w:r><w:t>${'a'.repeat(1000)}</w:t></w:r></w:p>`.repeat(52 * 1024);
    const bytes = await buildRawDocx({ body: filler });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect((await readError(bytes)).message).toBe('filen är för stor (document.xml är större än 50 MB uppackad)');
  });

  it('refuses an oversized document.xml even when the zip lies about its size', async () => {
    const filler = `<w:p><w:r><w:t>${'b'.repeat(1000)}</w:t></w:r></w:p>`.repeat(52 * 1024);
    const bytes = await buildRawDocx({ body: filler });
    // Declare 1000 bytes in the local and central headers of word/document.xml.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode('word/document.xml');
    let patched = 0;
    for (let at = 0; at + 46 < bytes.length; at++) {
      const signature = view.getUint32(at, true);
      const [sizeAt, nameLengthAt, nameAt] = signature === 0x04034b50 ? [22, 26, 30] : signature === 0x02014b50 ? [24, 28, 46] : [-1, -1, -1];
      if (sizeAt === -1 || view.getUint16(at + nameLengthAt, true) !== name.length) continue;
      if (!name.every((byte, index) => bytes[at + nameAt + index] === byte)) continue;
      view.setUint32(at + sizeAt, 1000, true);
      patched++;
    }
    expect(patched).toBe(2);
    expect((await readError(bytes)).message).toBe('filen är för stor (document.xml är större än 50 MB uppackad)');
  });
});

describe('headings typed as bold paragraphs', () => {
  const bold = (text: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const mixed = (boldText: string, plain: string) =>
    `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${boldText}</w:t></w:r><w:r><w:t xml:space="preserve">${plain}</w:t></w:r></w:p>`;

  it('reads a short, entirely bold paragraph as a heading, and nothing else', async () => {
    const document = await readRaw(
      [
        bold('Bakgrund'),
        p('Ungdomarna har bett om längre öppettider.'),
        bold('Viktigt att veta.'),
        mixed('Obs:', ' gården är stängd i juli'),
        p('Normal text'),
      ].join(''),
    );
    expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Bakgrund'],
      ['paragraph', 'Ungdomarna har bett om längre öppettider.'],
      ['paragraph', 'Viktigt att veta.'],
      ['paragraph', 'Obs: gården är stängd i juli'],
      ['paragraph', 'Normal text'],
    ]);
  });
});
