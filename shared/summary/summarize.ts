/**
 * A check result → its summary: counts per severity, per rule family and per section
 * (with the section's path and the LIX of its own prose), and the readiness verdict. One summary for the
 * HTML report, the Word task pane and the extension's side panel.
 */
import { builtInDocTypes, findDocType, noTypeProfile, type DocTypeSpec, type GoalCatalog } from '../data/index';
import { uiWords } from '../data/ui';
import { sectionDisplayName, type Section } from '../document/outline';
import type { CheckResult } from '../engine';
import { rules as registeredRules } from '../rules/index';
import type { Rule } from '../rules/rule';
import { addCounts, totalOf, zeroCounts } from './counts';
import { FamilyTally, familyLookup } from './families';
import { documentLix } from './lix';
import { sectionLocator } from './locate';
import { readiness } from './readiness';
import type { FilesSummary, LixSummary, Readiness, SectionSummary, Summary } from './types';

export interface SummaryOptions {
  /** The rules the check ran, for their families; the registered rules by default. */
  rules?: readonly Rule[];
  /** The document types the check knew, for the LIX minimum of the result's type. */
  docTypes?: readonly DocTypeSpec[];
  /** Catalogs besides the built-in ones the check used: their goals quoted word for word are not counted in LIX. */
  catalogs?: readonly GoalCatalog[];
}

export function summarize(result: CheckResult, options: SummaryOptions = {}): Summary {
  const familyOf = familyLookup(options.rules ?? registeredRules);
  const { sections } = result.outline;
  const names = new Map<Section, string>(sections.map((section) => [section, sectionDisplayName(section, result.blocks)]));
  const docType = result.type === null ? undefined : findDocType(result.type, options.docTypes ?? builtInDocTypes);
  const minWords = (docType ?? noTypeProfile).readability.minWords;
  const lix = documentLix(result, minWords, options.catalogs);
  const rows = sections.map((section, index) => sectionRow(result, section, index, names, lix.sections.get(section)));
  const rowOf = new Map<Section, SectionSummary>(sections.map((section, index) => [section, rows[index]!]));
  const outside: SectionSummary = { section: -1, name: uiWords.outsideSections, path: [], depth: 0, kind: 'outside', counts: zeroCounts(), findings: [] };
  const locate = sectionLocator(result, names);

  const counts = zeroCounts();
  const families = new FamilyTally();
  result.diagnostics.forEach((diagnostic, index) => {
    counts[diagnostic.severity]++;
    families.count(familyOf(diagnostic.ruleId), diagnostic.severity);
    const section = locate(diagnostic);
    const row = (section && rowOf.get(section)) ?? outside;
    row.counts[diagnostic.severity]++;
    row.findings.push(index);
  });
  return {
    type: result.type,
    typeName: result.typeName,
    counts,
    total: totalOf(counts),
    families: families.rows(),
    sections: outside.findings.length > 0 ? [outside, ...rows] : rows,
    sectionsWithFindings: rows.filter((row) => row.findings.length > 0).length,
    ...(lix.whole ? { lix: lix.whole } : {}),
    dismissed: result.dismissed.length,
    hidden: result.hidden,
    readiness: readiness(counts),
  };
}

/** Several files: each one's summary and the sums over all of them. */
export function summarizeFiles(files: ReadonlyArray<{ file: string; result: CheckResult }>, options: SummaryOptions = {}): FilesSummary {
  const summaries = files.map(({ file, result }) => ({ file, summary: summarize(result, options) }));
  const counts = zeroCounts();
  const families = new FamilyTally();
  const verdicts: Record<Readiness['verdict'], number> = { 'not-ready': 0, 'almost-ready': 0, ready: 0 };
  for (const { summary } of summaries) {
    addCounts(counts, summary.counts);
    for (const row of summary.families) families.add(row.family, row.counts);
    verdicts[summary.readiness.verdict]++;
  }
  return { counts, total: totalOf(counts), families: families.rows(), readiness: readiness(counts), verdicts, files: summaries };
}

/** A section's row before the findings are counted in. */
function sectionRow(result: CheckResult, section: Section, index: number, names: ReadonlyMap<Section, string>, lix: LixSummary | undefined): SectionSummary {
  const path: string[] = [];
  for (let parent = section.parent; parent && parent.kind !== 'root'; parent = parent.parent) path.unshift(names.get(parent)!);
  const block = result.blocks[section.heading];
  return {
    section: index,
    name: names.get(section)!,
    path,
    depth: path.length,
    kind: section.kind,
    ...(block ? { heading: { block: section.heading, start: block.start, end: block.end } } : {}),
    counts: zeroCounts(),
    findings: [],
    ...(lix ? { lix } : {}),
  };
}
