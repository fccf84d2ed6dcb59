/**
 * goal-number: a catalog goal given the wrong number (or a number with another goal's
 * text), a KF goal without its number, a number the catalog does not have, and a
 * verksamhetsområde goal under the wrong inriktningsmål.
 */
import { defineRule, type Finding } from './rule';

type MessageId = 'wrongNumber' | 'missingNumber' | 'unknownNumber' | 'wrongParent';
type FixId = 'changeNumber' | 'addNumber';
import { goalStatements, quotesInText, SAME_GOAL, type Statement } from './goal-statements';

export const goalNumber = defineRule<MessageId, FixId>({
  id: 'goal-number',
  meta: {
    title: 'Målnummer',
    family: 'mal',
    description:
      'Kontrollerar att mål i målkatalogen har rätt nummer: att numret hör till målets text, att KF:s mål har sitt nummer, att numret finns i katalogen och att ett mål för verksamhetsområdet står under rätt inriktningsmål.',
    defaultSeverity: 'error',
    needsType: false,
    messages: {
      wrongNumber: 'Målet ”{goal}” har nummer {expected} i katalogen, inte {found}. Rätta numret.',
      missingNumber: 'Målnumret saknas. Skriv {expected} före måltexten.',
      unknownNumber: 'Målnummer {found} finns inte i {catalog}. Kontrollera numret och texten.',
      wrongParent: 'Mål {found} hör till inriktningsmål {expected} men står under inriktningsmål {parent}. Flytta målet eller rätta numret.',
    },
    // The catalog's number for the catalog's text: nothing to judge.
    fixes: {
      changeNumber: { title: 'Ändra till {expected}', safe: true },
      addNumber: { title: 'Lägg till nummer {expected}', safe: true },
    },
    exampleType: 'verksamhetsplan',
    examples: {
      valid: [
        {
          text: '## KF:s inriktningsmål:\n2. En hållbart växande och dynamisk storstad med hög tillväxt\n### KF:s mål för verksamhetsområdet:\n2.5. Stockholm är en hållbar stad med en god livsmiljö',
        },
      ],
      invalid: [
        {
          text: '## KF:s inriktningsmål:\n2. En hållbart växande och dynamisk storstad med hög tillväxt\n### KF:s mål för verksamhetsområdet:\n2.3 Stockholm är en hållbar stad med en god livsmiljö',
          expect: [{ messageId: 'wrongNumber', data: { expected: '2.5', found: '2.3' } }],
        },
        {
          text: '## KF:s inriktningsmål:\n1. En modern storstad med möjligheter och valfrihet för alla\n### KF:s mål för verksamhetsområdet:\n2.5. Stockholm är en hållbar stad med en god livsmiljö',
          expect: [{ messageId: 'wrongParent', data: { found: '2.5', expected: '2', parent: '1' } }],
        },
        {
          text: '## KF:s inriktningsmål:\nEn hållbart växande och dynamisk storstad med hög tillväxt',
          expect: [{ messageId: 'missingNumber', data: { expected: '2' } }],
        },
      ],
    },
  },
  check(context) {
    const findings: Finding<MessageId, FixId>[] = [];
    const statements = goalStatements(context);
    for (const statement of statements) checkStatement(statement, statements, findings);
    for (const { block, quote, match } of quotesInText(context, new Set(statements.map((statement) => statement.block)))) {
      const expected = match.goal.number;
      if (!quote.number || !expected || quote.number === expected || match.similarity < SAME_GOAL) continue;
      findings.push(wrongNumber(block, quote.numberStart!, quote.numberEnd!, match.goal.text, expected, quote.number));
    }
    return findings;
  },
});

function checkStatement(statement: Statement, all: readonly Statement[], findings: Finding<MessageId, FixId>[]): void {
  const { quote, target, numbered, block } = statement;
  if (quote.number && target?.number && target.number !== quote.number) {
    findings.push(wrongNumber(block, quote.numberStart!, quote.numberEnd!, target.text, target.number, quote.number));
    return;
  }
  // Nämndmål and Enhetsmål are written without numbers even where a catalog numbers them.
  if (!quote.number && target?.number && statement.section.spec?.goal?.numbered) {
    findings.push({
      block,
      // The goal without its number is flagged; the fix puts the number in front of it.
      start: quote.textStart,
      end: quote.textEnd,
      messageId: 'missingNumber',
      data: { expected: target.number },
      severity: 'warning',
      fixes: [{ fixId: 'addNumber', start: quote.textStart, end: quote.textStart, text: numberPrefix(target.number) }],
    });
    return;
  }
  if (quote.number && !numbered && !target && statement.match) {
    findings.push({
      block,
      start: quote.numberStart!,
      end: quote.numberEnd!,
      messageId: 'unknownNumber',
      data: { found: quote.number, catalog: statement.match.goal.catalog.name },
    });
    return;
  }
  checkParent(statement, all, findings);
}

/** "2.5" must stand under inriktningsmål 2. */
function checkParent(statement: Statement, all: readonly Statement[], findings: Finding<MessageId, FixId>[]): void {
  const expected = statement.target?.parent;
  if (!expected || !statement.quote.number) return;
  const parentStatement = all.find((other) => other.section === statement.section.parent);
  const parent = parentStatement?.target?.number ?? parentStatement?.quote.number;
  if (!parent || parent === expected) return;
  findings.push({
    block: statement.block,
    start: statement.quote.numberStart!,
    end: statement.quote.numberEnd!,
    messageId: 'wrongParent',
    data: { found: statement.quote.number, expected, parent },
  });
}

function wrongNumber(block: number, start: number, end: number, goal: string, expected: string, found: string): Finding<MessageId, FixId> {
  return {
    block,
    start,
    end,
    messageId: 'wrongNumber',
    data: { goal, expected, found },
    fixes: [{ fixId: 'changeNumber', start, end, text: expected }],
  };
}

/** "2. " for an inriktningsmål, "2.5 " for a mål för verksamhetsområdet, as in the city's plans. */
function numberPrefix(number: string): string {
  return number.includes('.') ? `${number} ` : `${number}. `;
}
