/**
 * goal-block-incomplete: a goal block (Nämndmål, Enhetsmål, a KF goal) without the goal
 * text or without a part the template requires, e.g. an Enhetsmål without Uppföljning.
 */
import type { Section } from '../document/outline';
import { defineRule, quote, type Finding, type RuleContext } from './rule';
import { statementBlock } from './goal-statements';
import { headingAnchor } from './support';

export const goalBlockIncomplete = defineRule({
  id: 'goal-block-incomplete',
  meta: {
    title: 'Målblock är kompletta',
    family: 'mal',
    description:
      'Kontrollerar att varje målblock i verksamhetsplanen har sin måltext och de delar mallen kräver: Nämndmål med Beskrivning och Förväntat resultat, Enhetsmål med Förväntat resultat, Arbetssätt och Uppföljning.',
    defaultSeverity: 'error',
    messages: {
      missingPart: '{subject} saknar ”{missing}”. Lägg till avsnittet.',
      missingStatement: '{level} saknar måltext. Skriv målet direkt under rubriken.',
    },
    exampleType: 'verksamhetsplan',
    examples: {
      valid: [
        {
          text: [
            '#### Enhetsmål:',
            'Unga erbjuds feriejobb',
            '##### Förväntat resultat',
            'Tonåringar får en positiv bild av arbetslivet.',
            '##### Arbetssätt',
            'Enheten erbjuder feriejobb inom lovverksamheten.',
            '##### Uppföljning',
            'Följs upp i tertialrapporterna.',
          ].join('\n'),
        },
      ],
      invalid: [
        {
          text: [
            '#### Enhetsmål:',
            'Unga erbjuds feriejobb',
            '##### Förväntat resultat',
            'Tonåringar får en positiv bild av arbetslivet.',
            '##### Arbetssätt',
            'Enheten erbjuder feriejobb inom lovverksamheten.',
          ].join('\n'),
          expect: [{ messageId: 'missingPart', data: { subject: 'Enhetsmål ”Unga erbjuds feriejobb”', missing: 'Uppföljning' } }],
        },
        {
          text: ['#### Nämndmål:', '##### Beskrivning', 'Text.', '##### Förväntat resultat', 'Text.'].join('\n'),
          expect: [{ messageId: 'missingStatement', data: { level: 'Nämndmål' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const section of context.outline.sections) {
      const spec = section.spec;
      if (!spec?.goal) continue;
      const statement = statementBlock(context, section);
      if (statement === undefined) {
        findings.push({ ...headingAnchor(context, section), messageId: 'missingStatement', data: { level: spec.title } });
      }
      for (const part of spec.children) {
        if (part.requirement === 'optional' || hasPart(section, part.id)) continue;
        findings.push({
          ...headingAnchor(context, section),
          messageId: 'missingPart',
          data: { subject: subject(context, spec.title, statement), level: spec.title, missing: part.title },
          severity: part.requirement === 'required' ? 'error' : 'warning',
        });
      }
    }
    return findings;
  },
});

function hasPart(section: Section, id: string): boolean {
  return section.children.some((child) => child.spec?.id === id || child.alsoCovers?.some((spec) => spec.id === id));
}

/** "Enhetsmål ”Unga erbjuds feriejobb”", or just "Enhetsmål" without a goal text. */
function subject(context: RuleContext, level: string, statement: number | undefined): string {
  return statement === undefined ? level : `${level} ${quote(context.blocks[statement]!.text, 60)}`;
}
