/**
 * Units → blocks: list items (bullets, or indented lines in a double-spaced layout),
 * headings, "Nämndmål: text" split into its label and paragraph, numbered questions,
 * paragraphs joined across lines and pages, and table rows. One pass over the units; the
 * decisions are in breaks.ts, headings.ts and tables.ts.
 */
import type { TableSpec } from '../../data/index';
import type { Block } from '../../document/model';
import { startsNumbered } from '../../document/questions';
import { knownLabel } from '../labels';
import { endsTerminal, isTitleShaped, startsUpper } from '../shape';
import { OpenBlock } from './block-text';
import { breaksBefore } from './breaks';
import { isGenericHeading, isKnownHeading, isTitleLine } from './headings';
import { unitOf, type Entry, type Layout, type Unit } from './layout';
import { BULLET } from './lines';
import { MAX_PENDING_LINES, endsRow, endsTable, headerRow, tableHeader, tableRow } from './tables';

export class BlockBuilder {
  private readonly blocks: Block[] = [];
  /** The block being built. */
  private current: OpenBlock | null = null;
  /** The table being read, and the lines of a row not yet ended. */
  private table: { spec: TableSpec; pending: Entry[] } | null = null;
  private afterLabel = false;
  /** The previous unit was a short title-shaped line kept as text (a list without bullets). */
  private inTitleLineRun = false;

  constructor(
    private readonly units: Unit[],
    private readonly layout: Layout,
  ) {}

  build(): Block[] {
    for (let index = 0; index < this.units.length; index++) {
      const unit = this.units[index]!;
      if (this.table && this.consumeTableUnit(unit)) continue;
      this.consumeUnit(unit, this.units[index + 1], this.units[index + 2]);
    }
    this.flushTableRow();
    this.close();
    return this.blocks;
  }

  private consumeUnit(unit: Unit, next: Unit | undefined, afterNext: Unit | undefined): void {
    const layout = this.layout;
    const inTitleLineRun = this.inTitleLineRun;
    this.inTitleLineRun = false;
    const first = unit.entries[0]!;
    const tableSpec = tableHeader(unit.text, layout.vocabulary);
    if (tableSpec) {
      this.close();
      this.startTable(tableSpec, unit);
      return;
    }
    const bullet = BULLET.exec(first.line.text);
    const listByIndent = layout.doubleSpaced && first.line.indent > 0 && (first.gap === 'soft' || first.gap === 'hard') && !startsNumbered(unit.text);
    if (bullet || listByIndent) {
      this.close();
      this.open('listItem', unit, bullet ? bullet[0].length : 0);
      this.afterLabel = false;
      return;
    }
    const breaks = breaksBefore(first, this.current, layout);
    if (isKnownHeading(unit, breaks, next, layout)) {
      this.emitHeading(unit);
      return;
    }
    if (breaks && this.splitsLabel(unit)) return;
    if (breaks && !this.afterLabel && !inTitleLineRun && isGenericHeading(unit, next, afterNext, layout)) {
      this.emitHeading(unit);
      return;
    }
    this.inTitleLineRun = breaks && isTitleLine(unit, next, layout);
    if (breaks || !this.current) {
      this.close();
      this.open('paragraph', unit, 0);
      if (startsNumbered(unit.text)) {
        this.current!.block.headingLike = true;
        // A question heading ends with its line (or its tight group in a double-spaced layout);
        // a long one ends where the next line starts a sentence of its own.
        if (unit.tight || layout.doubleSpaced || unit.text.length < layout.wrapWidth * 0.85 || answerFollows(unit, next)) this.close();
      }
    } else {
      this.append(unit);
    }
    this.afterLabel = false;
    if (unit.tight) this.close();
  }

  /** "Nämndmål: Invånarna i …" on one line: a known label and its content. */
  private splitsLabel(unit: Unit): boolean {
    if (unit.entries.length !== 1) return false;
    const split = knownLabel(unit.text, this.layout.vocabulary.headings);
    if (!split) return false;
    const line = unit.entries[0]!.line;
    const labelLength = split.contentStart;
    this.close();
    const headingText = unit.text.slice(0, split.labelEnd);
    this.blocks.push({
      kind: 'heading',
      text: headingText,
      start: line.contentStart,
      end: line.contentStart + headingText.length,
    });
    const contentStart = line.contentStart + labelLength;
    this.current = new OpenBlock({ kind: 'paragraph', text: '', start: contentStart, end: line.contentEnd }, unit.text.slice(labelLength), line);
    this.afterLabel = false;
    return true;
  }

  private emitHeading(unit: Unit): void {
    this.close();
    this.open('heading', unit, 0);
    this.close();
    this.afterLabel = unit.text.endsWith(':');
  }

  private open(kind: Block['kind'], unit: Unit, skip: number): void {
    const first = unit.entries[0]!.line;
    const start = first.contentStart + skip;
    this.current = new OpenBlock({ kind, text: '', start, end: first.contentEnd }, first.text.slice(skip), first);
    for (const entry of unit.entries.slice(1)) this.current.appendLine(entry.line);
  }

  private append(unit: Unit): void {
    for (const entry of unit.entries) this.current!.appendLine(entry.line);
  }

  private close(): void {
    if (!this.current) return;
    const block = this.current.finish();
    if (block.kind === 'paragraph' && isTitleShaped(block.text)) block.headingLike = true;
    this.blocks.push(block);
    this.current = null;
  }

  private startTable(spec: TableSpec, unit: Unit): void {
    this.blocks.push(headerRow(unit.entries[0]!.line, spec));
    this.table = { spec, pending: [] };
    this.afterLabel = false;
  }

  /** Returns false when the unit ends the table (a heading or another table follows). */
  private consumeTableUnit(unit: Unit): boolean {
    const table = this.table!;
    if (endsTable(unit, this.layout.vocabulary)) {
      // Lines that never reached a date are not a row: in plain text a row is only known by its end.
      const pending = table.pending;
      this.table = null;
      for (const entry of pending) this.consumeUnit(unitOf(entry), unit, undefined);
      return false;
    }
    for (const entry of unit.entries) {
      table.pending.push(entry);
      if (endsRow(table.spec, entry.line.text)) this.flushTableRow();
    }
    if (table.pending.length >= MAX_PENDING_LINES) {
      // No row ending in sight: this is prose after the table, not a row.
      const pending = table.pending;
      this.table = null;
      for (const entry of pending) this.consumeUnit(unitOf(entry), undefined, undefined);
    }
    return true;
  }

  private flushTableRow(): void {
    const table = this.table;
    if (!table || table.pending.length === 0) return;
    const lines = table.pending.map((entry) => entry.line);
    table.pending = [];
    this.blocks.push(tableRow(lines, table.spec));
  }
}

/** A numbered question without a full stop or comma at its end, and a capital on the next line: the answer starts there. */
function answerFollows(unit: Unit, next: Unit | undefined): boolean {
  return next !== undefined && startsUpper(next.text) && !endsTerminal(unit.text) && !/[,;:\-–]$/.test(unit.text);
}
