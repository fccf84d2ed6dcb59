/**
 * The demo around the task pane when it is opened in an ordinary browser: a bar to open a
 * document (a Word, text or Markdown file, or a bundled example), the simulated Word
 * document with its comment margin, and the pane beside it as Word shows a task pane. Each
 * opened document gets a fresh element and gateway; `onOpen` mounts a new pane on it.
 */
import './demo.css';
import { ReadError, type ParagraphInput } from '../../../shared/index';
import { DemoGateway } from './demo-gateway';
import { DEFAULT_EXAMPLE_ID, examples } from './examples';
import { openFile } from './open-document';
import { documentElements, paragraphElement } from './paragraph-dom';
import { enableParagraphEditing } from './paragraph-editing';

export type OpenListener = (gateway: DemoGateway, name: string) => void;

interface Layout {
  page: HTMLElement;
  sheet: HTMLElement;
  title: HTMLElement;
  status: HTMLElement;
  picker: HTMLSelectElement;
  fileInput: HTMLInputElement;
}

export async function startDemoShell(pane: HTMLElement, onOpen: OpenListener): Promise<void> {
  const layout = buildLayout(pane);
  let current: { gateway: DemoGateway; stopEditing: () => void } | null = null;

  const show = (name: string, paragraphs: ParagraphInput[]) => {
    current?.gateway.dispose();
    current?.stopEditing();
    layout.sheet.replaceChildren();
    const root = layout.sheet.appendChild(document.createElement('div'));
    root.className = 'demo-document';
    root.setAttribute('aria-label', `Dokumentet ${name}`);
    const elements = documentElements(document, paragraphs);
    // An empty document still has one paragraph to type in, as in Word.
    root.append(...(elements.length > 0 ? elements : [paragraphElement(document, { text: '', styleBuiltIn: 'Normal' })]));
    const margin = layout.sheet.appendChild(document.createElement('div'));
    margin.className = 'demo-comments';
    margin.dataset.demoComments = '';
    const gateway = new DemoGateway(root, { name, margin });
    current = { gateway, stopEditing: enableParagraphEditing(root) };
    layout.title.textContent = name;
    layout.page.dataset.demoName = name;
    onOpen(gateway, name);
  };

  const open = async (name: string, load: () => Promise<ParagraphInput[]>) => {
    layout.status.textContent = `Öppnar ${name} …`;
    try {
      const paragraphs = await load();
      show(name, paragraphs);
      layout.status.textContent = '';
    } catch (error) {
      const reason = error instanceof ReadError ? error.message : 'filen kunde inte läsas';
      layout.status.textContent = `Kunde inte öppna ${name}: ${reason}.`;
    }
  };

  const openExample = (id: string) => {
    const example = examples.find((candidate) => candidate.id === id);
    if (!example) return Promise.resolve();
    layout.picker.value = example.id;
    rememberExample(example.id);
    return open(example.name, () => example.load());
  };

  layout.picker.addEventListener('change', () => void openExample(layout.picker.value));
  layout.fileInput.addEventListener('change', () => {
    const file = layout.fileInput.files?.[0];
    // Cleared, so choosing the same file again opens it again.
    layout.fileInput.value = '';
    if (!file) return;
    layout.picker.value = '';
    rememberExample(null);
    void open(file.name, async () => (await openFile(file)).paragraphs);
  });

  // ?exempel=seed-003 opens that example first: links to a given document, and tests.
  const requested = new URLSearchParams(window.location.search).get('exempel');
  await openExample(examples.some((example) => example.id === requested) ? requested! : DEFAULT_EXAMPLE_ID);
}

/** The open example in the address (?exempel=…), so a reload opens it again, and with it its stored settings (dismissals). */
function rememberExample(id: string | null): void {
  const url = new URL(window.location.href);
  if (id === null) url.searchParams.delete('exempel');
  else url.searchParams.set('exempel', id);
  // office.js sets history.replaceState to null on the instance (OfficeDev/office-js#429); the prototype's still works.
  History.prototype.replaceState.call(window.history, window.history.state, '', url);
}

function buildLayout(pane: HTMLElement): Layout {
  document.body.classList.add('demo-body');
  const app = element('div', 'demo-app');
  const bar = app.appendChild(element('header', 'demo-bar'));
  bar.appendChild(element('span', 'demo-brand', 'Utkastkoll'));
  bar.appendChild(element('span', 'demo-badge', 'Demo utan Word'));

  const openLabel = bar.appendChild(element('label', 'demo-button', 'Öppna dokument'));
  const fileInput = openLabel.appendChild(document.createElement('input'));
  fileInput.type = 'file';
  fileInput.accept = '.docx,.dotx,.docm,.txt,.md,.markdown';
  fileInput.className = 'demo-visually-hidden';
  fileInput.dataset.demoOpen = '';

  const pickerLabel = bar.appendChild(element('label', 'demo-picker', 'Exempel '));
  const picker = pickerLabel.appendChild(document.createElement('select'));
  picker.dataset.demoExamples = '';
  picker.appendChild(new Option('Välj ett exempel …', ''));
  for (const example of examples) picker.appendChild(new Option(example.label, example.id));

  const status = bar.appendChild(element('span', 'demo-status'));
  status.setAttribute('role', 'status');

  const workspace = app.appendChild(element('div', 'demo-workspace'));
  // A region, not a second <main>: the pane beside it has the page's main landmark.
  const canvas = workspace.appendChild(element('div', 'demo-canvas'));
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', 'Dokumentet');
  canvas.appendChild(
    element(
      'p',
      'demo-hint',
      'Dokumentet nedan föreställer ett Word-dokument. Skriv i det, öppna en egen fil eller välj ett exempel – granskningen till höger följer med.',
    ),
  );
  const page = canvas.appendChild(element('article', 'demo-page'));
  const title = page.appendChild(element('p', 'demo-title'));
  const sheet = page.appendChild(element('div', 'demo-sheet'));

  const taskpane = workspace.appendChild(element('aside', 'demo-taskpane'));
  taskpane.setAttribute('aria-label', 'Aktivitetsfönstret Utkastkoll');
  taskpane.appendChild(element('div', 'demo-taskpane-title', 'Utkastkoll'));
  taskpane.appendChild(pane);
  document.body.prepend(app);
  return { page, sheet, title, status, picker, fileInput };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}
