import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromFields } from '../../shared/index';
import { requiredSection } from '../../shared/rules/required-section';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(requiredSection);

const tjansteutlatande = (sections: string[], signature = 'Anders Carstorp\n\nStadsdelsdirektör') =>
  ['# Deltagande i kvalitetsutmärkelsen 2019', ...sections.map((section) => `## ${section}\nText om ${section.toLowerCase()}.`), '', signature].join('\n');
const all = ['Förslag till beslut', 'Sammanfattning', 'Bakgrund', 'Ärendets beredning', 'Ärendet', 'Synpunkter och förslag', 'Jämställdhetsanalys'];

const questions = (numbers: number[]) =>
  [
    '# Inledning',
    ...[
      'Om vårt tävlingsbidrag',
      'Administrativa uppgifter',
      'Beskrivning av verksamhet som bedrivs',
      'Beskrivning av brukar-/kundgrupp/målgrupper',
      'Ungefärligt antal brukare/kunder, könsuppdelat',
      'Organisations- och ledningsstruktur',
      'Beskrivning av verksamhetens medarbetare',
      'Ordlista',
    ].map((part) => `## ${part}\nText.`),
    ...[
      ['Målgrupp', 1, 4],
      ['Chef- och ledarskap', 5, 9],
      ['Medarbetare', 10, 13],
      ['Resultat och analys', 14, 15],
      ['Från mål till uppföljning', 16, 19],
      ['Utveckling', 20, 24],
    ].flatMap(([area, first, last]) => [
      `# ${area}`,
      ...numbers.filter((number) => number >= (first as number) && number <= (last as number)).map((number) => `## Fråga ${number}. Vårt svar\nText.`),
    ]),
  ].join('\n');
const allQuestions = Array.from({ length: 24 }, (_, index) => index + 1);

