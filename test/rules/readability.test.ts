import { describe, expect, it } from 'vitest';
import { GoalIndex } from '../../shared/analysis/goals';
import { lixBand, lixBandStart, lixSentences, lixStats, lixValue } from '../../shared/analysis/lix';
import { isStatuteLine, isTermEntry, sectionProse } from '../../shared/analysis/prose';
import { builtInCatalogs } from '../../shared/data/index';
import { checkDocument, documentFromText } from '../../shared/index';
import { readability, VERY_HARD_LIX } from '../../shared/rules/readability';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(readability);

const easy = 'Personalen finns på gården varje kväll och lyssnar på vad de unga vill göra.';
/** LIX 57 (svår) four times over: hard going, but not "mycket svår". */
const medium = 'Förvaltningen har under året arbetat med att utveckla verksamheten tillsammans med brukarna. Resultaten redovisas i bilagan till detta ärende.';
const long1 =
  'Kvalitetsutmärkelsen har sin utgångspunkt i stadens program för kvalitetsutveckling och är kopplad till stadens integrerade system för ledning och uppföljning av ekonomi och verksamhet, vilket innebär att enheterna som deltar förutom ett systematiskt kvalitetsarbete även ska uppvisa goda resultat inom exempelvis budgethållning.';
const long2 =
  'De belönade enheterna ska kännetecknas av ett professionellt ledarskap, engagerade medarbetare och av en levande dialog med brukarna, och för att delta i kvalitetsutmärkelsen ska verksamheten beskriva sitt kvalitetsarbete utifrån en rad frågor och bli godkänd att delta av ansvarig nämnd.';
const short = 'Verksamheten följs upp varje kvartal.';
const hard = `${long1} ${short} ${long2}`;
/** Two KF goals quoted in one sentence, three times: mycket svår with the goals, lättläst without them. */
const quotingGoals = Array.from(
  { length: 3 },
  () =>
    'Arbetet bidrar till KF:s mål 2.2 Stockholm byggs attraktivt, tätt och funktionsblandat utifrån människors och verksamheters skiftande behov och till KF:s mål 2.3 Stockholms infrastruktur främjar effektiva och hållbara transporter samt god framkomlighet, och vi gör det tillsammans med dem som bor och arbetar i området varje dag.',
).join(' ');

testRule(readability, {
  valid: [
    { name: 'för få ord för ett värde', text: `## Bakgrund\n${long2}` },
    { name: 'lättläst text', text: `## Bakgrund\n${Array.from({ length: 8 }, () => easy).join(' ')}` },
    { name: 'svår (50–59) men inte mycket svår', text: `## Ärendet\n${Array.from({ length: 4 }, () => medium).join(' ')}` },
    {
      name: 'tabeller räknas inte',
      type: 'verksamhetsplan',
      text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n' + `| ${hard} | 2021-01-01 | 2021-02-01 |`,
    },
    { name: 'punktlistor räknas inte', text: `## Bakgrund\n- ${long1}\n- ${long2}\n- ${long1}` },
    {
      name: 'ordlistans poster räknas inte',
      type: 'tavlingsbidrag',
      text: `## Ordlista, verksamhetsspecifika ord och begrepp\nKvalitetsutmärkelsen: ${long1}\n\nBelönade enheter: ${long2}\n\nFIT (Feedback Informed Treatment): ${long1}`,
    },
    {
      name: 'poster som i en ordlista, utan ordlisterubrik',
      type: 'tavlingsbidrag',
      text: `## Beskrivning av verksamhetens medarbetare\nABC: ${long1}\n\nKOMET – ${long2}\n\nFÖS: ${long1}\n\n${short}`,
    },
    {
      name: 'lagrum räknas inte',
      text: `## Bakgrund\n${['Socialtjänstlagen (2001:453)', 'Arbetsmiljölagen (1977:1160)', 'Diskrimineringslagen (2008:567)', 'Förvaltningslag (2017:900)'].join('\n\n')}\n\n${long2}`,
    },
    { name: 'citerade KF-mål räknas inte', text: `## Ärendet\n${quotingGoals}` },
    {
      name: 'ett överordnat avsnitt räknar bara sin egen text, inte underavsnittens',
      type: 'tavlingsbidrag',
      text: `## Om vårt tävlingsbidrag\n${long2}\n### Bakgrund till bidraget\n${Array.from({ length: 8 }, () => easy).join(' ')}`,
    },
  ],
  invalid: [
    {
      name: 'pekar ut den längsta meningen och citerar de längsta',
      text: `# Fritidsgården\n## Bakgrund\n${hard}`,
      expect: [
        {
          messageId: 'veryHard',
          data: { section: 'Bakgrund', bandId: 'mycket-svar', sentenceWords: 42, sentences: 3 },
          severity: 'info',
          line: 3,
          column: 1,
          flagged: long1,
        },
      ],
    },
    {
      name: 'ett mycket svårt underavsnitt får sin anmärkning en gång, inte också i avsnittet över',
      type: 'tavlingsbidrag',
      text: `## Om vårt tävlingsbidrag\n${short}\n### Bakgrund till bidraget\n${short} ${long2} ${long1}`,
      expect: [{ messageId: 'veryHard', data: { section: 'Bakgrund till bidraget', sentenceWords: 42 }, flagged: long1 }],
    },
    {
      name: 'två mycket svåra avsnitt',
      text: `## Bakgrund\n${hard}\n## Ärendet\n${long2} ${long1}`,
      expect: [
        { messageId: 'veryHard', data: { section: 'Bakgrund' } },
        { messageId: 'veryHard', data: { section: 'Ärendet' } },
      ],
    },
  ],
});

