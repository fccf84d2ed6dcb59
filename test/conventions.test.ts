/**
 * Every rule is registered, documented and tested, and looks like the others.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../shared/index';
import { ruleDocs } from '../scripts/rule-docs-content';
import { CONFIG_SCHEMA_PATH, configSchema } from '../scripts/config-schema-content';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const SWEDISH = /[åäöÅÄÖ]|\b(och|är|ska|inte|till|som|med|för|saknas|avsnittet)\b/;
const ENGLISH = /\b(the|and|is|are|missing|should|must|section|goal|found|expected|of|to)\b/i;

describe('rule registry', () => {
  it('lists every rule file, once, with unique ids', () => {
    const ruleFiles = readdirSync(join(root, 'shared', 'rules'))
      .filter((file) => file.endsWith('.ts') && read(`shared/rules/${file}`).includes('= defineRule<'))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(rules.map((rule) => rule.id).sort()).toEqual(ruleFiles);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it('has exactly the rule ids the issues name (tools rely on them)', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual(
      [
        'document-type',
        'required-section',
        'section-order',
        'empty-section',
        'gender-split-missing',
        'gender-split-sum',
        'gender-split-percent',
        'goal-wording',
        'goal-number',
        'goal-inconsistent',
        'goal-block-incomplete',
        'activity-dates',
        'readability',
      ].sort(),
    );
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('is defined in shared/rules/<id>.ts with the same id, its message and fix ids as types', () => {
    const source = read(`shared/rules/${id}.ts`);
    expect(source).toContain(`id: '${id}'`);
    // defineRule<MessageId, FixId>: a finding with an unknown message or fix id does not compile.
    expect(source).toMatch(/= defineRule<MessageId(?:, FixId)?>\(\{/);
  });

  it('has Swedish fix titles, each one safe or a suggestion', () => {
    for (const fix of Object.values(rule.meta.fixes)) {
      expect(fix.title).toMatch(SWEDISH);
      expect(fix.title.replace(/\{\w+\}/g, '')).not.toMatch(ENGLISH);
      expect(typeof fix.safe).toBe('boolean');
    }
  });

  it('has Swedish metadata and message templates', () => {
    expect(rule.meta.title).not.toMatch(ENGLISH);
    expect(rule.meta.description).toMatch(SWEDISH);
    expect(rule.meta.description).not.toMatch(ENGLISH);
    const templates = Object.values(rule.meta.messages);
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) expect(template.replace(/\{\w+\}/g, '')).not.toMatch(ENGLISH);
  });

  it('documents valid and invalid examples whose expectations use its own message ids', () => {
    expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
    expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
    for (const example of rule.meta.examples.invalid) {
      expect(example.expect?.length ?? 0).toBeGreaterThan(0);
      for (const finding of example.expect ?? []) expect(Object.keys(rule.meta.messages)).toContain(finding.messageId);
    }
  });

  it('is documented in docs/rules/<id>.md, generated from its metadata', () => {
    const path = `docs/rules/${id}.md`;
    expect(existsSync(join(root, path)), `${path} saknas; kör npx tsx scripts/rule-docs.ts`).toBe(true);
    expect(read(path), 'dokumentationen är inaktuell; kör npx tsx scripts/rule-docs.ts').toBe(ruleDocs().get(`${id}.md`));
  });

  it('is tested in test/rules/<id>.test.ts, including its documented examples', () => {
    const path = `test/rules/${id}.test.ts`;
    expect(existsSync(join(root, path))).toBe(true);
    const test = read(path);
    expect(test).toContain('testDocumentedExamples(');
    expect(test).toContain('testRule(');
  });

  it('has every message id expected by a documented example or a test case', () => {
    const documented = new Set(rule.meta.examples.invalid.flatMap((example) => (example.expect ?? []).map((finding) => finding.messageId)));
    const test = read(`test/rules/${id}.test.ts`);
    for (const messageId of Object.keys(rule.meta.messages)) {
      const exercised = documented.has(messageId) || test.includes(`messageId: '${messageId}'`);
      expect(exercised, `meddelandet ${messageId} förväntas inte av något exempel eller test`).toBe(true);
    }
  });
});

describe('schema/utkastkoll-config.schema.json', () => {
  it('is generated from the settings model', () => {
    expect(read(CONFIG_SCHEMA_PATH), 'schemat är inaktuellt; kör npm run docs').toBe(configSchema());
  });
});

describe('docs/rules/README.md', () => {
  it('is the generated index', () => {
    expect(read('docs/rules/README.md')).toBe(ruleDocs().get('README.md'));
  });
});
