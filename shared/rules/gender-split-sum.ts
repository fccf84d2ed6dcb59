/**
 * gender-split-sum: a count split by gender whose parts do not add up to the total.
 */
import type { Quantity } from '../analysis/people/index';
import { formatNumber } from '../text/numbers';
import { peopleFacts } from './people-facts';
import { defineRule, type Finding, type FindingFix } from './rule';

type MessageId = 'mismatch';
type FixId = 'changeTotal' | 'restAsUnknown';

export const genderSplitSum = defineRule<MessageId, FixId>({
  id: 'gender-split-sum',
  meta: {
    title: 'Könsuppdelningen summerar',
    family: 'kon',
    description:
      'Kontrollerar att delarna i en könsuppdelad siffra blir totalen: ”42 elever varav 23 flickor och 19 pojkar”, ”65 ungdomar (28 flickor och 37 pojkar)”, ”12 kvinnor och 10 män, totalt 22 personer”, även med räkneord och en tredje kategori som ”annat”. Rättelserna är förslag: vilken siffra som är fel vet bara den som skriver.',
    defaultSeverity: 'error',
    needsType: false,
    messages: {
      mismatch: 'Delarna ({parts} = {sumText}) stämmer inte med totalen {totalText}. Rätta siffrorna eller redovisa resten, t.ex. som ”okänt kön”.',
    },
    // Suggestions only: which figure is wrong (the total, a part, a missing part) is a fact the writer must check.
    fixes: {
      changeTotal: { title: 'Ändra totalen till {sumText}', safe: false },
      restAsUnknown: { title: 'Redovisa resten ({restText}) som okänt kön', safe: false },
    },
    exampleType: 'tavlingsbidrag',
    examples: {
      valid: [
        { text: 'Under 2021 deltog 42 elever varav 23 flickor och 19 pojkar.' },
        { text: '65 ungdomar (28 flickor och 37 pojkar) har haft en insats.' },
        { text: 'Tretton ungdomar fick feriejobb, varav åtta pojkar och fem flickor.' },
        { text: 'Mottagningen hade 348 unika besökare: 263 flickor/kvinnor, 75 pojkar/män samt 10 individer som definierade sig som annat.' },
        { text: 'I kursen deltog 12 kvinnor och 10 män från stadsdelens verksamheter, totalt 22 personer.' },
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
        {
          text: 'I kursen deltog 12 kvinnor och 10 män från stadsdelens verksamheter, totalt 23 personer.',
          expect: [{ messageId: 'mismatch', data: { total: 23, sum: 22, parts: '12 + 10' } }],
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
          fixes: [{ fixId: 'changeTotal', start: total.start, end: total.end, text: formatNumber(sum) }, ...restFix(group.parts, total.value - sum)],
        });
      }
    });
    return findings;
  },
});

/**
 * "… 124 flickor och 135 pojkar samt 27 med okänt kön": the rest as a third part, after the
 * last one. Only for a whole number of people missing, and not where a third category is
 * already given (whether the rest belongs to it is the writer's to say).
 */
function restFix(parts: readonly Quantity[], rest: number): Array<FindingFix<FixId>> {
  if (rest < 1 || !Number.isInteger(rest) || parts.some((part) => part.gender === 'other')) return [];
  const end = parts[parts.length - 1]!.end;
  return [{ fixId: 'restAsUnknown', data: { rest, restText: formatNumber(rest) }, start: end, end, text: ` samt ${formatNumber(rest)} med okänt kön` }];
}
