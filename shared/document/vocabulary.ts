/**
 * What the parsers need to know from the document types before the type is known: every
 * heading any type uses (to tell a heading line from a short line of prose) and the table
 * layouts (to read "Aktivitet Startdatum Slutdatum" tables out of plain text).
 */
import type { DocTypeSpec, SectionSpec, TableSpec } from '../data/index';
import { foldCase } from '../text/fuzzy';
import { HeadingMatcher, type HeadingTarget } from './headings';

export interface Vocabulary {
  headings: HeadingMatcher;
  /** Every heading name as the template writes it (titles and aliases), to find a heading run into a line of text. */
  headingNames: readonly string[];
  tables: readonly TableSpec[];
  /** Folded header line → table spec, e.g. "aktivitet startdatum slutdatum". */
  tableByHeader: ReadonlyMap<string, TableSpec>;
  /** Lower-cased first words of table headers, to skip the look-up for ordinary lines. */
  tableFirstWords: ReadonlySet<string>;
  /** Lower-cased first letters (char codes) of table headers. */
  tableFirstLetters: ReadonlySet<number>;
}

function collectSectionTargets(sections: readonly SectionSpec[], into: HeadingTarget[]): void {
  for (const section of sections) {
    into.push({ id: section.id, title: section.title, aliases: section.aliases, genitivePrefix: section.genitivePrefix });
    collectSectionTargets(section.children, into);
  }
}

/** "Aktivitet Startdatum Slutdatum", also typed with the cells apart: "Aktivitet / Startdatum / Slutdatum". */
export function tableHeaderKey(cells: readonly string[]): string {
  return foldCase(cells.join(' '))
    .replace(/\s[/|](?=\s)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new WeakMap<readonly DocTypeSpec[], Vocabulary>();

export function vocabularyFor(docTypes: readonly DocTypeSpec[]): Vocabulary {
  const cached = cache.get(docTypes);
  if (cached) return cached;
  const targets: HeadingTarget[] = [];
  const tables: TableSpec[] = [];
  for (const docType of docTypes) {
    collectSectionTargets(docType.sections, targets);
    for (const area of docType.questions?.areas ?? []) targets.push({ id: area.id, title: area.title, aliases: area.aliases });
    for (const signal of docType.detection.signals) targets.push({ id: `signal:${signal.heading}`, title: signal.heading, aliases: [] });
    tables.push(...docType.tables);
  }
  const tableByHeader = new Map<string, TableSpec>();
  for (const table of tables) tableByHeader.set(tableHeaderKey(table.columns), table);
  const tableFirstWords = new Set(tables.map((table) => table.columns[0]!.split(/\s+/)[0]!.toLowerCase()));
  const tableFirstLetters = new Set([...tableFirstWords].map((word) => word.charCodeAt(0) | 32));
  const headingNames = [...new Set(targets.flatMap((target) => [target.title, ...target.aliases]))];
  const vocabulary = { headings: new HeadingMatcher(targets), headingNames, tables, tableByHeader, tableFirstWords, tableFirstLetters };
  cache.set(docTypes, vocabulary);
  return vocabulary;
}
