/**
 * The command line as a whole process, the way a user runs it (`node bin/utkastkoll.js FILE`,
 * which `npx utkastkoll` runs): start-up, reading, checking and printing, from the spawn to
 * the exit. Runs one after another, after one that is not counted.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freshBundle } from '../bin/bundle.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'utkastkoll.js');

export interface CliTimes {
  times: number[];
  /** What bin/utkastkoll.js ran: the bundle (dist/cli/) or the TypeScript source through tsx. */
  runner: 'bundle' | 'tsx';
}

export function timeCli(file: string, runs: number): CliTimes {
  const runner = freshBundle() ? 'bundle' : 'tsx';
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.INIT_CWD; // npm's; the file name here is absolute
  const times: number[] = [];
  for (let run = -1; run < runs; run++) {
    const before = performance.now();
    const child = spawnSync(process.execPath, [BIN, file], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    const elapsed = performance.now() - before;
    if (child.status !== 0 && child.status !== 1) throw new Error(`utkastkoll ${file}: exit ${child.status}: ${child.stderr}`);
    if (run >= 0) times.push(elapsed);
  }
  return { times, runner };
}
