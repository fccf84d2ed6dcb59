/**
 * The drafts database lives only in the extension's origin: IndexedDB opened by a content
 * script belongs to the web page, where the site could read and erase the drafts. So
 * nothing the content script runs may reach the storage module or Dexie (type-only imports
 * aside); the background and the extension pages may.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every module and package reached from an entry through imports that stay at run time. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of code.matchAll(RUNTIME_IMPORT)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolveModule(file, specifier);
      if (target && !target.endsWith('.json')) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

const contentEntry = join(root, 'extension', 'entrypoints', 'content.ts');

describe.skipIf(!existsSync(join(root, 'extension', 'src', 'content', 'index.ts')))('the content script', () => {
  it('never reaches the storage module or Dexie', () => {
    const { files, packages } = reached(contentEntry);
    const storage = [...files].map((file) => relative(root, file)).filter((file) => file.startsWith('extension/src/storage/'));
    expect(storage).toEqual([]);
    expect([...packages].filter((name) => name === 'dexie' || name.startsWith('dexie/') || name === 'fake-indexeddb')).toEqual([]);
  });
});

describe('the background and the options page', () => {
  it('do reach the storage module (the check above would notice nothing otherwise)', () => {
    for (const entry of ['extension/entrypoints/background.ts', 'extension/entrypoints/options/main.tsx']) {
      const { files } = reached(join(root, entry));
      expect(
        [...files].some((file) => relative(root, file) === 'extension/src/storage/index.ts'),
        entry,
      ).toBe(true);
    }
  });
});
