/**
 * Runs the command line as a user does (`npm run check` is `tsx cli/bin.ts`), at most
 * one run per core at a time so a slow run is slow because of the CLI, not the machine.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/main';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  status: number | null;
  /** Set when the run was killed by the timeout: the hang guard. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Environment changes; undefined removes the variable. */
  env?: Record<string, string | undefined>;
  timeout?: number;
  /** Written to the CLI's standard in (for "-"). */
  input?: string | Uint8Array;
  /** The working directory; the repository root by default. */
  cwd?: string;
  /** The command instead of `node --import tsx cli/bin.ts` (e.g. npx utkastkoll). */
  command?: readonly string[];
}

let running = 0;
const waiting: Array<() => void> = [];

/** Runs a task when a core is free (for spawns the helpers here do not cover). */
export async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= availableParallelism()) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs the CLI from the repository root, without colours unless the test asks for them. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return limited(() => spawnCli(args, options));
}

function spawnCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  // INIT_CWD (set by npm test) would move the CLI to where npm was typed; the tests say where it runs.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, INIT_CWD: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const [program, ...programArgs] = options.command ?? [process.execPath, '--import', 'tsx', 'cli/bin.ts'];
    const child = spawn(program!, [...programArgs, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      timeout: options.timeout ?? 15_000,
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** The CLI's main() in this process, with text streams: for what needs no separate process. */
export async function runInProcess(args: string[], env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const stream = (append: (chunk: string) => void) => ({ isTTY: false, write: (chunk: string) => (append(chunk), true) }) as unknown as NodeJS.WriteStream;
  const code = await main(args, {
    stdout: stream((chunk) => (stdout += chunk)),
    stderr: stream((chunk) => (stderr += chunk)),
    env,
  });
  return { code, stdout, stderr };
}
