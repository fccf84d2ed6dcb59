/**
 * The Swedish words of the shared components that ui.json does not hold. Severity,
 * family and verdict names come from ui.json (`uiWords`) and are never repeated here, so
 * the task pane, the side panel, the terminal and the report cannot drift apart.
 */
export const words = {
  findings: 'Anmärkningar',
  noFindings: 'Inga anmärkningar',
  noFindingsText: 'utkastkoll hittade inget att rätta i utkastet.',
  suggestions: 'Förslag:',
  suggestion: 'förslag',
  ignore: 'Ignorera',
  restore: 'Återställ',
  dismissed: 'Ignorerade',
  noDismissed: 'Inga ignorerade anmärkningar.',
  docType: 'Dokumenttyp',
  goalLabel: 'KF:s mål för verksamhetsområdet',
  goalParent: 'KF:s inriktningsmål',
  noTypeTitle: 'Okänd dokumenttyp',
  noTypeText: 'Bara kontrollerna som gäller alla dokument kördes. Välj dokumenttyp så kontrolleras också mallens rubriker och ordning.',
  checking: 'Kontrollerar …',
  close: 'Stäng',
  perFamily: 'Anmärkningar per kontroll',
  familyColumn: 'Kontroll',
  total: 'Totalt',
  lixTitle: 'Läsbarhet (LIX) per avsnitt',
  sectionColumn: 'Avsnitt',
  lixColumn: 'LIX',
  bandColumn: 'Nivå',
  wordsColumn: 'Ord',
  wholeText: 'Hela texten',
  noLix: 'Texten är för kort för att räkna LIX.',
} as const;

/** "1 anmärkning", "3 anmärkningar". */
export function findingsPhrase(count: number): string {
  return `${count} ${count === 1 ? 'anmärkning' : 'anmärkningar'}`;
}

/** "Kontrollerad 14:32". */
export function checkedAtPhrase(time: string): string {
  return `Kontrollerad ${time}`;
}

/** "2 ignorerade anmärkningar räknas inte med." */
export function dismissedPhrase(count: number): string {
  return count === 1 ? '1 ignorerad anmärkning räknas inte med.' : `${count} ignorerade anmärkningar räknas inte med.`;
}

/** Findings below the lowest severity the settings show. */
export function hiddenPhrase(count: number): string {
  return count === 1
    ? '1 anmärkning under den lägsta nivån i inställningarna visas inte.'
    : `${count} anmärkningar under den lägsta nivån i inställningarna visas inte.`;
}
