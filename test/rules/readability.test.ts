import { describe, expect, it } from 'vitest';
import { lixBand, lixStats, lixValue } from '../../shared/analysis/lix';
import { readability } from '../../shared/rules/readability';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(readability);

const sentence = 'Personalen finns på gården varje kväll och lyssnar på vad de unga vill göra.';

testRule(readability, {
  valid: [
    { name: 'för få ord för ett värde', text: `## Bakgrund\n${sentence}` },
    {
      name: 'tabeller räknas inte',
      type: 'verksamhetsplan',
      text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n' + `| ${sentence.repeat(8)} | 2021-01-01 | 2021-02-01 |`,
    },
  ],
  invalid: [
    {
      name: 'värde, position och underlag',
      text: `# Fritidsgården\n## Bakgrund\n${Array.from({ length: 8 }, () => sentence).join(' ')}`,
      expect: [
        {
          messageId: 'lix',
          data: { section: 'Bakgrund', words: 112, sentences: 8, longWords: 16, lix: 28, bandId: 'mycket-latt' },
          severity: 'info',
          line: 2,
          flagged: 'Bakgrund',
        },
      ],
    },
  ],
});

describe('lixStats', () => {
  it.each([
    ['Det är en bra dag.', { words: 5, longWords: 0, sentences: 1 }],
    ['Vi har bl.a. pratat om t.ex. budgeten. Den är i balans.', { words: 11, longWords: 1, sentences: 2 }],
    ['Mål 1.4. gäller alla. Kl. 14.30 börjar mötet.', { words: 6, longWords: 0, sentences: 2 }],
    ['Stadsdelsförvaltningen arbetar: systematiskt!', { words: 3, longWords: 3, sentences: 2 }],
    ['En mening utan punkt', { words: 4, longWords: 0, sentences: 1 }],
    ['Vi öppnade gården 2021. Den är bra. Många kommer dit.', { words: 9, longWords: 1, sentences: 3 }],
    ['1. Första punkten', { words: 2, longWords: 1, sentences: 1 }],
    ['Familje- och ungdomsbehandlare träffas.', { words: 4, longWords: 3, sentences: 1 }],
  ])('%s', (text, expected) => {
    expect(lixStats(text)).toEqual(expected);
  });

  it('lixValue and bands follow the usual Swedish scale', () => {
    expect(lixValue({ words: 100, sentences: 10, longWords: 30 })).toBe(40);
    expect([20, 30, 45, 55, 65].map((lix) => lixBand(lix).id)).toEqual(['mycket-latt', 'latt', 'medelsvar', 'svar', 'mycket-svar']);
  });
});
