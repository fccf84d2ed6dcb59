import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInDocTypes, checkDocument, documentFromText, type Section } from '../../shared/index';
import { detectDocType, resolveTypeId } from '../../shared/document/detect';
import { noTypeProfile } from '../../shared/data/index';
import { HeadingMatcher } from '../../shared/document/headings';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', name), 'utf8');

describe('HeadingMatcher', () => {
  const matcher = new HeadingMatcher([
    { id: 'kvalitet', title: 'Kvalitets- och utvecklingsarbete', aliases: [] },
    { id: 'kompetens', title: 'Kompetensutveckling', aliases: [] },
    { id: 'synpunkter', title: 'Synpunkter och förslag', aliases: [], genitivePrefix: true },
    { id: 'arendet', title: 'Ärendet', aliases: [] },
  ]);
  it.each([
    ['Kompetensutveckling', ['kompetens'], 'canonical'],
    ['Kompetensutveckling:', ['kompetens'], 'canonical'],
    ['KOMPETENSUTVECKLING', ['kompetens'], 'canonical'],
    ['Kompetensutvekling', ['kompetens'], 'variant'],
    ['Kvalitéts- och utvecklingsarbete', ['kvalitet'], 'variant'],
    ['Kvalitets- /utvecklingsarbete', ['kvalitet'], 'variant'],
    ['Kvalitets och utvecklingsarbete', ['kvalitet'], 'canonical'],
    ['KVALITETS- /UTVECKLINGSARBETE OCH KOMPETENSUTVECKLING', ['kvalitet', 'kompetens'], 'combined'],
    ['Förvaltningens synpunkter och förslag', ['synpunkter'], 'alias'],
    ['Ärende', null, null],
    ['Ärendets beredning', null, null],
    ['En lång mening som råkar nämna kompetensutveckling', null, null],
  ])('%s', (text, ids, variant) => {
    const match = matcher.match(text);
    expect(match?.targets.map((target) => target.id) ?? null).toEqual(ids);
    expect(match?.variant ?? null).toBe(variant);
  });
});

