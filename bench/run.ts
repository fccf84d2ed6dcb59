/**
 * npm run bench [-- --json]: speed of a full check of each seed, of seed 003 repeated ten
 * times, of both on documents the process has never seen (`full-new:…`), of the peer
 * (textlint with prh) on the same new documents, of a re-check after retyping one block of
 * 003 as text, of a re-check after editing one paragraph of 003 held as Word paragraphs (the
 * Word add-in's edit), and of the command line as a whole process (`cli:003`). Medians and
 * p95 in ms, measured in this process after warm-up (the command line: whole processes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckSession, checkDocument, documentFromParagraphs, documentFromText, paragraphsFromBlocks, type CheckResult } from '../shared/index';
import { firstCheck, recheckAfterEdit, type WordMeasure } from './word';
import { extensionResults } from './extension';
import { timeCli } from './cli';
import { textlintPeer } from './peer';
import { freshShare, variantOf } from './variants';

interface Result {
  name: string;
  bytes: number;
  /** Timings; absent for the memory entries ("session:…"). */
  runs?: number;
  median_ms?: number;
  p95_ms?: number;
  ms_per_100kb?: number;
  /** Heap a checking session holds for the document (after garbage collection). */
  heap_mb?: number;
  /** Word add-in entries: the most context.sync() calls one run took. */
  syncs?: number;
  /** The peer's entry: its median over ours on the same new documents (full-new:003). */
  ratio?: number;
  /** full-new:003: the share of non-blank lines the last variant changed (the others change at least as many). */
  fresh_lines?: number;
  /** cli:…: what bin/utkastkoll.js ran, the bundle or the TypeScript source through tsx. */
  runner?: 'bundle' | 'tsx';
}

const SEEDS = join(import.meta.dirname, '..', 'test', 'fixtures', 'seeds');
/** full-new:…: each run checks a variant no run before it saw; so many runs, after so many not counted. */
const NEW_RUNS = { '003': { warmup: 5, runs: 40 }, '003x10': { warmup: 2, runs: 12 } };
const CLI_RUNS = 10;
const MIN_RUNS = 30;
const MIN_TIME_MS = 1500;
const WARMUP_RUNS = 5;

function measure(name: string, bytes: number, run: (iteration: number) => void): Result {
  for (let iteration = 0; iteration < WARMUP_RUNS; iteration++) run(-1 - iteration);
  const times: number[] = [];
  const started = performance.now();
  for (let iteration = 0; times.length < MIN_RUNS || performance.now() - started < MIN_TIME_MS; iteration++) {
    const before = performance.now();
    run(iteration);
    times.push(performance.now() - before);
    if (times.length >= 2000) break;
  }
  times.sort((a, b) => a - b);
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const median = quantile(0.5);
  return { name, bytes, runs: times.length, median_ms: round(median), p95_ms: round(quantile(0.95)), ms_per_100kb: round((median / bytes) * 100_000) };
}

/** As `measure`, for the Word add-in's asynchronous runs, also keeping the syncs each took. */
async function measureWord(name: string, bytes: number, measured: WordMeasure): Promise<Result> {
  for (let iteration = 0; iteration < WARMUP_RUNS; iteration++) await measured.run(-1 - iteration);
  const times: number[] = [];
  let syncs = 0;
  const started = performance.now();
  for (let iteration = 0; times.length < MIN_RUNS || performance.now() - started < MIN_TIME_MS; iteration++) {
    const before = performance.now();
    syncs = Math.max(syncs, await measured.run(iteration));
    times.push(performance.now() - before);
    if (times.length >= 500) break;
  }
  times.sort((a, b) => a - b);
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const median = quantile(0.5);
  return { name, bytes, runs: times.length, median_ms: round(median), p95_ms: round(quantile(0.95)), ms_per_100kb: round((median / bytes) * 100_000), syncs };
}

