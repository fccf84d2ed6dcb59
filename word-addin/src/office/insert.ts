/**
 * Inserting headings, paragraphs and tables next to a paragraph or at the cursor, the whole
 * insertion in one sync (FRONTEND-FACTS 6):
 *
 * - Styles by `styleBuiltIn` (`Word.BuiltInStyleName.heading1` … `normal`): locale-
 *   independent, "Rubrik 1" in a Swedish Word. Style names (`style = "Rubrik 1"`) would
 *   fail in an English Word.
 * - Each paragraph comes from `Paragraph.insertParagraph` or `Table.insertParagraph` and
 *   is styled on the object it returns: office-js #1656 — `styleBuiltIn` on a paragraph
 *   that `Range.insertParagraph` returned failed with "Invalid arguments".
 * - Next to a list item a new paragraph would continue the list: it is detached.
 * - Next to a table row, the new content goes before or after the whole table (a paragraph
 *   cannot stand between rows); two tables get an empty paragraph between them, or Word
 *   would join them.
 */
import type { EditOutcome, InsertPlace, NewContent } from '../gateway';
import { comparableLine, currentIndices, type DocumentSnapshot } from './snapshot';

/** Where the first new item goes: next to a paragraph or a table, before or after it. */
interface Anchor {
  target: Word.Paragraph | Word.Table;
  location: 'Before' | 'After';
  /** The paragraph is a list item: new paragraphs are taken out of the list. */
  listItem: boolean;
}

const HEADINGS = (): Word.BuiltInStyleName[] => [
  Word.BuiltInStyleName.heading1,
  Word.BuiltInStyleName.heading2,
  Word.BuiltInStyleName.heading3,
  Word.BuiltInStyleName.heading4,
  Word.BuiltInStyleName.heading5,
  Word.BuiltInStyleName.heading6,
  Word.BuiltInStyleName.heading7,
  Word.BuiltInStyleName.heading8,
  Word.BuiltInStyleName.heading9,
];

export async function insertContent(snapshot: DocumentSnapshot | null, place: InsertPlace, content: readonly NewContent[]): Promise<EditOutcome> {
  if (content.length === 0) return 'applied';
  return Word.run(async (context) => {
    const anchor = 'cursor' in place ? await cursorAnchor(context) : await paragraphAnchor(context, snapshot, place);
    if (typeof anchor === 'string') return anchor;
    queueInsertion(anchor, content);
    await context.sync();
    return 'applied';
  });
}

/** After the selection's last paragraph (after its table, in a table); on an empty line, in its place. */
async function cursorAnchor(context: Word.RequestContext): Promise<Anchor> {
  const last = context.document.getSelection().paragraphs.getLast();
  last.load('text,isListItem,tableNestingLevel');
  await context.sync();
  if (last.tableNestingLevel > 0) return { target: last.parentTable, location: 'After', listItem: false };
  // The cursor on an empty line: the content takes the line, the empty paragraph stays after it.
  if (last.text === '') return { target: last, location: 'Before', listItem: last.isListItem };
  return { target: last, location: 'After', listItem: last.isListItem };
}

/** Next to input N, if it still reads as the caller expects (`place.text`, whitespace aside). */
async function paragraphAnchor(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot | null,
  place: Extract<InsertPlace, { paragraph: number }>,
): Promise<Anchor | 'changed' | 'missing'> {
  const layout = snapshot?.inputs[place.paragraph];
  if (!snapshot || !layout) return 'missing';
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  const items = paragraphs.items;
  const texts = items.map((paragraph) => paragraph.text);
  const indices = currentIndices(snapshot, layout, texts);
  if (!indices) return 'missing';
  const line = squeeze(comparableLine(layout, indices, texts));
  const expected = squeeze(place.text.replace(/[\t\n\r\v\f\u2028\u2029]/g, ' '));
  if (!line.replace(/\t/g, ' ').includes(expected)) return 'changed';
  const location = place.where === 'before' ? 'Before' : 'After';
  if (layout.row) {
    const shift = indices[0]! - layout.paragraphs[0]!;
    const inTable = items[(layout.tableAnchor ?? layout.paragraphs[0]!) + shift]!;
    return { target: inTable.parentTable, location, listItem: false };
  }
  const index = indices[0]!;
  return { target: items[index]!, location, listItem: snapshot.paragraphs[layout.paragraphs[0]!]?.isListItem ?? false };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Queues the items in order: the first next to the anchor, each further one after the one before. */
function queueInsertion(anchor: Anchor, content: readonly NewContent[]): void {
  let previous: Word.Paragraph | Word.Table = anchor.target;
  let location = anchor.location;
  let previousIsTable = false;
  for (const item of content) {
    if (item.kind === 'table') {
      if (previousIsTable) {
        // Word joins touching tables.
        previous = previous.insertParagraph('', 'After');
        previous.styleBuiltIn = Word.BuiltInStyleName.normal;
      }
      const rows = item.rows.length > 0 ? item.rows : [['']];
      const columns = Math.max(1, ...rows.map((row) => row.length));
      const values = rows.map((row) => Array.from({ length: columns }, (_, column) => row[column] ?? ''));
      const table: Word.Table = previous.insertTable(values.length, columns, location, values);
      table.styleBuiltIn = Word.BuiltInStyleName.gridTable4_Accent1;
      previous = table;
      previousIsTable = true;
    } else {
      const paragraph: Word.Paragraph = previous.insertParagraph(item.text, location);
      paragraph.styleBuiltIn = item.kind === 'heading' ? HEADINGS()[Math.min(9, Math.max(1, Math.round(item.level))) - 1]! : Word.BuiltInStyleName.normal;
      if (anchor.listItem) paragraph.detachFromList();
      previous = paragraph;
      previousIsTable = false;
    }
    location = 'After';
  }
}
