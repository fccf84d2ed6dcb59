/**
 * goal-block-incomplete: a goal block (Nämndmål, Enhetsmål, a KF goal) without the goal
 * text or without a part the template requires, e.g. an Enhetsmål without Uppföljning.
 */
import type { SectionSpec } from '../data/index';
import { defineRule, quote, type Finding, type RuleContext } from './rule';

type MessageId = 'missingPart' | 'missingStatement';
type FixId = 'insertPart';
import { statementBlock } from './goal-statements';
import { headingAnchor, insertHeadingFix, placementAmong } from './support';

export const goalBlockIncomplete = defineRule<MessageId, FixId>({
  id: 'goal-block-incomplete',
  meta: {
    title: 'Målblock är kompletta',
    family: 'mal',
    description:
      'Kontrollerar att varje målblock i verksamhetsplanen har sin måltext och de delar mallen kräver: Nämndmål med Beskrivning och Förväntat resultat, Enhetsmål med Förväntat resultat, Arbetssätt och Uppföljning.',
    defaultSeverity: 'error',
    needsType: true,
    messages: {
      missingPart: '{subject} saknar ”{missing}”. Lägg till avsnittet.',
      missingStatement: '{level} saknar måltext. Skriv målet direkt under rubriken.',
    },
    fixes: { insertPart: { title: 'Lägg till rubriken ”{missing}”', safe: true } },
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
    const findings: Finding<MessageId, FixId>[] = [];
    for (const section of context.outline.sections) {
      const spec = section.spec;
      if (!spec?.goal) continue;
      const statement = statementBlock(context, section);
      if (statement === undefined) {
        findings.push({ ...headingAnchor(context, section), messageId: 'missingStatement', data: { level: spec.title } });
      }
      const goalText = statement === undefined ? '' : context.blocks[statement]!.text;
      const present = (part: SectionSpec) => section.children.find((child) => child.spec === part || child.alsoCovers?.includes(part));
      for (const part of spec.children) {
        // A form has the parts it has fields for; the writer cannot add one.
        // A plan of other years than the template may have other parts: they are not demanded.
        if (part.requirement === 'optional' || present(part) || context.partial || context.period.otherTemplate) continue;
        const fix = insertHeadingFix(context, placementAmong(context, spec.children, part, present, section), 'insertPart', part.title, part);
        findings.push({
          ...headingAnchor(context, section),
          messageId: 'missingPart',
          data: { subject: subject(context, spec.title, statement), level: spec.title, missing: part.title },
          severity: part.requirement === 'required' ? 'error' : 'warning',
          subject: `${part.id}:${goalText}`,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
    return findings;
  },
});

/** "Enhetsmål ”Unga erbjuds feriejobb”", or just "Enhetsmål" without a goal text. */
function subject(context: RuleContext, level: string, statement: number | undefined): string {
  return statement === undefined ? level : `${level} ${quote(context.blocks[statement]!.text, 60)}`;
}
