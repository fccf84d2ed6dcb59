// @vitest-environment jsdom
/**
 * The content script checking a page as the writer types: a session over the form, the
 * counts on each field's data-utkastkoll-issues, the debounce, drafts saved through the
 * background, the report for the side panel (fieldOf), and the side panel's requests —
 * fixes (the textarea path: execCommand where the browser has it, the native setter and
 * `input` where not, refused when the text changed), dismissals, the type, insertion at
 * the caret and restoring a draft.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDocument, documentFromFields, type Diagnostic } from '../../shared/index';
import { ContentController, ISSUES_ATTRIBUTE } from '../../extension/src/content/controller';
import { asBlock, replaceText, insertAtCaret, setNativeValue } from '../../extension/src/content/edit';
import { FormCheck, type FormItem } from '../../extension/src/content/form-check';
import type { ContentResponse, ContentResult, Messenger } from '../../extension/src/content/messages';
import { remapRange, textEdit } from '../../extension/src/content/remap';
import { Debounce, type Clock } from '../../extension/src/content/schedule';
import { createOverlay } from '../../extension/src/content/overlay/overlay';
import type { BackgroundRequest, ContentRequest, PageChanged, PageReport, SiteState } from '../../extension/src/protocol';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const GOAL_TEXTS = {
  inriktningsmal: '1. En modern storstad med möjligheter och valfrihet för alla',
  kfMal: '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
  namndmal: 'Unga i stadsdelsområdet är självförsörjande',
};

/** A goal form: one goal block, field by field, as the city's planning system has it. */
function goalFormHtml(values: Partial<Record<string, string>> = {}): string {
  const value = (id: string, fallback: string) => escape(values[id] ?? fallback);
  return `<main>
<h1>Verksamhetsplan 2021</h1>
<form id="plan">
  <h2>KF:s inriktningsmål</h2>
  <textarea id="inriktningsmal" aria-label="KF:s inriktningsmål" readonly>${value('inriktningsmal', GOAL_TEXTS.inriktningsmal)}</textarea>
  <h3>KF:s mål för verksamhetsområdet</h3>
  <textarea id="kf-mal">${value('kf-mal', GOAL_TEXTS.kfMal)}</textarea>
  <fieldset><legend>Nämndmål</legend>
    <textarea id="namndmal" aria-label="Nämndmål">${value('namndmal', GOAL_TEXTS.namndmal)}</textarea>
    <label for="nm-beskrivning">Beskrivning</label><textarea id="nm-beskrivning">${value('nm-beskrivning', 'Nämnden ska ge unga goda möjligheter att få sin första arbetslivserfarenhet.')}</textarea>
    <label for="nm-resultat">Förväntat resultat</label><textarea id="nm-resultat">${value('nm-resultat', 'Fler unga har arbete eller studerar.')}</textarea>
  </fieldset>
  <fieldset><legend>Enhetsmål</legend>
    <input id="enhetsmal" aria-label="Enhetsmål" value="${value('enhetsmal', 'Unga erbjuds feriejobb')}">
    <label>Förväntat resultat <textarea name="em-resultat">${value('em-resultat', 'Alla ungdomar som söker feriejobb erbjuds en plats.')}</textarea></label>
    <label for="em-arbetssatt">Arbetssätt *</label><textarea id="em-arbetssatt">${value('em-arbetssatt', 'Fältassistenterna informerar om feriejobben på skolorna.')}</textarea>
    <span id="uppf-label">Uppföljning</span><textarea id="em-uppfoljning" aria-labelledby="uppf-label">${value('em-uppfoljning', 'Vi följer upp i tertialrapporterna.')}</textarea>
  </fieldset>
</form>
</main>`;
}

/** Timers that run when the test says time has passed. */
class FakeClock implements Clock {
  time = 0;
  private timers: Array<{ at: number; callback: () => void; id: number }> = [];
  private next = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  };
  requestFrame = (callback: () => void) => this.setTimeout(callback, 16);
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.time = due.at;
      due.callback();
    }
    this.time = end;
  }
}

/** The background and side panel, in memory: what was asked, what was broadcast, and the panel's requests. */
class FakeMessenger implements Messenger {
  requests: BackgroundRequest[] = [];
  broadcasts: PageChanged[] = [];
  state: SiteState = { settings: {} };
  saveDraft: (request: Extract<BackgroundRequest, { type: 'draft:save' }>) => { saved: true } | { saved: false; error: string } = () => ({ saved: true });
  private handler: ((request: ContentRequest) => Promise<ContentResponse> | null) | null = null;

