/**
 * The one paragraph reader behind .docx files, Word and web forms: table-driven cases for
 * what a paragraph becomes, the offsets back to the editor's text, and documents that
 * must read the same as their plain-text form.
 */
import { describe, expect, it } from 'vitest';
import { readDocx, readDocxParagraphs } from '../../shared/docx';
import {
  checkDocument,
  documentFromParagraphs,
  documentFromText,
  locateInParagraphs,
  toSourceEnd,
  toSourceOffset,
  type Block,
  type ParagraphInput,
} from '../../shared/index';
import { buildRawDocx, numbered, numberingDefinition, numberingInstance, p } from '../helpers/docx-builder';

type Shape = Pick<Block, 'kind' | 'text'> & Partial<Pick<Block, 'level' | 'headingLike' | 'header'>>;

function shapes(inputs: ParagraphInput[]): Shape[] {
  return documentFromParagraphs(inputs).blocks.map((block) => {
    const shape: Shape = { kind: block.kind, text: block.text };
    if (block.level !== undefined) shape.level = block.level;
    if (block.headingLike) shape.headingLike = true;
    if (block.header) shape.header = true;
    return shape;
  });
}

describe('what a paragraph is', () => {
  it.each<[string, ParagraphInput[], Shape[]]>([
    ['a built-in heading style', [{ text: 'Bakgrund', styleBuiltIn: 'Heading2', style: 'Rubrik 2' }], [{ kind: 'heading', text: 'Bakgrund', level: 2 }]],
    ['a heading style by its Swedish name', [{ text: 'Ärendet', style: 'Rubrik 3' }], [{ kind: 'heading', text: 'Ärendet', level: 3 }]],
    ['the Title style', [{ text: 'Verksamhetsplan 2022', styleBuiltIn: 'Title' }], [{ kind: 'heading', text: 'Verksamhetsplan 2022', level: 1 }]],
    [
      'a custom heading style by its outline level',
      [{ text: 'Synpunkter', style: 'SLK Rubrik', styleBuiltIn: 'Other', outlineLevel: 2 }],
      [{ kind: 'heading', text: 'Synpunkter', level: 2 }],
    ],
    [
      'outline level 10 is body text',
      [{ text: 'Vi följer upp arbetet varje månad.', outlineLevel: 10 }],
      [{ kind: 'paragraph', text: 'Vi följer upp arbetet varje månad.' }],
    ],
    ['a contents entry by its built-in style', [{ text: 'Inledning\t3', styleBuiltIn: 'Toc1', style: 'Innehåll 1' }], []],
    ['a contents entry by its style name (.docx)', [{ text: '1.1 Alla barn har en trygg uppväxt\t11', style: 'toc 2' }], []],
    ['the contents heading', [{ text: 'Innehåll', styleBuiltIn: 'TocHeading', style: 'Innehållsförteckningsrubrik' }], []],
    [
      'a style whose name only starts like a contents style',
      [{ text: 'Innehållet i planen', style: 'Innehåll text' }],
      [{ kind: 'paragraph', text: 'Innehållet i planen', headingLike: true }],
    ],
    ['a bold short line is a heading', [{ text: 'Nämndmål:', bold: true }], [{ kind: 'heading', text: 'Nämndmål:' }]],
    ['a bold sentence is not', [{ text: 'Nämnden godkänner förslaget.', bold: true }], [{ kind: 'paragraph', text: 'Nämnden godkänner förslaget.' }]],
    [
      'a plain short line is shaped like a title',
      [{ text: 'Fritidsgårdarnas öppettider' }],
      [{ kind: 'paragraph', text: 'Fritidsgårdarnas öppettider', headingLike: true }],
    ],
    [
      'Word numbering comes in front of the text',
      [{ text: 'Hur vi som chefer skapar förutsättningar', list: { level: 0, listString: '7.' } }],
      [{ kind: 'listItem', text: '7. Hur vi som chefer skapar förutsättningar', headingLike: true }],
    ],
    [
      'a goal number from Word numbering',
      [{ text: 'Stockholm är en hållbar stad med en god livsmiljö', list: { level: 1, listString: '2.5' } }],
      [{ kind: 'listItem', text: '2.5 Stockholm är en hållbar stad med en god livsmiljö' }],
    ],
    [
      'bullets and letters are left out',
      [
        { text: 'Samarbetssamtal', list: { listString: '•' } },
        { text: 'Umgängesstöd', list: { listString: 'a)' } },
      ],
      [
        { kind: 'listItem', text: 'Samarbetssamtal' },
        { kind: 'listItem', text: 'Umgängesstöd' },
      ],
    ],
    ['a typed bullet', [{ text: '- Feriejobb för unga' }], [{ kind: 'listItem', text: 'Feriejobb för unga' }]],
    ['a list style without numbering', [{ text: 'Första punkten', style: 'Liststycke' }], [{ kind: 'listItem', text: 'Första punkten' }]],
    [
      'a label opening a paragraph',
      [{ text: 'Nämndmål: Invånarna i Skärholmen är trygga' }],
      [
        { kind: 'heading', text: 'Nämndmål:' },
        { kind: 'paragraph', text: 'Invånarna i Skärholmen är trygga' },
      ],
    ],
    ['an empty paragraph has no block', [{ text: '   ' }, { text: '' }], []],
    [
      'table rows, the first of each table its header',
      [
        { text: '', cells: ['Aktivitet', 'Startdatum', 'Slutdatum'], row: 0 },
        { text: '', cells: ['Feriejobb', '2021-06-01', '2021-08-31'], row: 1 },
      ],
      [
        { kind: 'tableRow', text: 'Aktivitet\tStartdatum\tSlutdatum', header: true },
        { kind: 'tableRow', text: 'Feriejobb\t2021-06-01\t2021-08-31' },
      ],
    ],
  ])('%s', (_name, inputs, expected) => {
    expect(shapes(inputs)).toEqual(expected);
  });
});

