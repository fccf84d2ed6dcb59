import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromFields, type Field } from '../../shared/index';
import { emptySection } from '../../shared/rules/empty-section';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(emptySection);

testRule(emptySection, {
  valid: [
    {
      name: 'en egen rubrik över mallens rubriker är en del av dokumentet, inte ett tomt avsnitt',
      type: 'verksamhetsplan',
      format: 'text',
      text: 'MÅL OCH ARBETSSÄTT\n\nKF:s inriktningsmål:\n1. En modern storstad med möjligheter och valfrihet för alla\n\nRESURSER\n\nUppföljning av ekonomi\nVi följer upp budgeten varje månad.',
    },
    {
      name: 'rubrik med bara en tabell',
      type: 'verksamhetsplan',
      text: '### Nämndmål:\nMål.\n#### Beskrivning\n| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| A | 2021-01-01 | 2021-02-01 |',
    },
    {
      name: 'två namn på samma avsnitt i rad',
      type: 'verksamhetsplan',
      text: '# Uppföljning av ekonomi\n## Resursanvändning\nVi använder resurserna väl.',
    },
    { name: 'rubriken i plain text följd av en ensam rad', format: 'text', text: 'Förslag till beslut\n\nNämnden godkänner.\n\nSammanfattning\n\nKort.' },
    {
      name: 'platshållare kvar bredvid riktig text',
      text: '# Fritidsgårdarnas öppettider\n## Bakgrund\n[Beskriv bakgrunden till ärendet]\n\nGårdarna har öppet till kl. 21.',
    },
    { name: 'hakparentes mitt i en mening', text: '# Fritidsgårdarnas öppettider\n## Bakgrund\nEnligt beslutet [dnr 1.2-3/2021] har gårdarna öppet.' },
    { name: 'en hänvisning i hakparentes är ingen platshållare', text: '# Fritidsgårdarnas öppettider\n## Bakgrund\n[1]' },
    {
      name: 'ett ifyllt mål under en platshållare i underavsnitten rapporteras inte självt',
      type: 'verksamhetsplan',
      text: '## Nämndmål\nUnga är självförsörjande\n### Beskrivning\nNämnden ger unga feriejobb.\n### Förväntat resultat\nFler unga har arbete.',
    },
  ],
  invalid: [
    {
      name: 'sista rubriken tom',
      text: '# Fritidsgårdarnas öppettider\n## Bakgrund\nText.\n## Ärendet',
      expect: [{ messageId: 'empty', data: { section: 'Ärendet' }, line: 4, column: 4, flagged: 'Ärendet' }],
    },
    {
      name: 'tom fråga i tävlingsbidrag',
      type: 'tavlingsbidrag',
      text: '# Målgrupp\n## Fråga 1. Kunskap om målgruppen\n## Fråga 2. Bemötande\nText.',
      expect: [{ messageId: 'empty', data: { section: 'Fråga 1' } }],
    },
    {
      name: 'bara platshållartext',
      text: '# Fritidsgårdarnas öppettider\n## Bakgrund\n[Beskriv bakgrunden till ärendet]\n## Ärendet\nEnheten vill delta.',
      expect: [{ messageId: 'placeholder', data: { section: 'Bakgrund' }, line: 2, flagged: 'Bakgrund', severity: 'warning' }],
    },
    {
      name: 'platshållare i plain text',
      format: 'text',
      text: 'Förslag till beslut\n\n\n[Skriv förslaget till beslut]\n\n\nSammanfattning\n\n\nKort.',
      expect: [{ messageId: 'placeholder', data: { section: 'Förslag till beslut' } }],
    },
    {
      name: 'två platshållare, och en tabell som inte räknas som text',
      type: 'verksamhetsplan',
      text: [
        '#### Enhetsmål',
        'Unga erbjuds feriejobb',
        '##### Uppföljning',
        '[Beskriv hur och när målet följs upp]',
        '',
        '[Ange vem som följer upp]',
        '',
        '| Aktivitet | Startdatum | Slutdatum |',
        '|---|---|---|',
        '|  |  |  |',
      ].join('\n'),
      expect: [{ messageId: 'placeholder', data: { section: 'Uppföljning' } }],
    },
    {
      name: 'varje del med bara platshållare för sig, inte föräldern',
      type: 'verksamhetsplan',
      text: '# Inledning\n## Verksamhetsidé och värdegrund\n[Beskriv verksamhetens idé och värdegrund]\n## Verksamhetsbeskrivning\n[Beskriv verksamheten]',
      expect: [
        { messageId: 'placeholder', data: { section: 'Verksamhetsidé och värdegrund' } },
        { messageId: 'placeholder', data: { section: 'Verksamhetsbeskrivning' } },
      ],
    },
    {
      name: 'målet självt är en platshållare fast delarna är ifyllda',
      type: 'verksamhetsplan',
      text: '## Nämndmål\n[Skriv nämndmålet här]\n### Beskrivning\nNämnden ger unga feriejobb.',
      expect: [{ messageId: 'placeholder', data: { section: 'Nämndmål' } }],
    },
    {
      name: 'en rubrik som är platshållare',
      text: '# Fritidsgårdarnas öppettider\n## [Egen rubrik]\nText om gårdarna.',
      expect: [{ messageId: 'placeholderHeading', data: { heading: '[Egen rubrik]' }, flagged: '[Egen rubrik]' }],
    },
  ],
});

describe('empty-section in a web form', () => {
  const form = (fields: Field[], type = 'verksamhetsplan') =>
    checkDocument(documentFromFields(fields), { type }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'empty-section');

  it('asks for an empty field to be filled in (a form field cannot be removed)', () => {
    const found = form([
      { id: 'mal', label: 'Nämndmål', value: 'Unga har en meningsfull fritid' },
      { id: 'beskrivning', label: 'Beskrivning', value: '' },
    ]);
    expect(found).toEqual([expect.objectContaining({ messageId: 'emptyField', message: 'Fältet ”Beskrivning” är tomt. Fyll i det.' })]);
  });

  it('leaves the form’s own group headings alone, and nests the fields under them', () => {
    const found = form([
      { id: 'grupp', label: 'Kontaktuppgifter', value: '', group: true },
      { id: 'tom-grupp', label: 'Bilagor', value: '', group: true },
      { id: 'mal', label: 'Nämndmål', value: 'Unga har en meningsfull fritid' },
    ]);
    expect(found).toEqual([]);
  });

  it('does not run without a known type: the empty fields of any form are not ours to judge', () => {
    const fields = [{ id: 'meddelande', label: 'Ditt meddelande', value: '' }];
    expect(checkDocument(documentFromFields(fields)).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'empty-section')).toEqual([]);
  });
});
