/** What the corpus tests pin: every error and warning of a check as "line ruleId messageId". */
import type { CheckResult } from '../../shared/index';

export function errorsAndWarnings(result: CheckResult): string[] {
  return result.diagnostics
    .filter((diagnostic) => diagnostic.severity !== 'info')
    .map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId} ${diagnostic.messageId}`);
}