testRule(requiredSection, {
  valid: [
    { name: 'komplett tjänsteutlåtande', text: tjansteutlatande(all) },
    {
      name: 'genitiv före synpunkter och förslag',
      text: tjansteutlatande(all.map((section) => (section === 'Synpunkter och förslag' ? 'Kontorets synpunkter och förslag' : section))),
    },
    {
      name: 'underskrift med två namn och titlar på samma rader',
      text: tjansteutlatande(all, 'Anders Carstorp Toni Mellblom\n\nStadsdelsdirektör Avdelningschef'),
    },
    { name: 'komplett tävlingsbidrag', type: 'tavlingsbidrag', text: questions(allQuestions) },
    { name: 'titel med vad chefen leder', text: tjansteutlatande(all, 'Anna Andersson\n\nAvdelningschef social omsorg') },
    { name: 'titel med "för"', text: tjansteutlatande(all, 'Anna Andersson\n\nEnhetschef för fritid') },
    { name: 'tillförordnad chef, "T.f."', text: tjansteutlatande(all, 'Anna Lindqvist\n\nT.f. stadsdelsdirektör') },
    { name: 'namn och titel på en rad med komma', text: tjansteutlatande(all, 'Anna Lindqvist, enhetschef, Fältgruppen') },
    {
      name: 'underskrift före bilagelistan',
      text: tjansteutlatande(all, 'Anders Carstorp\n\nStadsdelsdirektör\n\n## Bilagor\n\n1. Tävlingsbidrag Fältgruppen\n\n2. Tävlingsbidrag Familjestödet'),
    },
    {
      name: 'rubriker i fetstil i stället för rubrikformat',
      text: ['# Nya öppettider', ...all.map((section) => `**${section}**\n\nText.`), 'Anna Andersson', 'Stadsdelsdirektör'].join('\n\n'),
    },
  ],
  invalid: [
    {
      name: 'en rubrik som står i löptexten saknas inte: info en gång',
      format: 'text',
      text: [
        'Nya öppettider',
        'Arbetsmarknadsförvaltningens förslag till beslut Arbetsmarknadsnämnden godkänner förslaget.',
        ...all.slice(1).flatMap((section) => [section, `Text om ${section.toLowerCase()}.`]),
        'Anna Berg',
        'Avdelningschef',
      ].join('\n\n'),
      expect: [
        {
          messageId: 'inRunningText',
          data: { section: 'Förslag till beslut', quote: 'Arbetsmarknadsförvaltningens förslag till beslut Arbetsmarknadsnämnden…' },
          severity: 'info',
          flagged: 'Arbetsmarknadsförvaltningens förslag till beslut',
        },
      ],
    },
    {
      name: 'rubrikens ord inne i en mening är ingen rubrik: avsnittet saknas',
      format: 'text',
      text: [
        'Nya öppettider',
        ...all.flatMap((section) =>
          section === 'Bakgrund' ? [] : [section, section === 'Sammanfattning' ? 'Kort. Se bakgrund nedan för detaljer.' : 'Text.'],
        ),
        'Anna Berg',
        'Avdelningschef',
      ].join('\n\n'),
      expect: [{ messageId: 'missing', data: { section: 'Bakgrund' }, severity: 'error' }],
    },
    {
      name: 'ett KF-mål i löptexten saknas inte: info, inte fel',
      type: 'verksamhetsplan',
      format: 'text',
      text: [
        'Verksamhetsplan 2020 för Träffpunkt Solrosen',
        'Inledning',
        'Verksamhetsidé och värdegrund',
        'Vi är en träffpunkt för äldre.',
        'Våra mål för 2020',
        'Det inriktningsmål som vårt arbete hör till är En modern storstad med möjligheter och valfrihet för alla. Vi arbetar för det.',
        'Uppföljning av ekonomi',
        'Vi följer upp budgeten varje månad.',
      ].join('\n\n'),
      expect: [
        { messageId: 'missingChild', data: { section: 'Verksamhetsbeskrivning' } },
        { messageId: 'missingChild', data: { section: 'Kvalitets- och utvecklingsarbete' } },
        { messageId: 'missingChild', data: { section: 'Kompetensutveckling' } },
        { messageId: 'missingChild', data: { section: 'Medarbetarnas delaktighet' } },
        {
          messageId: 'goalInRunningText',
          data: { section: 'KF:s inriktningsmål', quote: 'En modern storstad med möjligheter och valfrihet för alla' },
          severity: 'info',
          flagged: 'En modern storstad med möjligheter och valfrihet för alla',
        },
      ],
    },
    {
      name: 'inga av mallens rubriker: en varning, inte ett fel per avsnitt',
      format: 'text',
      text: 'Hej!\n\nDet här är ett brev om nya öppettider på fritidsgårdarna. Vi ses.',
      expect: [{ messageId: 'noTemplateHeadings', data: { name: 'tjänsteutlåtande', example: 'Förslag till beslut' }, severity: 'warning' }],
    },
    {
      name: 'flera saknade, med placering',
      text: tjansteutlatande(['Förslag till beslut', 'Bakgrund', 'Ärendet', 'Synpunkter och förslag']),
      expect: [
        { messageId: 'missing', data: { section: 'Sammanfattning', placement: 'före ”Bakgrund”' }, line: 4, flagged: 'Bakgrund' },
        { messageId: 'missing', data: { section: 'Ärendets beredning', placement: 'före ”Ärendet”' } },
        { messageId: 'missingRecommended', data: { section: 'Jämställdhetsanalys', placement: 'efter ”Synpunkter och förslag”' }, severity: 'warning' },
      ],
    },
    {
      name: 'rubrik och underskrift saknas',
      text: all.map((section) => `## ${section}\nText.`).join('\n'),
      expect: [{ messageId: 'missingTitle', data: { name: 'Ärendets rubrik' }, line: 1, column: 4 }, { messageId: 'missingSignature' }],
    },
    {
      name: 'en mening som nämner en titel är ingen underskrift',
      text: tjansteutlatande(all, 'Ärendet har beretts av avdelningschefen.'),
      expect: [{ messageId: 'missingSignature' }],
    },
    {
      name: 'stavningsvarianter som info med åtgärd; versaler är ingen variant',
      text: tjansteutlatande(all.map((section) => (section === 'Bakgrund' ? 'BAKGRUND:' : section === 'Ärendets beredning' ? 'Ärendets bereding' : section))),
      expect: [
        {
          messageId: 'variant',
          data: { canonical: 'Ärendets beredning', difference: '”bereding” i stället för ”beredning”' },
          severity: 'info',
          flagged: 'Ärendets bereding',
          fix: 'Ärendets beredning',
        },
      ],
    },
    {
      name: 'frågor saknas, numrering "7)" och "Fråga 7."',
      type: 'tavlingsbidrag',
      text: questions(allQuestions.filter((number) => number !== 7 && number !== 24)).replace('Fråga 8. Vårt svar', '8) Vårt svar'),
      expect: [
        { messageId: 'missingQuestion', data: { number: 7, area: 'Chef- och ledarskap', placement: 'före fråga 8' } },
        { messageId: 'missingQuestion', data: { number: 24, area: 'Utveckling', placement: 'efter fråga 23' } },
      ],
    },
    {
      name: 'felstavade fetstilsrubriker känns igen, även efter genitiv',
      text: [
        '# Nya öppettider',
        ...all.map(
          (section) => `**${section.replace('Bakgrund', 'Bakgrnd').replace('Synpunkter och förslag', 'Förvaltningens synpunkter och förlag')}**\n\nText.`,
        ),
        'Anna Andersson',
        'Stadsdelsdirektör',
      ].join('\n\n'),
      expect: [
        { messageId: 'variant', data: { canonical: 'Bakgrund', difference: '”Bakgrnd” i stället för ”Bakgrund”' }, flagged: 'Bakgrnd' },
        { messageId: 'variant', data: { canonical: 'Synpunkter och förslag' } },
      ],
    },
    {
      name: 'områdesrubrik saknas',
      type: 'tavlingsbidrag',
      text: questions(allQuestions).replace('# Medarbetare\n', ''),
      expect: [{ messageId: 'missingArea', data: { area: 'Medarbetare', number: 10 }, severity: 'warning', flagged: 'Fråga 10. Vårt svar' }],
    },
    {
      name: 'verksamhetsplanens inledning: sammanslagen rubrik täcker två delar',
      type: 'verksamhetsplan',
      text: [
        '# Inledning',
        '## Verksamhetsidé och värdegrund',
        'Text.',
        '## Verksamhetsbeskrivning',
        'Text.',
        '## Kvalitets- och utvecklingsarbete och kompetensutveckling',
        'Text.',
        '## Uppföljning av ekonomi - Resursanvändning',
        'Text.',
        '# KF:s inriktningsmål:',
        '1. En modern storstad med möjligheter och valfrihet för alla',
      ].join('\n'),
      expect: [
        {
          messageId: 'missingChild',
          data: { parent: 'Inledning', section: 'Medarbetarnas delaktighet', placement: 'efter ”Kvalitets- och utvecklingsarbete och kompetensutveckling”' },
          line: 6,
        },
        { messageId: 'combined', data: { sections: '”Kvalitets- och utvecklingsarbete” och ”Kompetensutveckling”' }, line: 6 },
      ],
    },
  ],
});

