/**
 * Prints, per document of the test corpus (seeds, documents written by others, documents of
 * other kinds), the detected type and the counts per severity, read as the command line reads
 * it. Keeps the precision and noise figures of the trustworthiness work in view.
 * Usage: npm run corpus [-- --list]   (--list also prints every error and warning)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../cli/inputs';
import { checkDocument, LineIndex } from '../shared/index';

const root = join(import.meta.dirname, '..', 'test', 'fixtures');
const folders = ['seeds', 'real', 'other', 'blind', 'blind2'];
const list = process.argv.includes('--list');

console.log(`${'document'.padEnd(52)} ${'type'.padEnd(22)} error warning info`);
for (const folder of folders) {
  for (const file of readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const { document } = await readDocument(join(root, folder, file), process.stdin);
    const result = checkDocument(document);
    const count = (severity: string) => result.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
    console.log(
      `${`${folder}/${file}`.padEnd(52)} ${String(result.type ?? '–').padEnd(22)} ${String(count('error')).padStart(5)} ${String(count('warning')).padStart(7)} ${String(count('info')).padStart(4)}`,
    );
    if (!list) continue;
    const lines = new LineIndex(document.source);
    for (const diagnostic of result.diagnostics.filter((item) => item.severity !== 'info')) {
      console.log(
        `    ${String(lines.position(diagnostic.start).line).padStart(5)} ${diagnostic.severity.padEnd(7)} ${diagnostic.ruleId}: ${diagnostic.message}`,
      );
    }
  }
}
