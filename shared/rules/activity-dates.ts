/**
 * activity-dates: an Aktivitet (or any table with start and end date columns) with a
 * date that does not exist, is not written ÅÅÅÅ-MM-DD, is missing, or ends before it starts.
 */
import type { Cell } from '../document/model';
import { isPlaceholder } from '../document/placeholder';
import { defineRule, type Finding } from './rule';

type MessageId = 'invalidDate' | 'noSuchDate' | 'missingDate' | 'endBeforeStart';
type FixId = 'swapDates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const activityDates = defineRule<MessageId, FixId>({
  id: 'activity-dates',
  meta: {
    title: 'Datum i aktiviteter',
    family: 'ovrigt',
    description:
      'Kontrollerar Startdatum och Slutdatum i tabeller som Aktivitet: att datumen finns, skrivs ÅÅÅÅ-MM-DD och att slutdatum inte ligger före startdatum.',
    defaultSeverity: 'error',
    needsType: false,
    messages: {
      invalidDate: '{column} ”{date}” ska skrivas ÅÅÅÅ-MM-DD.',
      noSuchDate: '{column} ”{date}” finns inte i kalendern. Rätta datumet.',
      missingDate: 'Raden saknar ”{column}”. Ange datum som ÅÅÅÅ-MM-DD.',
      endBeforeStart: 'Slutdatum {end} ligger före startdatum {start}. Byt plats på datumen eller rätta dem.',
    },
    fixes: {
      swapDates: { title: 'Byt plats på datumen', safe: true },
    },
    exampleType: 'verksamhetsplan',
    examples: {
      valid: [
        { text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| Plasten minskar | 2020-01-01 | 2020-12-31 |' },
        { text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| Skottdag | 2024-02-29 | 2024-03-01 |' },
        { text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| [Beskriv aktiviteten] |  |  |' },
      ],
      invalid: [
        {
          text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| Sommarjobb | 2021-06-30 | 2021-01-15 |',
          expect: [{ messageId: 'endBeforeStart', data: { start: '2021-06-30', end: '2021-01-15' } }],
        },
        {
          text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| Workshop | 2021-02-29 | 2021-13-01 |',
          expect: [
            { messageId: 'noSuchDate', data: { column: 'Startdatum', date: '2021-02-29' } },
            { messageId: 'noSuchDate', data: { column: 'Slutdatum', date: '2021-13-01' } },
          ],
        },
        {
          text: '| Aktivitet | Startdatum | Slutdatum |\n|---|---|---|\n| Prognosuppföljning | 2020-01-01 |  |',
          expect: [{ messageId: 'missingDate', data: { column: 'Slutdatum' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId, FixId>[] = [];
    const tables = new Map(context.docType.tables.map((table) => [table.id, table]));
    context.blocks.forEach((block, blockIndex) => {
      const table = block.table ? tables.get(block.table) : undefined;
      if (!table || block.header || table.startDate === undefined || table.endDate === undefined) return;
      const cells = block.cells ?? [];
      // A row not filled in yet (an empty document's table) is no activity to date.
      if (cells.every((cell) => cell.text.trim() === '' || isPlaceholder(cell.text))) return;
      const columns = [
        { name: table.columns[table.startDate]!, cell: cells[table.startDate] },
        { name: table.columns[table.endDate]!, cell: cells[table.endDate] },
      ];
      const dates = columns.map(({ name, cell }) => readDate(name, cell, blockIndex, block.text.length, findings));
      const [start, end] = dates;
      if (start && end && end.value < start.value) {
        const between = context.sourceText(blockIndex, start.cell.end, end.cell.start);
        findings.push({
          block: blockIndex,
          start: start.cell.start,
          end: end.cell.end,
          messageId: 'endBeforeStart',
          data: { start: start.cell.text, end: end.cell.text },
          fixes: between.includes('\n')
            ? []
            : [{ fixId: 'swapDates', start: start.cell.start, end: end.cell.end, text: end.cell.text + between + start.cell.text }],
        });
      }
    });
    return findings;
  },
});

function readDate(
  column: string,
  cell: Cell | undefined,
  blockIndex: number,
  blockLength: number,
  findings: Finding<MessageId, FixId>[],
): { value: string; cell: Cell } | null {
  if (!cell || cell.text.trim() === '') {
    const at = cell?.start ?? blockLength;
    findings.push({ block: blockIndex, start: at, end: at, messageId: 'missingDate', data: { column }, severity: 'warning' });
    return null;
  }
  const text = cell.text.trim();
  if (!isValidDate(text)) {
    const messageId = ISO_DATE.test(text) ? 'noSuchDate' : 'invalidDate';
    findings.push({ block: blockIndex, start: cell.start, end: cell.end, messageId, data: { column, date: text } });
    return null;
  }
  return { value: text, cell };
}

export function isValidDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