describe('offsets point into the editor’s own paragraph text', () => {
  it('keeps each line as the editor has it and maps normalized text back to it', () => {
    const text = '  Vi mötte   130\u00a0ungdomar\tpå\u00adskolorna. ';
    const document = documentFromParagraphs([{ text: 'Bakgrund', styleBuiltIn: 'Heading1' }, { text }]);
    expect(document.source).toBe(`Bakgrund\n${text}\n`);
    const block = document.blocks[1]!;
    expect(block.text).toBe('Vi mötte 130\u00a0ungdomar på skolorna.'.replace('på skolorna', 'påskolorna'));
    const at = block.text.indexOf('130');
    const start = toSourceOffset(block, at);
    const end = toSourceEnd(block, at + '130\u00a0ungdomar'.length);
    expect(document.source.slice(start, end)).toBe('130\u00a0ungdomar');
    expect(locateInParagraphs(document, start)).toEqual({ paragraph: 1, offset: text.indexOf('130') });
  });

  it('puts Word’s list number in the line but counts offsets from the paragraph’s own text', () => {
    const document = documentFromParagraphs([{ text: 'Hur vi arbetar med delaktighet', list: { listString: '3.' } }]);
    expect(document.source).toBe('3. Hur vi arbetar med delaktighet\n');
    expect(document.paragraphs).toEqual([{ start: 0, textStart: 3, end: 33 }]);
    expect(locateInParagraphs(document, 3 + 'Hur vi '.length)).toEqual({ paragraph: 0, offset: 'Hur vi '.length });
    expect(locateInParagraphs(document, 1)).toBeNull();
  });

  it('maps table cells back to their place in the row', () => {
    const document = documentFromParagraphs([
      { text: '', cells: ['Aktivitet', 'Startdatum', 'Slutdatum'], row: 0 },
      { text: '', cells: ['  Sommarjobb ', '2021-06-30', ' 2021-01-15'], row: 1 },
    ]);
    const row = document.blocks[1]!;
    expect(row.cells!.map((cell) => row.text.slice(cell.start, cell.end))).toEqual(['Sommarjobb', '2021-06-30', '2021-01-15']);
    for (const cell of row.cells!) {
      expect(document.source.slice(toSourceOffset(row, cell.start), toSourceEnd(row, cell.end))).toBe(cell.text);
    }
  });
});

