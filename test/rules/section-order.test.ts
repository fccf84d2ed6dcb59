import { sectionOrder } from '../../shared/rules/section-order';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(sectionOrder);

const GOAL_PATH = [
  '# KF:s inriktningsmål:',
  '1. En modern storstad med möjligheter och valfrihet för alla',
  '## KF:s mål för verksamhetsområdet:',
  '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
  '### Nämndmål:',
  'Invånarna i stadsdelsområdet är självförsörjande',
  '#### Beskrivning',
  'Text.',
  '#### Förväntat resultat',
  'Text.',
];

testRule(sectionOrder, {
  valid: [
    {
      name: 'en del utan sitt mål någonstans i dokumentet (en plan i löptext) har ingen plats att flyttas till',
      type: 'verksamhetsplan',
      format: 'text',
      text: 'Inledning\n\nVerksamhetsidé och värdegrund\n\nVi är en träffpunkt.\n\nVårt enhetsmål för 2020 är att fler äldre män hittar hit.\n\nFörväntat resultat: Fler män besöker oss.\n\nUppföljning: Vi räknar besökarna varje månad.',
    },
    {
      name: 'jämställdhetsanalys får stå var som helst',
      text: ['# Fritidsgårdarnas öppettider', '## Förslag till beslut', 'A.', '## Jämställdhetsanalys', 'B.', '## Sammanfattning', 'C.'].join('\n'),
    },
    {
      name: 'upprepad områdesrubrik (sidhuvud) är ingen ordningsfråga',
      type: 'tavlingsbidrag',
      text: ['# Målgrupp', '## 1. Fråga', 'A.', '# Målgrupp', '## 2. Fråga', 'B.'].join('\n'),
    },
    {
      name: 'enhetsmålets delar i stadens ordning',
      type: 'verksamhetsplan',
      text: [
        ...GOAL_PATH,
        '#### Enhetsmål:',
        'Mål.',
        '##### Förväntat resultat',
        'A.',
        '##### Arbetssätt',
        'B.',
        '##### Resursanvändning',
        'C.',
        '##### Uppföljning',
        'D.',
        '##### Utveckling',
        'E.',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'senare avsnitt tidigare',
      text: ['# Fritidsgårdarnas öppettider', '## Förslag till beslut', 'A.', '## Ärendet', 'B.', '## Sammanfattning', 'C.', '## Bakgrund', 'D.'].join('\n'),
      expect: [{ messageId: 'after', data: { section: 'Ärendet', other: 'Bakgrund' }, flagged: 'Ärendet' }],
    },
    {
      name: 'fråga under fel område',
      type: 'tavlingsbidrag',
      text: ['# Målgrupp', '## 1. Fråga', 'A.', '## 12. Fråga', 'B.'].join('\n'),
      expect: [{ messageId: 'wrongArea', data: { number: 12, area: 'Medarbetare', actual: 'Målgrupp' } }],
    },
    {
      name: 'inledningsdel efter målen',
      type: 'verksamhetsplan',
      text: [
        '# Inledning',
        '## Verksamhetsidé och värdegrund',
        'A.',
        '# KF:s inriktningsmål:',
        '1. En modern storstad med möjligheter och valfrihet för alla',
        '## Kompetensutveckling',
        'B.',
        '# Uppföljning av ekonomi',
        'C.',
      ].join('\n'),
      expect: [{ messageId: 'misplaced', data: { section: 'Kompetensutveckling', parent: 'Inledning' }, line: 6 }],
    },
    {
      name: 'ekonomin i slutet av inledningen eller efter målen, rubriken som skribenten skrev den',
      type: 'verksamhetsplan',
      text: [
        '# Inledning',
        '## Verksamhetsidé och värdegrund',
        'A.',
        '## Uppföljning av ekonomi - Resursanvändning',
        'B.',
        '# KF:s inriktningsmål:',
        '1. En modern storstad med möjligheter och valfrihet för alla',
        '# Övrigt',
        'C.',
        '# Budget 2021',
        'D.',
      ].join('\n'),
      expect: [{ messageId: 'misplaced', data: { section: 'Budget 2021', parent: 'Uppföljning av ekonomi' }, line: 10 }],
    },
  ],
});
