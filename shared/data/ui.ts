/**
 * The Swedish words shared by every view of a check: severity names and labels, rule
 * family names, the readiness verdicts. They live in ui.json, validated here once at load,
 * so the terminal, the HTML report, the Word task pane and the side panel say the same.
 */
import { z } from 'zod';
import type { Severity } from '../diagnostic';
import uiJson from './ui.json';

const nonEmpty = z.string().trim().min(1);

const SeverityWords = z.object({
  /** In running text and the terminal: "fel", "varning", "info"; "1 varning". */
  name: nonEmpty,
  /** In counts above one (and zero): "3 varningar". */
  namePlural: nonEmpty,
  /** A badge on one finding: "Varning". */
  label: nonEmpty,
  /** A column or group heading: "Varningar". */
  labelPlural: nonEmpty,
});

/** A template whose `{name}` placeholders must be exactly `names`: a typo in the data fails at load, not in a report. */
function template(...names: string[]) {
  const expected = [...names].sort().join(',');
  return nonEmpty.refine((text) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join(',') === expected, {
    message: names.length === 0 ? 'inga {platshållare} här' : `platshållare ska vara ${names.map((name) => `{${name}}`).join(' och ')}`,
  });
}

export const UiWords = z.object({
  severities: z.object({ error: SeverityWords, warning: SeverityWords, info: SeverityWords }),
  /** Rule families in registry order (the order summaries list them in). */
  families: z.object({ struktur: nonEmpty, kon: nonEmpty, mal: nonEmpty, ovrigt: nonEmpty }),
  /** Findings of rules outside the registry (a caller's own rules). */
  otherFamily: nonEmpty,
  /** The summary row for findings before the first heading or in the signature. */
  outsideSections: nonEmpty,
  readiness: z.object({
    'not-ready': z.object({ title: nonEmpty, sentence: template('errors'), sentenceWithWarnings: template('errors', 'warnings') }),
    'almost-ready': z.object({ title: nonEmpty, sentence: template('warnings') }),
    ready: z.object({ title: nonEmpty, sentence: template() }),
  }),
});
export type UiWords = z.infer<typeof UiWords>;

export const uiWords: UiWords = UiWords.parse(uiJson);

/** Rule family ids, as ui.json names them (shared/rules/rule.ts's RuleFamily). */
export type FamilyId = keyof UiWords['families'];

/** The order every view lists severities in: the worst first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type SeverityCounts = Record<Severity, number>;

/** "1 varning", "3 varningar", "0 fel". */
export function countPhrase(severity: Severity, count: number): string {
  const words = uiWords.severities[severity];
  return `${count} ${count === 1 ? words.name : words.namePlural}`;
}

/** "2 fel, 0 varningar, 1 info"; with `omitZero` "2 fel, 1 info" (empty when all are zero). */
export function countsPhrase(counts: SeverityCounts, options: { omitZero?: boolean } = {}): string {
  return SEVERITIES.filter((severity) => !options.omitZero || counts[severity] > 0)
    .map((severity) => countPhrase(severity, counts[severity]))
    .join(', ');
}

/** Fills `{name}` placeholders of a ui.json template. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
