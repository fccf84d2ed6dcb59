/**
 * The content script's Swedish: notices for the side panel and the overlay's texts.
 * Severity names come from the core's ui.json and the shared words from ui/components/words.ts.
 */
export { words as sharedWords, findingsPhrase } from '../../../ui/components/words';

export const contentWords = {
  gone: 'Anmärkningen finns inte längre. Sidan har kontrollerats igen.',
  changed: 'Texten har ändrats sedan kontrollen, så inget ändrades. Försök igen.',
  readonly: 'Fältet går inte att ändra.',
  virtual: 'Ändringen sträcker sig över flera stycken eller tabellceller och kan inte göras här. Ändra texten själv.',
  singleLine: 'Fältet har bara en rad. Klicka i ett flerradigt fält och försök igen.',
  fieldGone: 'Fältet finns inte längre på sidan.',
  inLabel: 'Rubriken kommer från formuläret och kan inte ändras här.',
  insertOutside: 'Formulärets rubriker är fasta, så avsnittet kan inte läggas till härifrån. Skriv texten i rätt fält.',
  pageLevel: 'Anmärkningen gäller hela sidan.',
  noField: 'Klicka i fältet där texten ska in och försök igen.',
  noFields: 'Sidan har inga textfält att kontrollera.',
  unknownType: 'Okänd dokumenttyp.',
  selectedChanged: 'Texten har ändrats sedan kontrollen. Fältet är markerat.',
  draftFailed: 'Utkastet kunde inte sparas',
  restoreNotKept: 'Utkastet återställdes inte, eftersom det som står i fältet nu inte kunde sparas först',
  settingsFailed: 'Inställningen kunde inte sparas',
  badSettings: 'De sparade inställningarna kunde inte användas',
  noBackground: 'tillägget svarar inte',
  fixed: (title: string) => `${title}: klart.`,
  dismissedOne: 'Anmärkningen ignoreras.',
  restoredOne: 'Anmärkningen visas igen.',
  typeSet: (name: string) => `Sidan kontrolleras som ${name}.`,
  typeAuto: 'Dokumenttypen känns igen automatiskt.',
  goalBlockInserted: 'Målblocket är infogat. Fyll i texterna inom hakparentes.',
  skeletonInserted: 'Mallen är infogad. Fyll i texterna inom hakparentes.',
  draftRestored: (name: string) => `Utkastet är återställt i fältet ”${name}”.`,
  suggestion: (title: string) => `Förslag: ${title}`,
  badgeLabel: (count: string, name: string) => `${count} i fältet ”${name}”. Visa dem.`,
  fieldFindings: (name: string) => `Anmärkningar i ”${name}”`,
  noFindingsHere: 'Inga anmärkningar i fältet.',
  section: (name: string) => `i ”${name}”`,
} as const;
