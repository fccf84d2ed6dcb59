/**
 * utkastkoll on the command line: `npx utkastkoll FILE…` (bin/utkastkoll.js) or
 * `npm run --silent check -- FILE…`. Reads the files, finds their settings, checks them
 * with the core, fixes what is safe to fix when asked, and prints a report.
 */
import { writeFile } from 'node:fs/promises';
import packageJson from '../package.json';
import { builtInCatalogs, builtInDocTypes, CheckSession, countsPhrase, ReadError, resolveTypeId, type CheckOptions, type GoalCatalog } from '../shared/index';
import { parseArgs, TEXT_SEVERITY, usage, UsageError, type CliOptions } from './args';
import { readCatalog } from './catalogs';
import { ConfigError, ConfigFinder } from './config';
import { fixText } from './fix';
import { renderJson } from './format/json';
import { renderText } from './format/text';
import { collectTargets, encodeText, readDocument, type Skipped } from './inputs';
import type { FileReport, Report } from './report';
import { skeletonMarkdown } from './skeleton';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export const VERSION: string = packageJson.version;

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Read for "-" (standard in). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const say = (line: string) => io.stderr.write(`utkastkoll: ${line}\n`);
  try {
    return await run(parseArgs(argv), io, say);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line, as for every other problem; the full usage is one --help away.
      say(`${error.message} (se --help)`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      say(error.message);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function run(options: CliOptions, io: Io, say: (line: string) => void): Promise<number> {
  const typeIds = builtInDocTypes.map((docType) => docType.id);
  if (options.help) {
    io.stdout.write(usage(typeIds) + '\n');
    return EXIT_OK;
  }
  if (options.version) {
    const catalogs = builtInCatalogs.map((catalog) => `${catalog.name} (${catalog.version})`).join(', ');
    io.stdout.write(`utkastkoll ${VERSION}\nmålkataloger: ${catalogs}\n`);
    return EXIT_OK;
  }
  const catalogs = await loadCatalogs(options.catalogs, say);
  if (!catalogs) return EXIT_USAGE;
  if (options.skeleton !== undefined) {
    io.stdout.write(skeletonMarkdown(options.skeleton, options.goals, catalogs));
    return EXIT_OK;
  }
  if (options.type !== 'auto' && resolveTypeId(options.type, builtInDocTypes) === null) {
    throw new UsageError(`okänd dokumenttyp "${options.type}"; välj auto, ${typeIds.join(', ')}`);
  }

  const targets = await collectTargets(options.files);
  const files = targets.flatMap((target) => ('file' in target ? [target.file] : []));
  const reports: FileReport[] = [];
  /** Every file that could not be checked, in the order given; `problem`: one that should have been (exit 2). */
  const notChecked: Array<Skipped & { problem: boolean }> = [];
  const configs = new ConfigFinder(options.config, [...builtInCatalogs, ...catalogs]);
  const showProgress = files.length > 1 && io.stderr.isTTY === true;
  let done = 0;
  for (const target of targets) {
    if (!('file' in target)) {
      notChecked.push('problem' in target ? { ...target.problem, problem: true } : { ...target.skipped, problem: false });
      continue;
    }
    const { file } = target;
    if (showProgress) io.stderr.write(`\r\u001b[K[${++done}/${files.length}] ${file}`);
    const config = await configs.forFile(file);
    const checkOptions: CheckOptions = { type: options.type, catalogs: [...catalogs, ...config.catalogs], settings: config.settings };
    try {
      const report = await checkFile(file, options, checkOptions, io, say);
      reports.push({ ...report, shownFrom: options.severity ?? config.settings.severity ?? TEXT_SEVERITY });
    } catch (problem) {
      if (!(problem instanceof ReadError)) throw problem;
      notChecked.push({ file, reason: problem.message, problem: true });
    }
  }
  if (showProgress) io.stderr.write('\r\u001b[K');

  const skipped: Skipped[] = notChecked.map(({ file, reason }) => ({ file, reason }));
  for (const { file, reason } of skipped) say(`${file}: ${reason}`);
  if (skipped.length > 1) say(`${skipped.length} filer kunde inte granskas`);

  const report: Report = { version: VERSION, files: reports, skipped };
  const output = options.fix === 'dry-run' && options.format === 'text' ? dryRunOutput(reports, say) : await render(options, report, io);
  if (options.out) {
    try {
      await writeFile(options.out, output);
    } catch {
      say(`${options.out}: går inte att skriva`);
      return EXIT_USAGE;
    }
    say(`rapporten sparades i ${options.out} (${countsLine(reports)})`);
  } else {
    io.stdout.write(output);
  }
  if (notChecked.some((each) => each.problem)) return EXIT_USAGE;
  const hasErrors = reports.some((each) => each.result.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  return hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

async function checkFile(file: string, options: CliOptions, checkOptions: CheckOptions, io: Io, say: (line: string) => void): Promise<FileReport> {
  const { document, encoding } = await readDocument(file, io.stdin ?? process.stdin);
  const fixable = document.format === 'text' || document.format === 'markdown';
  if (options.fix === 'off' || !fixable) {
    if (options.fix !== 'off') say(`${file}: Word-filer ändras aldrig; rätta i Word (de säkra rättelserna står i rapporten)`);
    const result = new CheckSession(document, checkOptions).check();
    return { file, source: document.source, format: document.format, result };
  }
  const outcome = fixText(document, checkOptions);
  // Standard in cannot be written back: its fixed text is printed, as with --fix-dry-run.
  const write = options.fix === 'write' && file !== '-';
  if (write && outcome.applied > 0) {
    try {
      await writeFile(file, encodeText(outcome.output, encoding ?? 'utf-8'));
    } catch {
      throw new ReadError('filen går inte att skriva; inget ändrades');
    }
  }
  const fixes = write ? { applied: outcome.applied } : { applied: outcome.applied, output: outcome.output };
  return { file, source: outcome.document.source, format: document.format, result: outcome.result, fixes };
}

/** --fix-dry-run in text: the fixed texts themselves, so they can be piped; what would change goes to stderr. */
function dryRunOutput(reports: readonly FileReport[], say: (line: string) => void): string {
  const parts: string[] = [];
  for (const report of reports) {
    if (!report.fixes) continue;
    say(`${report.file}: ${report.fixes.applied} ${report.fixes.applied === 1 ? 'säker rättelse' : 'säkra rättelser'}`);
    parts.push(reports.length > 1 ? `==> ${report.file} <==\n${report.fixes.output}` : report.fixes.output!);
  }
  return parts.join('\n');
}

async function render(options: CliOptions, report: Report, io: Io): Promise<string> {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'html': {
      const { renderHtml } = await import('../ui/report/index');
      return renderHtml(report.files, { generatedAt: new Date(), skipped: report.skipped, version: report.version });
    }
    case 'text': {
      const colorWanted = colorForced(io.env.FORCE_COLOR) ?? (io.stdout.isTTY === true && !io.env.NO_COLOR);
      return renderText(report.files, { color: colorWanted && !options.out });
    }
  }
}

/** "2 fel, 1 varning, 3 info i 1 fil". */
function countsLine(reports: readonly FileReport[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const diagnostic of report.result.diagnostics) counts[diagnostic.severity]++;
  return `${countsPhrase(counts)} i ${reports.length === 1 ? '1 fil' : `${reports.length} filer`}`;
}

/** FORCE_COLOR as Node and supports-color read it: "0"/"false" turn colour off, anything else (also "") on. */
function colorForced(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return value !== '0' && value !== 'false';
}

async function loadCatalogs(paths: readonly string[], say: (line: string) => void): Promise<GoalCatalog[] | null> {
  const catalogs: GoalCatalog[] = [];
  for (const path of paths) {
    const read = await readCatalog(path, [...builtInCatalogs, ...catalogs]);
    if (!read.ok) {
      say(`${path}: ${read.error}`);
      return null;
    }
    catalogs.push(read.value);
  }
  return catalogs;
}
