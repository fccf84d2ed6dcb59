/**
 * The add-in's data in the document itself, through the Common API's document settings
 * (Word on the web, Windows 2016+, Mac, iPad — Office 2019/2021 included), so dismissals
 * travel with the file to the next reviewer. `set` works in memory; `saveAsync` writes it
 * into the document, which keeps it when the writer saves. Settings are per add-in Id: a
 * dev manifest sees other settings than the production one (FRONTEND-FACTS 4). Microsoft
 * gives 2 MB as the limit (office-js #621).
 */

export const SETTINGS_KEY = 'utkastkoll';

function documentSettings(): Office.Settings | undefined {
  return typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;
}

export async function loadDocumentSettings(): Promise<unknown> {
  const value: unknown = documentSettings()?.get(SETTINGS_KEY);
  return value ?? undefined;
}

export async function saveDocumentSettings(value: unknown): Promise<void> {
  const settings = documentSettings();
  if (!settings) throw new Error('Dokumentets inställningar går inte att spara i den här versionen av Word.');
  // Office stores JSON; a plain copy drops what JSON cannot hold (undefined, functions).
  settings.set(SETTINGS_KEY, value === undefined ? null : JSON.parse(JSON.stringify(value)));
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`Inställningarna kunde inte sparas i dokumentet: ${result.error?.message ?? 'okänt fel'}`));
    });
  });
}