  async send(request: BackgroundRequest): Promise<never> {
    this.requests.push(request);
    const answer = (() => {
      switch (request.type) {
        case 'site:state':
          return this.state;
        case 'catalogs:get':
          return [];
        case 'draft:save':
          return this.saveDraft(request);
        case 'site:save-state':
          this.state = request.state;
          return { saved: true };
        default:
          return { ok: true };
      }
    })();
    return answer as never;
  }

  broadcast(message: PageChanged): void {
    this.broadcasts.push(message);
  }

  listen(handler: (request: ContentRequest) => Promise<ContentResponse> | null): () => void {
    this.handler = handler;
    return () => (this.handler = null);
  }

  /** The side panel asks the content script. */
  ask<T extends ContentRequest>(request: T): Promise<ContentResponse<T['type']>> {
    const answer = this.handler?.(request);
    if (!answer) throw new Error(`no answer to ${request.type}`);
    return answer as Promise<ContentResponse<T['type']>>;
  }

  drafts(): Array<Extract<BackgroundRequest, { type: 'draft:save' }>> {
    return this.requests.filter((request): request is Extract<BackgroundRequest, { type: 'draft:save' }> => request.type === 'draft:save');
  }

  get lastReport(): PageReport {
    return this.broadcasts[this.broadcasts.length - 1]!.report;
  }
}

async function started(html: string, options: { state?: SiteState } = {}) {
  document.body.innerHTML = html;
  const clock = new FakeClock();
  const messenger = new FakeMessenger();
  if (options.state) messenger.state = options.state;
  const controller = new ContentController({
    document,
    messenger,
    clock,
    place: { site: 'https://planering.stockholm.se', page: '/plan/2021' },
    title: () => 'Verksamhetsplan',
    today: () => '2026-12-02',
    pollMs: 0,
  });
  await controller.start();
  return { controller, clock, messenger };
}

function issues(id: string): string | null {
  return (document.getElementById(id) ?? document.getElementsByName(id)[0])!.getAttribute(ISSUES_ATTRIBUTE);
}

