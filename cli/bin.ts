/**
 * The process around main(): where file names are relative to, a reader that went away
 * (`… | head`), and the exit code. No stack trace reaches the user.
 */
import { EXIT_USAGE, main } from './main';

// npm runs scripts in the package folder; file names on the command line are the user's,
// relative to where `npm run check` or `npx utkastkoll` was typed (npm passes it as INIT_CWD).
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
// `check … | head`: the reader went away. Stop writing quietly instead of dying with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`utkastkoll: internt fel: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