/** Median and p95 of times measured elsewhere (each run on its own document, or a whole process). */
function summarize(name: string, bytes: number, measured: readonly number[]): Result {
  const times = [...measured].sort((a, b) => a - b);
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const median = quantile(0.5);
  return { name, bytes, runs: times.length, median_ms: round(median), p95_ms: round(quantile(0.95)), ms_per_100kb: round((median / bytes) * 100_000) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function fullCheck(text: string): () => void {
  return () => {
    checkDocument(documentFromText(text, 'text'));
  };
}

/** Edits one paragraph in the middle of the document, a new text each time, and re-checks. */
function incrementalCheck(text: string): (iteration: number) => void {
  const session = new CheckSession(documentFromText(text, 'text'));
  session.check();
  const blocks = session.blocks;
  const target = blocks.findIndex((block, index) => index > blocks.length / 2 && block.kind === 'paragraph' && block.text.length > 200);
  const original = blocks[target]!.text;
  return (iteration) => {
    session.replaceBlock(target, `${original} Tillägg nummer ${iteration} med 12 ungdomar varav 5 flickor och 7 pojkar.`);
  };
}

/** Replaces one paragraph in the middle of 003 held as Word paragraphs, a new text each time, and re-checks. */
function paragraphEdit(text: string): (iteration: number) => void {
  const paragraphs = paragraphsFromBlocks(documentFromText(text, 'text').blocks);
  const session = new CheckSession(documentFromParagraphs(paragraphs));
  session.check();
  const target = paragraphs.findIndex(
    (paragraph, index) => index > paragraphs.length / 2 && !paragraph.styleBuiltIn && !paragraph.cells && paragraph.text.length > 200,
  );
  const original = paragraphs[target]!.text;
  return (iteration) => {
    session.replaceParagraph(target, { text: `${original} Tillägg nummer ${iteration} med 12 ungdomar varav 5 flickor och 7 pojkar.` });
  };
}

/** What a check found, position aside: the variants must find what the document finds. */
function findings(result: CheckResult): string {
  return JSON.stringify([result.type ?? null, result.diagnostics.map((each) => [each.ruleId, each.messageId, each.severity, each.line])]);
}

/**
 * full-new:003 and peer-textlint:003, run by turns on the same new variants of 003, and
 * full-new:003x10 on ten new variants of 003 joined. Every variant is made before the timing
 * starts; afterwards the findings of each timed run are compared with the document's own.
 */
async function newDocuments(): Promise<Result[]> {
  const single = NEW_RUNS['003'];
  const tenfold = NEW_RUNS['003x10'];
  const variants = Array.from({ length: single.warmup + single.runs }, (_, n) => variantOf(seed003, n));
  const offset = variants.length;
  const joined = Array.from({ length: tenfold.warmup + tenfold.runs }, (_, run) =>
    Array.from({ length: 10 }, (_, copy) => variantOf(seed003, offset + run * 10 + copy)).join('\n\n'),
  );
  const peer = await textlintPeer();
  const ours: number[] = [];
  const theirs: number[] = [];
  const found: string[] = [];
  for (const [index, text] of variants.entries()) {
    const counted = index >= single.warmup;
    let before = performance.now();
    const result = checkDocument(documentFromText(text, 'text'));
    if (counted) ours.push(performance.now() - before);
    before = performance.now();
    await peer.lint(text);
    if (counted) theirs.push(performance.now() - before);
    found.push(findings(result));
  }
  const tenTimes: number[] = [];
  const tenFound: string[] = [];
  for (const [index, text] of joined.entries()) {
    const before = performance.now();
    const result = checkDocument(documentFromText(text, 'text'));
    if (index >= tenfold.warmup) tenTimes.push(performance.now() - before);
    tenFound.push(findings(result));
  }
  const expected = findings(checkDocument(documentFromText(seed003, 'text')));
  const expectedTen = findings(checkDocument(documentFromText(times10, 'text')));
  const differing = found.filter((each) => each !== expected).length + tenFound.filter((each) => each !== expectedTen).length;
  if (differing > 0) console.error(`bench: ${differing} nya varianter av 003 gav andra anmärkningar än 003; full-new mäter då inte samma arbete`);
  const fresh = round(freshShare(seed003, variants.length - 1));
  const newSingle = { ...summarize('full-new:003', byteLength(seed003), ours), fresh_lines: fresh };
  const peerResult = summarize('peer-textlint:003', byteLength(seed003), theirs);
  return [
    newSingle,
    summarize('full-new:003x10', byteLength(joined[0]!), tenTimes),
    { ...peerResult, ratio: round(peerResult.median_ms! / newSingle.median_ms!) },
  ];
}

const seeds = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .sort();
const texts = new Map(seeds.map((file) => [file.slice(0, 3), readFileSync(join(SEEDS, file), 'utf8')]));
const seed003 = texts.get('003')!;
const times10 = Array.from({ length: 10 }, () => seed003).join('\n\n');
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

const results: Result[] = [];
for (const [number, text] of texts) results.push(measure(`full:${number}`, byteLength(text), fullCheck(text)));
results.push(measure('full:003x10', byteLength(times10), fullCheck(times10)));
results.push(...(await newDocuments()));
results.push(measure('incremental:003', byteLength(seed003), incrementalCheck(seed003)));
results.push(measure('incremental:003x10', byteLength(times10), incrementalCheck(times10)));
results.push(measure('incremental-paragraph:003', byteLength(seed003), paragraphEdit(seed003)));
results.push(await measureWord('word-first-check:003', byteLength(seed003), firstCheck(seed003)));
results.push(await measureWord('word-recheck:003', byteLength(seed003), await recheckAfterEdit(seed003)));
results.push(...(await extensionResults()));
{
  const { times, runner } = timeCli(
    join(
      SEEDS,
      seeds.find((file) => file.startsWith('003'))!,
    ),
    CLI_RUNS,
  );
  results.push({ ...summarize('cli:003', byteLength(seed003), times), runner });
}
for (const [name, text] of [
  ['session:003', seed003],
  ['session:003x10', times10],
] as const) {
  results.push({ name, bytes: byteLength(text), heap_mb: sessionHeap(text) });
}

/** Memory a session keeps for a document: its blocks, outline and cached analysis. */
function sessionHeap(text: string): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  // A session made and dropped first builds the process-wide caches (heading matchers), which are not the session's.
  new CheckSession(documentFromText(text, 'text')).check();
  const settle = () => {
    for (let round = 0; round < 3; round++) gc();
    return process.memoryUsage().heapUsed;
  };
  // Several sessions, averaged: one alone is within the collector's noise.
  const count = 5;
  const before = settle();
  const sessions = Array.from({ length: count }, () => {
    const session = new CheckSession(documentFromText(text, 'text'));
    session.check();
    return session;
  });
  const after = settle();
  if (sessions.length < 0) console.log(); // keeps the sessions alive until measured
  return round((after - before) / count / 1024 / 1024);
}

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ results }) + '\n');
} else {
  const timed = results.filter((result) => result.median_ms !== undefined);
  const rows = timed.map((result) => [
    result.name,
    `${(result.bytes / 1024).toFixed(0)} KB`,
    result.median_ms!.toFixed(2),
    result.p95_ms!.toFixed(2),
    String(result.runs),
  ]);
  const header = ['mätning', 'storlek', 'median ms', 'p95 ms', 'körningar'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const one = results.find((result) => result.name === 'full:003')!;
  const ten = results.find((result) => result.name === 'full:003x10')!;
  console.log(`\nlinjäritet: 003x10 tar ${(ten.median_ms! / one.median_ms!).toFixed(1)} gånger så lång tid som 003 (10 gånger så mycket text)`);
  const fresh = results.find((result) => result.name === 'full-new:003')!;
  const peer = results.find((result) => result.name === 'peer-textlint:003')!;
  const cli = results.find((result) => result.name === 'cli:003')!;
  console.log(
    `nytt dokument: full-new:003 tar ${(fresh.median_ms! / one.median_ms!).toFixed(1)} gånger så lång tid som full:003 (${Math.round(fresh.fresh_lines! * 100)} % av raderna nya)`,
  );
  console.log(`textlint + prh: ${peer.ratio!.toFixed(1)} gånger så lång tid som utkastkoll på samma nya dokument (målet: minst 5)`);
  console.log(
    `kommandoraden: cli:003 körde ${cli.runner === 'bundle' ? 'paketet i dist/cli/ med node' : 'TypeScript-källan genom tsx (paketet saknas eller är inaktuellt; npm run build:cli)'}`,
  );
  for (const result of results.filter((item) => item.syncs !== undefined)) console.log(`word: ${result.name} gör högst ${result.syncs} context.sync()`);
  for (const result of results.filter((item) => item.name.startsWith('session:'))) {
    console.log(`minne: ${result.name} håller ${result.heap_mb ?? '?'} MB (${(result.bytes / 1024).toFixed(0)} KB text)`);
  }
}
