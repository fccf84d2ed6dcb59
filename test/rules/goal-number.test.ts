import { goalNumber } from '../../shared/rules/goal-number';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(goalNumber);

testRule(goalNumber, {
  valid: [
    {
      name: 'nummer med och utan avslutande punkt',
      text: '# KF:s inriktningsmål:\n3. En ekonomiskt hållbar och innovativ storstad för framtiden\n## KF:s mål för verksamhetsområdet:\n3.1 Stockholm har en budget i balans och långsiktigt hållbara finanser\n## KF:s mål för verksamhetsområdet:\n3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
    },
    {
      name: 'rätt nummer i löptext',
      type: 'tjansteutlatande',
      text: '## Ärendet\nArbetet bidrar till mål 1.4 I Stockholm får människor i behov av stöd insatser i tid präglade av hög kvalitet, evidens och rättssäkerhet.',
    },
    { name: 'andra decimaltal i löptext', type: 'tjansteutlatande', text: '## Ärendet\nBudgeten är 3.5 Miljoner kronor enligt beslut.' },
    {
      name: 'etikett eller tankstreck före numret',
      text: '# KF:s inriktningsmål:\nInriktningsmål 1: En modern storstad med möjligheter och valfrihet för alla\n## KF:s mål för verksamhetsområdet:\nMål 1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort\n## KF:s mål för verksamhetsområdet:\n1.2 – Stockholm är en trygg, säker och välskött stad att bo och vistas i',
    },
    {
      name: 'nämndmål utan nummer fast nämndens katalog numrerar dem',
      catalogs: [
        {
          id: 'skarholmen-2022',
          version: '2022.1',
          name: 'Skärholmens nämndmål 2022',
          goals: [{ level: 'namndmal', number: '1', parent: '1.2', text: 'Skärholmen är en trygg stadsdel att bo och vistas i' }],
        },
      ],
      text: '### Nämndmål:\nSkärholmen är en trygg stadsdel att bo och vistas i',
    },
  ],
  invalid: [
    {
      name: 'fel nummer i löptext, med åtgärd',
      type: 'tjansteutlatande',
      text: '## Ärendet\nArbetet bidrar till mål 2.3 Stockholm är en hållbar stad med en god livsmiljö.',
      expect: [
        {
          messageId: 'wrongNumber',
          data: { expected: '2.5', found: '2.3', goal: 'Stockholm är en hållbar stad med en god livsmiljö' },
          flagged: '2.3',
          fix: '2.5',
        },
      ],
    },
    {
      name: 'nummer som inte finns',
      text: '# KF:s inriktningsmål:\n2. En hållbart växande och dynamisk storstad med hög tillväxt\n## KF:s mål för verksamhetsområdet:\n2.9 Stockholm är bäst på allt',
      expect: [{ messageId: 'unknownNumber', data: { found: '2.9', catalog: 'KF:s mål, budget 2020–2022' }, flagged: '2.9' }],
    },
    {
      name: 'mål för verksamhetsområdet utan nummer',
      text: '# KF:s inriktningsmål:\n1. En modern storstad med möjligheter och valfrihet för alla\n## KF:s mål för verksamhetsområdet:\nStockholm är en trygg, säker och välskött stad att bo och vistas i',
      expect: [{ messageId: 'missingNumber', data: { expected: '1.2' }, severity: 'warning', line: 4, column: 1, fix: '1.2 ' }],
    },
  ],
});
