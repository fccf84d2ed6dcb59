import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/document/model';
import { findSignature } from '../../shared/document/signature';

const TITLE_WORDS = ['direktör', 'chef', 'handläggare'];

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, start: 0, end: text.length });
const heading = (text: string): Block => ({ kind: 'heading', text, start: 0, end: text.length, level: 1 });
const row = (...cells: string[]): Block => ({
  kind: 'tableRow',
  text: cells.join('\t'),
  start: 0,
  end: 0,
  cells: cells.map((text) => ({ text, start: 0, end: text.length })),
});
const body = [heading('Jämställdhetsanalys'), paragraph('Fältgruppen redovisar alla kontakter per kön.')];

describe('findSignature', () => {
  it.each<[string, Block[], number[]]>([
    ['name above title', [...body, paragraph('Anna Lindqvist'), paragraph('Stadsdelsdirektör')], [2, 3]],
    ['acting title', [...body, paragraph('Anna Lindqvist'), paragraph('T.f. stadsdelsdirektör')], [2, 3]],
    ['name and title on one line', [...body, paragraph('Anna Lindqvist, tillförordnad enhetschef')], [2]],
    ['title with its unit after a comma', [...body, paragraph('Anna Lindqvist'), paragraph('Enhetschef, Fältgruppen')], [2, 3]],
    ['one table cell per signer', [...body, row('Anna Lindqvist Stadsdelsdirektör', 'Erik Holm Avdelningschef')], [2]],
    ['names in one table row, titles in the next', [...body, row('Anna Lindqvist', 'Erik Holm'), row('Stadsdelsdirektör', 'Avdelningschef')], [2, 3]],
    [
      'before the attachments',
      [...body, row('Anna Lindqvist', 'Erik Holm'), row('Stadsdelsdirektör', 'Avdelningschef'), heading('Bilagor'), paragraph('1. Tävlingsbidrag')],
      [2, 3],
    ],
    [
      'after the attachments, with a blank line between two signers',
      [
        ...body,
        heading('Bilagor'),
        paragraph('1. Sammanställning av enkät'),
        paragraph('Katarina Elfving'),
        paragraph('Stadsdelsdirektör'),
        paragraph('Magnus Ekholm'),
        paragraph('Avdelningschef'),
      ],
      [6, 7],
    ],
    [
      'on page 1, right after Förslag till beslut (older tjänsteutlåtanden)',
      [
        heading('Förslag till beslut'),
        paragraph('1. Stadsdelsnämnden godkänner förslaget.'),
        paragraph('Anna Vikström Jesper Lund'),
        paragraph('Stadsdelsdirektör Avdelningschef'),
        heading('Sammanfattning'),
        paragraph('Projektet har gett goda resultat.'),
        ...body,
      ],
      [2, 3],
    ],
    // An empty document's signature, still to be filled in, is there: only empty-section reports it.
    ['placeholders for name and title', [...body, paragraph('[Förnamn Efternamn]'), paragraph('[Titel, t.ex. avdelningschef]')], [2, 3]],
    ['a title placeholder naming only an example title', [...body, paragraph('[Namn]'), paragraph('[t.ex. enhetschef]')], [2, 3]],
    ['name and title placeholders run together on one line', [...body, paragraph('[Förnamn Efternamn] [Titel, t.ex. avdelningschef]')], [2]],
  ])('finds %s', (_name, blocks, expected) => {
    expect(findSignature(blocks, TITLE_WORDS)).toEqual(expected);
  });

  it.each<[string, Block[]]>([
    ['a sentence naming a title', [...body, paragraph('Ärendet har beretts av avdelningschefen.')]],
    ['a title without a name', [...body, paragraph('Stadsdelsdirektör')]],
    ['a table of figures', [...body, row('Antal besökare', '346'), row('Varav kvinnor', '212')]],
    ['a lower-case line before the title', [...body, paragraph('och ungdomar'), paragraph('Enhetschef')]],
    ['a title placeholder after a section placeholder', [...body, paragraph('[Beskriv analysen]'), paragraph('[Titel, t.ex. avdelningschef]')]],
    ['a name placeholder alone', [...body, paragraph('[Förnamn Efternamn]')]],
    ['a placeholder that is no title', [...body, paragraph('[Förnamn Efternamn]'), paragraph('[Beskriv bakgrunden]')]],
    [
      'a handläggare in the letterhead',
      [
        paragraph('Handläggare'),
        paragraph('Linnea Åkesson'),
        paragraph('Telefon 08-508 15 327'),
        heading('Förslag till beslut'),
        paragraph('Godkänn.'),
        ...body,
      ],
    ],
    [
      'a name and title on page 1 that run on into text',
      [
        heading('Förslag till beslut'),
        paragraph('Anna Vikström'),
        paragraph('Stadsdelsdirektör'),
        paragraph('har beslutat att gårdarna ska ha öppet längre.'),
        ...Array.from({ length: 12 }, () => paragraph('Fältgruppen redovisar alla kontakter per kön.')),
        ...body,
      ],
    ],
  ])('finds none in %s', (_name, blocks) => {
    expect(findSignature(blocks, TITLE_WORDS)).toEqual([]);
  });
});