describe('detectDocType', () => {
  it.each([
    ['000-tjansteutlatande-hagersten.txt', 'tjansteutlatande'],
    ['001-tjansteutlatande-skarholmen.txt', 'tjansteutlatande'],
    ['002-verksamhetsplan-familjeratt.txt', 'verksamhetsplan'],
    ['003-tavlingsbidrag-forebyggande.txt', 'tavlingsbidrag'],
    ['004-verksamhetsplan-fritid.txt', 'verksamhetsplan'],
  ])('%s is a %s, with a reason', (file, type) => {
    const detection = detectDocType(documentFromText(seed(file), 'text').blocks, builtInDocTypes, noTypeProfile.minScore);
    expect(detection.docType?.id).toBe(type);
    expect(detection.reason).toMatch(/typiska rubriker \(/);
  });

  it.each<[string, string, RegExp]>([
    [
      'a letter without headings',
      'Hej.\n\nEtt kort brev utan rubriker.',
      /^ingen känd dokumenttyp: inga kännetecken på tjänsteutlåtande, verksamhetsplan eller tävlingsbidrag till Kvalitetsutmärkelsen hittades$/,
    ],
    [
      'one template heading',
      'Bakgrund\n\nEnheten startade 2012 och har sedan dess vuxit.',
      /^ingen känd dokumenttyp: för få kännetecken på tjänsteutlåtande \(1 typisk rubrik \(Bakgrund\)\)$/,
    ],
    [
      'one numbered line',
      'Protokoll\n\n1. Mötet öppnas.\n\nOrdföranden hälsade välkommen.',
      /^ingen känd dokumenttyp: för få kännetecken på tävlingsbidrag till Kvalitetsutmärkelsen \(1 numrerad fråga\)$/,
    ],
  ])('gives no type without real evidence: %s', (_name, text, reason) => {
    const detection = detectDocType(documentFromText(text, 'text').blocks, builtInDocTypes, noTypeProfile.minScore);
    expect(detection.docType).toBeNull();
    expect(detection.reason).toMatch(reason);
  });
});

describe('detectDocType: what the title says', () => {
  const detect = (text: string) => detectDocType(documentFromText(text, 'text').blocks, builtInDocTypes, noTypeProfile.minScore);
  it.each<[string, string, string | null, RegExp]>([
    [
      'a plan with few headings, named in its title',
      'Verksamhetsplan 2021 för Fältgruppen\n\nInledning\n\nVi arbetar med unga.\n\nVerksamhetsbeskrivning\n\nVi finns i Skärholmen.',
      'verksamhetsplan',
      /titeln ”Verksamhetsplan 2021 för Fältgruppen”/,
    ],
    [
      'an entry named in its title',
      'Kvalitetsutmärkelsen 2022\nTävlingsbidrag\n\nInledning\n\nVi är en förskola.\n\nOm vårt tävlingsbidrag\n\nVi visar vårt språkarbete.',
      'tavlingsbidrag',
      /titeln ”Kvalitetsutmärkelsen 2022”/,
    ],
    [
      'the word alone is not enough',
      'Verksamhetsplan 2021\n\nVi har gjort en plan för året.',
      null,
      /^ingen känd dokumenttyp: för få kännetecken på verksamhetsplan \(titeln/,
    ],
    ['a sentence is no title', 'Verksamhetsplanen för 2021 har tagits fram.\n\nInledning\n\nText.', null, /^ingen känd dokumenttyp/],
  ])('%s', (_name, text, type, reason) => {
    const detection = detect(text);
    expect(detection.docType?.id ?? null).toBe(type);
    expect(detection.reason).toMatch(reason);
  });
});

describe('resolveTypeId (what a Swede types for --type)', () => {
  it.each([
    ['tjansteutlatande', 'tjansteutlatande'],
    ['Tjänsteutlåtande', 'tjansteutlatande'],
    ['TU', 'tjansteutlatande'],
    ['vp', 'verksamhetsplan'],
    ['Verksamhetsplan', 'verksamhetsplan'],
    ['tävlingsbidrag', 'tavlingsbidrag'],
    ['Kvalitetsutmärkelsen', 'tavlingsbidrag'],
    ['kvalitetsutmarkelsen', 'tavlingsbidrag'],
  ])('%s → %s', (input, id) => {
    expect(resolveTypeId(input, builtInDocTypes)).toBe(id);
  });

  it('knows nothing else', () => {
    expect(resolveTypeId('protokoll', builtInDocTypes)).toBeNull();
  });
});

function tree(section: Section, depth = 0): string[] {
  const own =
    section.kind === 'root'
      ? []
      : [`${'  '.repeat(depth)}${section.kind}:${section.kind === 'question' ? section.number : (section.spec?.id ?? section.area?.id ?? section.title)}`];
  return [...own, ...section.children.flatMap((child) => tree(child, section.kind === 'root' ? 0 : depth + 1))];
}

describe('outline: numbered questions in plain text', () => {
  const questions = (text: string) =>
    checkDocument(documentFromText(text, 'text'), { type: 'tavlingsbidrag' })
      .outline.sections.filter((section) => section.kind === 'question')
      .map((section) => section.number);

  it.each([
    ['Fråga 7 Hur arbetar ni med målen'],
    ['Fråga 7 – Hur arbetar ni med målen'],
    ['Fråga 7: Hur arbetar ni med målen'],
    ['Fråga 7. Hur arbetar ni med målen'],
    ['7) Hur arbetar ni med målen'],
    ['7. Hur arbetar ni med målen'],
  ])('reads "%s" as question 7', (heading) => {
    expect(questions(`Chef- och ledarskap\n\n${heading}\n\nVi följer upp målen varje månad.`)).toEqual([7]);
  });

  it('reads a numbered list inside an answer as a list, not as questions', () => {
    const text = [
      'Resultat och analys',
      '',
      '15. Prognostiserade resultat',
      '',
      'Vi arbetar i tre steg:',
      '',
      '1. Vi samlar in data.',
      '',
      '2. Vi analyserar den.',
      '',
      '3. Vi följer upp.',
      '',
      'Från mål till uppföljning',
      '',
      '16. Processbeskrivning',
      '',
      'Planen tas fram i november.',
    ].join('\n');
    expect(questions(text)).toEqual([15, 16]);
  });

  it('does not read "fråga 1)" continuing a sentence as a question', () => {
    expect(questions('Målgrupp\n\n1. Kunskap om målgruppen\n\nVi använder enkäter (se även\nfråga 1) och intervjuer.')).toEqual([1]);
  });
});

describe('outline', () => {
  it('reads a tjänsteutlåtande: title, template sections, sub-headings, signature', () => {
    const result = checkDocument(documentFromText(seed('001-tjansteutlatande-skarholmen.txt'), 'text'));
    expect(tree(result.outline.root)).toEqual([
      'title:Deltagande i Kvalitetsutmärkelsen 2019',
      'known:forslag-till-beslut',
      'known:sammanfattning',
      'known:bakgrund',
      'known:arendets-beredning',
      'known:arendet',
      'known:synpunkter-och-forslag',
      '  generic:Resursenheten',
      '  generic:Beställarenheten omsorg om äldre',
      '  generic:Förskoleavdelningens ledningsorganisation',
      'known:jamstalldhetsanalys',
    ]);
    expect(result.outline.signature.map((index) => result.blocks[index]!.text)).toEqual([
      'Susanne Leinsköld Stefano Prestinoni',
      'Stadsdelsdirektör Avdelningschef',
    ]);
  });

  it('reads a Kvalitetsutmärkelsen entry: Inledning parts, areas and numbered questions', () => {
    const result = checkDocument(documentFromText(seed('003-tavlingsbidrag-forebyggande.txt'), 'text'));
    const questions = result.outline.sections.filter((section) => section.kind === 'question');
    expect(questions.map((section) => section.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    expect(questions.map((section) => section.area!.id)).toEqual([
      ...Array(4).fill('malgrupp'),
      ...Array(5).fill('chef-och-ledarskap'),
      ...Array(4).fill('medarbetare'),
      ...Array(2).fill('resultat-och-analys'),
      ...Array(4).fill('fran-mal-till-uppfoljning'),
      ...Array(4).fill('utveckling'),
    ]);
    expect(questions.every((section) => section.parent?.kind === 'area' && section.parent.area === section.area)).toBe(true);
    const inledning = result.outline.root.children[0]!;
    expect(inledning.children.filter((child) => child.kind === 'known').map((child) => child.spec!.id)).toEqual([
      'om-vart-tavlingsbidrag',
      'administrativa-uppgifter',
      'beskrivning-av-verksamhet',
      'lagar-och-styrdokument',
      'malgrupper',
      'antal-brukare',
      'organisation-och-ledning',
      'medarbetare-beskrivning',
      'ordlista',
    ]);
  });

  it('reads a verksamhetsplan goal hierarchy in context (Uppföljning under Enhetsmål)', () => {
    const result = checkDocument(documentFromText(seed('002-verksamhetsplan-familjeratt.txt'), 'text'));
    const ids = (id: string) => result.outline.sections.filter((section) => section.spec?.id === id);
    expect(ids('kf-inriktningsmal')).toHaveLength(3);
    expect(ids('kf-mal-for-verksamhetsomradet')).toHaveLength(5);
    expect(ids('namndmal')).toHaveLength(7);
    expect(ids('enhetsmal')).toHaveLength(5);
    for (const part of ids('enhetsmal-uppfoljning')) expect(part.parent!.spec!.id).toBe('enhetsmal');
    for (const goal of ids('namndmal')) expect(goal.parent!.spec!.id).toBe('kf-mal-for-verksamhetsomradet');
  });
});

describe('outline: headings as writers number and word them', () => {
  const outlineOf = (text: string, type: string) => tree(checkDocument(documentFromText(text, 'markdown'), { type }).outline.root);

  it('reads a numbered area heading as the area, not as question 1', () => {
    expect(
      outlineOf(['# 1. Målgrupp', '## 1. Kunskap om målgruppen', 'A.', '# 2. Chef- och ledarskap', '## 5. Ledningens roll', 'B.'].join('\n'), 'tavlingsbidrag'),
    ).toEqual(['area:malgrupp', '  question:1', 'area:chef-och-ledarskap', '  question:5']);
  });

  it('reads numbered list items under an area as questions', () => {
    expect(
      outlineOf(['# Målgrupp', '1. Kunskap om målgruppen', '', 'Vi gör enkäter.', '', '2. Målgruppens behov', '', 'Vi frågar.'].join('\n'), 'tavlingsbidrag'),
    ).toEqual(['area:malgrupp', '  question:1', '  question:2']);
  });

  it('does not take a first heading naming an area for the entry title', () => {
    expect(outlineOf(['# Målgrupp', '## 1. Kunskap om målgruppen', 'A.'].join('\n'), 'tavlingsbidrag')[0]).toBe('area:malgrupp');
  });

  it('takes any other first heading for the title, which a verksamhetsplan may have', () => {
    expect(outlineOf(['# Verksamhetsplan 2022 för Fältgruppen', '# KF:s inriktningsmål', 'Text.'].join('\n'), 'verksamhetsplan')).toEqual([
      'title:Verksamhetsplan 2022 för Fältgruppen',
      'known:kf-inriktningsmal',
    ]);
  });

  it.each([
    ['Förvaltningens förslag till beslut', 'forslag-till-beslut'],
    ['Bakgrunden', 'bakgrund'],
    ['Beredning', 'arendets-beredning'],
    ['Ärendets handläggning', 'arendets-beredning'],
    ['2. Sammanfattning', 'sammanfattning'],
    ['2.1 Sammanfattning', 'sammanfattning'],
  ])('reads "%s" as %s in a tjänsteutlåtande', (heading, id) => {
    expect(outlineOf(['# Ett ärende', `## ${heading}`, 'Text.'].join('\n'), 'tjansteutlatande')).toContain(`known:${id}`);
  });
});

describe('questions numbered without a full stop ("1 Kunskap om målgruppen")', () => {
  const entry = (numbering: (number: number) => string) =>
    [
      'Kvalitetsutmärkelsen 2022',
      'Inledning',
      'Om vårt tävlingsbidrag',
      'Vi är en hemtjänst på Södermalm.',
      ...[
        ['Målgrupp', 1, 4],
        ['Chef- och ledarskap', 5, 9],
        ['Medarbetare', 10, 13],
        ['Resultat och analys', 14, 15],
        ['Från mål till uppföljning', 16, 19],
        ['Utveckling', 20, 24],
      ].flatMap(([area, first, last]) => [
        String(area),
        ...Array.from({ length: (last as number) - (first as number) + 1 }, (_, index) => [
          numbering((first as number) + index),
          'Vi svarar på frågan.',
        ]).flat(),
      ]),
    ].join('\n\n');

  it('finds all 24 questions of an entry', () => {
    const result = checkDocument(
      documentFromText(
        entry((number) => `${number} Rubrik för fråga ${number}`),
        'text',
      ),
    );
    expect(result.type).toBe('tavlingsbidrag');
    expect(result.outline.sections.filter((section) => section.kind === 'question').map((section) => section.number)).toEqual(
      Array.from({ length: 24 }, (_, index) => index + 1),
    );
    expect(result.diagnostics.filter((diagnostic) => diagnostic.messageId === 'missingQuestion')).toEqual([]);
  });

  it('does not make a numbered agenda an entry', () => {
    const agenda = ['Dagordning', ...Array.from({ length: 20 }, (_, index) => `${index + 1} Punkt nummer ${index + 1}`)].join('\n\n');
    expect(checkDocument(documentFromText(agenda, 'text')).type).toBeNull();
  });
});

describe('the title after a letterhead', () => {
  const titleOf = (lines: string[]) => checkDocument(documentFromText(lines.join('\n'), 'text'), { type: 'tjansteutlatande' }).outline.title?.title;
  const decision = ['', 'Förslag till beslut', '', 'Nämnden godkänner förslaget.'];
  it.each<[string, string[], string | undefined]>([
    [
      'the förvaltning in capitals, Handläggare, Till and the nämnd are the letterhead',
      [
        'SKARPNÄCKS STADSDELSFÖRVALTNING',
        'Avdelningen för förskola',
        '',
        'Handläggare',
        'Linnea Åkesson',
        'Telefon 08-508 15 327',
        '',
        'Till',
        'Skarpnäcks stadsdelsnämnd 2021-03-25',
        '',
        'Förlängning av språkprojektet i öppna förskolan',
        ...decision,
      ],
      'Förlängning av språkprojektet i öppna förskolan',
    ],
    ['a title as the first line', ['Fritidsgårdarnas öppettider', ...decision], 'Fritidsgårdarnas öppettider'],
    [
      'the kind of document and the handläggare on lines of their own',
      [
        'Bromma stadsdelsförvaltning',
        '',
        'Tjänsteutlåtande',
        '',
        'Handläggare: Sara Lindqvist',
        '',
        'Till Bromma stadsdelsnämnd',
        '',
        'Kvällsöppet på träffpunkterna',
        ...decision,
      ],
      'Kvällsöppet på träffpunkterna',
    ],
    ['a title in capitals with nothing after it is still the title', ['FRITIDSGÅRDARNAS ÖPPETTIDER', ...decision], 'FRITIDSGÅRDARNAS ÖPPETTIDER'],
    [
      'only a letterhead: its first line, as before',
      ['Skarpnäcks stadsdelsförvaltning', 'Avdelningen för förskola', ...decision],
      'Skarpnäcks stadsdelsförvaltning',
    ],
  ])('%s', (_name, lines, title) => {
    expect(titleOf(lines)).toBe(title);
  });
});
