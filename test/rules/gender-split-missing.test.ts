import { genderSplitMissing } from '../../shared/rules/gender-split-missing';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(genderSplitMissing);

testRule(genderSplitMissing, {
  valid: [
    { name: 'intervall', text: '## Ärendet\nGrupperna har mellan 8 och 12 deltagare.' },
    { name: 'antal per grupp', text: '## Ärendet\nVi tar emot 10 deltagare per grupp.' },
    { name: 'platser', text: '## Ärendet\nFörskolan har plats för 120 barn.' },
    { name: 'andel i ord, "N av M"', text: '## Ärendet\nTre av 10 elever svarade på enkäten.' },
    { name: 'mål', text: '## Ärendet\nMålet är att 50 ungdomar ska få sommarjobb.' },
    { name: 'uppdelning längre fram i meningen', text: '## Ärendet\nUnder året fick 186 barn stöd av fältgruppen, 95 flickor och 91 pojkar.' },
    { name: 'uppdelning i nästa mening', text: '## Ärendet\nFältgruppen mötte 130 ungdomar. Av dem var 70 flickor och 60 pojkar.' },
    { name: 'uppdelning i nästa stycke', text: '## Ärendet\nFältgruppen mötte 130 ungdomar.\n\nAv dem var 70 flickor och 60 pojkar.' },
    { name: 'andelar', text: '## Ärendet\nEnheten har 46 medarbetare, 28 % män och 72 % kvinnor.' },
    { name: 'under gränsen (för få för att dela upp)', text: '## Ärendet\nNio ungdomar deltog i lägret.' },
    { name: 'heltidstjänster är inte personer', text: '## Ärendet\nEnheten har 46,0 tjänster och 2,5 heltidstjänster.' },
    { name: 'åldrar och datum', text: '## Ärendet\nVerksamheten vänder sig till unga 13-18 år från 2020-01-01.' },
    { name: 'familjer och ärenden räknas inte', text: '## Ärendet\nEnheten hade 106 familjer och 346 ärenden.' },
    { name: 'personal förväntas inte i tjänsteutlåtanden', text: '## Ärendet\nPå enheten arbetar 16 biståndshandläggare.' },
    { name: 'totalen i en uppdelning', text: '## Ärendet\nVi mötte 286 ungdomar varav 151 flickor och 135 pojkar.' },
    { name: 'uppdelning i meningen före', text: '## Ärendet\nI år deltog 70 flickor och 60 pojkar. Totalt var det alltså 130 ungdomar som deltog.' },
    { name: 'sekunder är inga kunder', text: '## Ärendet\nVäntetiden var i snitt 45 sekunder.' },
    { name: 'sidnummer i en innehållsförteckning', text: '## Ärendet\nInnehåll\n\n4 Verksamheten 12\n\n22 Barn och unga\n\n23 Äldre' },
    { name: 'sidnummer före rubriker på en rad', text: '## Ärendet\nInnehåll: Verksamheten 12 Barn och unga 22 Äldre 23' },
    { name: 'hänvisning till en sida', text: '## Ärendet\nSe sidan 22 barn och unga i bilagan.' },
    { name: 'ett förhållande, inte ett antal', text: '## Ärendet\nEnheten har en handläggare per 20 barn.' },
    { name: 'belopp', text: '## Ärendet\nBidraget är 500 kr per barn och 1 200 kronor per familj.' },
    { name: 'andelar', text: '## Ärendet\nAv eleverna svarade 45 % på enkäten.' },
    { name: 'åldrar', text: '## Ärendet\nStödet gäller barn 16–17 år och unga vuxna upp till 25 år.' },
    { name: 'årtal och datum', text: '## Ärendet\nDen 12 mars 2021 träffade fältgruppen eleverna. Under 2021 barn- och ungdomsåret ökade besöken.' },
    { name: 'jämställdhetsanalys: personal uppdelad', text: '## Jämställdhetsanalys\nVerksamheten har 14 medarbetare, 9 kvinnor och 5 män.' },
    { name: 'jämställdhetsanalys: för få för att dela upp', text: '## Jämställdhetsanalys\nEnheten har 8 medarbetare.' },
    { name: 'del av en grupp: "38 av de 46 brukarna"', text: '## Ärendet\nResultatet visar att 38 av de 46 brukarna vill fortsätta med digital tillsyn.' },
    { name: 'del av en grupp: "tre av dessa 20 elever"', text: '## Ärendet\nTre av dessa 20 elever har bytt skola.' },
    { name: 'per vecka, uppdelat', text: '## Ärendet\nVi har cirka 220 besökare per vecka, 120 flickor och 100 pojkar.' },
    { name: 'per vecka i snitt är ett snitt', text: '## Ärendet\nVi har 220 besökare per vecka i snitt.' },
    { name: 'per dag och grupp är ett förhållande', text: '## Ärendet\nVi tar emot 12 deltagare per grupp och dag.' },
    {
      name: 'uppdelning med samma total i nästa mening',
      text: '## Ärendet\nVi hade 120 besökare under hösten. Av de 120 besökarna var 60 kvinnor och 60 män.',
    },
    {
      name: 'samma grupp uppdelad tidigare i dokumentet (bestämd form)',
      text: [
        '## Ärendet',
        'Under försöksperioden har 46 brukare haft digital tillsyn, varav 31 kvinnor och 15 män.',
        '',
        'Förvaltningen har utvärderat försöket genom intervjuer med brukare och anhöriga.',
        '',
        'Resultatet visar att de 46 brukarna i stort sett sover bättre.',
      ].join('\n'),
    },
    {
      name: 'samma grupp uppdelad tidigare i dokumentet (obestämd form, annat avsnitt)',
      text: [
        '## Ärendet',
        'Under året deltog 120 elever i läxhjälpen, 70 flickor och 50 pojkar.',
        '',
        'Läxhjälpen hölls på biblioteket två kvällar i veckan.',
        '## Synpunkter och förslag',
        'Förvaltningen föreslår att läxhjälpen för de 120 eleverna fortsätter.',
      ].join('\n'),
    },
    {
      name: 'tävlingsbidrag: bara där mallen vill ha uppdelning',
      type: 'tavlingsbidrag',
      text: '# Inledning\n## Om vårt tävlingsbidrag\nEnheten möter över 500 ungdomar varje år.',
    },
  ],
  invalid: [
    {
      name: 'ett riktigt antal bredvid en gräns',
      text: '## Ärendet\nFörskolan har plats för 120 barn men tog emot 132 barn under året.',
      expect: [{ messageId: 'missing', data: { count: 132, noun: 'barn' } }],
    },
    {
      name: 'position och ord',
      text: '## Ärendet\nFältassistenterna har under året mött 130 ungdomar på skolorna.',
      expect: [{ messageId: 'missing', data: { count: 130, noun: 'ungdomar', category: 'served' }, line: 2, column: 39, flagged: '130 ungdomar' }],
    },
    {
      name: 'utfyllnadsord mellan tal och substantiv',
      text: '## Ärendet\nMottagningen hade 348 unika besökare under året.',
      expect: [{ messageId: 'missing', data: { count: 348, noun: 'besökare', pair: 'kvinnor och män' } }],
    },
    {
      name: 'räkneord',
      text: '## Ärendet\nTjugo deltagare gick utbildningen.',
      expect: [{ messageId: 'missing', data: { count: 20, noun: 'deltagare' } }],
    },
    {
      name: 'uppdelningen i meningen före hör till en annan total',
      text: '## Ärendet\nUnder 2018 deltog 42 ungdomar, varav 23 flickor och 19 pojkar. Fältassistenterna mötte 130 ungdomar på skolorna.',
      expect: [{ messageId: 'missing', data: { count: 130 } }],
    },
    {
      name: 'uppdelning två meningar bort räknas inte',
      text: '## Ärendet\nVi mötte 130 ungdomar. Det var en bra vår. Hälften var flickor.',
      expect: [{ messageId: 'missing', data: { count: 130 } }],
    },
    {
      name: 'tjänsteutlåtande: personal i jämställdhetsanalysen',
      text: '## Ärendet\nPå enheten arbetar 16 biståndshandläggare.\n## Jämställdhetsanalys\nVerksamheten har 14 medarbetare.',
      expect: [
        {
          messageId: 'missing',
          message: '14 medarbetare redovisas inte per kön. Ange hur många som är kvinnor och män.',
          data: { count: 14, noun: 'medarbetare', category: 'staff' },
          line: 4,
        },
      ],
    },
    {
      name: 'jämställdhetsanalys: de som verksamheten möter också',
      text: '## Jämställdhetsanalys\nFörslaget berör 120 elever på skolan.',
      expect: [{ messageId: 'missing', data: { count: 120, pair: 'flickor och pojkar' } }],
    },
    {
      name: 'par: elever i årskurs 9',
      text: '## Ärendet\nI studien deltog 14 elever i årskurs 9.',
      expect: [{ messageId: 'missing', data: { noun: 'elever', pair: 'flickor och pojkar' } }],
    },
    {
      name: 'par: ungdomar 16–17 år',
      text: '## Ärendet\nI studien deltog 25 ungdomar 16–17 år.',
      expect: [{ messageId: 'missing', data: { noun: 'ungdomar', pair: 'flickor och pojkar' } }],
    },
    {
      name: 'par: deltagare 16–17 år är barn',
      text: '## Ärendet\nI studien deltog 25 deltagare 16–17 år.',
      expect: [{ messageId: 'missing', message: '25 deltagare redovisas inte per kön. Ange hur många som är flickor och pojkar.' }],
    },
    {
      name: 'par: deltagare i åldern 13 till 15 år',
      text: '## Ärendet\nI studien deltog 25 deltagare i åldern 13 till 15 år.',
      expect: [{ messageId: 'missing', data: { pair: 'flickor och pojkar' } }],
    },
    {
      name: 'par: personer under 18 år',
      text: '## Ärendet\nTjänsten användes av 30 personer under 18 år.',
      expect: [{ messageId: 'missing', data: { pair: 'flickor och pojkar' } }],
    },
    {
      name: 'par: deltagare i årskurs 9',
      text: '## Ärendet\nI studien deltog 30 deltagare från årskurs 9.',
      expect: [{ messageId: 'missing', data: { pair: 'flickor och pojkar' } }],
    },
    {
      name: 'par: deltagare',
      text: '## Ärendet\nI studien deltog 30 deltagare.',
      expect: [{ messageId: 'missing', data: { noun: 'deltagare', pair: 'kvinnor och män' } }],
    },
    {
      name: 'par: ungdomar 18–24 år är vuxna',
      text: '## Ärendet\nI studien deltog 40 ungdomar 18–24 år.',
      expect: [{ messageId: 'missing', data: { pair: 'kvinnor och män' } }],
    },
    {
      name: 'par: en tid är ingen ålder',
      text: '## Ärendet\nProjektet har haft 40 deltagare i 5 år.',
      expect: [{ messageId: 'missing', data: { pair: 'kvinnor och män' } }],
    },
    {
      name: 'par: personal i skolan är vuxna',
      text: '## Jämställdhetsanalys\nPå högstadiet arbetar 14 lärare i årskurs 7–9.',
      expect: [{ messageId: 'missing', data: { noun: 'lärare', pair: 'kvinnor och män' } }],
    },
    {
      name: 'per vecka är ett antal personer, inte ett förhållande',
      text: '## Ärendet\nVi har cirka 220 besökare per vecka.',
      expect: [{ messageId: 'missing', data: { count: 220, noun: 'besökare' } }],
    },
    {
      name: 'per dag, och en plan efter',
      text: '## Ärendet\nMottagningen har 40 besökare per dag och vill utöka öppettiderna.',
      expect: [{ messageId: 'missing', data: { count: 40 } }],
    },
    {
      name: 'uppdelning av en annan total i nästa mening',
      type: 'tavlingsbidrag',
      text: [
        '# Inledning',
        '## Ungefärligt antal brukare/kunder, könsuppdelat',
        'Vi har cirka 220 besökare per vecka. Under 2021 var 412 ungdomar inskrivna som medlemmar, varav 171 flickor och 241 pojkar. På sommarlovsaktiviteterna deltog 530 barn och unga, 262 flickor och 268 pojkar.',
      ].join('\n'),
      expect: [{ messageId: 'missing', message: '220 besökare redovisas inte per kön. Ange hur många som är kvinnor och män.', line: 3 }],
    },
    {
      name: 'uppdelning av en annan total i nästa stycke',
      text: '## Ärendet\nFältgruppen mötte 130 ungdomar.\n\nI skolorna mötte vi 80 elever, varav 40 flickor och 40 pojkar.',
      expect: [{ messageId: 'missing', data: { count: 130, noun: 'ungdomar' } }],
    },
    {
      name: 'samma antal, andra personer',
      text: [
        '## Ärendet',
        'Under försöksperioden har 46 brukare haft digital tillsyn, varav 31 kvinnor och 15 män.',
        '',
        'Förvaltningen har utvärderat försöket.',
        '',
        'Till informationsmötet kom 46 anhöriga.',
      ].join('\n'),
      expect: [{ messageId: 'missing', data: { count: 46, noun: 'anhöriga' } }],
    },
    {
      name: 'samma personer, annat antal',
      text: [
        '## Ärendet',
        'Under försöksperioden har 46 brukare haft digital tillsyn, varav 31 kvinnor och 15 män.',
        '',
        'Förvaltningen har utvärderat försöket.',
        '',
        'Under hösten tillkom 12 brukare.',
      ].join('\n'),
      expect: [{ messageId: 'missing', data: { count: 12, noun: 'brukare' } }],
    },
    {
      name: 'samma grupp, men uppdelad först efteråt längre bort',
      text: [
        '## Ärendet',
        'Resultatet visar att de 46 brukarna sover bättre.',
        '',
        'Förvaltningen har utvärderat försöket.',
        '',
        'Under försöksperioden har 46 brukare haft digital tillsyn, varav 31 kvinnor och 15 män.',
      ].join('\n'),
      expect: [{ messageId: 'missing', data: { count: 46, noun: 'brukarna' }, line: 2 }],
    },
    {
      name: 'tävlingsbidrag: personal i medarbetarbeskrivningen',
      type: 'tavlingsbidrag',
      text: '# Inledning\n## Beskrivning av verksamhetens medarbetare\nEnheten har 46 medarbetare med socionomexamen.',
      expect: [{ messageId: 'missing', data: { count: 46, noun: 'medarbetare', category: 'staff' } }],
    },
  ],
});
