// @vitest-environment jsdom
/**
 * The options page against a fake OptionsApi: the enabled sites (the organisation's
 * marked and not removable), turning a site on from the click (the permission request
 * must start inside it), importing a catalog or document-type file, exporting, importing
 * and deleting all local data (after a confirmation), and the answers shown.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportedRuleData, OptionsApi, Outcome, SiteEntry } from '../../extension/src/options/api';
import { OptionsPage } from '../../extension/src/options/OptionsPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SITES: SiteEntry[] = [
  { origin: 'https://intranat.stockholm.se', managed: true, granted: false },
  { origin: 'https://planering.stockholm.se', managed: true, granted: true },
  { origin: 'https://kvalitet.stockholm.se', managed: false, granted: true },
];
const RULE_DATA: ImportedRuleData = {
  catalogs: [{ id: 'hagersten-liljeholmen-2022', name: 'Hägersten-Liljeholmens stadsdelsnämnds mål 2022', version: '2022.1', goals: 4 }],
  docTypes: [{ id: 'yttrande', name: 'Yttrande' }],
};
const done = (message: string): Promise<Outcome> => Promise.resolve({ ok: true, message });

function fakeApi(overrides: Partial<OptionsApi> = {}) {
  return {
    listSites: vi.fn(async () => SITES),
    enableSite: vi.fn((origin: string) => done(`Utkastkoll är aktiverat på ${origin}.`)),
    disableSite: vi.fn((origin: string) => done(`Utkastkoll är inaktiverat på ${origin}.`)),
    listRuleData: vi.fn(async () => RULE_DATA),
    importRuleFile: vi.fn(() => done('Målkatalogen är importerad.')),
    removeCatalog: vi.fn(() => done('Målkatalogen är borttagen.')),
    removeDocType: vi.fn(() => done('Dokumenttypen är borttagen.')),
    exportData: vi.fn(() => done('2 utkast och inställningarna är exporterade.')),
    importData: vi.fn(() => done('Importerade 2 utkast.')),
    deleteAll: vi.fn(() => done('Alla lokala data är borttagna.')),
    ...overrides,
  } satisfies OptionsApi;
}

let root: Root | undefined;
let container: HTMLElement | undefined;

async function renderPage(api: OptionsApi) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<OptionsPage api={api} />));
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  document.body.innerHTML = '';
});

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const one = <T extends Element = HTMLElement>(selector: string, within: ParentNode = document): T => {
  const found = within.querySelectorAll<T>(selector);
  if (found.length !== 1) throw new Error(`${found.length} träffar för ${selector}`);
  return found[0]!;
};
const notice = () => text(document.querySelector('[data-notice]'));

async function click(element: Element) {
  await act(async () => (element as HTMLElement).click());
}

async function chooseFile(input: HTMLInputElement, name: string, content: string) {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name, { type: 'application/json' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Types into a (React-controlled) input as a user does. */
async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the enabled sites', () => {
  it('lists them, marks the organisation’s, and offers to turn off only the user’s own', async () => {
    const page = await renderPage(fakeApi());
    expect(text(one('h1', page))).toBe('Utkastkoll – inställningar');
    const planning = one('[data-site="https://planering.stockholm.se"]', page);
    expect(text(planning)).toContain('Från organisationen');
    expect(planning.querySelector('[data-action="disable"]')).toBeNull();
    const waiting = one('[data-site="https://intranat.stockholm.se"]', page);
    expect(text(waiting)).toContain('Väntar på åtkomst');
    const own = one('[data-site="https://kvalitet.stockholm.se"]', page);
    expect(text(own)).not.toContain('Från organisationen');
    expect(one('[data-action="disable"]', own).getAttribute('aria-label')).toBe('Inaktivera https://kvalitet.stockholm.se');
  });

  it('turns a new site on from the click itself, then shows the answer and the new list', async () => {
    let answer!: (outcome: Outcome) => void;
    const api = fakeApi({ enableSite: vi.fn(() => new Promise<Outcome>((resolve) => (answer = resolve))) });
    const page = await renderPage(api);
    await type(one<HTMLInputElement>('input[name="origin"]', page), 'planering2.stockholm.se');
    const button = one<HTMLButtonElement>('[data-action="enable"]', page);
    act(() => button.click());
    // Called within the click, before anything was awaited, so the browser may show its prompt.
    expect(api.enableSite).toHaveBeenCalledWith('planering2.stockholm.se');
    expect(button.disabled).toBe(true);
    await act(async () => answer({ ok: true, message: 'Utkastkoll är aktiverat på https://planering2.stockholm.se. Öppna formulär där granskas nu.' }));
    await vi.waitFor(() => expect(notice()).toContain('Utkastkoll är aktiverat på https://planering2.stockholm.se.'));
    expect(one('[role="status"] [data-notice="success"]')).toBeTruthy();
    expect(api.listSites).toHaveBeenCalledTimes(2);
    expect(button.disabled).toBe(false);
  });

  it('asks again for a policy site still waiting for access', async () => {
    const api = fakeApi();
    const page = await renderPage(api);
    await click(one('[data-site="https://intranat.stockholm.se"] [data-action="grant"]', page));
    expect(api.enableSite).toHaveBeenCalledWith('https://intranat.stockholm.se');
  });

  it('shows a refusal as an error', async () => {
    const api = fakeApi({
      enableSite: vi.fn(async () => ({
        ok: false as const,
        error: 'Utkastkoll fick inte åtkomst till https://x.se. Försök igen och välj Tillåt när webbläsaren frågar.',
      })),
    });
    const page = await renderPage(api);
    await type(one<HTMLInputElement>('input[name="origin"]', page), 'x.se');
    await click(one('[data-action="enable"]', page));
    await vi.waitFor(() => expect(one('[data-notice="error"]').textContent).toContain('Utkastkoll fick inte åtkomst till https://x.se.'));
  });

  it('turns the user’s own site off', async () => {
    const api = fakeApi();
    const page = await renderPage(api);
    await click(one('[data-site="https://kvalitet.stockholm.se"] [data-action="disable"]', page));
    expect(api.disableSite).toHaveBeenCalledWith('https://kvalitet.stockholm.se');
    await vi.waitFor(() => expect(notice()).toContain('Utkastkoll är inaktiverat på https://kvalitet.stockholm.se.'));
  });

  it('says so when the list cannot be read', async () => {
    await renderPage(fakeApi({ listSites: vi.fn(async () => Promise.reject(new Error('Tillägget svarade inte.'))) }));
    await vi.waitFor(() => expect(one('[data-notice="error"]').textContent).toContain('Kunde inte läsa webbplatserna: Tillägget svarade inte.'));
  });
});

