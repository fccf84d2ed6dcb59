/**
 * The bundle `npx utkastkoll` runs (dist/cli/, built by `npm ci` and `npm test` through
 * scripts/build-cli.ts) says exactly what the TypeScript source says; bin/utkastkoll.js runs
 * it only while it is up to date with the source. Skipped when there is no bundle, or an old
 * one (the command line then runs the source, and `npm run build:cli` makes a new bundle).
 */
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshBundle } from '../bin/bundle.js';
import { repoRoot, runCli } from './helpers/cli-runner';

const BUNDLE = join(repoRoot, 'dist', 'cli', 'utkastkoll.js');
const fresh = existsSync(BUNDLE) && freshBundle() !== null;
const SOURCE = [process.execPath, '--import', 'tsx', 'cli/bin.ts'];

describe.skipIf(!fresh)('the command line’s bundle', () => {
  it('is what bin/utkastkoll.js runs', () => {
    expect(freshBundle()).toBe(pathToFileURL(BUNDLE).href);
  });

  it.each([
    ['a seed (plain text)', 'test/fixtures/seeds/003-tavlingsbidrag-forebyggande.txt'],
    ['a Word file', 'examples/tjansteutlatande-exempel.docx'],
  ])(
    'gives the same JSON as the TypeScript source for %s',
    async (_name, file) => {
      const [bundled, source] = await Promise.all([
        runCli(['--format', 'json', file], { command: [process.execPath, BUNDLE] }),
        runCli(['--format', 'json', file], { command: SOURCE }),
      ]);
      expect(bundled.stderr).toBe('');
      expect(bundled.status).toBe(source.status);
      expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(source.stdout));
      expect(bundled.stdout).toBe(source.stdout);
    },
    30_000,
  );

  it('starts through bin/utkastkoll.js and prints the same text report', async () => {
    const file = 'examples/verksamhetsplan-exempel.md';
    const [bin, source] = await Promise.all([runCli([file], { command: [process.execPath, 'bin/utkastkoll.js'] }), runCli([file], { command: SOURCE })]);
    expect(bin.stderr).toBe('');
    expect(bin.status).toBe(source.status);
    expect(bin.stdout).toBe(source.stdout);
  });
});

describe('bin/bundle.js', () => {
  /** A copy of bin/bundle.js in a folder of its own with a "bundle" built from two files. */
  async function fakeProject(): Promise<{ root: string; check: () => Promise<string | null> }> {
    const root = await mkdtemp(join(tmpdir(), 'utkastkoll-bundle-'));
    await mkdir(join(root, 'bin'));
    await mkdir(join(root, 'dist', 'cli'), { recursive: true });
    await mkdir(join(root, 'cli'));
    await copyFile(join(repoRoot, 'bin', 'bundle.js'), join(root, 'bin', 'bundle.js'));
    await writeFile(join(root, 'package.json'), '{"type":"module"}');
    await writeFile(join(root, 'dist', 'cli', 'utkastkoll.js'), '');
    await writeFile(join(root, 'cli', 'main.ts'), 'export {};\n');
    const inputs = Object.fromEntries(['cli/main.ts', 'package.json'].map((path) => [path, statSync(join(root, path)).mtimeMs]));
    await writeFile(join(root, 'dist', 'cli', 'inputs.json'), JSON.stringify({ inputs }));
    let round = 0;
    const check = async () => {
      const module = (await import(`${pathToFileURL(join(root, 'bin', 'bundle.js')).href}?${round++}`)) as { freshBundle: () => string | null };
      return module.freshBundle();
    };
    return { root, check };
  }

  it('gives the bundle while every file it was built from is unchanged, and null once one changed or went', async () => {
    const { root, check } = await fakeProject();
    try {
      expect(await check()).toBe(pathToFileURL(join(root, 'dist', 'cli', 'utkastkoll.js')).href);
      const later = new Date(Date.now() + 5_000);
      await utimes(join(root, 'cli', 'main.ts'), later, later);
      expect(await check()).toBeNull();
      await rm(join(root, 'cli', 'main.ts'));
      expect(await check()).toBeNull();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('gives null without a bundle', async () => {
    const { root, check } = await fakeProject();
    try {
      await rm(join(root, 'dist'), { recursive: true });
      expect(await check()).toBeNull();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
