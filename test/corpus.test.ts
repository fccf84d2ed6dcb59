/**
 * Documents written by others, not for this tool (test/fixtures/real and test/fixtures/blind, with their planted
 * defects in DEFECTS.md): a letterhead and a signature on page 1, a hand-typed text, a
 * contents page, a web copy with one line per page, a plan of 2017, a plan behind a
 * tjänsteutlåtande cover page. Every error and warning is listed and was read against the
 * document; the planted defects must be found. `npm run corpus` prints the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsAndWarnings } from './helpers/findings';
import { readDocument } from '../cli/inputs';
import { checkDocument, documentFromText } from '../shared/index';

async function* emptyStdin(): AsyncIterable<Uint8Array> {}

const fixtures = join(import.meta.dirname, 'fixtures');
const folder = join(fixtures, 'real');

const expected: Record<string, { type: string; findings: string[] }> = {
  'kvalitetsutmarkelsen-med-innehall.txt': {
    type: 'tavlingsbidrag',
    findings: ['86 gender-split-missing missing'], // "cirka 220 besökare per vecka"; the contents page is not read as content
  },
  'kvalitetsutmarkelsen-webbkopia.txt': { type: 'tavlingsbidrag', findings: [] }, // headings run into the text, found where they are
  'tjansteutlatande-handtypat.txt': {
    type: 'tjansteutlatande',
    findings: ['35 gender-split-percent sum'], // 58 % + 48 %; the signature after Bilagor is there
  },
  'tjansteutlatande-letterhead.txt': {
    type: 'tjansteutlatande',
    findings: [
      '89 gender-split-sum mismatch', // 30 + 31 ≠ 64
      '154 required-section missingRecommended', // older template: no Jämställdhetsanalys
    ],
  },
  'verksamhetsplan-2017.txt': { type: 'verksamhetsplan', findings: [] }, // KF goals of budget 2015–2018, not checked against 2020–2022
  'verksamhetsplan-med-forsattsblad.txt': {
    type: 'verksamhetsplan',
    findings: ['186 activity-dates endBeforeStart'], // ends before it starts
  },
};

/**
 * Written blind (test/fixtures/blind): by someone who had not seen the checker, in eight
 * layouts and hands, with the defects in its DEFECTS.md planted. Three planted defects are
 * not found (a share sum of 95 %, a staff count in running text, a Nämndmål quoted
 * differently in the Inledning); nothing else is reported.
 */
const blind: Record<string, { type: string; findings: string[] }> = {
  'blind/01-tjansteutlatande-dubbelradigt.txt': {
    type: 'tjansteutlatande',
    findings: ['98 required-section missing', '114 gender-split-sum mismatch'], // no Ärendets beredning; 538 + 588 ≠ 1 146
  },
  'blind/02-tjansteutlatande-anteckningsblock.txt': { type: 'tjansteutlatande', findings: ['33 gender-split-missing missing'] }, // 214 personer
  'blind/03-tjansteutlatande-numrerade-rubriker.txt': {
    type: 'tjansteutlatande',
    findings: ['29 required-section missing', '65 gender-split-sum mismatch'], // no Sammanfattning; 41 + 29 ≠ 73
  },
  'blind/04-verksamhetsplan-2022-export.txt': {
    type: 'verksamhetsplan',
    findings: ['72 goal-wording wording', '181 activity-dates endBeforeStart'], // "leva" for "bo"; ends before it starts
  },
  'blind/05-verksamhetsplan-kf-pa-en-rad.txt': { type: 'verksamhetsplan', findings: ['55 goal-block-incomplete missingPart'] }, // no Uppföljning
  'blind/06-kvalitetsutmarkelsen-fraga.txt': {
    type: 'tavlingsbidrag',
    findings: ['33 gender-split-sum mismatch', '112 empty-section empty'], // 12 + 10 ≠ 24; Fråga 18 unanswered
  },
  'blind/07-kvalitetsutmarkelsen-punktlistor.txt': {
    type: 'tavlingsbidrag',
    findings: ['24 required-section missingChild', '50 gender-split-percent sum'], // no Organisations- och ledningsstruktur; 62 % + 28 %
  },
};

/**
 * A second blind set (test/fixtures/blind2), written after the first was fixed: letterheads on
 * every page, an e-mail, tab tables, a plan in running prose, capitals, long question texts,
 * Markdown in a .txt. Two findings here are known false alarms, kept visible: counts whose
 * split stands in a tab-separated table (03, lines 31 and 114); 03's table sum (16 + 11 ≠ 29)
 * and 04's swapped Aktivitet dates in a tab table are missed.
 */
