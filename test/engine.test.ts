import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingParents } from '../shared/data/index';
import {
  builtInCatalogs,
  builtInDocTypes,
  CheckSession,
  checkDocument,
  documentFromFields,
  documentFromText,
  parseCatalog,
  parseDocTypes,
  UnknownTypeError,
  type Block,
  type CheckResult,
  type SourceDocument,
} from '../shared/index';

const seed = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'seeds', name), 'utf8');

/** A fresh check of the session's current document, sharing nothing with it. */
function freshCheck(session: CheckSession): CheckResult {
  const blocks: Block[] = session.blocks.map((block) => structuredClone(block));
  const document: SourceDocument = { format: 'text', source: session.source, blocks };
  return new CheckSession(document).check();
}

describe('CheckSession.replaceBlock (the incremental API)', () => {
  it.each(['003-tavlingsbidrag-forebyggande.txt', '004-verksamhetsplan-fritid.txt'])('gives what a full check gives, edit after edit (%s)', (file) => {
    const session = new CheckSession(documentFromText(seed(file), 'text'));
    session.check();
    const paragraphs = session.blocks.flatMap((block, index) => (block.kind === 'paragraph' && !block.headingLike ? [index] : []));
    const edits = [
      'Under året deltog 42 ungdomar varav 23 flickor och 17 pojkar.',
      'Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.',
      'Vi mötte 130 ungdomar på skolorna.\nDe flesta kom tillbaka.',
      '',
      'Kort.',
    ];
    edits.forEach((text, at) => {
      const index = paragraphs[Math.floor(((at + 1) * paragraphs.length) / (edits.length + 1))]!;
      const incremental = session.replaceBlock(index, text);
      expect(incremental.diagnostics).toEqual(freshCheck(session).diagnostics);
    });
  });

  it('re-reads the structure when a heading is edited', () => {
    const session = new CheckSession(documentFromText(seed('000-tjansteutlatande-hagersten.txt'), 'text'));
    const before = session.check();
    expect(before.diagnostics.some((diagnostic) => diagnostic.messageId === 'missingRecommended')).toBe(true);
    const heading = session.blocks.findIndex((block) => block.text === 'Synpunkter och förslag');
    const after = session.replaceBlock(heading, 'Jämställdhetsanalys');
    expect(after.diagnostics).toEqual(freshCheck(session).diagnostics);
    expect(after.diagnostics.map((diagnostic) => diagnostic.data?.section)).toContain('Synpunkter och förslag');
  });

  it('updates line numbers after an edit that removes lines', () => {
    const session = new CheckSession(documentFromText('Bakgrund\n\nEn rad\nsom fortsätter\npå tre rader.\n\nÄrendet\n\nVi mötte 130 ungdomar.', 'text'), {
      type: 'tjansteutlatande',
    });
    const missing = () => session.check().diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-missing')!;
    expect(missing().line).toBe(9);
    session.replaceBlock(1, 'En rad.');
    expect(missing().line).toBe(7);
    expect(session.source.slice(missing().start, missing().end)).toBe('130 ungdomar');
  });

  it('replaceDocument reuses the analysis of unchanged paragraphs and gives a full check’s answer', () => {
    const fields = [
      { id: 'mal', label: 'Nämndmål', value: 'Invånarna är självförsörjande' },
      { id: 'beskrivning', label: 'Beskrivning', value: 'Vi mötte 130 ungdomar.' },
    ];
    const session = new CheckSession(documentFromFields(fields), { type: 'verksamhetsplan' });
    expect(session.check().diagnostics.some((diagnostic) => diagnostic.ruleId === 'gender-split-missing')).toBe(true);
    const edited = [...fields, { id: 'resultat', label: 'Förväntat resultat', value: 'Av dem var 70 flickor och 60 pojkar.' }];
    edited[1] = { ...fields[1]!, value: 'Vi mötte 130 ungdomar, 70 flickor och 60 pojkar.' };
    const result = session.replaceDocument(documentFromFields(edited));
    expect(result.diagnostics).toEqual(checkDocument(documentFromFields(edited), { type: 'verksamhetsplan' }).diagnostics);
    expect(result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'gender-split-missing')).toBe(false);
  });

  it('refuses a block that does not exist', () => {
    const session = new CheckSession(documentFromText('Text.', 'text'));
    expect(() => session.replaceBlock(5, 'x')).toThrow(RangeError);
  });
});

describe('diagnostics are plain data', () => {
  const source = seed('003-tavlingsbidrag-forebyggande.txt');
  const result = checkDocument(documentFromText(source, 'text'));

  it('survive JSON and structured cloning unchanged', () => {
    expect(JSON.parse(JSON.stringify(result.diagnostics))).toEqual(result.diagnostics);
    expect(structuredClone(result.diagnostics)).toEqual(result.diagnostics);
  });

  it('have the documented fields, offsets first', () => {
    for (const diagnostic of result.diagnostics) {
      expect(Object.keys(diagnostic).slice(0, 10)).toEqual(['ruleId', 'severity', 'message', 'messageId', 'start', 'end', 'line', 'column', 'key', 'text']);
      expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
      expect(diagnostic.text).toBe(source.slice(diagnostic.start, diagnostic.end));
      for (const fix of diagnostic.fixes ?? []) expect(Object.keys(fix).slice(0, 5)).toEqual(['title', 'start', 'end', 'text', 'safe']);
    }
  });
});

