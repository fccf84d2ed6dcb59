/**
 * section-order: sections and numbered questions out of the template's order, questions
 * under the wrong area, a question answered twice, and template parts outside their
 * place (an Inledning part after the goals).
 */
import type { SectionSpec } from '../data/index';
import type { Section } from '../document/outline';
import { defineRule, type Finding, type RuleContext } from './rule';

type MessageId = 'before' | 'after' | 'misplaced' | 'questionOrder' | 'duplicateQuestion' | 'wrongArea';
import { headingAnchor, sectionName } from './support';

export const sectionOrder = defineRule<MessageId>({
  id: 'section-order',
  meta: {
    title: 'Avsnittens ordning',
    family: 'struktur',
    description:
      'Hittar avsnitt och numrerade frågor som inte står i mallens ordning, frågor under fel område, frågor som besvaras två gånger och avsnitt som hamnat utanför sin plats i mallen.',
    defaultSeverity: 'warning',
    needsType: true,
    messages: {
      before: '”{section}” ska stå före ”{other}” enligt mallen. Flytta avsnittet.',
      after: '”{section}” ska stå efter ”{other}” enligt mallen. Flytta avsnittet.',
      misplaced: '”{section}” hör hemma under ”{parent}”. Flytta avsnittet dit.',
      questionOrder: 'Fråga {number} står efter fråga {previous}. Ordna frågorna i nummerordning.',
      duplicateQuestion: 'Fråga {number} besvaras flera gånger. Samla svaret under en rubrik.',
      wrongArea: 'Fråga {number} hör till området ”{area}”, inte ”{actual}”. Flytta frågan dit.',
    },
    fixes: {},
    exampleType: 'tjansteutlatande',
    examples: {
      valid: [
        {
          text: ['# Fritidsgårdarnas öppettider', '## Förslag till beslut', 'Godkänn.', '## Sammanfattning', 'Kort.', '## Bakgrund', 'Historik.'].join('\n'),
        },
      ],
      invalid: [
        {
          text: ['# Fritidsgårdarnas öppettider', '## Förslag till beslut', 'Godkänn.', '## Bakgrund', 'Historik.', '## Sammanfattning', 'Kort.'].join('\n'),
          expect: [{ messageId: 'before', data: { section: 'Sammanfattning', other: 'Bakgrund' } }],
        },
        {
          type: 'tavlingsbidrag',
          text: [
            '# Målgrupp',
            '## 1. Kunskap om målgruppen',
            'Text.',
            '## 3. Delaktighet',
            'Text.',
            '## 2. Bemötande',
            'Text.',
            '## 3. Delaktighet igen',
            'Text.',
          ].join('\n'),
          expect: [
            { messageId: 'questionOrder', data: { number: 2, previous: 3 } },
            { messageId: 'duplicateQuestion', data: { number: 3 } },
          ],
        },
      ],
    },
  },
  check(context) {
    // A form's fields stand where the form puts them: nothing the writer can move.
    if (context.partial) return [];
    const findings: Finding<MessageId>[] = [];
    checkSiblings(context, context.outline.root, context.docType.sections, findings);
    checkQuestions(context, findings);
    for (const section of context.outline.sections) {
      if (!section.misplaced) continue;
      findings.push({
        ...headingAnchor(context, section),
        messageId: 'misplaced',
        data: { section: sectionName(section), parent: section.misplaced.expectedUnder },
      });
    }
    return findings.sort((a, b) => a.block - b.block || a.start - b.start);
  },
});

/** Known children of each section against the template order, recursively. */
function checkSiblings(context: RuleContext, parent: Section, specs: readonly SectionSpec[], findings: Finding<MessageId>[]): void {
  const ordered = parent.children.filter((child) => child.spec && !child.misplaced && !child.spec.anyOrder && specs.includes(child.spec));
  const positions = ordered.map((child) => specs.indexOf(child.spec!));
  const keep = longestNonDecreasing(positions);
  ordered.forEach((child, index) => {
    if (keep.has(index)) return;
    const position = positions[index]!;
    const kept = ordered.filter((_, otherIndex) => keep.has(otherIndex));
    const later = kept.find((other) => specs.indexOf(other.spec!) > position);
    const earlier = kept.findLast((other) => specs.indexOf(other.spec!) < position);
    const other = later ?? earlier;
    if (!other) return;
    findings.push({
      ...headingAnchor(context, child),
      messageId: later ? 'before' : 'after',
      data: { section: sectionName(child), other: sectionName(other) },
    });
  });
  for (const child of parent.children) if (child.spec) checkSiblings(context, child, child.spec.children, findings);
}

function checkQuestions(context: RuleContext, findings: Finding<MessageId>[]): void {
  const seen = new Set<number>();
  let highest = 0;
  for (const section of context.outline.sections) {
    if (section.kind !== 'question') continue;
    const number = section.number!;
    const anchor = headingAnchor(context, section);
    if (seen.has(number)) {
      findings.push({ ...anchor, messageId: 'duplicateQuestion', data: { number }, severity: 'error' });
      continue;
    }
    seen.add(number);
    if (number < highest) findings.push({ ...anchor, messageId: 'questionOrder', data: { number, previous: highest } });
    highest = Math.max(highest, number);
    const parentArea = section.parent?.kind === 'area' ? section.parent.area : undefined;
    if (parentArea && section.area && parentArea.id !== section.area.id) {
      findings.push({ ...anchor, messageId: 'wrongArea', data: { number, area: section.area.title, actual: parentArea.title } });
    }
  }
}

/**
 * Indices of a longest non-decreasing subsequence: the sections that are in order. Among
 * equally long ones, the earliest sections are kept, so the later one is reported.
 */
function longestNonDecreasing(values: readonly number[]): Set<number> {
  const longestFrom = new Array<number>(values.length).fill(1);
  for (let index = values.length - 1; index >= 0; index--) {
    for (let next = index + 1; next < values.length; next++) {
      if (values[next]! >= values[index]! && longestFrom[next]! + 1 > longestFrom[index]!) longestFrom[index] = longestFrom[next]! + 1;
    }
  }
  const keep = new Set<number>();
  let remaining = Math.max(0, ...longestFrom);
  let floor = -Infinity;
  for (let index = 0; index < values.length && remaining > 0; index++) {
    if (values[index]! >= floor && longestFrom[index] === remaining) {
      keep.add(index);
      floor = values[index]!;
      remaining--;
    }
  }
  return keep;
}
