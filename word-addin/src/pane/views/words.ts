/**
 * The Swedish words of the Word task pane that neither ui.json nor the shared components
 * hold: short, and saying what to do.
 */
export const paneWords = {
  appName: 'Utkastkoll',
  recheck: 'Kontrollera igen',
  tabs: 'Vyer i Utkastkoll',
  reviewTab: 'Granskning',
  insertTab: 'Infoga',
  loading: 'Läser dokumentet …',
  errorTitle: 'Kontrollen misslyckades',
  emptyDocument: 'Dokumentet är tomt. Under Infoga kan du börja med en mall.',
  squiggles: 'Understrykningar i texten',
  noReview: 'Granskningen visas när dokumentet har kontrollerats.',
  comments: 'Lägg in som kommentarer',
  commentsHint: 'Varje anmärkning blir en kommentar vid sina ord i dokumentet.',
  commentsUnsupported: 'Den här versionen av Word kan inte lägga in kommentarer. Spara granskningsrapporten i stället.',
  commentsNothing: 'Det finns inga anmärkningar att lägga in.',
  report: 'Spara granskningsrapport',
  reportHint: 'En utskrivbar sida för den som granskar utkastet.',
  reportFile: 'granskningsrapport.html',
  goalHeading: 'Målblock',
  goalHint: 'Målblocket infogas där markören står, med målen ordagrant ur katalogen.',
  insertGoalBlock: 'Infoga målblock',
  noGoals: 'Det finns inga KF-mål att välja.',
  skeletonHeading: 'Börja med en mall',
  skeletonHint: 'Dokumentet är tomt. Infoga en mall med rubrikerna och text att skriva över.',
  insertSkeleton: 'Infoga mall',
} as const;

/** Document types the pane offers as empty documents (a verksamhetsplan with one goal block to fill in). */
export const SKELETON_TYPES: readonly string[] = ['tjansteutlatande', 'verksamhetsplan', 'tavlingsbidrag'];
