// The command line's bundle, if it may run: dist/cli/inputs.json (written by
// scripts/build-cli.ts) lists every project file the bundle was built from with its
// modification time; one changed, moved or gone since means the bundle is out of date.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

/** The bundle's file URL, or null when it is absent or older than the source. */
export function freshBundle() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8')).inputs;
    statSync(new URL('dist/cli/utkastkoll.js', root));
  } catch {
    return null;
  }
  for (const [path, mtimeMs] of Object.entries(inputs)) {
    const info = statSync(fileURLToPath(new URL(path, root)), { throwIfNoEntry: false });
    if (!info || info.mtimeMs !== mtimeMs) return null;
  }
  return new URL('dist/cli/utkastkoll.js', root).href;
}
