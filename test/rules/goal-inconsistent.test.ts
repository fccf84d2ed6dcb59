import { goalInconsistent } from '../../shared/rules/goal-inconsistent';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(goalInconsistent);

const namndmal = (text: string) => `### Nämndmål:\n${text}`;
const enhetsmal = (text: string) => `#### Enhetsmål:\n${text}`;

testRule(goalInconsistent, {
  valid: [
    { name: 'samma mål två gånger, ordagrant', text: [namndmal('Unga är trygga i stadsdelen'), namndmal('Unga är trygga i stadsdelen.')].join('\n') },
    {
      name: 'nämndmål och enhetsmål jämförs inte med varandra',
      text: [namndmal('Unga är trygga i stadsdelen'), enhetsmal('Unga är trygga i hela stadsdelen')].join('\n'),
    },
    { name: 'olika mål', text: [enhetsmal('Unga erbjuds feriejobb'), enhetsmal('Enheten har budget i balans')].join('\n') },
    {
      name: 'olika mål med samma början',
      text: [namndmal('Barn och unga i Skärholmen har en meningsfull fritid'), namndmal('Barn och unga i Skärholmen har en trygg skolgång')].join('\n'),
    },
    {
      name: 'samma lydelse för två enheter',
      text: [enhetsmal('Fältgruppen arbetar för att unga ska ha en trygg fritid'), enhetsmal('Familjestödet arbetar för att unga ska ha en trygg fritid')].join(
        '\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'enhetens namn och ett ord till ändrat',
      text: [
        enhetsmal('Fältgruppen arbetar för att unga ska ha en trygg fritid'),
        enhetsmal('Familjestödet arbetar för att unga ska ha en meningsfull och trygg fritid'),
      ].join('\n'),
      expect: [{ messageId: 'inconsistent', line: 4 }],
    },
    {
      name: 'position och åtgärd',
      text: [enhetsmal('Unga i stadsdelen erbjuds meningsfulla feriejobb'), enhetsmal('Unga erbjuds meningsfulla feriejobb')].join('\n'),
      expect: [
        {
          messageId: 'inconsistent',
          data: { level: 'Enhetsmål', otherText: 'Unga i stadsdelen erbjuds meningsfulla feriejobb' },
          line: 4,
          column: 1,
          flagged: 'Unga erbjuds meningsfulla feriejobb',
          fix: 'Unga i stadsdelen erbjuds meningsfulla feriejobb',
        },
      ],
    },
    {
      name: 'i en verksamhetsplan från pdf',
      format: 'text',
      text: 'Nämndmål:\nHägersten-Liljeholmen är ett tryggt och säkert stadsdelsområde att bo och\nvistas i\n\nBeskrivning\n\nText.\n\nNämndmål:\nHägersten-Älvsjö är ett tryggt, säkert och välskött stadsdelsområde att bo och\nvistas i\n\nBeskrivning\n\nText.',
      expect: [{ messageId: 'inconsistent', line: 10 }],
    },
  ],
});
