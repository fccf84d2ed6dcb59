/**
 * The layout shows the architecture: shared/ is the pure rules core. It imports nothing
 * from Word, the browser, Dexie, the DOM or Node, only its own modules, zod and
 * compromise. (shared/tsconfig.json also compiles it without Node or DOM types.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const sharedRoot = join(root, 'shared');
const ALLOWED_PACKAGES = new Set(['zod', 'compromise/one']);
/** The .docx reader may use a zip and an XML library (both run in Node and in the browser), and only it. */
const DOCX_READER = join(sharedRoot, 'readers', 'docx');
const DOCX_PACKAGES = new Set(['jszip', '@xmldom/xmldom']);
const IMPORT = /(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const BROWSER_GLOBALS = /\b(?:window|navigator|localStorage|sessionStorage|indexedDB|chrome|browser|Office|Word|process|Buffer|require)\s*[.(]/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = sourceFiles(sharedRoot);

describe('shared/ is the pure rules core', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s imports only its own modules, zod and compromise', (_name, file) => {
    const code = stripComments(readFileSync(file, 'utf8'));
    for (const match of code.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        expect(relative(sharedRoot, target).startsWith('..'), `${specifier} leder ut ur shared/`).toBe(false);
      } else {
        const allowed = ALLOWED_PACKAGES.has(specifier) || (file.startsWith(DOCX_READER) && DOCX_PACKAGES.has(specifier));
        expect(allowed, `${specifier} är inte tillåtet i ${relative(root, file)}`).toBe(true);
      }
    }
    expect(code).not.toMatch(BROWSER_GLOBALS);
  });

  it('loads the .docx reader only through its own entry, shared/docx.ts', () => {
    for (const file of files) {
      if (file.startsWith(DOCX_READER) || file === join(sharedRoot, 'docx.ts')) continue;
      expect(stripComments(readFileSync(file, 'utf8')), relative(root, file)).not.toMatch(/readers\/docx/);
    }
  });

  it('is used by the command line, the scripts and the bench only through its public entries', () => {
    const users = ['cli', 'scripts', 'bench'].flatMap((folder) => sourceFiles(join(root, folder)));
    expect(users.length).toBeGreaterThan(10);
    for (const file of users) {
      for (const match of stripComments(readFileSync(file, 'utf8')).matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? match[3]!;
        if (!specifier.startsWith('.')) continue;
        const target = relative(sharedRoot, resolve(dirname(file), specifier));
        if (target.startsWith('..')) continue;
        // The build step that validates the built-in data into the bundle reads it where it is validated.
        const entries = relative(root, file) === join('scripts', 'built-in-data.ts') ? ['index', 'docx', 'data/built-ins'] : ['index', 'docx'];
        expect(entries, `${relative(root, file)} importerar shared/${target}`).toContain(target.replace(/\.ts$/, ''));
      }
    }
  });

  it('compiles without Node or DOM types', () => {
    const config = JSON.parse(readFileSync(join(sharedRoot, 'tsconfig.json'), 'utf8')) as { compilerOptions: { lib: string[]; types: string[] } };
    expect(config.compilerOptions.lib.some((lib) => /dom/i.test(lib))).toBe(false);
    expect(config.compilerOptions.types).toEqual([]);
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.typecheck).toContain('shared/tsconfig.json');
    expect(scripts.test).toContain('typecheck');
  });
});
