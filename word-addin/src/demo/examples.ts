/**
 * The documents bundled with the demo: the five real seed documents (text extracted from
 * PDFs), the example tjänsteutlåtande as a Word file and the example verksamhetsplan in
 * Markdown, plus an empty document. Each loads on demand as its own asset (Vite `?raw` and
 * `?url`), so the pane itself stays small and nothing is fetched from another origin.
 */
import type { ParagraphInput } from '../../../shared/index';
import { paragraphsFromBytes, paragraphsFromText } from './open-document';

export interface DemoExample {
  /** Stable id for the picker (and for tests): "seed-000", "tjansteutlatande-exempel", "tomt". */
  id: string;
  /** Swedish, as the picker shows it. */
  label: string;
  /** The document's name: its settings are stored under it. */
  name: string;
  load(): Promise<ParagraphInput[]>;
}

const seed = (id: string, label: string, name: string, load: () => Promise<{ default: string }>): DemoExample => ({
  id,
  label,
  name,
  load: async () => paragraphsFromText((await load()).default, 'text'),
});

export const EMPTY_EXAMPLE_ID = 'tomt';
export const DEFAULT_EXAMPLE_ID = 'tjansteutlatande-exempel';

export const examples: readonly DemoExample[] = [
  {
    id: 'tjansteutlatande-exempel',
    label: 'Tjänsteutlåtande (exempel, Word)',
    name: 'tjansteutlatande-exempel.docx',
    load: async () => {
      const { default: url } = await import('../../../examples/tjansteutlatande-exempel.docx?url');
      const response = await fetch(url);
      if (!response.ok) throw new Error(`exemplet kunde inte hämtas (${response.status})`);
      return paragraphsFromBytes('tjansteutlatande-exempel.docx', new Uint8Array(await response.arrayBuffer()));
    },
  },
  {
    id: 'verksamhetsplan-exempel',
    label: 'Verksamhetsplan (exempel, Markdown)',
    name: 'verksamhetsplan-exempel.md',
    load: async () => paragraphsFromText((await import('../../../examples/verksamhetsplan-exempel.md?raw')).default, 'markdown'),
  },
  seed(
    'seed-000',
    'Tjänsteutlåtande, Hägersten-Liljeholmen (000)',
    '000-tjansteutlatande-hagersten.txt',
    () => import('../../../test/fixtures/seeds/000-tjansteutlatande-hagersten.txt?raw'),
  ),
  seed(
    'seed-001',
    'Tjänsteutlåtande, Skärholmen (001)',
    '001-tjansteutlatande-skarholmen.txt',
    () => import('../../../test/fixtures/seeds/001-tjansteutlatande-skarholmen.txt?raw'),
  ),
  seed(
    'seed-002',
    'Verksamhetsplan, Familjerätt Sydväst (002)',
    '002-verksamhetsplan-familjeratt.txt',
    () => import('../../../test/fixtures/seeds/002-verksamhetsplan-familjeratt.txt?raw'),
  ),
  seed(
    'seed-003',
    'Tävlingsbidrag, förebyggande arbete (003)',
    '003-tavlingsbidrag-forebyggande.txt',
    () => import('../../../test/fixtures/seeds/003-tavlingsbidrag-forebyggande.txt?raw'),
  ),
  seed(
    'seed-004',
    'Verksamhetsplan, fritid (004)',
    '004-verksamhetsplan-fritid.txt',
    () => import('../../../test/fixtures/seeds/004-verksamhetsplan-fritid.txt?raw'),
  ),
  { id: EMPTY_EXAMPLE_ID, label: 'Tomt dokument', name: 'Tomt dokument', load: async () => [] },
];