/** Types into a field (by id or name) as the browser does: the value changes, then `input` fires. */
function type(id: string, value: string): void {
  const element = (document.getElementById(id) ?? document.getElementsByName(id)[0]) as HTMLTextAreaElement;
  element.value = value;
  element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

let running: ContentController | null = null;
afterEach(() => {
  running?.stop();
  running = null;
  document.body.innerHTML = '';
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('the form checked as the writer types', () => {
  it('counts findings on each field: a typed defect shows, and drops when it is fixed', async () => {
    const { controller, clock, messenger } = await started(goalFormHtml());
    running = controller;
    expect(issues('nm-resultat')).toBe('0');
    expect(issues('em-arbetssatt')).toBe('0');

    type('nm-resultat', 'Vi hade 40 deltagare, varav 23 kvinnor och 19 män.');
    // Nothing is checked on the typing path: the count changes only after the pause.
    expect(issues('nm-resultat')).toBe('0');
    clock.advance(299);
    expect(issues('nm-resultat')).toBe('0');
    clock.advance(1);
    expect(issues('nm-resultat')).toBe('1');
    const report = messenger.lastReport;
    const sum = report.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum')!;
    expect(report.fieldOf[sum.key]).toBe('nm-resultat');
    expect(report.fields.find((field) => field.id === 'nm-resultat')).toEqual({ id: 'nm-resultat', label: 'Förväntat resultat', issues: 1 });

    type('nm-resultat', 'Vi hade 42 deltagare, varav 23 kvinnor och 19 män.');
    clock.advance(300);
    expect(issues('nm-resultat')).toBe('0');
    expect(messenger.lastReport.diagnostics.some((diagnostic) => diagnostic.ruleId === 'gender-split-sum')).toBe(false);
  });

  it('debounces: a run of keystrokes is one check, and a long run is checked at the latest after 1.5 s', async () => {
    const { controller, clock, messenger } = await started(goalFormHtml());
    running = controller;
    const before = messenger.broadcasts.length;
    for (let n = 0; n < 5; n++) {
      type('nm-beskrivning', `Text ${n}`);
      clock.advance(100);
    }
    expect(messenger.broadcasts.length).toBe(before);
    clock.advance(300);
    expect(messenger.broadcasts.length).toBe(before + 1);
    for (let n = 0; n < 20; n++) {
      type('nm-beskrivning', `Mer text ${n}`);
      clock.advance(100);
    }
    expect(messenger.broadcasts.length).toBe(before + 2);
  });

  it('saves each changed field as a draft through the background within two seconds of the last keystroke, and only what changed', async () => {
    const { controller, clock, messenger } = await started(goalFormHtml());
    running = controller;
    expect(messenger.drafts()).toEqual([]);
    type('em-arbetssatt', 'Fältassistenterna informerar.');
    clock.advance(2000);
    expect(messenger.drafts()).toEqual([
      {
        type: 'draft:save',
        place: { site: 'https://planering.stockholm.se', page: '/plan/2021' },
        field: 'em-arbetssatt',
        label: 'Arbetssätt',
        value: 'Fältassistenterna informerar.',
      },
    ]);
    // Typed back to the same text: nothing new to save.
    type('em-arbetssatt', 'Fältassistenterna informerar.');
    clock.advance(2000);
    expect(messenger.drafts()).toHaveLength(1);
  });

  it('shows a draft that could not be saved, and tries again', async () => {
    document.body.innerHTML = goalFormHtml();
    const clock = new FakeClock();
    const messenger = new FakeMessenger();
    messenger.saveDraft = () => ({ saved: false, error: 'lagringsutrymmet är fullt' });
    const notify = vi.fn();
    const controller = new ContentController({
      document,
      messenger,
      clock,
      place: { site: 'https://planering.stockholm.se', page: '/plan' },
      pollMs: 0,
      overlay: () => ({ update: () => {}, refresh: () => {}, notify, reveal: () => {}, destroy: () => {} }),
    });
    running = controller;
    await controller.start();
    type('em-arbetssatt', 'Ny text');
    clock.advance(300);
    await Promise.resolve();
    await Promise.resolve();
    expect(notify).toHaveBeenCalledWith('Utkastet kunde inte sparas: lagringsutrymmet är fullt', 'error');
    messenger.saveDraft = () => ({ saved: true });
    clock.advance(5000);
    expect(messenger.drafts().map((draft) => draft.value)).toEqual(['Ny text', 'Ny text']);
  });

  it('gives a form of no known type only the type-independent checks: no template errors', async () => {
    const { controller, clock, messenger } = await started(`
      <form>
        <label for="a">Anteckningar</label><textarea id="a">Vi träffade föräldrarna i september.</textarea>
        <label for="b">Övrigt</label><textarea id="b">Inget mer.</textarea>
      </form>`);
    running = controller;
    type('a', 'Vi hade 130 deltagare på mötet.');
    clock.advance(300);
    const report = messenger.lastReport;
    expect(report.type).toBeNull();
    const rules = report.diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(rules).toContain('gender-split-missing');
    expect(rules).not.toContain('required-section');
    expect(rules).not.toContain('section-order');
    expect(rules).not.toContain('goal-block-incomplete');
    // "No known type" is about the page, in no field.
    const unknown = report.diagnostics.find((diagnostic) => diagnostic.ruleId === 'document-type')!;
    expect(report.fieldOf[unknown.key]).toBeUndefined();
    expect(issues('a')).toBe('1');
    expect(issues('b')).toBe('0');
  });

  it('reads the form again when a field is added, and checks it with the rest', async () => {
    const { controller, clock, messenger } = await started(goalFormHtml());
    running = controller;
    const fieldset = document.querySelectorAll('fieldset')[1]!;
    fieldset.insertAdjacentHTML('beforeend', '<label for="em-utveckling">Utveckling</label><textarea id="em-utveckling">Vi hade 130 deltagare.</textarea>');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver's turn
    clock.advance(300);
    expect(controller.entries.map((entry) => entry.id)).toContain('em-utveckling');
    expect(issues('em-utveckling')).toBe('1');
    expect(messenger.lastReport.fields.map((field) => field.id)).toContain('em-utveckling');
  });

  it('answers page:report with the latest report', async () => {
    const { controller, messenger } = await started(goalFormHtml());
    running = controller;
    const report = await messenger.ask({ type: 'page:report' });
    expect(report).toMatchObject({
      site: 'https://planering.stockholm.se',
      page: '/plan/2021',
      title: 'Verksamhetsplan',
      type: 'verksamhetsplan',
      typeChoice: 'auto',
    });
    expect(report.fields.map((field) => field.id)).toEqual([
      'inriktningsmal',
      'kf-mal',
      'namndmal',
      'nm-beskrivning',
      'nm-resultat',
      'enhetsmal',
      'em-resultat',
      'em-arbetssatt',
      'em-uppfoljning',
    ]);
    expect(report.summary.total).toBe(report.diagnostics.length);
    for (const [key, field] of Object.entries(report.fieldOf)) {
      expect(report.diagnostics.some((diagnostic) => diagnostic.key === key)).toBe(true);
      expect(report.fields.some((each) => each.id === field)).toBe(true);
    }
  });
});

describe('a session over a form, edited field by field', () => {
  const base: FormItem[] = [
    { id: 'rubrik-1', label: 'KF:s inriktningsmål', value: '', group: true },
    { id: 'kf', label: 'KF:s mål för verksamhetsområdet', value: GOAL_TEXTS.kfMal },
    { id: 'namndmal', label: 'Nämndmål', value: GOAL_TEXTS.namndmal },
    { id: 'resultat', label: 'Förväntat resultat', value: 'Fler unga har arbete.' },
    { id: 'enhetsmal', label: 'Enhetsmål', value: 'Unga erbjuds feriejobb' },
    { id: 'arbetssatt', label: 'Arbetssätt', value: '' },
  ];
  const texts = [
    'Vi hade 40 deltagare, varav 23 kvinnor och 19 män.',
    '130 ungdomar deltog.',
    '',
    'Stockholm är en hållbar stad med god livsmiljö',
    'Aktivitet | Startdatum | Slutdatum\nFeriejobb | 2021-06-30 | 2021-01-15',
    'Vi följer upp varje månad.',
  ];

  it('gives after any edits the same findings as a fresh check of the form', () => {
    const items = base.map((item) => ({ ...item }));
    const check = new FormCheck(items);
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let step = 0; step < 30; step++) {
      const fields = items.filter((item) => !item.group);
      const field = fields[Math.floor(next() * fields.length)]!;
      field.value = texts[Math.floor(next() * texts.length)]!;
      const changes = [{ id: field.id, value: field.value }];
      // Now and then several fields at once (one re-read of the form).
      if (next() < 0.3)
        for (const other of fields.slice(0, 2))
          if (other !== field) changes.push({ id: other.id, value: (other.value = texts[Math.floor(next() * texts.length)]!) });
      const result = check.setValues(changes);
      const fresh = checkDocument(documentFromFields(items.map(({ id, label, value }) => ({ id, label, value }))));
      const strip = (diagnostics: Diagnostic[]) =>
        diagnostics.map(({ ruleId, messageId, start, end, key, message }) => ({ ruleId, messageId, start, end, key, message }));
      expect(strip(result.diagnostics), `step ${step}`).toEqual(strip(fresh.diagnostics));
      expect(check.issueCounts().size).toBe(fields.length);
    }
  });

  it(`puts each finding in its field: a value's words, a label's heading, a legend's group to its first field`, () => {
    const check = new FormCheck(
      [
        { id: 'inledning', label: 'Inledning', value: '', group: true },
        { id: 'a', label: 'Om vårt tävlingsbidrag', value: 'Vi hade 40 deltagare, varav 23 kvinnor och 19 män.' },
        { id: 'b', label: 'Administrativa uppgifter', value: '' },
      ],
      { type: 'tavlingsbidrag' },
    );
    const byRule = (ruleId: string) => check.result.diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
    const sum = byRule('gender-split-sum')[0]!;
    expect(check.fieldOf(sum)).toBe('a');
    expect(check.marks('a').map((mark) => check.fields[1]!.value.slice(mark.start, mark.end))).toContain('40 deltagare, varav 23 kvinnor och 19 män');
    const empty = byRule('empty-section').find((diagnostic) => diagnostic.message.includes('Administrativa uppgifter'))!;
    expect(check.fieldOf(empty)).toBe('b');
    expect(check.marks('b')).toEqual([]);
    const report = check.report({ site: 's', page: '/p', title: 't' });
    expect(report.fieldOf[sum.key]).toBe('a');
    expect(report.fields).toEqual([
      { id: 'a', label: 'Om vårt tävlingsbidrag', issues: check.issueCounts().get('a') },
      { id: 'b', label: 'Administrativa uppgifter', issues: check.issueCounts().get('b') },
    ]);
    expect(report.typeChoice).toBe('tavlingsbidrag');
  });
});

describe("changing the field's text so the page's editor sees it", () => {
  it('applies a safe fix from the side panel through the fallback (jsdom has no execCommand): value, input event, count', async () => {
    const changed = '1.1 I Stockholm är människor självförsörjande och vägen till arbete är kort';
    const { controller, messenger } = await started(goalFormHtml({ 'kf-mal': changed }));
    running = controller;
    const report = await messenger.ask({ type: 'page:report' });
    const wording = report.diagnostics.find((diagnostic) => diagnostic.ruleId === 'goal-wording')!;
    expect(wording.text).toBe(changed.slice(4));
    expect(report.fieldOf[wording.key]).toBe('kf-mal');
    const index = wording.fixes!.findIndex((fix) => fix.safe);
    const element = document.getElementById('kf-mal') as HTMLTextAreaElement;
    const inputs: string[] = [];
    element.addEventListener('input', () => inputs.push(element.value));
    const before = Number(issues('kf-mal'));

    const answer = (await messenger.ask({ type: 'finding:fix', key: wording.key, fix: index })) as ContentResult;
    expect(answer).toEqual({ ok: true, notice: `${wording.fixes![index]!.title}: klart.` });
    expect(element.value).toBe(GOAL_TEXTS.kfMal);
    expect(inputs).toEqual([element.value]);
    expect(Number(issues('kf-mal'))).toBe(before - 1);
    expect(messenger.lastReport.diagnostics.some((diagnostic) => diagnostic.key === wording.key)).toBe(false);
  });

  it(`uses execCommand("insertText") where the browser has it, so undo and the page's editor see the fix`, () => {
    document.body.innerHTML = '<textarea id="t">Vi hade 130 deltagare.</textarea>';
    const element = document.getElementById('t') as HTMLTextAreaElement;
    const execCommand = vi.fn((command: string, _ui: boolean, text: string) => {
      // What a browser does: replace the selection, fire input.
      const { selectionStart, selectionEnd, value } = element;
      element.value = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
      element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return command === 'insertText';
    });
    (document as { execCommand?: unknown }).execCommand = execCommand;
    expect(replaceText(element, 8, 11, '131', '130')).toBe('applied');
    expect(execCommand).toHaveBeenCalledWith('insertText', false, '131');
    expect(element.value).toBe('Vi hade 131 deltagare.');
  });

  it('falls back when execCommand refuses, and sets the value through the native setter a framework cannot hide', () => {
    document.body.innerHTML = '<textarea id="t">Vi hade 130 deltagare.</textarea>';
    const element = document.getElementById('t') as HTMLTextAreaElement;
    (document as { execCommand?: unknown }).execCommand = vi.fn(() => false);
    // What React does: an own `value` property on the element that tracks what it set.
    let tracked = element.value;
    Object.defineProperty(element, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(element),
      set: (value: string) => {
        tracked = value;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(element, value);
      },
    });
    const seen: string[] = [];
    element.addEventListener('input', () => seen.push(element.value));
    expect(replaceText(element, 8, 11, '131', '130')).toBe('applied');
    expect(element.value).toBe('Vi hade 131 deltagare.');
    // The framework's tracker still has the old value, so it sees the input as a change.
    expect(tracked).toBe('Vi hade 130 deltagare.');
    expect(seen).toEqual(['Vi hade 131 deltagare.']);
    setNativeValue(element, 'x');
    expect(element.value).toBe('x');
  });

  it('refuses a fix when the text at its place is no longer what the core flagged, and a read-only field', () => {
    document.body.innerHTML = '<textarea id="t">Vi hade 131 deltagare.</textarea><textarea id="r" readonly>Vi hade 130 deltagare.</textarea>';
    const element = document.getElementById('t') as HTMLTextAreaElement;
    expect(replaceText(element, 8, 11, '40', '130')).toBe('changed');
    expect(element.value).toBe('Vi hade 131 deltagare.');
    expect(replaceText(document.getElementById('r')!, 8, 11, '40', '130')).toBe('readonly');
  });

  it('fixes words in a contenteditable editor through a Range, and refuses a stretch over made-up line breaks', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Vi hade <b>130</b> deltagare.</p><p>Nästa</p></div>';
    const editor = document.getElementById('e')!;
    const inputs = vi.fn();
    editor.addEventListener('input', inputs);
    expect(replaceText(editor, 8, 11, '131', '130')).toBe('applied');
    expect(editor.textContent).toBe('Vi hade 131 deltagare.Nästa');
    expect(inputs).toHaveBeenCalledTimes(1);
    expect(replaceText(editor, 12, 28, 'x', 'deltagare.\nNästa')).toBe('virtual');
  });

  it('inserts a goal block at the caret of the focused field', async () => {
    const { controller, messenger } = await started(goalFormHtml({ 'em-arbetssatt': 'Först. Sist.' }));
    running = controller;
    const element = document.getElementById('em-arbetssatt') as HTMLTextAreaElement;
    element.focus();
    element.setSelectionRange(7, 7);
    const answer = (await messenger.ask({ type: 'insert:goal-block', goal: '1.2' })) as ContentResult;
    expect(answer).toEqual({ ok: true, notice: 'Målblocket är infogat. Fyll i texterna inom hakparentes.' });
    // On lines of its own, so the block does not run into the text around it.
    expect(element.value.startsWith('Först. \n\nKF:s inriktningsmål\n')).toBe(true);
    expect(element.value).toContain('1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i');
    expect(element.value.endsWith('Aktivitet | Startdatum | Slutdatum\n\nSist.')).toBe(true);
    // Checked at once: the block's placeholders are reported in that field.
    expect(Number(issues('em-arbetssatt'))).toBeGreaterThan(0);
  });

  it('puts a block on lines of its own', () => {
    expect(asBlock('', 'Rubrik\n\nText\n\n', '')).toBe('Rubrik\n\nText');
    expect(asBlock('Före.', 'Rubrik', 'Efter.')).toBe('\n\nRubrik\n\n');
    expect(asBlock('Före.\n', 'Rubrik', '\nEfter.')).toBe('\nRubrik\n');
    expect(asBlock('Före.\n\n', 'Rubrik', '\n\nEfter.')).toBe('Rubrik');
  });

  it('inserts at the last caret when the field lost focus to the side panel, and refuses a one-line input', async () => {
    const { controller, messenger } = await started(goalFormHtml());
    running = controller;
    const input = document.getElementById('enhetsmal') as HTMLInputElement;
    input.focus();
    const refused = (await messenger.ask({ type: 'insert:skeleton', typeId: 'tu' })) as ContentResult;
    expect(refused.ok).toBe(false);
    const area = document.getElementById('nm-beskrivning') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(0, 0);
    area.blur();
    const answer = (await messenger.ask({ type: 'insert:skeleton', typeId: 'tjänsteutlåtande' })) as ContentResult;
    expect(answer.ok).toBe(true);
    expect(area.value.startsWith('[Ärendets rubrik]\n')).toBe(true);
    expect(area.value).toContain('[Beskriv bakgrunden till ärendet]');
    expect(area.value.endsWith('\n\nNämnden ska ge unga goda möjligheter att få sin första arbetslivserfarenhet.')).toBe(true);
    expect(insertAtCaret(area, 'x', { start: 0, end: 0 })).toBe('applied');
    expect(area.value.startsWith('x[Ärendets rubrik]')).toBe(true);
  });

  it('selects the flagged words for click-to-focus', async () => {
    const { controller, clock, messenger } = await started(goalFormHtml());
    running = controller;
    type('em-resultat', 'Vi nådde 130 ungdomar i år.');
    clock.advance(300);
    const missing = messenger.lastReport.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-missing')!;
    const answer = (await messenger.ask({ type: 'finding:select', key: missing.key })) as ContentResult;
    expect(answer).toEqual({ ok: true });
    const element = document.querySelector('[name="em-resultat"]') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(element);
    expect(element.value.slice(element.selectionStart, element.selectionEnd)).toBe(missing.text);
  });
});

