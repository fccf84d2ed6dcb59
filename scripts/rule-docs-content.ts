/**
 * The Markdown documentation of every rule, generated from its metadata.
 */
import { rules, uiWords, type Rule, type RuleExample, type Severity } from '../shared/index';

const familyNames = uiWords.families;
const severityName = (severity: Severity) => uiWords.severities[severity].name;

function example(rule: Rule, item: RuleExample, valid: boolean): string {
  const lines = [`Dokumenttyp: \`${item.type ?? rule.meta.exampleType}\``, '', '```markdown', item.text, '```'];
  if (!valid) {
    lines.push('', 'Ger:');
    for (const finding of item.expect ?? []) {
      const template = rule.meta.messages[finding.messageId] ?? '';
      const data = finding.data
        ? ` — ${Object.entries(finding.data)
            .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
            .join(', ')}`
        : '';
      lines.push(`- \`${finding.messageId}\`: ${template}${data}`);
    }
  }
  return lines.join('\n');
}

function ruleDoc(rule: Rule): string {
  const { meta } = rule;
  return [
    `# ${rule.id}: ${meta.title}`,
    '',
    `*Familj:* ${familyNames[meta.family]} · *Allvarlighet:* ${severityName(meta.defaultSeverity)} (standard)`,
    '',
    meta.description,
    '',
    '## Meddelanden',
    '',
    '| id | text |',
    '|---|---|',
    ...Object.entries(meta.messages).map(([id, template]) => `| \`${id}\` | ${template.replace(/\|/g, '\\|')} |`),
    '',
    '## Exempel utan anmärkning',
    '',
    ...meta.examples.valid.map((item) => example(rule, item, true) + '\n'),
    '## Exempel med anmärkning',
    '',
    ...meta.examples.invalid.map((item) => example(rule, item, false) + '\n'),
    'Exemplen körs som tester (`test/rules/' + rule.id + '.test.ts`). Den här filen skapas av `npx tsx scripts/rule-docs.ts`.',
    '',
  ].join('\n');
}

function index(): string {
  return [
    '# Regler',
    '',
    '| regel | familj | allvarlighet | vad den hittar |',
    '|---|---|---|---|',
    ...rules.map(
      (rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${familyNames[rule.meta.family]} | ${severityName(rule.meta.defaultSeverity)} | ${rule.meta.title} |`,
    ),
    '',
    'Skapad av `npx tsx scripts/rule-docs.ts` från reglernas metadata.',
    '',
  ].join('\n');
}

export function ruleDocs(): Map<string, string> {
  const files = new Map<string, string>([['README.md', index()]]);
  for (const rule of rules) files.set(`${rule.id}.md`, ruleDoc(rule));
  return files;
}