describe('required-section in a web form', () => {
  it('reports no section missing at the top (the form may show one part of the plan) but a part missing in a present section', () => {
    const fields = [
      { id: 'inledning', label: 'Inledning', value: '', group: true },
      { id: 'ide', label: 'Verksamhetsidé och värdegrund', value: 'Vi finns för barn och unga i stadsdelen.' },
      { id: 'beskrivning', label: 'Verksamhetsbeskrivning', value: 'Enheten har fyra mötesplatser och fältverksamhet.' },
    ];
    const found = checkDocument(documentFromFields(fields), { type: 'verksamhetsplan' }).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'required-section',
    );
    expect(found.map((diagnostic) => diagnostic.messageId)).not.toContain('missing');
    expect(found.filter((diagnostic) => diagnostic.messageId === 'missingChild').map((diagnostic) => diagnostic.data?.section)).toContain(
      'Kompetensutveckling',
    );
  });

  it('reports no Kvalitetsutmärkelsen question missing on a page that shows some of them', () => {
    const fields = [
      { id: 'omrade', label: 'Målgrupp', value: '', group: true },
      { id: 'q1', label: 'Fråga 1. Hur skaffar ni kunskap om målgruppens behov?', value: 'Vi intervjuar barn och föräldrar varje termin.' },
    ];
    const found = checkDocument(documentFromFields(fields), { type: 'tavlingsbidrag' }).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'required-section',
    );
    expect(found.map((diagnostic) => diagnostic.messageId)).not.toContain('missingQuestion');
  });
});
