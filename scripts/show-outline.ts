/**
 * Prints the section tree the checker sees for a file, read as the command line reads it.
 * Usage: npx tsx scripts/show-outline.ts FILE [type]
 */
import { readDocument } from '../cli/inputs';
import { CheckSession, LineIndex, type Section } from '../shared/index';

const file = process.argv[2];
if (!file) throw new Error('usage: show-outline FILE [type]');
const { document } = await readDocument(file, process.stdin);
const result = new CheckSession(document, { type: process.argv[3] ?? 'auto' }).check();
const lines = new LineIndex(document.source);
const print = (section: Section, depth: number) => {
  if (section.kind !== 'root') {
    const block = result.blocks[section.heading]!;
    const tag = [section.kind, section.spec?.id ?? section.area?.id ?? '', section.variant ?? '', section.misplaced ? 'MISPLACED' : '']
      .filter(Boolean)
      .join(' ');
    console.log(
      `${String(lines.position(block.start).line).padStart(5)} ${'  '.repeat(depth)}${section.title.slice(0, 70)}  (${tag}; ${section.body.length} body)`,
    );
  }
  for (const child of section.children) print(child, depth + 1);
};
console.log(`${result.type}: ${result.typeReason}`);
print(result.outline.root, -1);