describe('settings, type and drafts from the side panel', () => {
  it('dismisses a finding for the site (through the background) and restores it', async () => {
    const { controller, clock, messenger } = await started(goalFormHtml());
    running = controller;
    type('em-resultat', 'Vi nådde 130 ungdomar i år.');
    clock.advance(300);
    const missing = messenger.lastReport.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-missing')!;
    const count = Number(issues('em-resultat'));
    expect(await messenger.ask({ type: 'finding:dismiss', key: missing.key })).toEqual({ ok: true, notice: 'Anmärkningen ignoreras.' });
    expect(messenger.state.settings.dismissed).toEqual([{ key: missing.key, at: '2026-12-02' }]);
    expect(Number(issues('em-resultat'))).toBe(count - 1);
    expect(messenger.lastReport.dismissed.map((diagnostic) => diagnostic.key)).toEqual([missing.key]);
    expect(await messenger.ask({ type: 'finding:restore', key: missing.key })).toEqual({ ok: true, notice: 'Anmärkningen visas igen.' });
    expect(messenger.state.settings.dismissed).toEqual([]);
    expect(Number(issues('em-resultat'))).toBe(count);
  });

  it(`keeps the site's dismissals and type from the background when the page opens`, async () => {
    const first = await started(goalFormHtml({ 'em-resultat': 'Vi nådde 130 ungdomar i år.' }));
    const missing = first.messenger.lastReport.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-missing')!;
    first.controller.stop();
    const { controller, messenger } = await started(goalFormHtml({ 'em-resultat': 'Vi nådde 130 ungdomar i år.' }), {
      state: { settings: { dismissed: [missing.key] }, type: 'verksamhetsplan' },
    });
    running = controller;
    const report = messenger.lastReport;
    expect(report.typeChoice).toBe('verksamhetsplan');
    expect(report.typeReason).toContain('angiven typ');
    expect(report.dismissed.map((diagnostic) => diagnostic.key)).toContain(missing.key);
  });

  it('changes the type for the site, and back to detection', async () => {
    const { controller, messenger } = await started(goalFormHtml());
    running = controller;
    expect(await messenger.ask({ type: 'type:set', typeId: 'tjansteutlatande' })).toEqual({ ok: true, notice: 'Sidan kontrolleras som tjänsteutlåtande.' });
    expect(messenger.state.type).toBe('tjansteutlatande');
    expect(messenger.lastReport).toMatchObject({ type: 'tjansteutlatande', typeChoice: 'tjansteutlatande' });
    expect(await messenger.ask({ type: 'type:set', typeId: 'auto' })).toEqual({ ok: true, notice: 'Dokumenttypen känns igen automatiskt.' });
    expect(messenger.lastReport).toMatchObject({ type: 'verksamhetsplan', typeChoice: 'auto' });
    expect(await messenger.ask({ type: 'type:set', typeId: 'roman' })).toEqual({ ok: false, error: 'Okänd dokumenttyp.' });
  });

  it('restores a saved version into its field, checked and saved again, after keeping what the field held as a restore point', async () => {
    const { controller, messenger } = await started(goalFormHtml());
    running = controller;
    const answer = await messenger.ask({ type: 'draft:restore', field: 'em-uppfoljning', value: 'Vi hade 130 deltagare.' });
    expect(answer).toEqual({ ok: true, notice: 'Utkastet är återställt i fältet ”Uppföljning”.' });
    expect((document.getElementById('em-uppfoljning') as HTMLTextAreaElement).value).toBe('Vi hade 130 deltagare.');
    expect(issues('em-uppfoljning')).toBe('1');
    // The page's own text was never a draft; before it is replaced it is kept, so it can be had back.
    expect(messenger.drafts().map((draft) => [draft.field, draft.value, draft.keep === true])).toEqual([
      ['em-uppfoljning', 'Vi följer upp i tertialrapporterna.', true],
      ['em-uppfoljning', 'Vi hade 130 deltagare.', false],
    ]);
  });

  it('does not restore when what the field holds cannot be kept first', async () => {
    const { controller, messenger } = await started(goalFormHtml());
    running = controller;
    messenger.saveDraft = () => ({ saved: false, error: 'Lagringen är full.' });
    const answer = await messenger.ask({ type: 'draft:restore', field: 'em-uppfoljning', value: 'Vi hade 130 deltagare.' });
    expect(answer).toEqual({
      ok: false,
      error: 'Utkastet återställdes inte, eftersom det som står i fältet nu inte kunde sparas först: Lagringen är full.',
    });
    expect((document.getElementById('em-uppfoljning') as HTMLTextAreaElement).value).toBe('Vi följer upp i tertialrapporterna.');
  });

  it('says when a finding or a field is gone', async () => {
    const { controller, messenger, clock } = await started(goalFormHtml());
    running = controller;
    const gone = messenger.ask({ type: 'finding:fix', key: 'gender-split-sum/mismatch/x/y', fix: 0 });
    clock.advance(200);
    expect(await gone).toEqual({ ok: false, error: 'Anmärkningen finns inte längre. Sidan har kontrollerats igen.' });
    const field = messenger.ask({ type: 'draft:restore', field: 'finns-inte', value: 'x' });
    clock.advance(200);
    expect(await field).toEqual({ ok: false, error: 'Fältet finns inte längre på sidan.' });
  });
});

