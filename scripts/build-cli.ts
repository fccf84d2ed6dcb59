/**
 * npm run build:cli (also run by `npm ci` through `prepare`, and by `npm test`): bundles the
 * command line into dist/cli/ with esbuild, so `npx utkastkoll` starts with plain node instead
 * of compiling TypeScript through tsx at every start. The .docx reader and the HTML report are
 * their own chunks, loaded only when a Word file is read or HTML is asked for.
 *
 * Beside the bundle, `inputs.json` lists the project files it was built from with their
 * modification times (the built-in data files too: scripts/built-in-data.ts validates them
 * into the bundle): bin/utkastkoll.js runs the bundle only while every one of them is
 * unchanged, and the TypeScript source through tsx otherwise, so an edit is never hidden by
 * an old bundle.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { prevalidatedData } from './built-in-data';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist', 'cli');

const data = prevalidatedData(root);
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { utkastkoll: 'cli/bin.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  keepNames: false,
  legalComments: 'none',
  metafile: true,
  plugins: [data.plugin],
  logLevel: 'warning',
  // jszip is CommonJS and requires Node's stream module; ESM output has no require of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

const inputs: Record<string, number> = {};
for (const input of [...Object.keys(result.metafile.inputs), ...data.inputs].sort()) {
  if (input.startsWith('node_modules/') || input.startsWith('prevalidated:')) continue; // node_modules: changed only by npm, which builds again (prepare); and the plugin's own module
  inputs[input] = statSync(join(root, input)).mtimeMs;
}
writeFileSync(join(outdir, 'inputs.json'), JSON.stringify({ inputs }) + '\n');
const bytes = Object.entries(result.metafile.outputs).map(([file, output]) => `${relative(root, join(root, file))} ${(output.bytes / 1024).toFixed(0)} KB`);
console.log(`built ${bytes.join(', ')} from ${Object.keys(inputs).length} project files`);