describe('the readability message', () => {
  const result = checkDocument(documentFromText(`## Bakgrund\n${hard}`, 'markdown'), { type: 'tjansteutlatande' });
  const [diagnostic] = result.diagnostics.filter((each) => each.ruleId === 'readability');

  it('quotes the longest sentences by their first words, longest first, and leaves out the short one', () => {
    expect(diagnostic?.message).toBe(
      'LIX 74 (mycket svår) i ”Bakgrund”. Längst: ”Kvalitetsutmärkelsen har sin utgångspunkt i stadens …” (42 ord), ”De belönade enheterna ska kännetecknas av …” (41 ord). Korta meningarna och byt långa ord mot vardagliga där det går.',
    );
  });

  it('gives the other long sentences as related places', () => {
    expect(diagnostic?.related?.map((related) => related.text)).toEqual([long2]);
  });

  it('would find the text quoting goals mycket svår if the goals counted (guards the valid case)', () => {
    expect(lixValue(lixStats(quotingGoals))).toBeGreaterThanOrEqual(VERY_HARD_LIX);
  });

  it('starts at the band "mycket svår" from the data', () => {
    expect(VERY_HARD_LIX).toBe(60);
    expect(lixBand(VERY_HARD_LIX).id).toBe('mycket-svar');
    expect(lixBand(VERY_HARD_LIX - 1).id).toBe('svar');
  });
});

describe('sectionProse: what LIX counts', () => {
  const goals = new GoalIndex(builtInCatalogs);
  const proseOf = (text: string, type = 'verksamhetsplan') => {
    const result = checkDocument(documentFromText(text, 'markdown'), { type, rules: [] });
    return sectionProse({ blocks: result.blocks, outline: result.outline, goals }).map(({ section, stats, blocks }) => ({
      title: section.title,
      words: stats.words,
      texts: blocks.map((block) => block.text.replace(/\s+/g, ' ').trim()),
    }));
  };

  it.each([
    [
      'a goal statement quoting the KF goal',
      'verksamhetsplan',
      '## KF:s mål för verksamhetsområdet:\n2.5 Stockholm är en hållbar stad med en god livsmiljö\n\nVi arbetar med det.',
      ['Vi arbetar med det.'],
    ],
    [
      'a changed quote of it too',
      'verksamhetsplan',
      '## KF:s mål för verksamhetsområdet:\n2.5 Stockholm är en hållbar stad med god livsmiljö\n\nVi arbetar med det.',
      ['Vi arbetar med det.'],
    ],
    [
      'a Nämndmål of no catalog stays',
      'verksamhetsplan',
      '## Nämndmål:\nFler unga i stadsdelen har en meningsfull fritid\n\nVi arbetar med det.',
      ['Fler unga i stadsdelen har en meningsfull fritid', 'Vi arbetar med det.'],
    ],
    [
      'a KF goal quoted in running text',
      'tjansteutlatande',
      '## Bakgrund\nArbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med en god livsmiljö.',
      ['Arbetet bidrar till KF:s mål 2.5 .'],
    ],
    [
      'a quote of no goal stays',
      'tjansteutlatande',
      '## Bakgrund\nEn förälder sa ”det här har hjälpt oss mycket under året” efter mötet.',
      ['En förälder sa ”det här har hjälpt oss mycket under året” efter mötet.'],
    ],
    [
      'list items and table rows go',
      'tjansteutlatande',
      '## Bakgrund\nVi gör tre saker.\n\n- Vi lyssnar.\n- Vi gör.\n\n| Aktivitet | Startdatum |\n|---|---|\n| Läger | 2021-06-01 |',
      ['Vi gör tre saker.'],
    ],
    ['placeholders go', 'tjansteutlatande', '## Bakgrund\n[Beskriv bakgrunden till ärendet]\n\nVi gör tre saker.', ['Vi gör tre saker.']],
  ])('%s', (_name, type, text, expected) => {
    expect(proseOf(text, type).flatMap((section) => section.texts)).toEqual(expected);
  });

  it('counts each text once: a parent has only its own text', () => {
    expect(proseOf(`## Ärendet\n${short}\n### Familjerätt\n${easy}`, 'tjansteutlatande')).toEqual([
      { title: 'Ärendet', words: 5, texts: [short] },
      { title: 'Familjerätt', words: 14, texts: [easy] },
    ]);
  });

  it.each([
    ['Socialtjänstlagen (2001:453)', true],
    ['Lag om Förenta nationernas konvention om barnets rättigheter (2018:1197)', true],
    ['Enligt socialtjänstlagen (2001:453) ska nämnden verka för att barn och unga växer upp under trygga och goda förhållanden.', false],
    ['Socialtjänstlagen gäller.', false],
  ])('statute line %s: %s', (text, expected) => {
    expect(isStatuteLine(text)).toBe(expected);
  });

  it.each([
    ['ABC: Alla Barn i Centrum - gruppträffar för föräldrar', true],
    ['FIT (Feedback Informed Treatment): ett uppföljnings- och mätinstrument', true],
    ['Främjande arbete – innebär arbete med skyddsfaktorer', true],
    ['Vi har under året arbetat med många olika saker i vår verksamhet: samtal och grupper', false],
    ['En vanlig mening utan kolon.', false],
  ])('term entry %s: %s', (text, expected) => {
    expect(isTermEntry(text)).toBe(expected);
  });
});