describe('frames and a background that does not answer', () => {
  it('checks the page with the defaults when the background does not answer', async () => {
    document.body.innerHTML = goalFormHtml({ 'em-resultat': 'Vi nådde 130 ungdomar i år.' });
    const clock = new FakeClock();
    const silent: Messenger = { send: () => new Promise(() => {}), broadcast: () => {}, listen: () => () => {} };
    const controller = new ContentController({ document, messenger: silent, clock, place: { site: 'https://a.se', page: '/' }, pollMs: 0 });
    running = controller;
    const starting = controller.start();
    clock.advance(3000); // the site state
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(3000); // the catalogs
    await starting;
    expect(issues('em-resultat')).toBe('1');
  });

  it('leaves requests it cannot answer to the other frames when it is not the top frame', async () => {
    document.body.innerHTML = '<p>Inga fält här.</p>';
    const messenger = new FakeMessenger();
    const controller = new ContentController({
      document,
      messenger,
      clock: new FakeClock(),
      place: { site: 'https://a.se', page: '/' },
      isTopFrame: false,
      pollMs: 0,
    });
    running = controller;
    await controller.start();
    expect(controller.handle({ type: 'page:report' })).toBeNull();
    expect(controller.handle({ type: 'finding:fix', key: 'x/y/z/w', fix: 0 })).toBeNull();
    expect(controller.handle({ type: 'insert:goal-block', goal: '1.1' })).toBeNull();
    // A child frame with no fields tells the side panel nothing (it would replace the top frame's report).
    expect(messenger.broadcasts).toEqual([]);
  });
});

