/**
 * gender-split-sum: a count split by gender whose parts do not add up to the total.
 */
import { formatNumber } from '../text/numbers';
import { peopleFacts } from './people-facts';
import { defineRule, type Finding } from './rule';

type MessageId = 'mismatch';
type FixId = 'changeTotal';

export const genderSplitSum = defineRule<MessageId, FixId>({
  id: 'gender-split-sum',
  meta: {
    title: 'Könsuppdelningen summerar',
    family: 'kon',
    description:
      'Kontrollerar att delarna i en könsuppdelad siffra blir totalen: ”42 elever varav 23 flickor och 19 pojkar”, ”65 ungdomar (28 flickor och 37 pojkar)”, även med räkneord och en tredje kategori som ”annat”.',
    defaultSeverity: 'error',
    needsType: false,
    messages: {
      mismatch: 'Delarna ({parts} = {sumText}) stämmer inte med totalen {totalText}. Rätta siffrorna eller redovisa resten, t.ex. som ”okänt kön”.',
    },
    // A suggestion only: the parts may be the wrong figures, not the total.
    fixes: { changeTotal: { title: 'Ändra totalen till {sumText}', safe: false } },
    exampleType: 'tavlingsbidrag',
    examples: {
      valid: [
        { text: 'Under 2021 deltog 42 elever varav 23 flickor och 19 pojkar.' },
        { text: '65 ungdomar (28 flickor och 37 pojkar) har haft en insats.' },
        { text: 'Tretton ungdomar fick feriejobb, varav åtta pojkar och fem flickor.' },
        { text: 'Mottagningen hade 348 unika besökare: 263 flickor/kvinnor, 75 pojkar/män samt 10 individer som definierade sig som annat.' },
      ],
      invalid: [
        {
          text: 'Fältassistenterna har under 2021 hjälpt 286 ungdomar varav 124 flickor och 135 pojkar.',
          expect: [{ messageId: 'mismatch', data: { total: 286, sum: 259, parts: '124 + 135' } }],
        },
        {
          text: 'Tolv ungdomar, åtta pojkar och fem flickor, fick feriejobb.',
          expect: [{ messageId: 'mismatch', data: { total: 12, sum: 13, parts: '8 + 5' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId, FixId>[] = [];
    context.blocks.forEach((_, blockIndex) => {
      for (const group of peopleFacts(context, blockIndex)?.groups ?? []) {
        if (!group.total) continue;
        const sum = group.parts.reduce((total, part) => total + part.value, 0);
        if (Math.abs(sum - group.total.value) < 1e-9) continue;
        const total = group.total;
        findings.push({
          block: blockIndex,
          start: Math.min(total.start, group.start),
          end: Math.max(total.end, group.end),
          messageId: 'mismatch',
          data: {
            total: total.value,
            sum,
            parts: group.parts.map((part) => formatNumber(part.value)).join(' + '),
            totalText: formatNumber(total.value),
            sumText: formatNumber(sum),
          },
          fixes: [{ fixId: 'changeTotal', start: total.start, end: total.end, text: formatNumber(sum) }],
        });
      }
    });
    return findings;
  },
});
