/**
 * The incremental API's invariant: after any sequence of edits by the unit a front end
 * sees (a Word paragraph replaced, inserted or deleted; a form field's value replaced; a
 * block of plain text or Markdown retyped), the session's diagnostics equal those of a
 * fresh full check of the resulting content. Edits are generated at random (seeded, so a
 * failure repeats) from texts that change structure as well as ones that do not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CheckSession,
  checkDocument,
  documentFromFields,
  documentFromParagraphs,
  documentFromText,
  paragraphEdits,
  paragraphsFromBlocks,
  type CheckOptions,
  type Field,
  type ParagraphInput,
} from '../shared/index';

const fixtures = join(import.meta.dirname, 'fixtures', 'seeds');
const seeds = readdirSync(fixtures)
  .filter((file) => file.endsWith('.txt'))
  .sort();
const read = (path: string) => readFileSync(path, 'utf8');

/** A small seeded generator (mulberry32), so every run makes the same edits. */
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

/** Texts a writer types: some leave the structure alone, others make headings, labels, questions, signatures. */
const TEXTS = [
  '',
  '   ',
  'Under året deltog 42 ungdomar varav 23 flickor och 17 pojkar.',
  'Vi mötte 130 ungdomar på skolorna och de flesta kom tillbaka till mötesplatserna under hösten.',
  'Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.',
  'Nämndmål: Invånarna i stadsdelen är trygga',
  'Enhetsmål: Unga erbjuds feriejobb',
  'Uppföljning',
  'Bakgrund',
  'Jämställdhetsanalys',
  'Förvaltningens synpunkter och förslag',
  '7. Hur vi som chefer skapar förutsättningar för medarbetarna',
  '1. En modern storstad med möjligheter och valfrihet för alla',
  'Följande gäller:',
  'Anna Andersson',
  'Stadsdelsdirektör',
  'Bilagor',
  'Kort.',
  'Av dem var 70 flickor och 60 pojkar.',
  'Andelen kvinnor är 60 % och andelen män 45 %.',
];

function randomText(next: () => number, existing: readonly string[]): string {
  if (next() < 0.3 && existing.length > 0) return existing[Math.floor(next() * existing.length)]!;
  return TEXTS[Math.floor(next() * TEXTS.length)]!;
}

function randomParagraph(next: () => number, existing: readonly string[]): ParagraphInput {
  const text = randomText(next, existing);
  const roll = next();
  if (roll < 0.15) return { text, styleBuiltIn: `Heading${1 + Math.floor(next() * 3)}` };
  if (roll < 0.22) return { text, bold: true };
  if (roll < 0.3) return { text, list: { level: 0, listString: next() < 0.5 ? '•' : `${1 + Math.floor(next() * 24)}.` } };
  if (roll < 0.35) return { text: '', cells: ['Feriejobb', '2021-06-30', next() < 0.5 ? '2021-01-15' : '2021-08-31'], row: 1 };
  return { text };
}

function expectSameAsFresh(incremental: ReturnType<CheckSession['check']>, fresh: ReturnType<CheckSession['check']>, step: string): void {
  expect(incremental.type, step).toBe(fresh.type);
  expect(incremental.diagnostics, step).toEqual(fresh.diagnostics);
}

const OPTIONS: Array<[string, CheckOptions]> = [
  ['detected type', {}],
  ['forced type', { type: 'verksamhetsplan' }],
];

