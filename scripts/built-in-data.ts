/**
 * An esbuild plugin for the command line's bundle: shared/data/built-ins.ts becomes a module
 * that holds the built-in data as validated now, at build time, so no start of the command
 * line validates it again. Validation errors fail the build. The data files are returned too:
 * the bundle is fresh only while they are unchanged.
 */
import { join, relative } from 'node:path';
import type { Plugin } from 'esbuild';
import { validatedBuiltIns } from '../shared/data/built-ins';

const DATA = join(import.meta.dirname, '..', 'shared', 'data');
export const BUILT_IN_SOURCES = ['built-ins.ts', 'schema.ts', 'doctypes.json', 'swedish.json', 'no-type.json', 'catalogs/kf-2020-2022.json'].map((file) =>
  join(DATA, file),
);

export function prevalidatedData(root: string): { plugin: Plugin; inputs: string[] } {
  const plugin: Plugin = {
    name: 'prevalidated-built-in-data',
    setup(build) {
      build.onResolve({ filter: /^\.\/built-ins$/ }, (args) =>
        args.importer === join(DATA, 'index.ts') ? { path: 'built-ins', namespace: 'prevalidated' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'prevalidated' }, () => ({
        // JSON.parse of one string starts faster than the same data as an object literal.
        contents: `const data = ${JSON.stringify(JSON.stringify(validatedBuiltIns()))};\nexport function validatedBuiltIns() { return JSON.parse(data); }\n`,
        loader: 'js',
      }));
    },
  };
  return { plugin, inputs: BUILT_IN_SOURCES.map((file) => relative(root, file)) };
}
