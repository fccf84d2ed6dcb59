/**
 * required-section: sections, Kvalitetsutmärkelsen questions, the title and the
 * signature that the document type requires; recommended ones as warnings. Also notes
 * headings recognised under another spelling than the template's (info).
 */
import type { QuestionArea, SectionSpec } from '../data/index';
import { headingDifference } from '../document/headings';
import type { Section } from '../document/outline';
import { joinSwedish } from '../text/numbers';
import { lowerFirst } from '../document/detect';
import { alternatives } from '../text/patterns';
import { defineRule, type Finding, type FindingFix, type RuleContext } from './rule';
import { documentEnd, documentStart, headingAnchor, insertHeadingFix, placementAmong, type Anchor, type Placement } from './support';

type MessageId =
  | 'missing'
  | 'missingRecommended'
  | 'missingChild'
  | 'missingQuestion'
  | 'missingArea'
  | 'missingTitle'
  | 'missingSignature'
  | 'variant'
  | 'combined'
  | 'inRunningText'
  | 'goalInRunningText'
  | 'noTemplateHeadings';
type FixId = 'insertHeading' | 'insertQuestion' | 'insertArea' | 'useTemplateHeading';
type RequiredFinding = Finding<MessageId, FixId>;

export const requiredSection = defineRule<MessageId, FixId>({
  id: 'required-section',
  meta: {
    title: 'Obligatoriska avsnitt',
    family: 'struktur',
    description:
      'Hittar avsnitt, frågor, rubrik och underskrift som mallen kräver men som saknas. Rekommenderade avsnitt (t.ex. Jämställdhetsanalys) ger en varning. Rubriker som känns igen men stavas annorlunda än i mallen noteras som info.',
    defaultSeverity: 'error',
    needsType: true,
    messages: {
      missing: 'Avsnittet ”{section}” saknas. Lägg till det {placement}.',
      missingRecommended: 'Avsnittet ”{section}” rekommenderas men saknas. Lägg till det {placement}.',
      missingChild: '”{parent}” saknar avsnittet ”{section}”. Lägg till det {placement}.',
      missingQuestion: 'Fråga {number} ({area}) saknas. Besvara den {placement}.',
      missingArea: 'Rubriken ”{area}” saknas. Lägg till den före fråga {number}.',
      missingTitle: '{name} saknas. Börja dokumentet med en rubrik som säger vad det gäller.',
      missingSignature: '{name} saknas. Avsluta med namn och titel på den som undertecknar.',
      variant: 'Rubriken avviker från mallen: {difference}. Skriv ”{canonical}”.',
      combined: 'Rubriken slår ihop {sections}. Dela upp dem i egna avsnitt, som i mallen.',
      inRunningText: 'Rubriken ”{section}” står i löptexten (”{quote}”), inte på en egen rad. Skriv den som egen rubrik så att avsnittet kan kontrolleras.',
      goalInRunningText: 'Målet ”{quote}” står i löptexten, inte under rubriken ”{section}”. Skriv rubriken och målet under den så att målet kan kontrolleras.',
      noTemplateHeadings:
        'Inga av mallens rubriker för {name} hittades, så avsnitten kontrollerades inte. Skriv rubrikerna på egna rader (t.ex. ”{example}”) eller välj en annan dokumenttyp.',
    },
    fixes: {
      insertHeading: { title: 'Lägg till rubriken ”{section}”', safe: true },
      insertQuestion: { title: 'Lägg till fråga {number}', safe: true },
      insertArea: { title: 'Lägg till rubriken ”{area}”', safe: true },
      useTemplateHeading: { title: 'Använd mallens rubrik', safe: true },
    },
    exampleType: 'tjansteutlatande',
    examples: {
      valid: [
        {
          text: [
            '# Deltagande i kvalitetsutmärkelsen 2019',
            '## Förslag till beslut',
            'Nämnden godkänner att enheten deltar.',
            '## Sammanfattning',
            'Kvalitetsutmärkelsen är stadens pris för framgångsrik verksamhet.',
            '## Bakgrund',
            'Utmärkelsen delas ut varje år.',
            '## Ärendets beredning',
            'Ärendet har beretts inom avdelningen för social omsorg.',
            '## Ärendet',
            'Enheten vill delta.',
            '## Förvaltningens synpunkter och förslag',
            'Förvaltningen föreslår att nämnden godkänner deltagandet.',
            '## Jämställdhetsanalys',
            'Verksamheten vänder sig till alla oavsett kön.',
            '',
            'Anders Carstorp',
            '',
            'Stadsdelsdirektör',
          ].join('\n'),
        },
      ],
      invalid: [
        {
          text: [
            '# Deltagande i kvalitetsutmärkelsen 2019',
            '## Förslag till beslut',
            'Nämnden godkänner att enheten deltar.',
            '## Sammanfattning',
            'Kvalitetsutmärkelsen är stadens pris.',
            '## Ärendets beredning',
            'Ärendet har beretts inom avdelningen.',
            '## Ärendet',
            'Enheten vill delta.',
            '## Synpunkter och förslag',
            'Förvaltningen föreslår att nämnden godkänner deltagandet.',
          ].join('\n'),
          expect: [
            { messageId: 'missing', data: { section: 'Bakgrund', placement: 'före ”Ärendets beredning”' } },
            { messageId: 'missingRecommended', data: { section: 'Jämställdhetsanalys' } },
            { messageId: 'missingSignature' },
          ],
        },
        {
          type: 'verksamhetsplan',
          text: [
            '# Inlednig',
            '## Verksamhetsidé och värdegrund',
            'Vi finns för barn och unga.',
            '## Kvalitets- och utvecklingsarbete',
            'Vi följer upp arbetet varje månad.',
            '## Kompetensutveckling',
            'Alla har en utvecklingsplan.',
            '## Medarbetarnas delaktighet',
            'Planen togs fram på en planeringsdag.',
            '# KF:s inriktningsmål:',
            '1. En modern storstad med möjligheter och valfrihet för alla',
            '# Uppföljning av ekonomi',
            'Vi samutnyttjar lokaler.',
          ].join('\n'),
          expect: [
            { messageId: 'variant', data: { canonical: 'Inledning', difference: '”Inlednig” i stället för ”Inledning”' } },
            {
              messageId: 'missingChild',
              data: { parent: 'Inledning', section: 'Verksamhetsbeskrivning', placement: 'före ”Kvalitets- och utvecklingsarbete”' },
            },
          ],
        },
      ],
    },
  },
  check(context) {
    const findings: RequiredFinding[] = [];
    if (!context.partial && !hasTemplateHeading(context)) {
      // Every section would be "missing": one finding says what is wrong instead.
      const example = context.docType.sections[0]?.title ?? context.docType.questions?.areas[0]?.title ?? '';
      findings.push({ ...documentStart(), messageId: 'noTemplateHeadings', data: { name: lowerFirst(context.docType.name), example }, severity: 'warning' });
      return findings;
    }
    // A form page holds what the form asks for; parts it lacks may be on another page.
    if (!context.partial) {
      checkTitleAndSignature(context, findings);
      checkQuestions(context, findings);
    }
    checkSpecs(context, context.docType.sections, context.outline.root, findings);
    checkVariants(context, findings);
    return findings.sort((a, b) => a.block - b.block || a.start - b.start);
  },
});

