/**
 * The popup's content: for each finding its severity, the Swedish message, the section,
 * and buttons for its fixes and for "Ignorera". A safe fix is the primary button; a
 * suggestion says "Förslag:" (the writer judges it). Buttons keep the page's focus and
 * caret where they are (mousedown is not let through), so the field stays the writer's.
 */
import { uiWords, type Diagnostic } from '../../../../shared/index';
import { contentWords, sharedWords } from '../words';

export interface PopupHandlers {
  fix(diagnostic: Diagnostic, index: number): Promise<{ ok: true } | { ok: false; error: string }>;
  dismiss(diagnostic: Diagnostic): Promise<{ ok: true } | { ok: false; error: string }>;
  close(): void;
}

export function renderPopup(popup: HTMLElement, findings: readonly Diagnostic[], handlers: PopupHandlers, title?: string): void {
  const document = popup.ownerDocument;
  popup.replaceChildren();
  const worst = findings.find((each) => each.severity === 'error') ?? findings.find((each) => each.severity === 'warning') ?? findings[0];
  popup.className = `popup ${worst?.severity ?? 'info'}`;
  popup.setAttribute('role', 'dialog');
  popup.setAttribute('aria-label', title ?? worst?.message ?? sharedWords.findings);
  const close = button(document, '×', () => handlers.close());
  close.className = 'close';
  close.setAttribute('aria-label', sharedWords.close);
  popup.appendChild(close);
  if (title) popup.appendChild(paragraph(document, 'title', title));
  if (findings.length === 0) popup.appendChild(paragraph(document, 'message', contentWords.noFindingsHere));
  for (const diagnostic of findings) popup.appendChild(findingElement(document, diagnostic, handlers));
}

function findingElement(document: Document, diagnostic: Diagnostic, handlers: PopupHandlers): HTMLElement {
  const container = document.createElement('div');
  container.className = `finding ${diagnostic.severity}`;
  container.dataset.ruleId = diagnostic.ruleId;
  container.appendChild(paragraph(document, 'severity', uiWords.severities[diagnostic.severity].label));
  container.appendChild(paragraph(document, 'message', diagnostic.message));
  if (diagnostic.section) container.appendChild(paragraph(document, 'section', contentWords.section(diagnostic.section)));
  const actions = document.createElement('div');
  actions.className = 'actions';
  const outcome = paragraph(document, 'outcome', '');
  outcome.setAttribute('role', 'status');
  outcome.hidden = true;
  const run = async (action: () => Promise<{ ok: true } | { ok: false; error: string }>) => {
    const result = await action();
    if (!result.ok) {
      outcome.textContent = result.error;
      outcome.hidden = false;
    }
  };
  (diagnostic.fixes ?? []).forEach((fix, index) => {
    const label = fix.safe ? fix.title : contentWords.suggestion(fix.title);
    const element = button(document, label, () => void run(() => handlers.fix(diagnostic, index)));
    if (fix.safe) element.className = 'primary';
    actions.appendChild(element);
  });
  actions.appendChild(button(document, sharedWords.ignore, () => void run(() => handlers.dismiss(diagnostic))));
  container.appendChild(actions);
  container.appendChild(outcome);
  return container;
}

function paragraph(document: Document, className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

function button(document: Document, text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('mousedown', (event) => event.preventDefault());
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return element;
}
