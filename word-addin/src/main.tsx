/**
 * The task pane's entry. Inside Word, Office.js gives the Word gateway. In an ordinary
 * browser (Office.onReady answers host null, or office.js did not load at all) the demo
 * shell puts a simulated Word document beside the pane, so every feature can be tried
 * without Office; opening another document there mounts a fresh pane on it.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { DocumentGateway } from './gateway';
import { createOfficeGateway } from './office/index';
import { App } from './pane/App';
import { PaneController, type PaneControllerOptions } from './pane/controller';

/** Outside Office, onReady answers in a fraction of a second; a host that never answers gets the demo rather than an endless spinner. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

async function officeHost(): Promise<Office.HostType | null> {
  // office.js is a classic script before this module; without it (blocked, missing file) there is no Office.
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then(
    (info) => info.host ?? null,
    () => null,
  );
  return Promise.race([ready, timeout]);
}

let generation = 0;
let running: PaneController | null = null;

function mountPane(root: Root, gateway: DocumentGateway, options?: PaneControllerOptions): void {
  running?.stop();
  const controller = new PaneController(gateway, options);
  running = controller;
  void controller.start();
  // A new key per document: the pane's own state (open panels, scroll) starts over with it. Rendered
  // at once, so no moment shows the old document's findings beside the new document.
  flushSync(() => root.render(<App key={++generation} controller={controller} />));
}

async function main(): Promise<void> {
  const pane = document.getElementById('pane');
  if (!pane) throw new Error('taskpane.html saknar elementet #pane');
  const root = createRoot(pane);
  const host = await officeHost();
  // `host !== null` first: without office.js the global Office does not exist.
  if (host !== null && host === Office.HostType.Word) {
    mountPane(root, createOfficeGateway());
    return;
  }
  // The demo (and its examples and .docx reader) loads only outside Word.
  const { startDemoShell } = await import('./demo/shell');
  await startDemoShell(pane, (gateway, name) => mountPane(root, gateway, { documentName: name }));
}

void main();
