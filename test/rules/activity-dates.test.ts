import { activityDates, isValidDate } from '../../shared/rules/activity-dates';
import { describe, expect, it } from 'vitest';
import { testDocumentedExamples, testRule } from '../helpers/rule-tester';

testDocumentedExamples(activityDates);

const table = (rows: string) => `| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n${rows}`;

testRule(activityDates, {
  valid: [
    { name: 'samma dag', text: table('| Workshop | 2021-03-01 | 2021-03-01 |') },
    {
      name: 'annan tabell utan datumkolumner',
      text: '| Indikator | Årsmål | KF:s årsmål | Periodicitet |\n|---|---|---|---|\n| Sjukfrånvaro | 7 % | | Tertial |',
    },
    {
      name: 'text från pdf: aktivitet, tomrad och datum',
      format: 'text',
      text: 'Aktivitet Startdatum Slutdatum\n\nFörvaltningens verksamheter ska verka för att öka sitt mottagande av\npraktikanter från jobbtorgen.\n\n2020-01-27 2020-12-31\n\nEnhetsmål:\nEnheten arbetar kostnadseffektivt.',
    },
  ],
  invalid: [
    {
      name: 'slut före start, med åtgärd som byter plats',
      text: table('| Sommarjobb | 2021-06-30 | 2021-01-15 |'),
      expect: [{ messageId: 'endBeforeStart', line: 3, flagged: '2021-06-30 | 2021-01-15', fix: '2021-01-15 | 2021-06-30' }],
    },
    {
      name: 'text från pdf',
      format: 'text',
      text: 'Aktivitet Startdatum Slutdatum\n\nPlasten minskar i verksamheterna. 2020-12-31 2020-01-01\n\nEnhetsmål:\nEnheten arbetar.',
      expect: [{ messageId: 'endBeforeStart', line: 3, column: 35, flagged: '2020-12-31 2020-01-01', fix: '2020-01-01 2020-12-31' }],
    },
    {
      name: 'fel format',
      text: table('| Workshop | 2021-3-1 | 21-12-31 |'),
      expect: [
        { messageId: 'invalidDate', data: { date: '2021-3-1' }, flagged: '2021-3-1' },
        { messageId: 'invalidDate', data: { date: '21-12-31' } },
      ],
    },
    {
      name: 'saknat startdatum',
      text: table('| Workshop |  | 2021-12-31 |'),
      expect: [{ messageId: 'missingDate', data: { column: 'Startdatum' }, severity: 'warning' }],
    },
  ],
});

describe('isValidDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2021-04-31', false],
    ['2021-12-31', true],
    ['2021-00-10', false],
    ['2021-1-10', false],
  ])('%s → %s', (date, valid) => {
    expect(isValidDate(date)).toBe(valid);
  });
});
