import { describe, expect, it } from 'vitest';
import { fixText } from '../../cli/fix';
import { applyFixes, checkDocument, documentFromText, safeFixes } from '../../shared/index';
import { genderSplitSum } from '../../shared/rules/gender-split-sum';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(genderSplitSum);

testRule(genderSplitSum, {
  valid: [
    { name: 'parentes efter totalen', text: 'Av samtliga ärenden var 65 ungdomar (28 flickor och 37 pojkar) föremål för insats.' },
    { name: 'naken total före parentes', text: 'Totalt 346 (196 pojkar och 150 flickor) barn och ungdomar tog del av stödet.' },
    { name: '"varav … är"', text: 'Under 2021 har 70 elever deltagit i Närvaroprogrammet varav 30 är pojkar och 40 är flickor.' },
    { name: 'total efteråt', text: 'Gruppen bestod av 12 kvinnor och 8 män (totalt 20).' },
    { name: 'delar utan total', text: 'Fältgruppen prioriterade åtta pojkar och fem flickor.' },
    { name: 'tusental med mellanslag', text: 'Mottagningen hade 1 200 besökare, varav 700 flickor och 500 pojkar.' },
    {
      name: 'två grupper i samma stycke',
      text: 'Vi mötte 286 ungdomar varav 151 flickor och 135 pojkar. Dessutom fick 34 ungdomar, 12 flickor och 22 pojkar, hjälp.',
    },
    { name: 'total i en tidigare mening räknas inte', text: 'Vi mötte 286 ungdomar. Under våren deltog varav 12 flickor och 20 pojkar i läger.' },
    { name: 'andelar är inte antal', text: 'Av 200 deltagare var 45 % flickor och 55 % pojkar.' },
    { name: 'okänt kön som tredje kategori', text: 'Vi mötte 286 ungdomar varav 124 flickor, 135 pojkar och 27 med okänt kön.' },
    { name: '"okänt" ensamt', text: 'Vi mötte 286 ungdomar varav 124 flickor, 135 pojkar och 27 okänt.' },
    { name: 'annan könsidentitet', text: 'Klassen hade 42 elever varav 23 flickor, 17 pojkar och 2 med annan könsidentitet.' },
    { name: 'en grupp till efter "samt"', text: 'Vi hade 50 besökare, varav 20 kvinnor och 20 män samt 10 barn.' },
    {
      name: 'en annan siffra mellan totalen och uppdelningen',
      text: 'Under året fick 186 barn stöd av 12 socialsekreterare, 95 flickor och 81 pojkar i gruppen.',
    },
    { name: 'årtal är inga antal', text: 'Statistik finns för flickor 2020 och pojkar 2021.' },
    { name: '"Av dem" syftar på föregående mening', text: 'Vi hade 120 besökare. Av dem var 70 kvinnor och 50 män.' },
    { name: 'totalen efter delarna', text: 'I kursen deltog 12 kvinnor och 10 män, totalt 22 personer.' },
    { name: 'totalen några ord efter delarna', text: 'I kursen deltog 12 kvinnor och 10 män från stadsdelens verksamheter, totalt 22 personer.' },
    {
      name: 'en total efter två uppdelningar gäller båda',
      text: 'I kursen deltog 12 kvinnor och 10 män i grupp A och 8 kvinnor och 9 män i grupp B, totalt 39 personer.',
    },
    { name: 'totalen efteråt räknar fler än delarna', text: 'I kursen deltog 12 kvinnor och 10 män med sina barn, totalt 40 personer.' },
    { name: 'ett annat tal mellan delarna och totalen', text: 'I kursen deltog 12 kvinnor och 10 män i 3 grupper, totalt 23 personer.' },
    { name: 'totalt antal timmar är inga personer', text: 'I kursen deltog 12 kvinnor och 10 män under våren, totalt 23 timmar.' },
    { name: 'totalt i kronor är inga personer', text: 'Stödet gick till 12 kvinnor och 10 män, totalt 23 000 kr.' },
    { name: 'totalen i nästa mening räknas inte', text: 'I kursen deltog 12 kvinnor och 10 män. Totalt 23 personer anmälde sig.' },
    { name: 'totalen längre fram utan komma räknas inte', text: 'I kursen deltog 12 kvinnor och 10 män och totalt 40 personer har gått den sedan starten.' },
    { name: 'sidnummer i en innehållsförteckning', text: 'Innehåll\n\n12 Kvinnor och män i arbetslivet 14 Flickor och pojkar i skolan 16' },
  ],
  invalid: [
    {
      name: 'varav, position och åtgärd',
      text: 'Fältassistenter har under 2021 hjälpt 286 ungdomar varav 124 flickor och 135 pojkar.',
      format: 'text',
      expect: [
        {
          messageId: 'mismatch',
          data: { total: 286, sum: 259 },
          line: 1,
          column: 39,
          flagged: '286 ungdomar varav 124 flickor och 135 pojkar',
          // Both are suggestions: the parts may be the wrong figures, or a part may be missing.
          fixes: [
            { title: 'Ändra totalen till 259', text: '259', safe: false },
            { title: 'Redovisa resten (27) som okänt kön', text: ' samt 27 med okänt kön', safe: false },
          ],
        },
      ],
    },
    {
      name: 'totalen efter delarna',
      text: 'I kursen deltog 12 kvinnor och 10 män, totalt 23 personer.',
      expect: [
        {
          messageId: 'mismatch',
          message: 'Delarna (12 + 10 = 22) stämmer inte med totalen 23. Rätta siffrorna eller redovisa resten, t.ex. som ”okänt kön”.',
          flagged: '12 kvinnor och 10 män, totalt 23',
          fixes: [
            { text: '22', safe: false },
            { text: ' samt 1 med okänt kön', safe: false },
          ],
        },
      ],
    },
    {
      name: 'totalen några ord efter delarna',
      text: 'I kursen deltog 12 kvinnor och 10 män från stadsdelens verksamheter, totalt 23 personer.',
      expect: [{ messageId: 'mismatch', data: { total: 23, sum: 22 } }],
    },
    {
      name: 'totalen efter tankstreck, utan substantiv',
      text: 'I kursen deltog 12 kvinnor och 10 män som arbetar i förskolan – sammanlagt 23.',
      expect: [{ messageId: 'mismatch', data: { total: 23, sum: 22 } }],
    },
    {
      name: 'fler i delarna än totalen: bara totalen som förslag',
      text: 'Tolv ungdomar, åtta pojkar och fem flickor, fick feriejobb.',
      expect: [{ messageId: 'mismatch', fixes: [{ text: '13', safe: false }] }],
    },
    {
      name: 'tredje kategori',
      text: 'Mottagningen hade 348 unika besökare: 263 flickor/kvinnor, 75 pojkar/män samt 9 individer som definierade sig som annat.',
      // A third category is given: whether the rest belongs to it is the writer's to say.
      expect: [{ messageId: 'mismatch', data: { total: 348, sum: 347, parts: '263 + 75 + 9' }, fixes: [{ text: '347', safe: false }] }],
    },
    {
      name: 'parentes',
      text: '65 ungdomar (28 flickor och 36 pojkar) har haft en insats.',
      expect: [{ messageId: 'mismatch', data: { total: 65, sum: 64 }, flagged: '65 ungdomar (28 flickor och 36 pojkar' }],
    },
    {
      name: 'varav långt efter totalen i samma mening',
      text: '65 ungdomar med familjer/nätverk har haft en ungdomsbehandlande insats varav 28 flickor och 38 pojkar.',
      expect: [{ messageId: 'mismatch', data: { total: 65, sum: 66 } }],
    },
    {
      name: 'uppdelning några ord efter totalen, efter komma',
      text: 'Under året fick 186 barn stöd av fältgruppen, 95 flickor och 81 pojkar.',
      expect: [{ messageId: 'mismatch', data: { total: 186, sum: 176 } }],
    },
    {
      name: 'ordet före talet, som i en tabell',
      text: 'Deltagarna var flickor 141, pojkar 161, totalt 300.',
      expect: [{ messageId: 'mismatch', data: { total: 300, sum: 302 } }],
    },
    {
      name: '"flickorna var 30 och pojkarna 25"',
      text: 'Av de 56 deltagarna var flickorna 30 och pojkarna 25.',
      expect: [{ messageId: 'mismatch', data: { total: 56, sum: 55 } }],
    },
    {
      name: 'räkneord i delarna',
      text: 'Femton ungdomar fick feriejobb, varav åtta pojkar och fem flickor.',
      expect: [{ messageId: 'mismatch', data: { total: 15, sum: 13 }, fix: '13' }],
    },
    {
      name: '"Av N deltagare var …"',
      text: 'Av 40 deltagare var 22 kvinnor och 17 män.',
      expect: [{ messageId: 'mismatch', data: { total: 40, sum: 39 } }],
    },
    {
      name: '"Bland de N deltagarna fanns …"',
      text: 'Bland de 40 deltagarna fanns 22 kvinnor och 17 män.',
      expect: [{ messageId: 'mismatch', data: { total: 40, sum: 39 } }],
    },
    {
      name: '"Av dessa var …" i nästa mening',
      text: 'Under året deltog 24 ungdomar i gruppen. Av dessa var 13 flickor och 10 pojkar.',
      expect: [{ messageId: 'mismatch', data: { total: 24, sum: 23 } }],
    },
    {
      name: 'tusental skrivs med mellanslag i meddelande och åtgärd',
      text: 'Gruppen hade 1 863 brukare, varav 1 000 kvinnor och 862 män.',
      expect: [
        {
          messageId: 'mismatch',
          data: { total: 1863, sum: 1862, parts: '1 000 + 862', totalText: '1 863' },
          flagged: '1 863 brukare, varav 1 000 kvinnor och 862 män',
          fix: '1 862',
        },
      ],
    },
    {
      name: 'förkortning mitt i meningen bryter inte sambandet',
      text: 'Vi mötte 40 elever, t.ex. i skolan, varav 20 flickor och 21 pojkar.',
      expect: [{ messageId: 'mismatch', data: { total: 40, sum: 41 } }],
    },
  ],
});