const blind2: Record<string, { type: string; findings: string[] }> = {
  'blind2/01-tjansteutlatande-sidhuvud-varje-sida.txt': {
    type: 'tjansteutlatande',
    // No Ärendets beredning; 97 + 109 ≠ 214; an older template without Jämställdhetsanalys (recommended, so a warning).
    findings: ['91 required-section missing', '101 gender-split-sum mismatch', '172 required-section missingRecommended'],
  },
  'blind2/02-tjansteutlatande-fran-epost.txt': {
    type: 'tjansteutlatande',
    findings: ['84 gender-split-missing missing', '87 gender-split-percent sum'], // 47 personer; 64 % + 41 %
  },
  'blind2/03-tjansteutlatande-bilagor-tabell.txt': {
    type: 'tjansteutlatande',
    findings: ['31 gender-split-missing missing', '48 goal-wording wording', '114 gender-split-missing missing'], // 31 and 114 false: split in the tab table
  },
  'blind2/04-verksamhetsplan-2020-lopande-text.txt': { type: 'verksamhetsplan', findings: ['45 goal-wording wording'] }, // "inflytande"
  'blind2/05-verksamhetsplan-2021-versaler.txt': {
    type: 'verksamhetsplan',
    findings: ['29 gender-split-percent sum', '134 goal-block-incomplete missingPart'], // 78 % + 27 %; no UPPFÖLJNING
  },
  'blind2/06-kvalitetsutmarkelsen-langa-fragor.txt': {
    type: 'tavlingsbidrag',
    findings: ['62 gender-split-percent sum', '155 empty-section empty'], // 54 % + 51 %; question 19 unanswered
  },
  'blind2/07-kvalitetsutmarkelsen-markdown.txt': {
    type: 'tavlingsbidrag',
    findings: ['35 gender-split-missing missing', '38 required-section missingChild'], // 310 elever; no Organisations- och ledningsstruktur
  },
};

const all = { ...Object.fromEntries(Object.entries(expected).map(([file, want]) => [`real/${file}`, want])), ...blind, ...blind2 };

// Read as the command line reads them (a .txt written in Markdown is read as Markdown).
const read = async (file: string) => (await readDocument(join(fixtures, file), emptyStdin())).document;
const documents = new Map(await Promise.all(Object.keys(all).map(async (file) => [file, await read(file)] as const)));

describe.each(Object.entries(all))('%s', (file, want) => {
  const result = checkDocument(documents.get(file)!);

  it(`is detected as ${want.type}`, () => {
    expect(result.type).toBe(want.type);
  });

  it('gives exactly the known errors and warnings', () => {
    expect(errorsAndWarnings(result)).toEqual(want.findings);
  });
});

describe('what the documents written by others say, checked in detail', () => {
  it('the plan of 2017 says once that its goals were not checked against the 2020–2022 catalog', () => {
    const result = checkDocument(documentFromText(readFileSync(join(folder, 'verksamhetsplan-2017.txt'), 'utf8'), 'text'));
    expect(result.diagnostics.filter((diagnostic) => diagnostic.messageId === 'otherPeriod').map((diagnostic) => diagnostic.message)).toEqual([
      'Målen jämfördes inte med KF:s mål, budget 2020–2022: dokumentet gäller 2017. Kontrollera målen mot budgeten för 2017.',
    ]);
  });

  it('the letterhead is not the title, and the signature on page 1 is the signature', () => {
    const result = checkDocument(documentFromText(readFileSync(join(folder, 'tjansteutlatande-letterhead.txt'), 'utf8'), 'text'));
    expect(result.outline.title?.title).toBe('Förlängning av språkprojektet Läsa, leka, lära i öppna förskolan 2021–2022');
    expect(result.outline.signature.map((index) => result.blocks[index]!.text)).toEqual(['Anna Vikström Jesper Lund', 'Stadsdelsdirektör Avdelningschef']);
  });
});

it('blind/08: minutes of a staff meeting that speak of plans, goals and the award are of no known type', () => {
  const result = checkDocument(documentFromText(readFileSync(join(fixtures, 'blind', '08-annat-slag.txt'), 'utf8'), 'text'));
  expect(result.type).toBeNull();
  expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
});

it.each(['blind2/08a-verksamhetsberattelse-2021.txt', 'blind2/08b-protokoll-stadsdelsnamnd.txt'])(
  '%s, of another kind, is of no known type with at most one warning',
  (file) => {
    const result = checkDocument(documentFromText(readFileSync(join(fixtures, file), 'utf8'), 'text'));
    expect(result.type).toBeNull();
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length).toBeLessThanOrEqual(1);
  },
);
