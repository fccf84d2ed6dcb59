import { documentType } from '../../shared/rules/document-type';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(documentType);

testRule(documentType, {
  valid: [
    {
      name: 'a chosen type the document agrees with',
      type: 'tjansteutlatande',
      text: ['# Fritidsgårdarnas öppettider', '## Förslag till beslut', 'Nämnden godkänner förslaget.', '## Ärendets beredning', 'Ärendet har beretts.'].join(
        '\n',
      ),
    },
    {
      name: 'a chosen type for a document too thin to look like anything else',
      type: 'verksamhetsplan',
      text: '## Bakgrund\nEnheten har funnits sedan 2012.',
    },
  ],
  invalid: [
    {
      name: 'a README',
      type: 'auto',
      text: ['# Projektet', '## Installation', 'Kör npm ci.', '## Användning', 'Kör npm start.'].join('\n'),
      expect: [{ messageId: 'unknownType', data: { types: 'tjänsteutlåtande, verksamhetsplan eller tävlingsbidrag till Kvalitetsutmärkelsen' } }],
    },
    {
      name: 'one numbered line is no Kvalitetsutmärkelsen entry',
      type: 'auto',
      format: 'text',
      text: 'Protokoll\n\n1. Mötet öppnas.\n\nOrdföranden hälsade välkommen.',
      expect: [{ messageId: 'unknownType' }],
    },
    {
      name: 'a plan checked as an entry',
      type: 'tavlingsbidrag',
      text: [
        '## KF:s inriktningsmål',
        '1. En modern storstad med möjligheter och valfrihet för alla',
        '### KF:s mål för verksamhetsområdet',
        '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
        '#### Nämndmål',
        'Unga har arbete',
      ].join('\n'),
      expect: [{ messageId: 'looksLike', data: { article: 'en verksamhetsplan', type: 'verksamhetsplan' } }],
    },
  ],
});
