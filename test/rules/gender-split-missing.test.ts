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
      name: 'tävlingsbidrag: personal i medarbetarbeskrivningen',
      type: 'tavlingsbidrag',
      text: '# Inledning\n## Beskrivning av verksamhetens medarbetare\nEnheten har 46 medarbetare med socionomexamen.',
      expect: [{ messageId: 'missing', data: { count: 46, noun: 'medarbetare', category: 'staff' } }],
    },
  ],
});