function checkTitleAndSignature(context: RuleContext, findings: RequiredFinding[]): void {
  const { title, signature } = context.docType;
  if (title && title.requirement !== 'optional' && !context.outline.title) {
    findings.push({ ...documentStart(), messageId: 'missingTitle', data: { name: title.name }, severity: severityOf(title.requirement), subject: 'titel' });
  }
  if (signature && signature.requirement !== 'optional' && context.outline.signature.length === 0) {
    findings.push({
      ...documentEnd(context),
      messageId: 'missingSignature',
      data: { name: signature.name },
      severity: severityOf(signature.requirement),
      subject: 'underskrift',
    });
  }
}

function severityOf(requirement: SectionSpec['requirement']): 'error' | 'warning' {
  return requirement === 'required' ? 'error' : 'warning';
}

/**
 * Checks the children of one section instance (the root for the top level). Goal
 * sections' own parts are goal-block-incomplete's business.
 */
function checkSpecs(context: RuleContext, specs: readonly SectionSpec[], parent: Section, findings: RequiredFinding[]): void {
  const present = (spec: SectionSpec) => findPresent(context, parent, spec);
  for (const spec of specs) {
    const instances = presentAll(context, parent, spec);
    const notDemanded = (context.partial && parent.kind === 'root') || (context.period.otherTemplate && parent.kind !== 'root');
    if (instances.length === 0 && spec.requirement !== 'optional' && !notDemanded) {
      const runIn = runInHeading(context, spec);
      const goal = runIn ? null : goalInRunningText(context, spec);
      if (runIn || goal) {
        const messageId = runIn ? 'inRunningText' : 'goalInRunningText';
        const { quote, ...anchor } = (runIn ?? goal)!;
        findings.push({ ...anchor, messageId, data: { section: spec.title, quote }, severity: 'info', subject: spec.id });
        continue;
      }
      const placement = placementAmong(context, specs, spec, present, parent);
      const isTop = parent.kind === 'root';
      const messageId = isTop ? (spec.requirement === 'required' ? 'missing' : 'missingRecommended') : 'missingChild';
      const data: Finding['data'] = { section: spec.title, placement: placement.text };
      if (!isTop) data.parent = parent.spec?.title ?? parent.title;
      findings.push({
        ...placement.anchor,
        messageId,
        data,
        severity: severityOf(spec.requirement),
        subject: spec.id,
        fixes: fixesOf(insertHeadingFix(context, placement, 'insertHeading', spec.title, spec)),
      });
    }
    if (spec.goal || spec.children.length === 0) continue;
    for (const instance of instances) checkSpecs(context, spec.children, instance, findings);
  }
}

