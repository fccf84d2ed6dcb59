/** Prints how the parser reads a text file: one line per block. Usage: npx tsx scripts/show-blocks.ts FILE */
import { readFileSync } from 'node:fs';
import { builtInDocTypes } from '../shared/data/index';
import { parseText } from '../shared/document/parse-text';
import { vocabularyFor } from '../shared/document/vocabulary';
import { LineIndex } from '../shared/document/model';

const file = process.argv[2];
if (!file) throw new Error('usage: show-blocks FILE');
const source = readFileSync(file, 'utf8');
const document = parseText(source, vocabularyFor(builtInDocTypes));
const lines = new LineIndex(source);
for (const block of document.blocks) {
  const { line } = lines.position(block.start);
  const flags = [block.headingLike ? 'H?' : '', block.table ?? '', block.header ? 'hdr' : ''].filter(Boolean).join(',');
  const cells = block.cells ? ' ' + JSON.stringify(block.cells.map((cell) => cell.text)) : '';
  console.log(`${String(line).padStart(5)} ${block.kind.padEnd(9)} ${flags.padEnd(8)} ${block.text.slice(0, 110)}${cells}`);
}
