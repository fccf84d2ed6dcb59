import { describe, expect, it } from 'vitest';
import { goalWording } from '../../shared/rules/goal-wording';
import { checkDocument, documentFromText, type GoalCatalog } from '../../shared/index';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(goalWording);

const kf = (number: string, text: string) => `## KF:s mål för verksamhetsområdet:\n${number} ${text}`;
const namndCatalog: GoalCatalog = {
  id: 'hagersten-alvsjo-2021',
  version: '2021.1',
  name: 'Hägersten-Älvsjö stadsdelsnämnds mål 2021',
  goals: [{ level: 'namndmal', text: 'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö' }],
};

testRule(goalWording, {
  valid: [
    {
      name: 'nummer utan punkt, text över två rader i pdf',
      format: 'text',
      text: 'KF:s mål för verksamhetsområdet:\n1.1 I Stockholm är människor självförsörjande och vägen till arbete och\nsvenskkunskaper är kort\n\nNämndmål:\nInvånarna är självförsörjande',
    },
    { name: 'avslutande punkt och stor bokstav spelar ingen roll', text: kf('3.1.', 'Stockholm har en budget i balans och långsiktigt hållbara finanser.') },
    {
      name: 'citat i löptext som inte är ett mål',
      type: 'tjansteutlatande',
      text: '## Ärendet\nEnheten har mottot ”Du ska alltid få hjälp att komma rätt” i sitt arbete.',
    },
    { name: 'etikett före numret', text: '## KF:s mål för verksamhetsområdet:\nMål 2.5 Stockholm är en hållbar stad med en god livsmiljö' },
    { name: 'egna nämndmål utan katalog jämförs inte', text: '### Nämndmål:\nStadsdelsnämnden är en attraktiv arbetsgivare som erbjuder en god arbetsmiljö' },
  ],
  invalid: [
    {
      name: 'ändrat ord, position och åtgärd',
      text: kf('1.2.', 'Stockholm är en trygg, säker och välskött stad att leva och vistas i'),
      expect: [
        {
          messageId: 'wording',
          data: { number: '1.2', expected: 'Stockholm är en trygg, säker och välskött stad att bo och vistas i', changes: 'saknas: ”bo”; tillagt: ”leva”' },
          line: 2,
          column: 6,
          flagged: 'Stockholm är en trygg, säker och välskött stad att leva och vistas i',
          fix: 'Stockholm är en trygg, säker och välskött stad att bo och vistas i',
        },
      ],
    },
    {
      name: 'flyttat ord',
      text: kf('1.2.', 'Stockholm är en säker, trygg och välskött stad att bo och vistas i'),
      expect: [{ messageId: 'wording', data: { number: '1.2', changes: 'flyttat: ”säker”' } }],
    },
    {
      name: 'målet inom parentes efter numret i löptext',
      type: 'tjansteutlatande',
      text: '## Ärendet\nArbetet bidrar till mål 1.2 (Stockholm är en trygg, säker och välskött stad att leva och vistas i).',
      expect: [{ messageId: 'wording', data: { number: '1.2' }, flagged: 'Stockholm är en trygg, säker och välskött stad att leva och vistas i' }],
    },
    {
      name: 'måltext inom citattecken under rubriken; citattecknen står kvar',
      text: '## KF:s mål för verksamhetsområdet:\n1.2 ”Stockholm är en trygg, säker och välskött stad att leva och vistas i”',
      expect: [{ messageId: 'wording', data: { number: '1.2' }, flagged: 'Stockholm är en trygg, säker och välskött stad att leva och vistas i' }],
    },
    {
      name: 'inriktningsmål med tillagt ord',
      text: '# KF:s inriktningsmål:\n2. En hållbart växande och dynamisk storstad med hög ekonomisk tillväxt',
      expect: [{ messageId: 'wording', data: { number: '2', changes: 'tillagt: ”ekonomisk”' } }],
    },
    {
      name: 'citat inom citattecken',
      type: 'tjansteutlatande',
      text: '## Ärendet\nÄrendet bidrar till målet ”I Stockholm har äldre en tillvaro som präglas av kvalitet, trygghet och självbestämmande”.',
      expect: [{ messageId: 'wording', data: { number: '1.5', changes: 'saknas: ”hög”' } }],
    },
    {
      name: 'nämndens egen katalog (--catalog)',
      catalogs: [namndCatalog],
      text: '### Nämndmål:\nStadsdelsnämnden är en attraktiv arbetsgivare med en god arbetsmiljö',
      expect: [
        {
          messageId: 'wording',
          data: { label: 'Målet', expected: 'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö', changes: 'tillagt: ”en”' },
        },
      ],
    },
  ],
});

describe('the fix names where the wording is decided, from the catalog data', () => {
  const changedNamndmal = '### Nämndmål:\nStadsdelsnämnden är en attraktiv arbetsgivare med bra arbetsmiljö';
  it.each<[string, string, GoalCatalog[], string]>([
    [
      'the KF catalog: its source and budget period',
      kf('2.5', 'Stockholm är en hållbar stad med god livsmiljö'),
      [],
      'Använd lydelsen i KF:s budget 2020–2022',
    ],
    [
      'a source and a one-year period',
      changedNamndmal,
      [{ ...namndCatalog, source: 'nämndens verksamhetsplan', period: { from: 2021, to: 2021 } }],
      'Använd lydelsen i nämndens verksamhetsplan 2021',
    ],
    ['a source without a period', changedNamndmal, [{ ...namndCatalog, source: 'nämndens verksamhetsplan' }], 'Använd lydelsen i nämndens verksamhetsplan'],
    ['no source: the catalog’s name', changedNamndmal, [namndCatalog], 'Använd lydelsen i Hägersten-Älvsjö stadsdelsnämnds mål 2021'],
  ])('%s', (_name, text, catalogs, title) => {
    const result = checkDocument(documentFromText(text, 'markdown'), { type: 'verksamhetsplan', catalogs });
    const wording = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'goal-wording');
    expect(wording).toHaveLength(1);
    expect(wording[0]!.fixes?.map((fix) => fix.title)).toEqual([title]);
  });
});
