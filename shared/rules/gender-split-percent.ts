/**
 * gender-split-percent: shares of one whole, split by gender, that do not make 100 %
 * ("28 % män, 72 % kvinnor" is fine; "97 % kvinnor, 50 % män" is not). Rates of
 * different wholes ("män deltog vid 40 % av tillfällena") are not shares and are skipped.
 */
import { spanAt, type Quantity } from '../analysis/people/index';
import { formatNumber } from '../text/numbers';
import { peopleFacts } from './people-facts';
import { defineRule, type Finding } from './rule';

type MessageId = 'sum';

const TOLERANCE = 1;

export const genderSplitPercent = defineRule<MessageId>({
  id: 'gender-split-percent',
  meta: {
    title: 'Andelar per kön summerar till 100 %',
    family: 'kon',
    description: `Kontrollerar att andelar av samma helhet uppdelade på kön blir 100 % (avrundning ±${TOLERANCE} procentenhet tillåts).`,
    defaultSeverity: 'warning',
    needsType: false,
    messages: {
      sum: 'Andelarna ({parts}) blir {sumText} %, inte 100 %. Rätta siffrorna eller förtydliga vilken grupp varje andel gäller.',
    },
    fixes: {},
    exampleType: 'tavlingsbidrag',
    examples: {
      valid: [
        { text: 'Cirka 28 % av enhetens medarbetare är män, cirka 72 % är kvinnor.' },
        { text: 'Av deltagarna var 33,3 % flickor och 66,6 % pojkar.' },
        { text: 'Män deltog vid 40 % av tillfällena, kvinnor vid 95 %.' },
      ],
      invalid: [
        {
          text: 'Vid hembesöken är 97 % av de som deltar kvinnor, 50 % män.',
          expect: [{ messageId: 'sum', data: { sum: 147, parts: '97 % + 50 %' } }],
        },
        {
          text: 'Av de svarande var 45 procent flickor och 45 procent pojkar.',
          expect: [{ messageId: 'sum', data: { sum: 90, parts: '45 % + 45 %' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId>[] = [];
    context.blocks.forEach((_, blockIndex) => {
      const shares = peopleFacts(context, blockIndex)?.quantities.filter((quantity) => quantity.kind === 'share') ?? [];
      if (shares.length < 2) return;
      const facts = context.facts(blockIndex);
      // Only a stop between two shares raises the question of where the sentence ends.
      const sameSentence = (a: Quantity, b: Quantity) =>
        !/[.!?]/.test(facts.text.slice(a.end, b.start)) || spanAt(facts.sentences, a.start) === spanAt(facts.sentences, b.start);
      let group: Quantity[] = [];
      const flush = () => {
        const report = checkGroup(group, blockIndex);
        if (report) findings.push(report);
        group = [];
      };
      for (const share of shares) {
        const previous = group[group.length - 1];
        const repeatsGender = group.some((member) => member.gender === share.gender);
        if (previous && (repeatsGender || !sameSentence(previous, share))) flush();
        group.push(share);
      }
      flush();
    });
    return findings;
  },
});

function checkGroup(group: readonly Quantity[], blockIndex: number): Finding<MessageId> | null {
  if (group.length < 2) return null;
  const sum = Math.round(group.reduce((total, share) => total + share.value, 0) * 10) / 10;
  if (Math.abs(sum - 100) <= TOLERANCE) return null;
  return {
    block: blockIndex,
    start: group[0]!.start,
    end: group[group.length - 1]!.end,
    messageId: 'sum',
    data: { sum, sumText: formatNumber(sum), parts: group.map((share) => `${formatNumber(share.value)} %`).join(' + ') },
  };
}
