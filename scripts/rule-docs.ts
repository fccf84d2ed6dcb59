/**
 * Writes docs/rules/<id>.md (and an index) from each rule's metadata, so the rule
 * documentation cannot drift from the code: a test compares the committed files with
 * what this produces. Usage: npx tsx scripts/rule-docs.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDocs } from './rule-docs-content';

const directory = join(import.meta.dirname, '..', 'docs', 'rules');
mkdirSync(directory, { recursive: true });
for (const [file, content] of ruleDocs()) writeFileSync(join(directory, file), content);
console.log(`wrote ${ruleDocs().size} files to docs/rules`);
