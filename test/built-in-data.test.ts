/**
 * The command line's bundle holds the built-in data as validated at build time
 * (scripts/built-in-data.ts): the same data the sources validate at load, and a bundle that
 * goes stale when a data file changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SOURCES, prevalidatedData } from '../scripts/built-in-data';
import { builtInCatalogs, builtInDocTypes, noTypeProfile, swedish } from '../shared/data/index';
import { repoRoot } from './helpers/cli-runner';

describe('the built-in data validated at build time', () => {
  it('is the data the sources validate, without the schemas in the bundle', async () => {
    const outdir = await mkdtemp(join(tmpdir(), 'utkastkoll-data-'));
    try {
      const { plugin } = prevalidatedData(repoRoot);
      await build({
        absWorkingDir: repoRoot,
        entryPoints: { data: 'shared/data/index.ts' },
        outdir,
        bundle: true,
        format: 'esm',
        platform: 'node',
        plugins: [plugin],
        logLevel: 'silent',
      });
      const bundled = readFileSync(join(outdir, 'data.js'), 'utf8');
      // The built-in schemas' own names are gone: nothing validates the built-in files at a start.
      expect(bundled).not.toMatch(/DocTypeFile\.parse|SwedishData\.parse|NoTypeProfile\.parse/);
      const data = await import(pathToFileURL(join(outdir, 'data.js')).href);
      expect(data.swedish).toEqual(swedish);
      expect(data.builtInDocTypes).toEqual(builtInDocTypes);
      expect(data.builtInCatalogs).toEqual(builtInCatalogs);
      expect(data.noTypeProfile).toEqual(noTypeProfile);
    } finally {
      await rm(outdir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(join(repoRoot, 'dist', 'cli', 'inputs.json')))('makes the bundle stale when a data file changes', () => {
    const { inputs } = JSON.parse(readFileSync(join(repoRoot, 'dist', 'cli', 'inputs.json'), 'utf8')) as { inputs: Record<string, number> };
    for (const file of BUILT_IN_SOURCES) {
      expect(existsSync(file)).toBe(true);
      expect(Object.keys(inputs)).toContain(relative(repoRoot, file).replaceAll('\\', '/'));
    }
  });
});