describe.each(OPTIONS)('Word paragraphs edited one at a time equal a fresh check (%s)', (_name, options) => {
  it.each(seeds)('%s', (file) => {
    const paragraphs = paragraphsFromBlocks(documentFromText(read(join(fixtures, file)), 'text').blocks);
    const session = new CheckSession(documentFromParagraphs(paragraphs), options);
    session.check();
    const next = random(file.length * 7919 + (options.type ? 1 : 0));
    for (let step = 0; step < 30; step++) {
      const roll = next();
      const at = Math.floor(next() * paragraphs.length);
      let result;
      let description: string;
      if (roll < 0.5 && paragraphs.length > 0) {
        const paragraph = randomParagraph(
          next,
          paragraphs.map((input) => input.text),
        );
        paragraphs[at] = paragraph;
        result = session.replaceParagraph(at, paragraph);
        description = `replace ${at} with ${JSON.stringify(paragraph)}`;
      } else if (roll < 0.8) {
        const position = next() < 0.1 ? paragraphs.length : next() < 0.1 ? 0 : at;
        const paragraph = randomParagraph(
          next,
          paragraphs.map((input) => input.text),
        );
        paragraphs.splice(position, 0, paragraph);
        result = session.insertParagraph(position, paragraph);
        description = `insert at ${position}: ${JSON.stringify(paragraph)}`;
      } else {
        paragraphs.splice(at, 1);
        result = session.deleteParagraph(at);
        description = `delete ${at}`;
      }
      const fresh = checkDocument(documentFromParagraphs(paragraphs), options);
      expect(session.source, description).toBe(documentFromParagraphs(paragraphs).source);
      expectSameAsFresh(result, fresh, `step ${step}: ${description}`);
    }
  });
});

describe('plain text and Markdown retyped block by block equal a fresh read and check', () => {
  const documents: Array<[string, 'text' | 'markdown', string]> = [
    ...seeds.map((file): [string, 'text', string] => [file, 'text', read(join(fixtures, file))]),
    ['examples/verksamhetsplan-exempel.md', 'markdown', read(join(import.meta.dirname, '..', 'examples', 'verksamhetsplan-exempel.md'))],
  ];

  it.each(documents)('%s', (file, format, text) => {
    const session = new CheckSession(documentFromText(text, format));
    session.check();
    const next = random(file.length * 104729);
    for (let step = 0; step < 12; step++) {
      const blocks = session.blocks;
      const at = Math.floor(next() * blocks.length);
      const replacement = randomText(
        next,
        blocks.map((block) => block.text),
      );
      const result = session.replaceBlock(at, replacement);
      expectSameAsFresh(result, checkDocument(documentFromText(session.source, format)), `step ${step}: block ${at} → ${JSON.stringify(replacement)}`);
    }
  });
});

describe('a web form edited field by field equals a fresh check', () => {
  /** The example plan as a form: each heading a field label, the text under it its value. */
  function formOf(markdown: string): Field[] {
    const fields: Field[] = [];
    for (const line of markdown.split('\n')) {
      const heading = /^#+\s+(.*)$/.exec(line);
      if (heading) fields.push({ id: `falt-${fields.length + 1}`, label: heading[1]!, value: '' });
      else if (fields.length > 0 && line.trim() !== '' && !line.startsWith('|')) {
        const field = fields[fields.length - 1]!;
        field.value = field.value === '' ? line : `${field.value}\n${line}`;
      }
    }
    return fields;
  }

  it.each<[string, CheckOptions]>([
    ['detected type', {}],
    ['forced type', { type: 'verksamhetsplan' }],
  ])('%s', (_name, options) => {
    const fields = formOf(read(join(import.meta.dirname, '..', 'examples', 'verksamhetsplan-exempel.md')));
    const session = new CheckSession(documentFromFields(fields), options);
    session.check();
    const next = random(4242 + (options.type ? 1 : 0));
    for (let step = 0; step < 40; step++) {
      const field = fields[Math.floor(next() * fields.length)]!;
      const lines = [randomText(next, TEXTS)];
      if (next() < 0.4) lines.push(randomText(next, TEXTS));
      if (next() < 0.2) lines.push(`- ${randomText(next, TEXTS)}`);
      field.value = lines.join('\n');
      const result = session.replaceField(field.id, field.value);
      expectSameAsFresh(result, checkDocument(documentFromFields(fields), options), `step ${step}: ${field.label} = ${JSON.stringify(field.value)}`);
    }
  });
});

