// @vitest-environment jsdom
/**
 * The demo's gateway over the simulated document: it reads paragraphs as Word's API would
 * describe them, selects exactly the flagged words with the browser's selection, refuses to
 * change text that is no longer what the check saw, inserts headings and tables, and keeps
 * settings per document name in localStorage.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromParagraphs, locateInParagraphs, type ParagraphInput } from '../../shared/index';
import { DemoGateway } from '../../word-addin/src/demo/demo-gateway';
import { decodeText, paragraphsFromText } from '../../word-addin/src/demo/open-document';
import { documentElements } from '../../word-addin/src/demo/paragraph-dom';
import { enableParagraphEditing, nextListString } from '../../word-addin/src/demo/paragraph-editing';

const PARAGRAPHS: ParagraphInput[] = [
  { text: 'Fritidsgårdarnas öppettider', styleBuiltIn: 'Title' },
  { text: 'Förslag till beslut', styleBuiltIn: 'Heading1', style: 'Rubrik 1' },
  { text: 'Nämnden godkänner förslaget.' },
  { text: 'Bakgrund', styleBuiltIn: 'Heading2' },
  { text: 'Hur vi som chefer skapar förutsättningar', list: { level: 0, listString: '7.' } },
  { text: '', cells: ['Aktivitet', 'Startdatum', 'Slutdatum'], row: 0 },
  { text: '', cells: ['Sommarläger', '2026-06-01', '2026-06-20'], row: 1 },
  { text: '42 ungdomar deltog, varav 23 flickor och 17 pojkar.' },
];

let root: HTMLElement;

function open(paragraphs: readonly ParagraphInput[] = PARAGRAPHS, name = 'test.docx'): DemoGateway {
  root = document.createElement('div');
  root.append(...documentElements(document, paragraphs));
  document.body.replaceChildren(root);
  return new DemoGateway(root, { name });
}

function selectedText(): string {
  return document.getSelection()?.toString() ?? '';
}

beforeEach(() => localStorage.clear());
afterEach(() => document.body.replaceChildren());

describe('DemoGateway: reading', () => {
  it('marks its element as the demo document and reads every paragraph and table row back', async () => {
    const gateway = open();
    expect(root.hasAttribute('data-demo-document')).toBe(true);
    expect(await gateway.readParagraphs()).toEqual([
      { text: 'Fritidsgårdarnas öppettider', styleBuiltIn: 'Title', style: 'Rubrik' },
      { text: 'Förslag till beslut', styleBuiltIn: 'Heading1', style: 'Rubrik 1' },
      { text: 'Nämnden godkänner förslaget.' },
      { text: 'Bakgrund', styleBuiltIn: 'Heading2', style: 'Rubrik 2' },
      { text: 'Hur vi som chefer skapar förutsättningar', style: 'Liststycke', list: { level: 0, listString: '7.' } },
      { text: '', cells: ['Aktivitet', 'Startdatum', 'Slutdatum'], row: 0 },
      { text: '', cells: ['Sommarläger', '2026-06-01', '2026-06-20'], row: 1 },
      { text: '42 ungdomar deltog, varav 23 flickor och 17 pojkar.' },
    ]);
  });

  it('renders headings as h-elements with a style label and keeps list numbers out of the text', () => {
    open();
    const heading = root.children[3] as HTMLElement;
    expect(heading.tagName).toBe('H2');
    expect(heading.dataset.styleName).toBe('Rubrik 2');
    const item = root.children[4] as HTMLElement;
    expect(item.dataset.listString).toBe('7.');
    expect(item.textContent).toBe('Hur vi som chefer skapar förutsättningar');
    expect(root.querySelectorAll('table tr')).toHaveLength(2);
    expect(root.querySelector('p')?.getAttribute('contenteditable')).toBe('plaintext-only');
  });

  it('reads what the user typed, and elements written by hand (h3, data-style)', async () => {
    const gateway = open([{ text: 'Bakgrund', styleBuiltIn: 'Heading2' }]);
    root.firstElementChild!.textContent = 'Bakgrund och syfte';
    root.insertAdjacentHTML('beforeend', '<h3>Mål</h3><p data-style="Heading4" data-style-name="Rubrik 4">Delmål</p>');
    expect(await gateway.readParagraphs()).toEqual([
      { text: 'Bakgrund och syfte', styleBuiltIn: 'Heading2', style: 'Rubrik 2' },
      { text: 'Mål', styleBuiltIn: 'Heading3' },
      { text: 'Delmål', styleBuiltIn: 'Heading4', style: 'Rubrik 4' },
    ]);
  });

  it('reads as the core sees a Word document: the list number is in front of the line, not in the paragraph text', async () => {
    const gateway = open();
    const document = documentFromParagraphs(await gateway.readParagraphs());
    const line = document.source.split('\n')[4]!;
    expect(line).toBe('7. Hur vi som chefer skapar förutsättningar');
    const start = document.source.indexOf('chefer');
    expect(locateInParagraphs(document, start)).toEqual({ paragraph: 4, offset: 'Hur vi som '.length });
  });

  it('calls onChange on input in the document, and no more after unsubscribing or dispose', () => {
    const gateway = open();
    let calls = 0;
    const unsubscribe = gateway.onChange(() => calls++);
    root.children[2]!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(calls).toBe(1);
    unsubscribe();
    root.children[2]!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(calls).toBe(1);
    gateway.onChange(() => calls++);
    gateway.dispose();
    root.children[2]!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(calls).toBe(1);
  });

  it('reports what it can do: comments, no paragraph events', () => {
    const gateway = open();
    expect(gateway.capabilities.comments).toBe(true);
    expect(gateway.capabilities.paragraphEvents).toBe(false);
    // jsdom has no CSS Custom Highlight API, so no squiggles here (Chromium has them).
    expect(gateway.capabilities.annotations).toBe(false);
  });
});

describe('DemoGateway: selecting', () => {
  it('selects exactly the target words with a DOM Range', async () => {
    const gateway = open();
    const start = PARAGRAPHS[7]!.text.indexOf('23 flickor');
    expect(await gateway.select({ paragraph: 7, start, end: start + 10, text: '23 flickor' })).toBe('selected');
    expect(selectedText()).toBe('23 flickor');
    expect(root.children[6]!.contains(document.getSelection()!.anchorNode)).toBe(true);
  });

  it('selects across text nodes the user split by typing', async () => {
    const gateway = open([{ text: 'Stockholm är en ' }]);
    root.firstElementChild!.appendChild(document.createTextNode('hållbar stad'));
    expect(await gateway.select({ paragraph: 0, start: 13, end: 23, text: 'en hållbar' })).toBe('selected');
    expect(selectedText()).toBe('en hållbar');
  });

  it('selects words in a table cell by the row offsets (cells joined by tabs)', async () => {
    const gateway = open();
    const line = 'Sommarläger\t2026-06-01\t2026-06-20';
    const start = line.indexOf('2026-06-20');
    expect(await gateway.select({ paragraph: 6, start, end: start + 10, text: '2026-06-20' })).toBe('selected');
    expect(selectedText()).toBe('2026-06-20');
  });

  it('selects the whole paragraph when its text changed, and reports it', async () => {
    const gateway = open();
    root.children[2]!.textContent = 'Nämnden avslår förslaget.';
    expect(await gateway.select({ paragraph: 2, start: 8, end: 18, text: 'godkänner ' })).toBe('changed');
    expect(selectedText()).toBe('Nämnden avslår förslaget.');
  });

  it('reports a paragraph that is gone', async () => {
    const gateway = open();
    expect(await gateway.select({ paragraph: 40, start: 0, end: 1, text: 'x' })).toBe('missing');
  });
});

describe('DemoGateway: replacing', () => {
  it('replaces the words in place when they still match', async () => {
    const gateway = open();
    const text = PARAGRAPHS[7]!.text;
    expect(await gateway.replace({ paragraph: 7, start: 0, end: 2, text: '42' }, '40')).toBe('applied');
    expect(root.children[6]!.textContent).toBe('40' + text.slice(2));
    expect((await gateway.readParagraphs())[7]).toEqual({ text: '40' + text.slice(2) });
  });

  it('changes nothing when the text there is no longer what the check saw', async () => {
    const gateway = open();
    root.children[6]!.textContent = '43 ungdomar deltog.';
    expect(await gateway.replace({ paragraph: 7, start: 0, end: 2, text: '42' }, '40')).toBe('changed');
    expect(root.children[6]!.textContent).toBe('43 ungdomar deltog.');
    expect(await gateway.replace({ paragraph: 99, start: 0, end: 2, text: '42' }, '40')).toBe('missing');
  });

  it('replaces in one table cell, not across cells', async () => {
    const gateway = open();
    const line = 'Sommarläger\t2026-06-01\t2026-06-20';
    const start = line.indexOf('2026-06-01');
    expect(await gateway.replace({ paragraph: 6, start, end: start + 10, text: '2026-06-01' }, '2026-06-02')).toBe('applied');
    expect((await gateway.readParagraphs())[6]!.cells).toEqual(['Sommarläger', '2026-06-02', '2026-06-20']);
    expect(await gateway.replace({ paragraph: 6, start: 5, end: 15, text: line.slice(5, 15) }, 'x')).toBe('changed');
  });
});

describe('DemoGateway: inserting', () => {
  it('inserts a heading before a paragraph, with the built-in heading style', async () => {
    const gateway = open();
    const outcome = await gateway.insert({ paragraph: 7, where: 'before', text: PARAGRAPHS[7]!.text }, [
      { kind: 'heading', level: 2, text: 'Jämställdhetsanalys' },
    ]);
    expect(outcome).toBe('applied');
    const paragraphs = await gateway.readParagraphs();
    expect(paragraphs[7]).toEqual({ text: 'Jämställdhetsanalys', styleBuiltIn: 'Heading2', style: 'Rubrik 2' });
    expect(paragraphs[8]!.text).toBe(PARAGRAPHS[7]!.text);
    expect(root.querySelector('h2:nth-of-type(2)')?.textContent).toBe('Jämställdhetsanalys');
  });

  it('inserts after a table row as after its table', async () => {
    const gateway = open();
    await gateway.insert({ paragraph: 5, where: 'after', text: 'Aktivitet\tStartdatum\tSlutdatum' }, [{ kind: 'paragraph', text: 'Efter tabellen.' }]);
    const paragraphs = await gateway.readParagraphs();
    expect(paragraphs[7]).toEqual({ text: 'Efter tabellen.', styleBuiltIn: 'Normal' });
    expect(paragraphs[5]!.cells).toBeDefined();
    expect(paragraphs[6]!.cells).toBeDefined();
  });

  it('refuses to insert next to a paragraph whose text changed', async () => {
    const gateway = open();
    root.children[2]!.textContent = 'Helt annan text.';
    expect(await gateway.insert({ paragraph: 2, where: 'after', text: 'Nämnden godkänner förslaget.' }, [{ kind: 'paragraph', text: 'x' }])).toBe('changed');
    expect(await gateway.insert({ paragraph: 50, where: 'after', text: '' }, [{ kind: 'paragraph', text: 'x' }])).toBe('missing');
  });

  it('inserts headings, paragraphs and a table after the paragraph the cursor is in', async () => {
    const gateway = open();
    document.getSelection()!.collapse(root.children[2]!.firstChild, 3);
    const outcome = await gateway.insert({ cursor: true }, [
      { kind: 'heading', level: 2, text: 'Nämndmål' },
      { kind: 'paragraph', text: '[Skriv nämndmålet]' },
      {
        kind: 'table',
        rows: [
          ['Aktivitet', 'Startdatum', 'Slutdatum'],
          ['[Aktivitet]', '', ''],
        ],
      },
    ]);
    expect(outcome).toBe('applied');
    const paragraphs = await gateway.readParagraphs();
    expect(paragraphs.slice(3, 7)).toEqual([
      { text: 'Nämndmål', styleBuiltIn: 'Heading2', style: 'Rubrik 2' },
      { text: '[Skriv nämndmålet]', styleBuiltIn: 'Normal' },
      { text: '', cells: ['Aktivitet', 'Startdatum', 'Slutdatum'], row: 0 },
      { text: '', cells: ['[Aktivitet]', '', ''], row: 1 },
    ]);
    expect(paragraphs[7]).toEqual({ text: 'Bakgrund', styleBuiltIn: 'Heading2', style: 'Rubrik 2' });
  });

  it('remembers the cursor when the selection moves into the pane', async () => {
    const gateway = open();
    const selection = document.getSelection()!;
    selection.collapse(root.children[3]!.firstChild, 0);
    document.dispatchEvent(new Event('selectionchange'));
    const pane = document.body.appendChild(document.createElement('div'));
    pane.textContent = 'Panelen';
    selection.collapse(pane.firstChild, 2);
    await gateway.insert({ cursor: true }, [{ kind: 'paragraph', text: 'Efter Bakgrund.' }]);
    expect((await gateway.readParagraphs())[4]!.text).toBe('Efter Bakgrund.');
  });

  it('fills an empty document in place of its one empty paragraph', async () => {
    const gateway = open([{ text: '' }]);
    document.getSelection()!.collapse(root.firstElementChild!, 0);
    await gateway.insert({ cursor: true }, [{ kind: 'heading', level: 1, text: 'Förslag till beslut' }]);
    expect(await gateway.readParagraphs()).toEqual([{ text: 'Förslag till beslut', styleBuiltIn: 'Heading1', style: 'Rubrik 1' }]);
  });

  it('inserts after the first paragraph before the user has placed the cursor, as Word does in a just opened document', async () => {
    document.getSelection()!.removeAllRanges();
    const fresh = open([{ text: 'Första stycket.' }, { text: 'Sista stycket.' }], 'annat.docx');
    await fresh.insert({ cursor: true }, [{ kind: 'paragraph', text: 'Nytt.' }]);
    expect((await fresh.readParagraphs()).map((paragraph) => paragraph.text)).toEqual(['Första stycket.', 'Nytt.', 'Sista stycket.']);
    const empty = open([{ text: '' }], 'tomt');
    await empty.insert({ cursor: true }, [{ kind: 'heading', level: 1, text: '[Ärendets rubrik]' }]);
    expect((await empty.readParagraphs()).map((paragraph) => paragraph.text)).toEqual(['[Ärendets rubrik]']);
  });
});

describe('DemoGateway: comments', () => {
  it('adds comments in the margin beside their paragraphs, skipping changed text', async () => {
    const gateway = open();
    const start = PARAGRAPHS[7]!.text.indexOf('42');
    const outcome = await gateway.addComments([
      { target: { paragraph: 7, start, end: start + 2, text: '42' }, text: 'Fel: delarna stämmer inte med totalen. (utkastkoll)' },
      { target: { paragraph: 2, start: 0, end: 5, text: 'Något' }, text: 'Texten har ändrats.' },
    ]);
    expect(outcome).toEqual({ added: 1, skipped: 1 });
    const comments = document.querySelectorAll('[data-demo-comment]');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.textContent).toContain('Fel: delarna stämmer inte med totalen.');
    expect(comments[0]!.textContent).toContain('”42”');
    expect(root.contains(comments[0]!)).toBe(false);
    // The comment does not change the document's text.
    expect((await gateway.readParagraphs())[7]!.text).toBe(PARAGRAPHS[7]!.text);
    (comments[0]!.querySelector('button') as HTMLButtonElement).click();
    expect(document.querySelectorAll('[data-demo-comment]')).toHaveLength(0);
  });
});

describe('DemoGateway: settings', () => {
  it('stores settings per document name in localStorage, so they survive a reload', async () => {
    const gateway = open(PARAGRAPHS, 'plan.docx');
    expect(await gateway.loadSettings()).toBeUndefined();
    await gateway.saveSettings({ settings: { dismissed: ['gender-split-sum/mismatch/x/y'] } });
    gateway.dispose();
    const reloaded = open(PARAGRAPHS, 'plan.docx');
    expect(await reloaded.loadSettings()).toEqual({ settings: { dismissed: ['gender-split-sum/mismatch/x/y'] } });
    const other = open(PARAGRAPHS, 'annat.docx');
    expect(await other.loadSettings()).toBeUndefined();
  });

  it('starts without settings when the stored ones are not JSON', async () => {
    localStorage.setItem('utkastkoll-demo:installningar:trasig.docx', '{inte json');
    expect(await open(PARAGRAPHS, 'trasig.docx').loadSettings()).toBeUndefined();
  });
});

describe('the simulated document: typing paragraphs', () => {
  function press(target: Element, key: string): void {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }

  it('splits a paragraph on Enter, a heading is followed by body text, and announces the change', async () => {
    const gateway = open([{ text: 'BakgrundText', styleBuiltIn: 'Heading2' }]);
    enableParagraphEditing(root);
    let changes = 0;
    gateway.onChange(() => changes++);
    document.getSelection()!.collapse(root.firstElementChild!.firstChild, 'Bakgrund'.length);
    press(root.firstElementChild!, 'Enter');
    expect(await gateway.readParagraphs()).toEqual([
      { text: 'Bakgrund', styleBuiltIn: 'Heading2', style: 'Rubrik 2' },
      { text: 'Text', styleBuiltIn: 'Normal' },
    ]);
    expect(changes).toBe(1);
    press(root.children[1]!, 'Backspace');
    expect((await gateway.readParagraphs()).map((paragraph) => paragraph.text)).toEqual(['BakgrundText']);
  });

  it('numbers the next list item', () => {
    expect(nextListString('7.')).toBe('8.');
    expect(nextListString('1.2')).toBe('1.3');
    expect(nextListString('•')).toBe('•');
  });
});

describe('opening files in the demo', () => {
  it('decodes UTF-8, UTF-16 with BOM and Windows-1252 as the command line does', () => {
    expect(decodeText(new TextEncoder().encode('Förslag till beslut'))).toBe('Förslag till beslut');
    expect(decodeText(Uint8Array.from([0x46, 0xf6, 0x72, 0x73, 0x6c, 0x61, 0x67]))).toBe('Förslag');
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x46, 0x00, 0xf6, 0x00]))).toBe('Fö');
    expect(() => decodeText(Uint8Array.from([0x50, 0x00, 0x4b, 0x00]))).toThrow('binärt');
  });

  it('turns Markdown into paragraphs with heading styles and table rows', () => {
    expect(paragraphsFromText('# Inledning\n\nText här.\n\n| Aktivitet | Startdatum |\n| --- | --- |\n| Läger | 2026-06-01 |\n', 'markdown')).toEqual([
      { text: 'Inledning', styleBuiltIn: 'Heading1' },
      { text: 'Text här.' },
      { text: '', cells: ['Aktivitet', 'Startdatum'], row: 0 },
      { text: '', cells: ['Läger', '2026-06-01'], row: 1 },
    ]);
    expect(paragraphsFromText('  \n', 'text')).toEqual([]);
  });
});