describe('underlines follow the typing until the next check', () => {
  it('keeps marks before an edit, moves marks after it, hides marks it touched', () => {
    const edit = textEdit('Vi hade 130 deltagare och 40 ledare.', 'Vi hade nu 130 deltagare och 40 ledare.');
    expect(edit).toEqual({ at: 8, removed: 0, inserted: 3 });
    expect(remapRange(edit, 0, 2)).toEqual({ start: 0, end: 2 });
    expect(remapRange(edit, 8, 11)).toEqual({ start: 11, end: 14 });
    expect(remapRange(textEdit('130 deltagare', '150 deltagare'), 0, 3)).toBeNull();
    expect(remapRange(null, 4, 6)).toEqual({ start: 4, end: 6 });
  });

  it('runs a debounced task once after the pause, at the latest at the cap', () => {
    const clock = new FakeClock();
    const run = vi.fn();
    const debounce = new Debounce(clock, 300, 1000, run);
    debounce.poke();
    clock.advance(200);
    debounce.poke();
    clock.advance(299);
    expect(run).not.toHaveBeenCalled();
    clock.advance(1);
    expect(run).toHaveBeenCalledTimes(1);
    for (let n = 0; n < 12; n++) {
      debounce.poke();
      clock.advance(100);
    }
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('the overlay (what jsdom can show of it: layout is tested in Chromium)', () => {
  it("draws a badge with the count in a closed shadow root, lists the field's findings, and dismisses from there", async () => {
    document.body.innerHTML = goalFormHtml();
    const clock = new FakeClock();
    const messenger = new FakeMessenger();
    let root: ShadowRoot | null = null;
    const controller = new ContentController({
      document,
      messenger,
      clock,
      place: { site: 'https://planering.stockholm.se', page: '/plan' },
      pollMs: 0,
      today: () => '2026-12-02',
      overlay: (actions) => createOverlay(document, actions, { clock, inspect: (shadow) => (root = shadow) }),
    });
    running = controller;
    const field = document.querySelector('[name="em-resultat"]') as HTMLTextAreaElement;
    field.getBoundingClientRect = () => new DOMRect(100, 200, 400, 120);
    await controller.start();
    const host = document.querySelector('utkastkoll-overlay') as HTMLElement;
    expect(host).not.toBeNull();
    // Closed: the page cannot reach in.
    expect(host.shadowRoot).toBeNull();
    expect(root).not.toBeNull();

    type('em-resultat', 'Vi nådde 130 ungdomar i år.');
    clock.advance(300 + 16);
    const badge = root!.querySelector('.badge[data-field="em-resultat"]') as HTMLButtonElement;
    expect(badge.classList.contains('hidden')).toBe(false);
    expect(badge.textContent).toBe('1');
    expect(badge.classList.contains('warning')).toBe(true);
    expect(badge.getAttribute('aria-label')).toBe('1 anmärkning i fältet ”Förväntat resultat”. Visa dem.');
    // Fields that are not on screen (jsdom: zero size) get no badge.
    expect(root!.querySelector('.badge[data-field="em-arbetssatt"]')!.classList.contains('hidden')).toBe(true);

    badge.click();
    const popup = root!.querySelector('.popup') as HTMLElement;
    expect(popup.classList.contains('hidden')).toBe(false);
    const finding = popup.querySelector('.finding[data-rule-id="gender-split-missing"]')!;
    expect(finding.querySelector('.message')!.textContent).toContain('130 ungdomar redovisas inte per kön');
    const ignore = Array.from(finding.querySelectorAll('button')).find((button) => button.textContent === 'Ignorera')!;
    ignore.click();
    await vi.waitFor(() => expect(field.getAttribute(ISSUES_ATTRIBUTE)).toBe('0'));
    expect(messenger.state.settings.dismissed).toHaveLength(1);
    clock.advance(16);
    expect(badge.classList.contains('hidden')).toBe(true);
    expect(popup.classList.contains('hidden')).toBe(true);

    controller.stop();
    expect(document.querySelector('utkastkoll-overlay')).toBeNull();
    expect(field.hasAttribute(ISSUES_ATTRIBUTE)).toBe(false);
  });
});
