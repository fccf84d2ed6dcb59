/**
 * npm run bench [-- --json]: speed of a full check of each seed, of seed 003 repeated ten
 * times, of a re-check after retyping one block of 003 as text, and of a re-check after
 * editing one paragraph of 003 held as Word paragraphs (the Word add-in's edit). Medians
 * and p95 in ms, measured in this process after warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckSession, checkDocument, documentFromParagraphs, documentFromText, paragraphsFromBlocks } from '../shared/index';
import { firstCheck, recheckAfterEdit, type WordMeasure } from './word';
import { extensionResults } from './extension';

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
}

const SEEDS = join(import.meta.dirname, '..', 'test', 'fixtures', 'seeds');
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
results.push(measure('incremental:003', byteLength(seed003), incrementalCheck(seed003)));
results.push(measure('incremental:003x10', byteLength(times10), incrementalCheck(times10)));
results.push(measure('incremental-paragraph:003', byteLength(seed003), paragraphEdit(seed003)));
results.push(await measureWord('word-first-check:003', byteLength(seed003), firstCheck(seed003)));
results.push(await measureWord('word-recheck:003', byteLength(seed003), await recheckAfterEdit(seed003)));
results.push(...(await extensionResults()));
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
  for (const result of results.filter((item) => item.syncs !== undefined)) console.log(`word: ${result.name} gör högst ${result.syncs} context.sync()`);
  for (const result of results.filter((item) => item.name.startsWith('session:'))) {
    console.log(`minne: ${result.name} håller ${result.heap_mb ?? '?'} MB (${(result.bytes / 1024).toFixed(0)} KB text)`);
  }
}