function hasTemplateHeading(context: RuleContext): boolean {
  if (context.docType.sections.length === 0 && !context.docType.questions) return true;
  return context.outline.sections.some((section) => section.kind === 'known' || section.kind === 'area' || section.kind === 'question');
}

/**
 * A template heading run into the text ("Arbetsmarknadsförvaltningens förslag till beslut
 * Arbetsmarknadsnämnden godkänner …"): its words at a paragraph's start or after a finished
 * sentence, followed by a capital. Mentioned inside a sentence, it is no heading.
 */
const CAPITAL_NEXT = /^:?\s+\p{Lu}/u;

const runInPatterns = new WeakMap<SectionSpec, RegExp>();

function runInPattern(spec: SectionSpec): RegExp {
  let pattern = runInPatterns.get(spec);
  if (!pattern) {
    const names = [spec.title, ...spec.aliases].map((name) => name.replace(/:$/, ''));
    const genitive = spec.genitivePrefix ? String.raw`(?:\p{Lu}[\p{L}-]*s\s+)?` : '';
    pattern = new RegExp(String.raw`(?:^|[.!?:]\s+)(${genitive}(?:${alternatives(names)}))(?=:?\s)`, 'giu');
    runInPatterns.set(spec, pattern);
  }
  return pattern;
}

function runInHeading(context: RuleContext, spec: SectionSpec): (Anchor & { quote: string }) | null {
  const pattern = runInPattern(spec);
  for (let index = 0; index < context.blocks.length; index++) {
    const block = context.blocks[index]!;
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    for (const match of block.text.matchAll(pattern)) {
      const start = match.index + match[0].length - match[1]!.length;
      const end = start + match[1]!.length;
      // The next word starts a sentence of its own (case-insensitive matching cannot tell capitals).
      if (!CAPITAL_NEXT.test(block.text.slice(end)) || !/^\p{Lu}/u.test(block.text.slice(match.index + match[0].length - match[1]!.length))) continue;
      const quote = block.text.slice(start, Math.min(block.text.length, end + 30)).replace(/\s+\S*$/, '');
      return { block: index, start, end, quote: quote + '…' };
    }
  }
  return null;
}

/**
 * A goal level whose catalog goal the writer quotes in running text ("Det inriktningsmål … som
 * vårt arbete hör till är En modern storstad med …"): the goal is there, only not under its heading.
 */
function goalInRunningText(context: RuleContext, spec: SectionSpec): (Anchor & { quote: string }) | null {
  const level = spec.goal?.level;
  if (!level || !context.goals.hasLevel(level)) return null;
  const texts = context.goals.goals.filter((goal) => goal.level === level).map((goal) => goal.text.toLocaleLowerCase('sv'));
  const foldedTexts = foldedParagraphs(context);
  for (let index = 0; index < context.blocks.length; index++) {
    const block = context.blocks[index]!;
    const folded = foldedTexts[index];
    if (folded === undefined) continue;
    for (const text of texts) {
      const at = folded.indexOf(text);
      if (at < 0) continue;
      const quote = block.text.slice(at, at + text.length);
      return { block: index, start: at, end: at + text.length, quote: quote.length > 60 ? quote.slice(0, 59).trimEnd() + '…' : quote };
    }
  }
  return null;
}

const foldedByCheck = new WeakMap<RuleContext, Array<string | undefined>>();

/** Each paragraph's text in lower case, folded once per check however many goal levels ask. */
function foldedParagraphs(context: RuleContext): Array<string | undefined> {
  let folded = foldedByCheck.get(context);
  if (!folded) {
    folded = context.blocks.map((block) => (block.kind === 'paragraph' ? block.text.toLocaleLowerCase('sv') : undefined));
    foldedByCheck.set(context, folded);
  }
  return folded;
}

/** Instances of a spec under this parent; for the root and unique parents, anywhere. */
function presentAll(context: RuleContext, parent: Section, spec: SectionSpec): Section[] {
  const all = context.outline.sections.filter((section) => section.spec === spec || section.alsoCovers?.includes(spec));
  if (parent.kind === 'root' || !parent.spec?.repeatable) return all;
  return all.filter((section) => isDescendant(section, parent));
}

function findPresent(context: RuleContext, parent: Section, spec: SectionSpec): Section | undefined {
  return presentAll(context, parent, spec)[0];
}

