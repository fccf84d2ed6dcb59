/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: each case is a small
 * draft; valid ones must give no finding of the rule, invalid ones exactly the expected
 * findings (message id, data, and where asked, position and flagged text).
 */
import { describe, expect, it } from 'vitest';
import { checkDocument, documentFromText, type Diagnostic, type GoalCatalog, type Rule } from '../../shared/index';

export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, string | number | boolean>;
  severity?: Diagnostic['severity'];
  line?: number;
  column?: number;
  /** The source text the finding covers. */
  flagged?: string;
  /** The text of the first fix. */
  fix?: string;
  /** The whole Swedish message. */
  message?: string;
  /** Every fix, in order: its text, whether one click may apply it, and where asked its title. */
  fixes?: Array<{ text: string; safe: boolean; title?: string }>;
}

export interface RuleCase {
  name?: string;
  /** Markdown unless `format` says otherwise. */
  text: string;
  format?: 'markdown' | 'text';
  type?: string;
  catalogs?: GoalCatalog[];
  expect?: ExpectedFinding[];
}

export function findingsOf(rule: Rule, testCase: RuleCase): { diagnostics: Diagnostic[]; source: string } {
  const document = documentFromText(testCase.text, testCase.format ?? 'markdown');
  const result = checkDocument(document, { type: testCase.type ?? rule.meta.exampleType, catalogs: testCase.catalogs });
  return { diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id), source: document.source };
}

function title(testCase: RuleCase, index: number): string {
  return testCase.name ?? `#${index + 1}: ${testCase.text.replace(/\s+/g, ' ').slice(0, 70)}`;
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((testCase, index) => {
        it(title(testCase, index), () => {
          const { diagnostics } = findingsOf(rule, testCase);
          expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((testCase, index) => {
        it(title(testCase, index), () => {
          const { diagnostics, source } = findingsOf(rule, testCase);
          const expected = testCase.expect ?? [];
          expect(diagnostics.map((diagnostic) => diagnostic.messageId)).toEqual(expected.map((finding) => finding.messageId));
          expected.forEach((finding, at) => {
            const diagnostic = diagnostics[at]!;
            expect(diagnostic.message).not.toMatch(/\{\w+\}/);
            expect(rule.meta.messages[diagnostic.messageId]).toBeDefined();
            if (finding.data) expect(diagnostic.data).toMatchObject(finding.data);
            if (finding.message !== undefined) expect(diagnostic.message).toBe(finding.message);
            if (finding.severity) expect(diagnostic.severity).toBe(finding.severity);
            if (finding.line !== undefined) expect(diagnostic.line).toBe(finding.line);
            if (finding.column !== undefined) expect(diagnostic.column).toBe(finding.column);
            if (finding.flagged !== undefined) expect(source.slice(diagnostic.start, diagnostic.end)).toBe(finding.flagged);
            if (finding.fix !== undefined) expect(diagnostic.fixes?.[0]?.text).toBe(finding.fix);
            if (finding.fixes !== undefined) {
              expect((diagnostic.fixes ?? []).map(({ text, safe }) => ({ text, safe }))).toEqual(finding.fixes.map(({ text, safe }) => ({ text, safe })));
              finding.fixes.forEach((fix, index) => {
                if (fix.title !== undefined) expect(diagnostic.fixes![index]!.title).toBe(fix.title);
              });
            }
          });
        });
      });
    });
  });
}

/** The examples a rule documents in its metadata run as tests too. */
export function testDocumentedExamples(rule: Rule): void {
  testRule(rule, {
    valid: rule.meta.examples.valid.map((example) => ({ ...example, name: `dokumenterat exempel: ${example.text.replace(/\s+/g, ' ').slice(0, 60)}` })),
    invalid: rule.meta.examples.invalid.map((example) => ({ ...example, name: `dokumenterat exempel: ${example.text.replace(/\s+/g, ' ').slice(0, 60)}` })),
  });
}
