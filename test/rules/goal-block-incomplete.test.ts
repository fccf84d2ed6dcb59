import { goalBlockIncomplete } from '../../shared/rules/goal-block-incomplete';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(goalBlockIncomplete);

const vpPath = [
  '# KF:s inriktningsmål:',
  '1. En modern storstad med möjligheter och valfrihet för alla',
  '## KF:s mål för verksamhetsområdet:',
  '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
];

testRule(goalBlockIncomplete, {
  valid: [
    {
      name: 'hela kedjan från KF-mål till enhetsmål',
      text: [
        ...vpPath,
        '### Nämndmål:',
        'Invånarna är självförsörjande',
        '#### Beskrivning',
        'A.',
        '#### Förväntat resultat',
        'B.',
        '#### Enhetsmål:',
        'Unga erbjuds feriejobb',
        '##### Förväntat resultat',
        'C.',
        '##### Arbetssätt',
        'D.',
        '##### Uppföljning',
        'E.',
      ].join('\n'),
    },
    {
      name: 'etikett och måltext på samma rad i pdf',
      format: 'text',
      text: 'Enhetsmål: Unga erbjuds feriejobb\n\nFörväntat resultat\n\nA.\n\nArbetssätt\n\nB.\n\nUppföljning\n\nC.',
    },
  ],
  invalid: [
    {
      name: 'mål för verksamhetsområdet utan nämndmål',
      text: vpPath.join('\n'),
      expect: [{ messageId: 'missingPart', data: { missing: 'Nämndmål' }, line: 3, flagged: 'KF:s mål för verksamhetsområdet:' }],
    },
    {
      name: 'nämndmål utan förväntat resultat',
      text: [...vpPath, '### Nämndmål:', 'Invånarna är självförsörjande', '#### Beskrivning', 'A.'].join('\n'),
      expect: [{ messageId: 'missingPart', data: { subject: 'Nämndmål ”Invånarna är självförsörjande”', missing: 'Förväntat resultat' } }],
    },
    {
      name: 'verksamhetsplan i pdf-text',
      format: 'text',
      text: 'Enhetsmål:\nUnga erbjuds feriejobb\n\nFörväntat resultat\n\nTonåringar får en positiv bild av arbetslivet.\n\nArbetssätt\n\nEnheten erbjuder feriejobb.\n\nKF:s mål för verksamhetsområdet:\n1.2. Stockholm är en trygg, säker och välskött stad att bo och vistas i',
      expect: [
        { messageId: 'missingPart', data: { missing: 'Uppföljning' }, line: 1 },
        { messageId: 'missingPart', data: { missing: 'Nämndmål' }, line: 12 },
      ],
    },
  ],
});
