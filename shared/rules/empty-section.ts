/**
 * empty-section: a heading with nothing under it, neither text nor sub-sections with text.
 */
import type { Section } from '../document/outline';
import { defineRule, type Finding, type RuleContext } from './rule';
import { hasText, headingAnchor, sectionName } from './support';

export const emptySection = defineRule({
  id: 'empty-section',
  meta: {
    title: 'Tomma avsnitt',
    family: 'struktur',
    description: 'Hittar rubriker som inte följs av någon text, varken direkt eller i underavsnitt.',
    defaultSeverity: 'warning',
    messages: {
      empty: 'Avsnittet ”{section}” är tomt. Skriv innehåll eller ta bort rubriken.',
    },
    exampleType: 'tjansteutlatande',
    examples: {
      valid: [{ text: ['# Fritidsgårdarnas öppettider', '## Bakgrund', 'Utmärkelsen delas ut varje år.', '## Ärendet', '### Enheten', 'Enheten vill delta.'].join('\n') }],
      invalid: [
        {
          text: ['# Fritidsgårdarnas öppettider', '## Bakgrund', '## Ärendet', 'Enheten vill delta.'].join('\n'),
          expect: [{ messageId: 'empty', data: { section: 'Bakgrund' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const section of context.outline.sections) {
      if (section.kind === 'title' || hasContent(context, section)) continue;
      findings.push({ ...headingAnchor(context, section), messageId: 'empty', data: { section: sectionName(section) } });
    }
    return findings;
  },
});

function hasContent(context: RuleContext, section: Section): boolean {
  if (section.body.some((index) => hasText(context.blocks[index]!.text))) return true;
  return section.children.some((child) => child.kind !== 'title' && hasContent(context, child));
}
