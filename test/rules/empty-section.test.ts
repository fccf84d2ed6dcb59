import { emptySection } from '../../shared/rules/empty-section';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(emptySection);

testRule(emptySection, {
  valid: [
    { name: 'rubrik med bara en tabell', type: 'verksamhetsplan', text: '### Nämndmål:\nMål.\n#### Beskrivning\n| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| A | 2021-01-01 | 2021-02-01 |' },
    { name: 'två namn på samma avsnitt i rad', type: 'verksamhetsplan', text: '# Inledning\n## Uppföljning av ekonomi\n## Resursanvändning\nVi använder resurserna väl.' },
    { name: 'rubriken i plain text följd av en ensam rad', format: 'text', text: 'Förslag till beslut\n\nNämnden godkänner.\n\nSammanfattning\n\nKort.' },
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
  ],
});
