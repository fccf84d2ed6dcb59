/**
 * The options page's OptionsApi backed by the browser and the database. The page is an
 * extension page, in the extension's origin, so it uses the database directly; enabling
 * and disabling sites goes through the background, which owns the registrations.
 */
import { createBackgroundClient, enableSite, type Messaging } from '../background/client';
import type { Permissions } from '../background/browser-api';
import { readPolicy } from '../background/policy';
import { sitePattern } from '../background/site-address';
import { parseJsonText, type Store } from '../storage/index';
import type { ImportCounts } from '../storage/transfer';
import type { OptionsApi, Outcome } from './api';

export interface OptionsBrowser {
  permissions: { request(permissions: Permissions): Promise<boolean>; contains(permissions: Permissions): Promise<boolean> };
  runtime: Messaging;
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
}

export interface SavedFile {
  name: string;
  text: string;
}

/** Saves a file through the browser's ordinary download: a blob URL, so nothing is sent anywhere. */
export function downloadFile({ name, text }: SavedFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function importedPhrase(counts: ImportCounts): string {
  return `Importerade ${plural(counts.drafts, 'utkast', 'utkast')} (${plural(counts.versions, 'ny version', 'nya versioner')}), inställningar för ${plural(counts.sites, 'webbplats', 'webbplatser')}, ${plural(counts.catalogs, 'målkatalog', 'målkataloger')} och ${plural(counts.docTypes, 'dokumenttyp', 'dokumenttyper')}.`;
}

const RELOAD = 'Formulär som redan är öppna använder den när de laddas om.';

export function createBrowserOptionsApi(
  browser: OptionsBrowser,
  store: Store,
  save: (file: SavedFile) => void = downloadFile,
  now: () => Date = () => new Date(),
): OptionsApi {
  const background = createBackgroundClient(browser.runtime);
  const failed = (error: unknown): Outcome => ({ ok: false, error: error instanceof Error ? error.message : String(error) });

  return {
    async listSites() {
      const sites = await background.send({ type: 'sites:list' });
      return Promise.all(sites.map(async (site) => ({ ...site, granted: await browser.permissions.contains({ origins: [sitePattern(site.origin)] }) })));
    },
    enableSite(origin) {
      // No await before this call: the permission prompt needs the click's user gesture.
      return enableSite(browser, origin).then((result) =>
        result.ok ? { ok: true, message: `Utkastkoll är aktiverat på ${result.value}. Öppna formulär där granskas nu.` } : result,
      );
    },
    async disableSite(origin) {
      try {
        const answer = await background.send({ type: 'site:disable', origin });
        return answer.ok ? { ok: true, message: `Utkastkoll är inaktiverat på ${origin}. Sparade utkast finns kvar tills du tar bort dem.` } : answer;
      } catch (error) {
        return failed(error);
      }
    },
    async listRuleData() {
      const [catalogs, docTypes] = await Promise.all([store.catalogs(), store.docTypes()]);
      if (!catalogs.ok) throw new Error(catalogs.error);
      if (!docTypes.ok) throw new Error(docTypes.error);
      return {
        catalogs: catalogs.value.map(({ id, name, version, goals }) => ({ id, name, version, goals: goals.length })),
        docTypes: docTypes.value.map(({ id, name }) => ({ id, name })),
      };
    },
    async importRuleFile(text) {
      const policy = await readPolicy(browser);
      const result = await store.importRuleFile(text, policy.catalogs);
      if (!result.ok) return result;
      if (result.value.kind === 'catalog') {
        const { name, goals } = result.value.catalog;
        return { ok: true, message: `Målkatalogen ”${name}” (${goals.length} mål) är importerad. ${RELOAD}` };
      }
      const names = result.value.docTypes.map((spec) => `”${spec.name}”`).join(', ');
      return {
        ok: true,
        message: `${result.value.docTypes.length === 1 ? 'Dokumenttypen' : 'Dokumenttyperna'} ${names} är ${result.value.docTypes.length === 1 ? 'importerad' : 'importerade'}. ${RELOAD}`,
      };
    },
    async removeCatalog(id) {
      const result = await store.removeCatalog(id);
      return result.ok ? { ok: true, message: 'Målkatalogen är borttagen.' } : result;
    },
    async removeDocType(id) {
      const result = await store.removeDocType(id);
      return result.ok ? { ok: true, message: 'Dokumenttypen är borttagen.' } : result;
    },
    async exportData() {
      const result = await store.exportAll();
      if (!result.ok) return result;
      const date = now().toISOString().slice(0, 10);
      try {
        save({ name: `utkastkoll-lokala-data-${date}.json`, text: JSON.stringify(result.value, null, 2) });
      } catch (error) {
        return failed(error);
      }
      const drafts = result.value.drafts.length;
      return { ok: true, message: `${plural(drafts, 'utkast', 'utkast')} och inställningarna är exporterade till utkastkoll-lokala-data-${date}.json.` };
    },
    async importData(text) {
      const json = parseJsonText(text);
      if (!json.ok) return json;
      const result = await store.importAll(json.value);
      return result.ok ? { ok: true, message: importedPhrase(result.value) } : result;
    },
    async deleteAll() {
      const result = await store.deleteAll();
      return result.ok ? { ok: true, message: 'Alla lokala data är borttagna.' } : result;
    },
  };
}
