/**
 * The Swedish words the code reads from shared/data/swedish.json: the data validates,
 * the schema rejects what the code could not use (LIX bands out of order or missing,
 * words in upper case where they are looked up as written), and the code follows the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lixBand } from '../../shared/analysis/lix';
import { SwedishData } from '../../shared/data/schema';
import { parseText } from '../../shared/readers/text/index';
import { builtInDocTypes } from '../../shared/data/index';
import { vocabularyFor } from '../../shared/document/vocabulary';

const read = () => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'data', 'swedish.json'), 'utf8'));

describe('shared/data/swedish.json', () => {
  it('validates', () => {
    expect(SwedishData.safeParse(read()).success).toBe(true);
  });

  it.each<[string, (data: any) => void]>([
    ['a LIX band missing', (data) => data.lix.bands.splice(2, 1)],
    ['a LIX band twice', (data) => (data.lix.bands[1].id = 'mycket-latt')],
    ['an unknown LIX band id', (data) => (data.lix.bands[0].id = 'latt-ish')],
    ['LIX limits out of order', (data) => (data.lix.bands[2].below = 35)],
    ['a LIX limit on the last band', (data) => (data.lix.bands[4].below = 100)],
    ['no LIX limit on a band before the last', (data) => delete data.lix.bands[1].below],
    ['a page header word in upper case', (data) => data.pageFurniture.headerWords.push('PM')],
    ['no page number word', (data) => (data.pageFurniture.pageNumberWords = [])],
    ['an empty gender pair', (data) => (data.gender.pairs.young = ' ')],
  ])('rejects data with %s', (_name, spoil) => {
    const data = read();
    spoil(data);
    expect(SwedishData.safeParse(data).success).toBe(false);
  });

  it('gives the LIX bands their names and limits', () => {
    expect([0, 29, 30, 39, 40, 49, 50, 59, 60, 90].map((lix) => lixBand(lix).name)).toEqual([
      'mycket lättläst',
      'mycket lättläst',
      'lättläst',
      'lättläst',
      'medelsvår',
      'medelsvår',
      'svår',
      'svår',
      'mycket svår',
      'mycket svår',
    ]);
  });

  it('drops the page furniture it lists, in any case, and keeps the text around it', () => {
    const text = ['Vi mötte många', '', 'PROMEMORIA', 'Sida 2 av 7', 'Växel 08-508 00 000', 'www.stockholm.se/fältgruppen', '', 'ungdomar under året.'].join(
      '\n',
    );
    const blocks = parseText(text, vocabularyFor(builtInDocTypes)).blocks;
    expect(blocks.map((block) => `${block.kind}: ${block.text}`)).toEqual(['paragraph: Vi mötte många ungdomar under året.']);
  });
});