describe('lixStats', () => {
  it.each([
    ['Det är en bra dag.', { words: 5, longWords: 0, sentences: 1 }],
    ['Vi har bl.a. pratat om t.ex. budgeten. Den är i balans.', { words: 11, longWords: 1, sentences: 2 }],
    ['Mål 1.4. gäller alla. Kl. 14.30 börjar mötet.', { words: 6, longWords: 0, sentences: 2 }],
    ['Stadsdelsförvaltningen arbetar: systematiskt!', { words: 3, longWords: 3, sentences: 2 }],
    ['En mening utan punkt', { words: 4, longWords: 0, sentences: 1 }],
    ['Vi öppnade gården 2021. Den är bra. Många kommer dit.', { words: 9, longWords: 1, sentences: 3 }],
    ['1. Första punkten', { words: 2, longWords: 1, sentences: 1 }],
    ['Familje- och ungdomsbehandlare träffas.', { words: 4, longWords: 3, sentences: 1 }],
  ])('%s', (text, expected) => {
    expect(lixStats(text)).toEqual(expected);
  });

  it('lixValue and bands follow the usual Swedish scale', () => {
    expect(lixValue({ words: 100, sentences: 10, longWords: 30 })).toBe(40);
    expect([20, 30, 45, 55, 65].map((lix) => lixBand(lix).id)).toEqual(['mycket-latt', 'latt', 'medelsvar', 'svar', 'mycket-svar']);
    expect(['mycket-latt', 'latt', 'medelsvar', 'svar', 'mycket-svar'].map((id) => lixBandStart(id as never))).toEqual([0, 30, 40, 50, 60]);
  });
});

describe('lixSentences', () => {
  it.each([
    [
      'Det är en bra dag. Vi har bl.a. pratat om t.ex. budgeten.',
      [
        ['Det är en bra dag.', 5],
        ['Vi har bl.a. pratat om t.ex. budgeten.', 7],
      ],
    ],
    [
      '  ”Vi kom dit 2021. Den är bra',
      [
        ['Vi kom dit 2021.', 3],
        ['Den är bra', 3],
      ],
    ],
    ['1. Första punkten', [['Första punkten', 2]]],
  ] as const)('%s', (text, expected) => {
    const sentences = lixSentences(text);
    expect(sentences.map((sentence) => [text.slice(sentence.start, sentence.end), sentence.words])).toEqual(expected);
    const stats = lixStats(text);
    expect(sentences.length).toBe(stats.sentences);
    expect(sentences.reduce((sum, sentence) => sum + sentence.words, 0)).toBe(stats.words);
  });
});
