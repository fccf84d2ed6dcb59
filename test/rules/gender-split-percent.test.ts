import { genderSplitPercent } from '../../shared/rules/gender-split-percent';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(genderSplitPercent);

testRule(genderSplitPercent, {
  valid: [
    { name: 'avrundning inom en procentenhet', text: 'Av medarbetarna är 33 % män och 66 % kvinnor.' },
    { name: 'tre kategorier', text: 'Av besökarna var 60 % flickor, 38 % pojkar och 2 % annat.' },
    { name: 'hur ofta, inte andel', text: 'I 95 % av samtalen deltar en kvinna och i 40 % av samtalen deltar en man.' },
    { name: 'andelar i olika meningar', text: 'I Hässelby är 60 % kvinnor. I Vällingby är 60 % män.' },
    { name: 'två helheter efter varandra', text: 'Av eleverna var 40 % flickor och 60 % pojkar, av lärarna 70 % kvinnor och 30 % män.' },
    { name: 'andel inom varje kön', text: 'I enkäten svarade 90 % av flickorna och 85 % av pojkarna att de trivs.' },
    { name: 'tredje kategori', text: 'Av eleverna var 45 % flickor, 50 % pojkar och 5 % okänt.' },
  ],
  invalid: [
    {
      name: 'position',
      text: 'Vid hembesöken är 97 % av de som deltar kvinnor, 50 % män.',
      format: 'text',
      expect: [{ messageId: 'sum', data: { sum: 147 }, line: 1, column: 19, flagged: '97 % av de som deltar kvinnor, 50 %' }],
    },
    {
      name: '"Andelen kvinnor är …"',
      text: 'Andelen kvinnor är 60 % och andelen män 45 %.',
      expect: [{ messageId: 'sum', data: { sum: 105, parts: '60 % + 45 %' } }],
    },
    {
      name: 'decimalkomma',
      text: 'Av deltagarna var 42,5 % flickor och 50,5 % pojkar.',
      expect: [{ messageId: 'sum', data: { sum: 93, parts: '42,5 % + 50,5 %' } }],
    },
  ],
});
