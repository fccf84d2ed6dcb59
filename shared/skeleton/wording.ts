/**
 * The Swedish placeholder texts that are not a section's own (those stand in the doc-type
 * data): fallbacks for types without them, and the signature.
 */
import { placeholder } from '../document/placeholder';

/** For a section whose data gives no placeholder. */
export function sectionPlaceholder(title: string): string {
  return placeholder(`Skriv avsnittet ”${title}” här`);
}

/** For a question whose data gives no placeholder. */
export const QUESTION_PLACEHOLDER = placeholder('Svara på frågan');

/** "7. Hur försäkrar ni …?", or "Fråga 7" when the data has no wording for it. */
export function questionHeading(number: number, text: string | undefined): string {
  return text ? `${number}. ${text}` : `Fråga ${number}`;
}

/**
 * The signer: a name line and a title line, which signature detection reads as a
 * signature ("namn" in the first, "titel" in the second).
 */
export const SIGNATURE_NAME = placeholder('Förnamn Efternamn');
export const SIGNATURE_TITLE = placeholder('Titel, t.ex. avdelningschef');

/** The document's title, from the doc type's name for it ("Ärendets rubrik"). */
export function titlePlaceholder(name: string): string {
  return placeholder(name);
}
