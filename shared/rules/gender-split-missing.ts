/**
 * gender-split-missing: a count of people with no split by gender nearby, in a part of
 * the document where the document type expects one. Stockholm reports individual-based
 * figures by gender; small counts are left alone (they would point out individuals).
 */
import { isYoungCount, sameNoun, spanAt, type Quantity } from '../analysis/people/index';
import { swedish } from '../data/index';
import type { PeopleCategory } from '../data/schema';
import { isWithin, type Section } from '../document/outline';
import { peopleFacts } from './people-facts';
import { defineRule, type Finding, type RuleContext } from './rule';

type MessageId = 'missing';

/** What to ask for: "flickor och pojkar" for children and youth (by the noun, or ages and school years after the count), "kvinnor och män" otherwise. */
const PAIRS = swedish.gender.pairs;

export const genderSplitMissing = defineRule<MessageId>({
  id: 'gender-split-missing',
  meta: {
    title: 'Könsuppdelning saknas',
    family: 'kon',
    description:
      'Hittar antal personer (elever, ungdomar, brukare, deltagare, medarbetare …) som inte delas upp på kön i samma eller nästa mening, där dokumenttypen förväntar sig det (i ett tjänsteutlåtande också personalen i Jämställdhetsanalys). Barn och unga, också efter ålder eller årskurs (”25 deltagare 16–17 år”), redovisas som flickor och pojkar, vuxna som kvinnor och män. Heltidstjänster, åldrar, belopp och sidnummer räknas inte som personer.',
    defaultSeverity: 'warning',
    needsType: false,
    messages: {
      missing: '{count} {noun} redovisas inte per kön. Ange hur många som är {pair}.',
    },
    fixes: {},
    exampleType: 'tjansteutlatande',
    examples: {
      valid: [
        { text: '## Ärendet\nFältassistenterna mötte 130 ungdomar, 70 flickor och 60 pojkar.' },
        { text: '## Ärendet\nFältassistenterna mötte 130 ungdomar under året. Hälften var flickor.' },
        { text: '## Ärendet\nEnheten har 46,0 tjänster och tar emot barn 0-18 år.' },
        { text: '## Ärendet\nFyra personer har vidareutbildning.' },
        { text: '## Ärendet\nInnehåll\n\n22 Barn och unga\n\n23 Äldre' },
      ],
      invalid: [
        {
          text: '## Ärendet\nFältassistenterna har under året mött 130 ungdomar på skolorna.',
          expect: [{ messageId: 'missing', data: { count: 130, noun: 'ungdomar', pair: 'flickor och pojkar' } }],
        },
        {
          type: 'tavlingsbidrag',
          text: '# Inledning\n## Ungefärligt antal brukare/kunder, könsuppdelat\nFamiljestödet hade 346 klienter under 2021.',
          expect: [{ messageId: 'missing', data: { count: 346, noun: 'klienter', pair: 'kvinnor och män' } }],
        },
        {
          text: '## Jämställdhetsanalys\nVerksamheten har 14 medarbetare.',
          expect: [{ messageId: 'missing', data: { count: 14, noun: 'medarbetare', pair: 'kvinnor och män' } }],
        },
        {
          text: '## Ärendet\nI studien deltog 25 deltagare 16–17 år.',
          expect: [{ messageId: 'missing', data: { count: 25, noun: 'deltagare', pair: 'flickor och pojkar' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId>[] = [];
    const { minCount } = context.docType.genderSplit;
    /** Totals split by gender so far in the document, in order: a later count of the same people refers back to them. */
    const splitTotals: SplitTotal[] = [];
    context.blocks.forEach((_, blockIndex) => {
      const people = peopleFacts(context, blockIndex);
      if (!people) return;
      const totals = new Set(people.groups.map((group) => group.total?.quantity).filter(Boolean));
      for (const total of totals) splitTotals.push({ block: blockIndex, quantity: total! });
      for (const quantity of people.quantities) {
        if (quantity.kind !== 'people' || !quantity.category || quantity.notACount || totals.has(quantity)) continue;
        if (quantity.value < minCount || !Number.isInteger(quantity.value)) continue;
        if (!expectedHere(context, context.outline.sectionOfBlock[blockIndex]!, quantity.category)) continue;
        if (splitNearby(context, blockIndex, quantity)) continue;
        if (splitBefore(splitTotals, blockIndex, quantity)) continue;
        findings.push({
          block: blockIndex,
          start: quantity.start,
          end: quantity.end,
          messageId: 'missing',
          data: {
            count: quantity.value,
            noun: quantity.noun!,
            pair: isYoungCount(context.facts(blockIndex).text, quantity) ? PAIRS.young : PAIRS.adult,
            category: quantity.category,
          },
        });
      }
    });
    return findings;
  },
});

function expectedHere(context: RuleContext, section: Section, category: PeopleCategory): boolean {
  return context.docType.genderSplit.expect.some(
    (expectation) => expectation.people.includes(category) && (expectation.sections === '*' || isWithin(section, expectation.sections)),
  );
}

interface SplitTotal {
  block: number;
  quantity: Quantity;
}

/**
 * "… har 46 brukare haft digital tillsyn, varav 31 kvinnor och 15 män. … Av de 46 brukarna
 * …": the same number of the same people, split earlier in the document, is a reference
 * back to them and needs no split of its own.
 */
function splitBefore(splitTotals: readonly SplitTotal[], blockIndex: number, quantity: Quantity): boolean {
  return splitTotals.some(
    (total) =>
      (total.block < blockIndex || (total.block === blockIndex && total.quantity.start < quantity.start)) &&
      total.quantity.value === quantity.value &&
      sameNoun(total.quantity.noun!, quantity.noun!),
  );
}

/**
 * A split (numbers or shares by gender) in the sentence before, the same one, or the next
 * one. In another sentence than the count's, a split with a total of its own is that
 * total's ("Vi har 220 besökare per vecka. Under 2021 var 412 ungdomar inskrivna, varav 171
 * flickor och 241 pojkar."), unless the total is the same number.
 */
function splitNearby(context: RuleContext, blockIndex: number, quantity: Quantity): boolean {
  // Sentence boundaries only matter when there is a split somewhere near at all.
  const next = context.blocks[blockIndex + 1];
  const nextMayHelp = next !== undefined && next.kind !== 'heading';
  const here = splitPositions(context, blockIndex);
  const there = nextMayHelp ? splitPositions(context, blockIndex + 1) : undefined;
  if (here.all.length === 0 && (there?.all.length ?? 0) === 0) return false;
  const facts = context.facts(blockIndex);
  const sentences = facts.sentences;
  const sentence = spanAt(sentences, quantity.start);
  const at = sentence ? sentences.indexOf(sentence) : -1;
  const from = sentence?.start ?? 0;
  const following = sentences[at + 1];
  const to = sentence && following ? following.start : (following?.end ?? facts.text.length);
  if (anyWithin(here.all, from, to)) return true;
  if (following && anyWithin(here.forCount(quantity.value), following.start, following.end)) return true;
  // "I år deltog 70 flickor och 60 pojkar. Totalt var det 130 ungdomar." – a split the
  // sentence before gave without a total of its own is this count's split.
  const previous = sentences[at - 1];
  if (previous && anyWithin(here.withoutTotal, previous.start, from)) return true;
  if (following || !there) return false;
  // The count ends its paragraph: the split may open the next one ("… 346 klienter. / Av dem var …").
  return there.all.length > 0 && anyWithin(there.forCount(quantity.value), 0, context.facts(blockIndex + 1).sentences[0]?.end ?? next!.text.length);
}

/** "hälften var flickor", "fler pojkar än flickor": a split in words, without numbers. */
const SHARE_IN_WORDS = new RegExp(
  `(?:${swedish.splits.shareInWords.join('|')})[^.!?]{0,40}?(?:${[...swedish.gender.female, ...swedish.gender.male].filter((word) => /^\p{L}+$/u.test(word)).join('|')})`,
  'giu',
);

interface SplitPositions {
  /** Sorted offsets where a split by gender is given, in figures or in words. */
  all: number[];
  /** The same, leaving out parts of splits that have their own total. */
  withoutTotal: number[];
  /** The same, leaving out parts of splits that have their own total of another number than `value`. */
  forCount(value: number): number[];
}

function splitPositions(context: RuleContext, blockIndex: number): SplitPositions {
  if (context.blocks[blockIndex]!.kind === 'heading') return { all: [], withoutTotal: [], forCount: () => [] };
  const people = peopleFacts(context, blockIndex);
  return context.facts(blockIndex).memo('split-positions', (facts) => {
    const totalOf = new Map<Quantity, number>();
    for (const group of people?.groups ?? []) if (group.total) for (const part of group.parts) totalOf.set(part, group.total.value);
    const splits = (people?.quantities ?? []).filter((other) => other.kind === 'gender' || other.kind === 'share');
    const inWords = [...facts.text.matchAll(SHARE_IN_WORDS)].map((match) => match.index);
    const sorted = (positions: number[]) => positions.sort((a, b) => a - b);
    const withoutTotal = sorted([...splits.filter((split) => !totalOf.has(split)).map((split) => split.start), ...inWords]);
    const byValue = new Map<number, number[]>();
    const forCount = (value: number) => {
      if (totalOf.size === 0) return withoutTotal;
      let positions = byValue.get(value);
      if (!positions) {
        positions = sorted([...splits.filter((split) => (totalOf.get(split) ?? value) === value).map((split) => split.start), ...inWords]);
        byValue.set(value, positions);
      }
      return positions;
    };
    return { all: sorted([...splits.map((split) => split.start), ...inWords]), withoutTotal, forCount };
  });
}

function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]! < to;
}
