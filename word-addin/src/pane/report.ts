/**
 * "Spara granskningsrapport": the same printable HTML report as the command line, for the
 * document in Word, with the add-in's version (package.json's, as the command line's).
 */
import { version } from '../../../package.json';
import type { CheckResult } from '../../../shared/index';
import { renderHtml } from '../../../ui/report/index';

export const ADDIN_VERSION: string = version;

export function renderReport(documentName: string, source: string, result: CheckResult): string {
  return renderHtml([{ file: documentName, source, format: 'docx', result }], { generatedAt: new Date(), version: ADDIN_VERSION });
}
