/**
 * The front ends' layout is their architecture: Office.js only in word-addin/src/office/
 * (and the pane's entry, which asks Office whether it runs in Word), WXT's browser only in
 * the thin entrypoints and the content script's adapter, Dexie only in the storage module,
 * and the shared components knowing neither front end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => join(folder, file));
}

/** The code without its comments and strings, so a comment that names Office.js is no use of it. */
function code(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, "''");
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? match[2]!);
}

const FRONT_ENDS = [...sources('word-addin/src'), ...sources('extension'), ...sources('ui')];
const OFFICE_USE = /\b(?:Office|Word|OfficeExtension)\.[A-Za-z]/;

describe('the front ends keep their platforms at the edges', () => {
  it('has the folders it checks', () => {
    expect(FRONT_ENDS.length).toBeGreaterThan(50);
    expect(FRONT_ENDS.filter((file) => OFFICE_USE.test(code(file))).length).toBeGreaterThan(5);
  });

  it('calls Office.js only in word-addin/src/office/ and the pane entry', () => {
    const outside = FRONT_ENDS.filter(
      (file) => OFFICE_USE.test(code(file)) && !file.startsWith('word-addin/src/office/') && file !== 'word-addin/src/main.tsx',
    );
    expect(outside).toEqual([]);
  });

  it("imports WXT's browser and runtime only in the entrypoints and the content script's adapter", () => {
    const wxt = FRONT_ENDS.filter((file) => importsOf(file).some((specifier) => specifier === 'wxt' || specifier.startsWith('wxt/')));
    expect(wxt.filter((file) => !file.startsWith('extension/entrypoints/') && file !== 'extension/src/content/index.ts')).toEqual([]);
    expect(wxt.length).toBeGreaterThan(0);
  });

  it('reaches Dexie only through the storage module', () => {
    const dexie = FRONT_ENDS.filter((file) => importsOf(file).some((specifier) => specifier === 'dexie' || specifier.startsWith('dexie/')));
    expect(dexie.filter((file) => !file.startsWith('extension/src/storage/'))).toEqual([]);
    expect(dexie.length).toBeGreaterThan(0);
  });

  it('keeps the shared components free of either front end', () => {
    const leaks = sources('ui').flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /(?:^|\/)(?:word-addin|extension)\//.test(specifier) || specifier.startsWith('wxt') || specifier === 'dexie')
        .map((specifier) => `${relative(root, join(root, file))}: ${specifier}`),
    );
    expect(leaks).toEqual([]);
    expect(sources('ui').filter((file) => OFFICE_USE.test(code(file)) || /\bbrowser\.(?:runtime|tabs|storage)\b/.test(code(file)))).toEqual([]);
  });
});
