/**
 * "Spara granskningsrapport": the same printable HTML report as the command line, for the
 * document in Word.
 */
import type { CheckResult } from '../../../shared/index';
import { renderHtml } from '../../../ui/report/index';

export function renderReport(documentName: string, source: string, result: CheckResult): string {
  return renderHtml([{ file: documentName, source, format: 'docx', result }], { generatedAt: new Date() });
}
