/**
 * utkastkoll on the command line. Runs straight from source (tsx): `npm run check -- FILE`.
 */
import { writeFile, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { CheckSession, ReadError, builtInCatalogs, builtInDocTypes, parseCatalog, type GoalCatalog } from '../shared/index';
import { parseArgs, usage, UsageError, type CliOptions } from './args';
import { renderJson } from './format/json';
import { renderText } from './format/text';

import { expandPaths, readDocument } from './inputs';
import type { FileReport } from './report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const typeIds = builtInDocTypes.map((docType) => docType.id);
  let options: CliOptions;
  try {
    options = parseArgs(argv, typeIds);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // One line, as for every other problem; the full usage is one --help away.
    io.stderr.write(`utkastkoll: ${error.message} (se --help)\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    io.stdout.write(usage(typeIds) + '\n');
    return EXIT_OK;
  }
  const catalogs = await loadCatalogs(options.catalogs, io);
  if (!catalogs) return EXIT_USAGE;

  const reports: FileReport[] = [];
  let unreadable = false;
  const paths = await expandPaths(options.files);
  const showProgress = paths.length > 1 && io.stderr.isTTY === true;
  for (const [index, { path, error }] of paths.entries()) {
    if (showProgress) io.stderr.write(`\r\u001b[K[${index + 1}/${paths.length}] ${path}`);
    if (error) {
      unreadable = true;
      io.stderr.write(`${showProgress ? '\r\u001b[K' : ''}utkastkoll: ${path}: ${error}\n`);
      continue;
    }
    try {
      const document = await readDocument(path);
      const result = new CheckSession(document, { type: options.type, catalogs }).check();
      reports.push({ file: path, source: document.source, result });
    } catch (problem) {
      if (!(problem instanceof ReadError)) throw problem;
      unreadable = true;
      io.stderr.write(`${showProgress ? '\r\u001b[K' : ''}utkastkoll: ${path}: ${problem.message}\n`);
    }
  }
  if (showProgress) io.stderr.write('\r\u001b[K');

  const output = await render(options, reports, io);
  if (options.out) {
    try {
      await writeFile(options.out, output);
    } catch {
      io.stderr.write(`utkastkoll: ${options.out}: går inte att skriva\n`);
      return EXIT_USAGE;
    }
  } else {
    io.stdout.write(output);
  }
  if (unreadable) return EXIT_USAGE;
  const hasErrors = reports.some((report) => report.result.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

async function render(options: CliOptions, reports: readonly FileReport[], io: Io): Promise<string> {
  switch (options.format) {
    case 'json':
      return renderJson(reports);
    case 'html': {
      const { renderHtml } = await import('./format/html');
      return renderHtml(reports, { generatedAt: new Date() });
    }
    case 'text': {
      const colorWanted = colorForced(io.env.FORCE_COLOR) ?? (io.stdout.isTTY === true && !io.env.NO_COLOR);
      return renderText(reports, { color: colorWanted && !options.out });
    }
  }
}

/** FORCE_COLOR as Node and supports-color read it: "0"/"false" turn colour off, anything else (also "") on. */
function colorForced(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return value !== '0' && value !== 'false';
}

async function loadCatalogs(paths: readonly string[], io: Io): Promise<GoalCatalog[] | null> {
  const catalogs: GoalCatalog[] = [];
  // Schema problems are reported with zod's messages: in Swedish, like the rest of the CLI.
  if (paths.length > 0) z.config(z.locales.sv());
  for (const path of paths) {
    let json: unknown;
    try {
      // Notepad saves UTF-8 with a byte order mark, which JSON.parse refuses.
      json = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      const problem = error instanceof SyntaxError ? 'är inte giltig JSON' : 'finns inte eller går inte att läsa';
      io.stderr.write(`utkastkoll: ${path}: katalogen ${problem}\n`);
      return null;
    }
    const parsed = parseCatalog(json, [...builtInCatalogs, ...catalogs]);
    if (!parsed.ok) {
      io.stderr.write(`utkastkoll: ${path}: ogiltig katalog: ${parsed.error}\n`);
      return null;
    }
    catalogs.push(parsed.value);
  }
  return catalogs;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  // npm runs scripts in the package folder; file names on the command line are the user's,
  // relative to where `npm run check` was typed (npm passes that folder as INIT_CWD).
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  // `check … | head`: the reader went away. Stop writing quietly instead of dying with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`utkastkoll: internt fel: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