describe('gender-split-sum: the suggestions', () => {
  const draft = '## Ärendet\nUnder året deltog 286 ungdomar varav 124 flickor och 135 pojkar.';

  it('are never safe fixes, so no one click and no --fix applies them', () => {
    const result = checkDocument(documentFromText(draft, 'markdown'), { type: 'tjansteutlatande' });
    const mismatch = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    expect(mismatch.fixes!.every((fix) => !fix.safe)).toBe(true);
    expect(safeFixes([mismatch])).toEqual([]);
    const fixed = fixText(documentFromText(draft, 'markdown'), { type: 'tjansteutlatande' });
    // Only the missing headings go in; the figures stay as the writer gave them.
    expect(fixed.output).toContain('286 ungdomar varav 124 flickor och 135 pojkar.');
    expect(fixed.output).not.toContain('okänt kön');
    expect(fixed.result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'gender-split-sum')).toHaveLength(1);
  });

  it('each give a draft that adds up, once the writer chooses one', () => {
    const result = checkDocument(documentFromText(draft, 'markdown'), { type: 'tjansteutlatande' });
    const mismatch = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    for (const fix of mismatch.fixes!) {
      const { output } = applyFixes(draft, [fix]);
      const again = checkDocument(documentFromText(output, 'markdown'), { type: 'tjansteutlatande' });
      expect(again.diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('gender-split'))).toEqual([]);
    }
    expect(applyFixes(draft, [mismatch.fixes![1]!]).output).toContain('varav 124 flickor och 135 pojkar samt 27 med okänt kön.');
  });
});