describe('catalogs and document types', () => {
  it('lists the imported ones and removes one', async () => {
    const api = fakeApi();
    const page = await renderPage(api);
    expect(text(one('[data-catalog="hagersten-liljeholmen-2022"]', page))).toContain('Hägersten-Liljeholmens stadsdelsnämnds mål 2022 (version 2022.1, 4 mål)');
    expect(text(one('[data-doctype="yttrande"]', page))).toContain('Dokumenttyp: Yttrande');
    await click(one('[data-doctype="yttrande"] button', page));
    expect(api.removeDocType).toHaveBeenCalledWith('yttrande');
  });

  it('imports a chosen file and shows the core’s Swedish error naming the field', async () => {
    const error = 'Målkatalogen: goals.0.level: okänd målnivå "nämndmål"; välj "inriktningsmal", "verksamhetsomrade", "namndmal", "enhetsmal"';
    const api = fakeApi({ importRuleFile: vi.fn(async () => ({ ok: false as const, error })) });
    const page = await renderPage(api);
    const input = one<HTMLInputElement>('[data-file-input="import-rule-file"]', page);
    const opened = vi.spyOn(input, 'click');
    await click(one('[data-action="import-rule-file"]', page));
    expect(opened).toHaveBeenCalled();
    await chooseFile(input, 'katalog.json', '{"id":"x"}');
    await vi.waitFor(() => expect(api.importRuleFile).toHaveBeenCalledWith('{"id":"x"}'));
    await vi.waitFor(() => expect(one('[data-notice="error"]').textContent).toContain(error));
  });
});

describe('all local data', () => {
  it('exports and imports', async () => {
    const api = fakeApi();
    const page = await renderPage(api);
    await click(one('[data-action="export"]', page));
    expect(api.exportData).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(notice()).toContain('2 utkast och inställningarna är exporterade.'));
    await chooseFile(one<HTMLInputElement>('[data-file-input="import-data"]', page), 'utkastkoll-lokala-data.json', '{"format":"utkastkoll-lokala-data"}');
    await vi.waitFor(() => expect(api.importData).toHaveBeenCalledWith('{"format":"utkastkoll-lokala-data"}'));
    await vi.waitFor(() => expect(notice()).toContain('Importerade 2 utkast.'));
  });

  it('deletes everything only after the confirmation', async () => {
    const api = fakeApi();
    const page = await renderPage(api);
    await click(one('[data-action="delete-all"]', page));
    expect(text(one('[role="dialog"]'))).toContain('Ta bort alla lokala data?');
    expect(text(one('[role="dialog"]'))).toContain('Det går inte att ångra.');
    await click(one('[data-action="cancel-delete"]'));
    await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect(api.deleteAll).not.toHaveBeenCalled();

    await click(one('[data-action="delete-all"]', page));
    await click(one('[data-action="confirm-delete"]'));
    expect(api.deleteAll).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(notice()).toContain('Alla lokala data är borttagna.'));
  });
});