describe('a document reads the same from Word as from plain text', () => {
  const lines = [
    'Fritidsgårdarnas öppettider',
    'Förslag till beslut',
    'Stadsdelsnämnden godkänner förvaltningens förslag till nya öppettider.',
    'Sammanfattning',
    'Fritidsgårdarna öppnar en timme tidigare på lördagar.',
  ];

  it('takes a plain first paragraph above Förslag till beslut for the title, as in .txt', () => {
    const asText = checkDocument(documentFromText(lines.join('\n\n'), 'text'), { type: 'tjansteutlatande' });
    const inputs: ParagraphInput[] = lines.map((text) => (/^(Förslag till beslut|Sammanfattning)$/.test(text) ? { text, styleBuiltIn: 'Heading1' } : { text }));
    const fromWord = checkDocument(documentFromParagraphs(inputs), { type: 'tjansteutlatande' });
    expect(asText.outline.title?.title).toBe('Fritidsgårdarnas öppettider');
    expect(fromWord.outline.title?.title).toBe('Fritidsgårdarnas öppettider');
    expect(fromWord.diagnostics.map((diagnostic) => diagnostic.messageId)).not.toContain('missingTitle');
  });

  it('finds Kvalitetsutmärkelsen questions numbered by Word’s list numbering', () => {
    const inputs: ParagraphInput[] = [
      { text: 'Målgrupp', styleBuiltIn: 'Heading1' },
      { text: 'Beskriv hur verksamheten skaffar sig kunskap om målgruppens behov', list: { level: 0, listString: '1.' } },
      { text: 'Vi gör intervjuer med barn och unga varje termin och sammanställer svaren.' },
      { text: 'Beskriv hur bemötandet utvecklas', list: { level: 0, listString: '2.' } },
      { text: 'Vi har en gemensam värdegrund som vi följer upp på varje arbetsplatsträff.' },
    ];
    const result = checkDocument(documentFromParagraphs(inputs), { type: 'tavlingsbidrag' });
    expect(result.outline.sections.filter((section) => section.kind === 'question').map((section) => section.number)).toEqual([1, 2]);
  });
});

describe('the .docx reader describes paragraphs as Word’s API does', () => {
  const numbering =
    numberingDefinition(1, [
      ['decimal', '%1.'],
      ['decimal', '%1.%2'],
    ]) +
    numberingDefinition(2, [['bullet', '\uf0b7']]) +
    numberingInstance(1, 1) +
    numberingInstance(2, 2) +
    numberingInstance(3, 1, 5);

  it('counts Word’s automatic numbering into list strings', async () => {
    const body =
      numbered('En modern storstad med möjligheter och valfrihet för alla', 1) +
      numbered('I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort', 1, 1) +
      numbered('Stockholm är en trygg, säker och välskött stad att bo och vistas i', 1, 1) +
      numbered('En hållbart växande och dynamisk storstad med hög tillväxt', 1) +
      numbered('Punkt', 2) +
      numbered('Fråga som börjar om på fem', 3);
    const inputs = await readDocxParagraphs(await buildRawDocx({ body, numbering }));
    expect(inputs.map((input) => input.list?.listString)).toEqual(['1.', '1.1', '1.2', '2.', '•', '5.']);
    const document = await readDocx(await buildRawDocx({ body, numbering }));
    expect(document.blocks.map((block) => block.text.split(' ')[0])).toEqual(['1.', '1.1', '1.2', '2.', 'Punkt', '5.']);
  });

  it('gives text with tabs and line breaks as Word has them', async () => {
    const body = `<w:p><w:r><w:t>Namn</w:t><w:tab/><w:t>Titel</w:t><w:br/><w:t>Rad två</w:t></w:r></w:p>` + p('Slut');
    const [first] = await readDocxParagraphs(await buildRawDocx({ body }));
    expect(first!.text).toBe('Namn\tTitel\vRad två');
  });
});
