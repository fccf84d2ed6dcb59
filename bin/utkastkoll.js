#!/usr/bin/env node
// `npx utkastkoll FILE`: runs the command line's bundle (dist/cli/, built by `npm ci` and
// `npm run build:cli`) with plain node while it is up to date with the source, else the
// TypeScript source through tsx.
import { freshBundle } from './bundle.js';

const bundle = freshBundle();
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/bin.ts');
}
