/**
 * Diagnostics from the real core for the component tests: a tjänsteutlåtande with a
 * split that does not add up, a misquoted KF goal, a long hard Bakgrund (LIX) and no
 * Jämställdhetsanalys; and a document of no known type.
 */
import { checkDocument, documentFromText, summarize, type CheckResult, type Diagnostic, type SettingsInput } from '../../shared/index';

const HARD =
  'Kvalitetsutmärkelsen har sin utgångspunkt i stadens program för kvalitetsutveckling och är kopplad till stadens integrerade system för ledning och uppföljning av ekonomi och verksamhet, vilket innebär att enheterna som deltar förutom ett systematiskt kvalitetsarbete även ska uppvisa goda resultat inom exempelvis budgethållning. ' +
  'De belönade enheterna ska kännetecknas av ett professionellt ledarskap, engagerade medarbetare och av en levande dialog med brukarna, och för att delta i kvalitetsutmärkelsen ska verksamheten beskriva sitt kvalitetsarbete utifrån en rad frågor och bli godkänd att delta av ansvarig nämnd.';

export const TJANSTEUTLATANDE = `# Fritidsgårdarnas öppettider

## Förslag till beslut

Kulturnämnden godkänner förvaltningens förslag om nya öppettider.

## Sammanfattning

Förvaltningen föreslår längre öppettider på fritidsgårdarna under sommaren.

## Bakgrund

Under 2025 besökte 286 ungdomar varav 124
flickor och 135 pojkar fritidsgårdarna i stadsdelen. ${HARD}

## Ärendets beredning

Ärendet har beretts av avdelningen för kultur och fritid.

## Ärendet

Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.

## Synpunkter och förslag

Förvaltningen ser positivt på förslaget.

Anna Andersson

Avdelningschef
`;

export function checkTjansteutlatande(settings?: SettingsInput): CheckResult {
  return checkDocument(documentFromText(TJANSTEUTLATANDE, 'markdown'), { type: 'tjansteutlatande', ...(settings ? { settings } : {}) });
}

/** The result with one finding dismissed and the infos hidden, for the dismissed and hidden counts. */
export function checkWithDismissed(): { result: CheckResult; dismissedKey: string } {
  const first = checkTjansteutlatande();
  const dismissedKey = byRule(first.diagnostics, 'required-section').key;
  return { result: checkTjansteutlatande({ dismissed: [dismissedKey], severity: 'warning' }), dismissedKey };
}

export function checkNoType(): CheckResult {
  return checkDocument(documentFromText('Hej.\n\nVi hade 40 deltagare i våras.', 'markdown'));
}

export { summarize };

export function byRule(diagnostics: readonly Diagnostic[], ruleId: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.ruleId === ruleId);
  if (!found) throw new Error(`ingen anmärkning från ${ruleId}: ${diagnostics.map((d) => d.ruleId).join(', ')}`);
  return found;
}
