/**
 * Prints how a file was read: one line per block (line, kind, flags, text). For any file
 * the command line reads (.txt in any of its encodings, .md, .docx).
 * Usage: npx tsx scripts/show-blocks.ts FILE
 */
import { readDocument } from '../cli/inputs';
import { LineIndex } from '../shared/index';

const file = process.argv[2];
if (!file) throw new Error('usage: show-blocks FILE');
const { document } = await readDocument(file, process.stdin);
const lines = new LineIndex(document.source);
for (const block of document.blocks) {
  const { line } = lines.position(block.start);
  const flags = [block.headingLike ? 'H?' : '', block.level ? `h${block.level}` : '', block.table ?? '', block.header ? 'hdr' : ''].filter(Boolean).join(',');
  const cells = block.cells ? ' ' + JSON.stringify(block.cells.map((cell) => cell.text)) : '';
  console.log(`${String(line).padStart(5)} ${block.kind.padEnd(9)} ${flags.padEnd(8)} ${block.text.slice(0, 110)}${cells}`);
}
