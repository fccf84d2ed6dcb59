/**
 * empty-section: a heading with nothing under it, neither text nor sub-sections with text;
 * a section whose only text is placeholders ("[Beskriv bakgrunden till ärendet]", as an
 * empty document from shared/skeleton has them); and a heading that is itself a placeholder.
 */
import { isPlaceholder } from '../document/placeholder';
import { GROUP_LEVEL } from '../readers/fields';
import type { Section } from '../document/outline';
import { defineRule, type Finding, type RuleContext } from './rule';
import { hasText, headingAnchor, sectionName } from './support';

type MessageId = 'empty' | 'emptyField' | 'placeholder' | 'placeholderHeading';

export const emptySection = defineRule<MessageId>({
  id: 'empty-section',
  meta: {
    title: 'Tomma avsnitt',
    family: 'struktur',
    description:
      'Hittar rubriker som inte följs av någon text, varken direkt eller i underavsnitt, och avsnitt och rubriker där platshållartexten i hakparenteser från mallen ännu inte har ersatts.',
    defaultSeverity: 'warning',
    // A document of no known type may have empty headings by design (a protokoll's agenda), and a page of fields empty fields.
    needsType: true,
    messages: {
      empty: 'Avsnittet ”{section}” är tomt. Skriv innehåll eller ta bort rubriken.',
      emptyField: 'Fältet ”{section}” är tomt. Fyll i det.',
      placeholder: 'Avsnittet ”{section}” innehåller bara platshållartext. Skriv innehållet.',
      placeholderHeading: 'Rubriken ”{heading}” är platshållartext. Skriv en egen rubrik.',
    },
    fixes: {},
    exampleType: 'tjansteutlatande',
    examples: {
      valid: [
        {
          text: ['# Fritidsgårdarnas öppettider', '## Bakgrund', 'Utmärkelsen delas ut varje år.', '## Ärendet', '### Enheten', 'Enheten vill delta.'].join(
            '\n',
          ),
        },
      ],
      invalid: [
        {
          text: ['# Fritidsgårdarnas öppettider', '## Bakgrund', '## Ärendet', 'Enheten vill delta.'].join('\n'),
          expect: [{ messageId: 'empty', data: { section: 'Bakgrund' } }],
        },
        {
          text: ['# [Ärendets rubrik]', '## Bakgrund', '[Beskriv bakgrunden till ärendet]', '## Ärendet', 'Enheten vill delta.'].join('\n'),
          expect: [
            { messageId: 'placeholderHeading', data: { heading: '[Ärendets rubrik]' } },
            { messageId: 'placeholder', data: { section: 'Bakgrund' } },
          ],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId, never>[] = [];
    for (const section of context.outline.sections) {
      const anchor = headingAnchor(context, section);
      if (isPlaceholder(context.blocks[section.heading]!.text)) {
        findings.push({ ...anchor, messageId: 'placeholderHeading', data: { heading: section.title } });
      }
      if (section.kind === 'title') continue;
      // A form's own group heading with no fields under it is the form's, nothing the writer can fill in.
      if (context.partial && context.blocks[section.heading]!.level === GROUP_LEVEL) continue;
      if (isPartTitle(context, section)) continue;
      if (!hasContent(context, section))
        findings.push({ ...anchor, messageId: context.partial ? 'emptyField' : 'empty', data: { section: sectionName(section) } });
      else if (onlyPlaceholders(context, section)) findings.push({ ...anchor, messageId: 'placeholder', data: { section: sectionName(section) } });
    }
    return findings;
  },
});

/**
 * A heading of the writer's own right above a template heading ("MÅL OCH ARBETSSÄTT" over
 * "KF:s inriktningsmål"): the title of a part of the document, whose text is in the
 * template sections after it, not an empty section.
 */
function isPartTitle(context: RuleContext, section: Section): boolean {
  if (section.kind !== 'generic' || section.body.length > 0 || section.children.length > 0) return false;
  const next = context.outline.sectionOfBlock[section.heading + 1];
  return next !== undefined && next.heading === section.heading + 1 && (next.kind === 'known' || next.kind === 'area' || next.kind === 'question');
}

function hasContent(context: RuleContext, section: Section): boolean {
  if (section.body.some((index) => hasText(context.blocks[index]!.text))) return true;
  return section.children.some((child) => child.kind !== 'title' && hasContent(context, child));
}

/**
 * The section's own text is placeholders and nothing else. Tables do not count either way:
 * an empty document's Aktivitet table stands in the last part, whose text is still to write.
 * Sub-sections are judged on their own, so each unfilled part is reported where it stands.
 */
function onlyPlaceholders(context: RuleContext, section: Section): boolean {
  let placeholders = 0;
  for (const index of section.body) {
    const block = context.blocks[index]!;
    if (block.kind === 'tableRow' || !hasText(block.text)) continue;
    if (!isPlaceholder(block.text)) return false;
    placeholders++;
  }
  return placeholders > 0;
}
