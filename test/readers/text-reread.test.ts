/**
 * A plain-text edit read again around the edit (shared/readers/text/reread.ts) gives the
 * blocks a fresh read of the whole text gives, on every text fixture (the seeds, documents
 * written by others, other kinds of document) and edits of every kind: ordinary sentences,
 * headings, labels, page numbers, contents lines, lines that repeat, lines broken in two,
 * emptied blocks. Where the re-read cannot be sure it reads everything again; on ordinary
 * edits of the seeds it must not have to.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInDocTypes } from '../../shared/data/index';
import type { Block } from '../../shared/document/model';
import { vocabularyFor } from '../../shared/document/vocabulary';
import { readText } from '../../shared/readers/text/index';
import { rereadAround } from '../../shared/readers/text/reread';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const documents = ['seeds', 'real', 'blind', 'blind2', 'other'].flatMap((folder) =>
  readdirSync(join(fixtures, folder))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => [`${folder}/${file}`, readFileSync(join(fixtures, folder, file), 'utf8')] as const),
);
const vocabulary = vocabularyFor(builtInDocTypes);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What an edit makes of a block's text. */
const EDITS: Array<(text: string, next: () => number) => string> = [
  (text) => `${text} Under året deltog 42 ungdomar varav 23 flickor och 17 pojkar.`,
  (text) => text.slice(0, Math.floor(text.length / 2)),
  (text) => `${text.slice(0, Math.floor(text.length / 2))}\n${text.slice(Math.floor(text.length / 2))}`,
  (text) => `${text}\n\nBakgrund\n\nVi har arbetat med detta sedan 2019.`,
  () => '',
  () => 'Uppföljning',
  () => 'Nämndmål: Invånarna i stadsdelen är trygga',
  () => 'Sid 3 (12)',
  () => 'Innehållsförteckning',
  () => 'Inledning ........................ 3',
  (text) => `${text}\n${text}`,
  () => '7. Hur vi som chefer skapar förutsättningar för medarbetarna',
  () => 'Anna Andersson\nStadsdelsdirektör',
  (text) => text.replace(/\s+/g, ' '),
  (text, next) => text + ' ' + 'ord '.repeat(Math.floor(next() * 120)),
];

function plain(blocks: readonly Block[]): unknown[] {
  return blocks.map((block) => ({ ...block }));
}

describe('a plain-text edit read again around the edit', () => {
  let local = 0;

  it.each(documents)('equals a fresh read: %s', (file, text) => {
    const next = random(file.length * 7919);
    let { document, reading } = readText(text, vocabulary);
    for (let step = 0; step < 40; step++) {
      const blocks = document.blocks.map((block) => ({ ...block }));
      const index = Math.floor(next() * blocks.length);
      const edit = Math.floor(next() * EDITS.length);
      const replacement = EDITS[edit]!(blocks[index]!.text, next);
      const source = document.source.slice(0, blocks[index]!.start) + replacement + document.source.slice(blocks[index]!.end);
      const fresh = readText(source, vocabulary);
      const reread = rereadAround(reading, blocks, document.source, index, replacement);
      if (reread) {
        local++;
        expect(reread.source, `step ${step}`).toBe(source);
        for (const later of blocks.slice(reread.to)) {
          later.start += reread.delta;
          later.end += reread.delta;
        }
        blocks.splice(reread.from, reread.to - reread.from, ...reread.added);
        expect(plain(blocks), `step ${step}: block ${index} → ${JSON.stringify(replacement.slice(0, 60))}`).toEqual(plain(fresh.document.blocks));
        expect(reading.lines, `step ${step}: lines`).toEqual(fresh.reading.lines);
        expect([reading.spacing, reading.wrap.total, reading.pageLines]).toEqual([fresh.reading.spacing, fresh.reading.wrap.total, fresh.reading.pageLines]);
        document = { ...fresh.document, blocks };
      } else {
        ({ document, reading } = fresh);
      }
    }
  });

  it('reads only around the edit for a good share of all these edits', () => {
    expect(local).toBeGreaterThan(documents.length * 40 * 0.2);
  });

  it.each(documents.filter(([file]) => file.startsWith('seeds/')))('reads only around a sentence added to a paragraph, mostly: %s', (file, text) => {
    const next = random(file.length * 31);
    let { document, reading } = readText(text, vocabulary);
    let around = 0;
    const edits = 20;
    for (let step = 0; step < edits; step++) {
      const paragraphs = document.blocks.flatMap((block, index) => (block.kind === 'paragraph' && block.text.length > 100 ? [index] : []));
      const index = paragraphs[Math.floor(next() * paragraphs.length)]!;
      const block = document.blocks[index]!;
      const replacement = EDITS[0]!(block.text, next);
      const reread = rereadAround(reading, document.blocks, document.source, index, replacement);
      if (reread) around++;
      ({ document, reading } = readText(document.source.slice(0, block.start) + replacement + document.source.slice(block.end), vocabulary));
    }
    // Tables (verksamhetsplaner) and a wrap width that moves (short documents, the paragraph growing at every step) are read in full.
    expect(around).toBeGreaterThanOrEqual(edits * 0.3);
  });
});
