/**
 * What the options page does, as functions: the entrypoint backs them with the browser
 * and the database (browser-api.ts), tests with a fake. Every action answers with a
 * Swedish sentence for the page to show.
 */

export interface SiteEntry {
  origin: string;
  /** Enabled by the organisation's policy (or the build): shown as such and not the user's to turn off. */
  managed: boolean;
  /** Whether the browser has given the extension access; a policy site may still be waiting for it. */
  granted: boolean;
}

export interface ImportedCatalog {
  id: string;
  name: string;
  version: string;
  goals: number;
}

export interface ImportedDocType {
  id: string;
  name: string;
}

export interface ImportedRuleData {
  catalogs: ImportedCatalog[];
  docTypes: ImportedDocType[];
}

export type Outcome = { ok: true; message: string } | { ok: false; error: string };

export interface OptionsApi {
  listSites(): Promise<SiteEntry[]>;
  /** Asks the browser for access to the site and turns it on. Call it straight from the click: the prompt must open before anything is awaited. */
  enableSite(origin: string): Promise<Outcome>;
  disableSite(origin: string): Promise<Outcome>;
  listRuleData(): Promise<ImportedRuleData>;
  /** A goal catalog or a document-type file, as text. */
  importRuleFile(text: string): Promise<Outcome>;
  removeCatalog(id: string): Promise<Outcome>;
  removeDocType(id: string): Promise<Outcome>;
  /** Downloads all local data as one JSON file. */
  exportData(): Promise<Outcome>;
  /** Merges an exported file into the local data. */
  importData(text: string): Promise<Outcome>;
  deleteAll(): Promise<Outcome>;
}
