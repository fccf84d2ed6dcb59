import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromFields, documentFromParagraphs, documentFromText, type GoalCatalog } from '../../shared/index';
import { goalInconsistent } from '../../shared/rules/goal-inconsistent';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(goalInconsistent);

const namndmal = (text: string) => `### Nämndmål:\n${text}`;
const enhetsmal = (text: string) => `#### Enhetsmål:\n${text}`;
/** A nämnd's own goals, loaded as a catalog (--catalog). */
const namndCatalog: GoalCatalog = {
  id: 'hagersten-alvsjo-2021',
  version: '2021.1',
  name: 'Hägersten-Älvsjö stadsdelsnämnds mål 2021',
  goals: [{ level: 'namndmal', text: 'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö' }],
};
const catalogWording = 'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö';
const changedWording = 'Stadsdelsnämnden är en attraktiv arbetsgivare som erbjuder en god arbetsmiljö';

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
    {
      name: 'katalogens lydelse först: goal-wording rättar den andra, inget mer här',
      text: [namndmal(catalogWording), namndmal(changedWording)].join('\n'),
      catalogs: [namndCatalog],
    },
    {
      name: 'katalogens lydelse sist: den rätta lydelsen pekas inte ut',
      text: [namndmal(changedWording), namndmal(catalogWording)].join('\n'),
      catalogs: [namndCatalog],
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
      name: 'säger var den andra lydelsen står och erbjuder båda som förslag',
      text: [
        namndmal('Unga i stadsdelen har en meningsfull fritid'),
        '',
        'Text om målet.',
        '',
        namndmal('Unga i stadsdelen har en aktiv och meningsfull fritid'),
      ].join('\n'),
      expect: [
        {
          messageId: 'inconsistent',
          message:
            'Målet är formulerat annorlunda än i ”Nämndmål” ovan (rad 2): ”Unga i stadsdelen har en meningsfull fritid”. Använd samma lydelse på båda ställena.',
          data: { otherSection: 'Nämndmål', relatedPlace: 'rad 2' },
          line: 7,
          fixes: [
            { title: 'Använd lydelsen ovan (rad 2) här', text: 'Unga i stadsdelen har en meningsfull fritid', safe: false },
            { title: 'Använd den här lydelsen även ovan (rad 2)', text: 'Unga i stadsdelen har en aktiv och meningsfull fritid', safe: false },
          ],
        },
      ],
    },
    {
      name: 'enhetsmål: avsnittet heter Enhetsmål',
      text: [enhetsmal('Unga i stadsdelen erbjuds meningsfulla feriejobb'), enhetsmal('Unga erbjuds meningsfulla feriejobb')].join('\n'),
      expect: [{ messageId: 'inconsistent', data: { otherSection: 'Enhetsmål', relatedPlace: 'rad 2' } }],
    },
    {
      name: 'en katalog utan målet ändrar inget: båda lydelserna som förslag',
      text: [namndmal('Unga i stadsdelen har en meningsfull fritid'), namndmal('Unga i stadsdelen har en aktiv och meningsfull fritid')].join('\n'),
      catalogs: [namndCatalog],
      expect: [
        {
          messageId: 'inconsistent',
          fixes: [
            { text: 'Unga i stadsdelen har en meningsfull fritid', safe: false },
            { text: 'Unga i stadsdelen har en aktiv och meningsfull fritid', safe: false },
          ],
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

describe('goal-inconsistent and the catalog', () => {
  const check = (text: string) =>
    checkDocument(documentFromText(text, 'markdown'), { type: 'verksamhetsplan', catalogs: [namndCatalog] }).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'goal-wording' || diagnostic.ruleId === 'goal-inconsistent',
    );

  it.each([
    ['first', [namndmal(catalogWording), namndmal(changedWording)].join('\n'), 4],
    ['last', [namndmal(changedWording), namndmal(catalogWording)].join('\n'), 2],
  ])('the catalog’s wording %s: only the other wording is flagged, with the catalog’s text as the one safe fix', (_where, text, line) => {
    const findings = check(text);
    expect(findings.map((diagnostic) => [diagnostic.ruleId, diagnostic.line])).toEqual([['goal-wording', line]]);
    expect(findings[0]!.text).toBe(changedWording);
    expect(findings[0]!.fixes).toEqual([expect.objectContaining({ text: catalogWording, safe: true })]);
  });
});

describe('where the other wording stands, as the writer counts', () => {
  const inconsistent = (document: ReturnType<typeof documentFromText>) =>
    checkDocument(document, { type: 'verksamhetsplan' }).diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-inconsistent')!;

  it('a Word document: the paragraph number', () => {
    const found = inconsistent(
      documentFromParagraphs([
        { text: 'Nämndmål:', styleBuiltIn: 'Heading3' },
        { text: catalogWording },
        { text: 'Beskrivning', styleBuiltIn: 'Heading4' },
        { text: 'Text.' },
        { text: 'Nämndmål:', styleBuiltIn: 'Heading3' },
        { text: changedWording },
      ]),
    );
    expect(found.related).toEqual([expect.objectContaining({ line: 2, text: catalogWording })]);
    expect(found.message).toBe(`Målet är formulerat annorlunda än i ”Nämndmål” ovan (stycke 2): ”${catalogWording}”. Använd samma lydelse på båda ställena.`);
  });

  it('a web form: the field’s label', () => {
    const found = inconsistent(
      documentFromFields([
        { id: 'mal1', label: 'Nämndmål', value: catalogWording },
        { id: 'mal2', label: 'Nämndmål', value: changedWording },
      ]),
    );
    expect(found.data).toMatchObject({ relatedPlace: 'fältet ”Nämndmål”' });
    expect(found.fixes!.map((fix) => [fix.title, fix.safe])).toEqual([
      ['Använd lydelsen ovan (fältet ”Nämndmål”) här', false],
      ['Använd den här lydelsen även ovan (fältet ”Nämndmål”)', false],
    ]);
  });
});