function isDescendant(section: Section, ancestor: Section): boolean {
  for (let current = section.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

function checkQuestions(context: RuleContext, findings: RequiredFinding[]): void {
  const questions = context.docType.questions;
  if (!questions) return;
  const byNumber = new Map<number, Section>();
  const areas = new Map<string, Section>();
  for (const section of context.outline.sections) {
    if (section.kind === 'question' && !byNumber.has(section.number!)) byNumber.set(section.number!, section);
    if (section.kind === 'area' && section.area && !areas.has(section.area.id)) areas.set(section.area.id, section);
  }
  for (let number = 1; number <= questions.count; number++) {
    if (byNumber.has(number)) continue;
    const area = questions.areas.find((candidate) => number >= candidate.first && number <= candidate.last)!;
    const placement = questionPlacement(context, byNumber, areas, number, area);
    const heading = questions.texts?.[number - 1] ? `${number}. ${questions.texts[number - 1]}` : `Fråga ${number}`;
    findings.push({
      ...placement.anchor,
      messageId: 'missingQuestion',
      data: { number, area: area.title, placement: placement.text },
      subject: `fraga-${number}`,
      fixes: fixesOf(insertHeadingFix(context, placement, 'insertQuestion', heading)),
    });
  }
  for (const area of questions.areas) {
    if (areas.has(area.id)) continue;
    for (let number = area.first; number <= area.last; number++) {
      const question = byNumber.get(number);
      if (!question) continue;
      const before: Placement = {
        anchor: headingAnchor(context, question),
        text: '',
        insertAt: { block: question.heading, where: 'before', level: question.level === undefined ? undefined : Math.max(1, question.level - 1) },
      };
      findings.push({
        ...before.anchor,
        messageId: 'missingArea',
        data: { area: area.title, number },
        severity: 'warning',
        subject: `omrade-${area.id}`,
        fixes: fixesOf(insertHeadingFix(context, before, 'insertArea', area.title)),
      });
      break;
    }
  }
}

/**
 * Where a missing question goes: next to the questions of its own area (before the next,
 * after the previous), at the end of its area, else next to the nearest question.
 */
function questionPlacement(context: RuleContext, byNumber: Map<number, Section>, areas: Map<string, Section>, number: number, area: QuestionArea): Placement {
  const before = (section: Section, next: number): Placement => ({
    anchor: headingAnchor(context, section),
    text: `före fråga ${next}`,
    insertAt: { block: section.heading, where: 'before', level: section.level },
  });
  const after = (section: Section, previous: number): Placement => ({
    anchor: headingAnchor(context, section),
    text: `efter fråga ${previous}`,
    insertAt: { block: section.lastBlock, where: 'after', level: section.level },
  });
  for (let next = number + 1; next <= area.last; next++) {
    const section = byNumber.get(next);
    if (section) return before(section, next);
  }
  for (let previous = number - 1; previous >= area.first; previous--) {
    const section = byNumber.get(previous);
    if (section) return after(section, previous);
  }
  const areaSection = areas.get(area.id);
  if (areaSection) {
    const level = areaSection.level === undefined ? undefined : areaSection.level + 1;
    return { anchor: headingAnchor(context, areaSection), text: `under ”${area.title}”`, insertAt: { block: areaSection.lastBlock, where: 'after', level } };
  }
  for (let next = number + 1; next <= context.docType.questions!.count; next++) {
    const section = byNumber.get(next);
    if (section) return before(section, next);
  }
  for (let previous = number - 1; previous >= 1; previous--) {
    const section = byNumber.get(previous);
    if (section) return after(section, previous);
  }
  return { anchor: documentStart(), text: 'i dokumentet' };
}

function fixesOf(fix: FindingFix<FixId> | null): FindingFix<FixId>[] | undefined {
  return fix ? [fix] : undefined;
}

function checkVariants(context: RuleContext, findings: RequiredFinding[]): void {
  for (const section of context.outline.sections) {
    if (section.variant === 'variant') {
      const canonical = section.spec?.title ?? section.area?.title;
      if (!canonical) continue;
      const block = context.blocks[section.heading]!;
      const colon = block.text.trimEnd().endsWith(':') ? ':' : '';
      findings.push({
        ...headingAnchor(context, section),
        messageId: 'variant',
        data: { canonical, found: block.text, difference: headingDifference(block.text, canonical) },
        severity: 'info',
        fixes: [{ fixId: 'useTemplateHeading', start: 0, end: block.text.length, text: canonical + colon }],
      });
    } else if (section.variant === 'combined' && section.spec) {
      const sections = joinSwedish([section.spec, ...(section.alsoCovers ?? [])].map((spec) => `”${spec.title}”`));
      findings.push({ ...headingAnchor(context, section), messageId: 'combined', data: { sections }, severity: 'info' });
    }
  }
}