describe('document types and catalogs are data', () => {
  it('refuses an unknown type', () => {
    expect(() => new CheckSession(documentFromText('Text.', 'text'), { type: 'protokoll' })).toThrow(UnknownTypeError);
  });

  it('checks a new document type given only as JSON', () => {
    const parsed = parseDocTypes({
      doctypes: [
        {
          id: 'yttrande',
          name: 'Yttrande',
          detection: { signals: [{ heading: 'Remissens huvudsakliga innehåll', weight: 5 }] },
          sections: [
            { id: 'remissen', title: 'Remissens huvudsakliga innehåll', requirement: 'required' },
            { id: 'synpunkter', title: 'Synpunkter', requirement: 'required' },
          ],
          genderSplit: {},
          readability: {},
        },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const docTypes = [...builtInDocTypes, ...parsed.value];
    const text = 'Remissens huvudsakliga innehåll\n\nStaden föreslår nya regler för parkering.\n\nSlutsats\n\nVi tillstyrker.';
    const result = checkDocument(documentFromText(text, 'text', docTypes), { docTypes });
    expect(result.type).toBe('yttrande');
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'required-section').map((diagnostic) => diagnostic.data?.section)).toEqual([
      'Synpunkter',
    ]);
  });

  it('validates document types and says what is wrong', () => {
    const duplicate = parseDocTypes({
      doctypes: [
        {
          id: 'a',
          name: 'A',
          detection: {},
          sections: [
            { id: 'x', title: 'X' },
            { id: 'x', title: 'Y' },
          ],
          genderSplit: {},
          readability: {},
        },
      ],
    });
    expect(duplicate).toEqual({ ok: false, error: expect.stringContaining('dubblerat sektions-id "x"') });
    const gap = parseDocTypes({
      doctypes: [
        {
          id: 'b',
          name: 'B',
          detection: {},
          sections: [{ id: 'x', title: 'X' }],
          questions: { count: 3, areas: [{ id: 'a', title: 'A', first: 1, last: 2 }] },
          genderSplit: {},
          readability: {},
        },
      ],
    });
    expect(gap).toEqual({ ok: false, error: expect.stringContaining('fråga 3 saknar område') });
  });

  it('ships the KF goals 2020–2022 as a versioned catalog', () => {
    const [catalog] = builtInCatalogs;
    expect(catalog!.version).toBe('2020-2022.1');
    expect(catalog!.goals.map((goal) => goal.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3',
      '3.1',
      '3.2',
    ]);
  });

  it('loads another budget period as a catalog and checks quotes against it', () => {
    const parsed = parseCatalog({
      id: 'kf-2015-2018',
      version: '2015-2018.1',
      name: 'KF:s inriktningsmål 2015–2018',
      goals: [
        { level: 'inriktningsmal', number: '1', text: 'Ett Stockholm som håller samman' },
        { level: 'inriktningsmal', number: '2', text: 'Ett klimatsmart Stockholm' },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = checkDocument(documentFromText('Ärendet\n\nDet bidrar till målet ”Ett klimatsmart och hållbart Stockholm” i budgeten.', 'text'), {
      type: 'tjansteutlatande',
      catalogs: [parsed.value],
    });
    const wording = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-wording');
    expect(wording?.data).toMatchObject({ expected: 'Ett klimatsmart Stockholm', changes: 'tillagt: ”och”, ”hållbart”' });
  });

  it('has no built-in goal whose parent is missing', () => {
    for (const catalog of builtInCatalogs) expect(missingParents(catalog, [])).toEqual([]);
  });

  it('accepts a nämnd catalog whose goals hang under KF goals', () => {
    const parsed = parseCatalog({
      id: 'skarholmen-2022',
      version: '2022.1',
      name: 'Skärholmens nämndmål 2022',
      goals: [{ level: 'namndmal', number: '1', parent: '1.2', text: 'Skärholmen är en trygg stadsdel att bo och vistas i' }],
    });
    expect(parsed).toMatchObject({ ok: true });
  });

  it('rejects an invalid catalog with a readable reason', () => {
    expect(parseCatalog({ id: 'x', version: '1', name: 'X', goals: [{ level: 'verksamhetsomrade', number: '9.1', parent: '9', text: 'Mål' }] })).toEqual({
      ok: false,
      error: expect.stringContaining('mål 9.1: överordnat mål 9 saknas'),
    });
    expect(parseCatalog({ id: 'x', goals: [] })).toMatchObject({ ok: false });
  });
});