describe('edit units the front ends rely on', () => {
  it('splits a paragraph edited into "Nämndmål: …" into label and goal, as a fresh read does', () => {
    const session = new CheckSession(documentFromParagraphs([{ text: 'Inledning', styleBuiltIn: 'Heading1' }, { text: 'Vi arbetar med unga.' }]), {
      type: 'verksamhetsplan',
    });
    session.check();
    session.replaceParagraph(1, { text: 'Nämndmål: Invånarna är trygga' });
    expect(session.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Inledning'],
      ['heading', 'Nämndmål:'],
      ['paragraph', 'Invånarna är trygga'],
    ]);
  });

  it('drops an emptied paragraph or field, as a fresh read does', () => {
    const session = new CheckSession(documentFromParagraphs([{ text: 'Bakgrund', styleBuiltIn: 'Heading1' }, { text: 'Text.' }, { text: 'Mer text.' }]));
    session.replaceParagraph(1, { text: '' });
    expect(session.blocks.map((block) => block.text)).toEqual(['Bakgrund', 'Mer text.']);
    const form = new CheckSession(documentFromFields([{ id: 'a', label: 'Bakgrund', value: 'Text.' }]));
    form.replaceField('a', '');
    expect(form.blocks.map((block) => block.text)).toEqual(['Bakgrund']);
  });

  it('refuses units that do not exist, and the wrong unit for the document', () => {
    const paragraphs = new CheckSession(documentFromParagraphs([{ text: 'Text.' }]));
    expect(() => paragraphs.replaceParagraph(3, { text: 'x' })).toThrow(RangeError);
    expect(() => paragraphs.insertParagraph(-1, { text: 'x' })).toThrow(RangeError);
    expect(() => paragraphs.replaceBlock(0, 'x')).toThrow(/replaceParagraph/);
    expect(() => paragraphs.replaceField('a', 'x')).toThrow(RangeError);
    const text = new CheckSession(documentFromText('Text.', 'text'));
    expect(() => text.replaceParagraph(0, { text: 'x' })).toThrow(/documentFromParagraphs/);
  });
});

describe('Word read again: the paragraphs that changed, found and applied at once', () => {
  it.each(seeds)('%s', (file) => {
    let before = paragraphsFromBlocks(documentFromText(read(join(fixtures, file)), 'text').blocks);
    const session = new CheckSession(documentFromParagraphs(before));
    session.check();
    const next = random(file.length * 31337);
    for (let step = 0; step < 8; step++) {
      const after = [...before];
      // A writer's few edits between two reads: some typed, a paragraph split or joined.
      for (let change = 0; change < 1 + Math.floor(next() * 4); change++) {
        const at = Math.floor(next() * after.length);
        const roll = next();
        if (roll < 0.5)
          after[at] = randomParagraph(
            next,
            after.map((paragraph) => paragraph.text),
          );
        else if (roll < 0.75) after.splice(at, 0, randomParagraph(next, TEXTS));
        else after.splice(at, 1);
      }
      const edits = paragraphEdits(before, after);
      const result = edits === null ? session.replaceDocument(documentFromParagraphs(after)) : session.editParagraphs(edits);
      expect(session.source).toBe(documentFromParagraphs(after).source);
      expectSameAsFresh(result, checkDocument(documentFromParagraphs(after)), `step ${step}`);
      before = after;
    }
  });

  it('finds one replaced paragraph as one replace, and a large change as none', () => {
    const paragraphs = ['A.', 'B.', 'C.', 'D.'].map((text) => ({ text }));
    expect(paragraphEdits(paragraphs, [paragraphs[0]!, { text: 'B2.' }, paragraphs[2]!, paragraphs[3]!])).toEqual([
      { type: 'replace', index: 1, paragraph: { text: 'B2.' } },
    ]);
    expect(paragraphEdits(paragraphs, [paragraphs[0]!, paragraphs[3]!])).toEqual([
      { type: 'delete', index: 2 },
      { type: 'delete', index: 1 },
    ]);
    expect(paragraphEdits(paragraphs, paragraphs)).toEqual([]);
    const many = Array.from({ length: 100 }, (_, index) => ({ text: `Stycke ${index}.` }));
    expect(paragraphEdits([], many)).toBeNull();
  });
});
