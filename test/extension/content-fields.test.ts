// @vitest-environment jsdom
/**
 * How the content script finds a page's fields and reads the form as one document:
 * which elements are fields (long inputs only, the top-most contenteditable, fields in
 * same-origin iframes at the frame's place), each label source, group headings
 * (fieldset legends, headings above fields), stable ids, and the Field[] for a
 * Kvalitetsutmärkelsen entry and a goal form as the core checks them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtInDocTypes, checkDocument, documentFromFields } from '../../shared/index';
import { discoverFields, reachableDocuments, stillCheckable } from '../../extension/src/content/discover';
import { isRealText, pointAt, rangeOf, readEditable } from '../../extension/src/content/editable-text';
import { readValue } from '../../extension/src/content/field-value';
import { commonAncestor, readForm, type PageForm } from '../../extension/src/content/form';
import { ownLabel, visibleText } from '../../extension/src/content/labels';
import { reachedFromAbove } from '../../extension/src/content/index';

const entryType = builtInDocTypes.find((type) => type.id === 'tavlingsbidrag')!;
const questionTexts = entryType.questions!.texts!;
const areas = entryType.questions!.areas;
const introductionParts = entryType.sections[0]!.children!.map((section) => section.title);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A Kvalitetsutmärkelsen entry form; `answer(n)` fills question n (empty by default). */
function entryFormHtml(answer: (question: number) => string = () => '', intro: (index: number) => string = () => ''): string {
  const introduction = introductionParts
    .map(
      (title, index) =>
        `<div class="rad"><label for="inledning-${index + 1}">${escape(title)}</label><textarea id="inledning-${index + 1}">${escape(intro(index))}</textarea></div>`,
    )
    .join('\n');
  const fieldsets = areas
    .map((area) => {
      const questions: string[] = [];
      for (let n = area.first; n <= area.last; n++) {
        questions.push(
          `<p><label for="fraga-${n}">Fråga ${n} ${escape(questionTexts[n - 1]!)}</label><br><textarea id="fraga-${n}" rows="8">${escape(answer(n))}</textarea></p>`,
        );
      }
      return `<fieldset id="omrade-${area.id}"><legend>${escape(area.title)}</legend>\n${questions.join('\n')}\n</fieldset>`;
    })
    .join('\n');
  return `<header><nav><h2>Meny</h2><input type="search" name="q"></nav></header>
<main>
<h1>Tävlingsbidrag till Kvalitetsutmärkelsen</h1>
<form id="bidrag">
<label for="kontakt">Kontaktperson</label><input id="kontakt" autocomplete="name" maxlength="80">
<fieldset id="inledning"><legend>Inledning</legend>
${introduction}
</fieldset>
${fieldsets}
<button type="submit">Spara</button>
</form>
</main>
<aside><h2>Hjälp</h2><p>Kontakta support.</p></aside>`;
}

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

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** The Field[] the content script hands the core: group headings with empty values. */
function fieldsOf(form: PageForm) {
  return form.entries.map((entry) => ({ id: entry.id, label: entry.label, value: entry.kind === 'group' ? '' : readValue(entry.element) }));
}

function sameOriginFrame(html: string, attributes = ''): { frame: HTMLIFrameElement; inner: Document } {
  document.body.insertAdjacentHTML('beforeend', `<iframe id="ram" ${attributes}></iframe>`);
  const frame = document.getElementById('ram') as HTMLIFrameElement;
  const inner = frame.contentDocument!;
  inner.body.innerHTML = html;
  return { frame, inner };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('which elements are checked', () => {
  it('takes every textarea, and text inputs only when they can hold long text', () => {
    page(`
      <textarea id="t1"></textarea>
      <input id="free">
      <input id="short" maxlength="50">
      <input id="long" type="text" maxlength="500">
      <input id="wide" maxlength="120" size="80">
      <input id="edge" maxlength="200">
      <input id="email" type="email">
      <input id="search" type="search">
      <input id="name" autocomplete="given-name">
      <input id="number" inputmode="numeric">
      <input id="combo" role="combobox">
      <input id="check" type="checkbox">
      <textarea id="gone" style="display: none"></textarea>
      <textarea id="hidden" hidden></textarea>
      <div role="search"><input id="in-search"></div>`);
    expect(discoverFields(document).map((element) => element.id)).toEqual(['t1', 'free', 'long', 'wide', 'edge']);
  });

  it('takes a contenteditable editor by its top-most editing host, not its paragraphs', () => {
    page(`
      <div id="editor" contenteditable="true"><p contenteditable="true">Första</p><div><span contenteditable>Andra</span></div></div>
      <div id="plain" contenteditable="plaintext-only">Text</div>
      <div id="off" contenteditable="false">Inte redigerbar</div>
      <section><div id="empty-attribute" contenteditable>Text</div></section>`);
    expect(discoverFields(document).map((element) => element.id)).toEqual(['editor', 'plain', 'empty-attribute']);
  });

  it('reaches fields in same-origin iframes and puts them where the frame stands', () => {
    page('<textarea id="before"></textarea>');
    const { inner } = sameOriginFrame('<p>Redigerare</p><div id="inner-editor" contenteditable="true">Text i ramen</div><textarea id="inner-area"></textarea>');
    document.body.insertAdjacentHTML('beforeend', '<textarea id="after"></textarea>');
    expect(discoverFields(document).map((element) => element.id)).toEqual(['before', 'inner-editor', 'inner-area', 'after']);
    expect(reachableDocuments(document)).toEqual([document, inner]);
  });

  it('takes the body of a frame in design mode as the editor, named by its iframe', () => {
    page('<label for="ram">Beskrivning</label>');
    const { frame, inner } = sameOriginFrame('<p>Vi arbetar med unga.</p>', 'aria-label="Beskrivning av verksamheten"');
    inner.designMode = 'on';
    const fields = discoverFields(document);
    expect(fields).toEqual([inner.body]);
    expect(ownLabel(inner.body)).toEqual({ text: 'Beskrivning', source: 'label' });
    document.querySelector('label')!.remove();
    expect(ownLabel(inner.body)).toEqual({ text: 'Beskrivning av verksamheten', source: 'aria-label' });
    expect(readForm(document).fields[0]!.id).toBe(frame.id);
  });

  it('lets a content script in a same-origin child frame stand back (the top frame checks its fields)', () => {
    const { frame } = sameOriginFrame('<textarea></textarea>');
    expect(reachedFromAbove(window)).toBe(false);
    expect(reachedFromAbove(frame.contentWindow!)).toBe(true);
  });

  it('knows when a field is no longer checkable', () => {
    page('<textarea id="t"></textarea>');
    const [field] = discoverFields(document);
    expect(stillCheckable(field!)).toBe(true);
    field!.setAttribute('hidden', '');
    expect(stillCheckable(field!)).toBe(false);
    field!.removeAttribute('hidden');
    field!.remove();
    expect(stillCheckable(field!)).toBe(false);
  });
});

describe('labels, as a writer reads them', () => {
  it('reads <label for>, a wrapping label, aria-labelledby and aria-label', () => {
    page(`
      <label for="a">Förväntat resultat</label><textarea id="a"></textarea>
      <label>Arbetssätt <abbr title="obligatoriskt">*</abbr><textarea id="b">Egen text</textarea></label>
      <span id="c-rubrik">Uppföljning</span> <span id="c-hjalp">och analys</span><textarea id="c" aria-labelledby="c-rubrik c-hjalp"></textarea>
      <textarea id="d" aria-label="Enhetsmål"></textarea>
      <label for="e">Beskrivning</label><span id="e-namn">Nämndens beskrivning</span><textarea id="e" aria-labelledby="e-namn"></textarea>
      <textarea id="f"></textarea>`);
    const labels = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ownLabel(document.getElementById(id)!));
    expect(labels).toEqual([
      { text: 'Förväntat resultat', source: 'label' },
      { text: 'Arbetssätt', source: 'label' },
      { text: 'Uppföljning och analys', source: 'aria-labelledby' },
      { text: 'Enhetsmål', source: 'aria-label' },
      { text: 'Nämndens beskrivning', source: 'aria-labelledby' },
      { text: '', source: 'none' },
    ]);
  });

  it("reads a label without the field's own text, hidden help or the required star", () => {
    page('<label id="l">Fråga 7 <span hidden>Max 4000 tecken</span><span aria-hidden="true">*</span><br>Hur försäkrar ni er?<textarea>svar</textarea></label>');
    expect(visibleText(document.getElementById('l')!)).toBe('Fråga 7 Hur försäkrar ni er?');
  });

  it('labels a field that has no label of its own by its fieldset legend or the nearest heading above it', () => {
    page(`
      <form>
        <fieldset><legend>Nämndmål</legend><textarea id="namndmal"></textarea></fieldset>
        <h3>Förväntat resultat</h3><p>Beskriv vad ni förväntar er.</p><textarea id="resultat"></textarea>
        <textarea id="mer"></textarea>
      </form>`);
    const form = readForm(document);
    expect(form.entries.map((entry) => [entry.id, entry.kind, entry.label, entry.source, entry.name])).toEqual([
      ['namndmal', 'field', 'Nämndmål', 'legend', 'Nämndmål'],
      ['resultat', 'field', 'Förväntat resultat', 'heading', 'Förväntat resultat'],
      // No label and no heading of its own: its text continues the section above.
      ['mer', 'field', '', 'none', 'Förväntat resultat'],
    ]);
  });

  it('does not read a label that repeats the heading above it as a second section', () => {
    page('<form><h2>Enhetsmål</h2><label for="e">Enhetsmål:</label><input id="e"><label for="r">Förväntat resultat</label><textarea id="r"></textarea></form>');
    expect(fieldsOf(readForm(document)).map((field) => field.label)).toEqual(['Enhetsmål:', 'Förväntat resultat']);
  });
});

describe('group headings and the form as one document', () => {
  it('turns legends and headings above groups of fields into headings, and leaves out page chrome', () => {
    page(`
      <nav><h2>Meny</h2></nav>
      <h2>Mina ärenden</h2>
      <h1>Planeringssystemet</h1>
      <form>
        <h2>Personuppgifter</h2><label><input type="radio" name="k"> Kvinna</label>
        <h2>KF:s inriktningsmål</h2>
        <fieldset><legend>Målgrupp</legend>
          <label for="q1">Fråga 1</label><textarea id="q1"></textarea>
          <label for="q2">Fråga 2</label><textarea id="q2"></textarea>
        </fieldset>
        <fieldset><legend>Kön</legend><input type="radio" name="x"></fieldset>
        <fieldset><legend>Chef- och ledarskap</legend><label for="q5">Fråga 5</label><textarea id="q5"></textarea></fieldset>
        <h2>Efter sista fältet</h2>
      </form>
      <aside><h2>Hjälp</h2></aside>`);
    const form = readForm(document);
    expect(form.entries.map((entry) => [entry.kind, entry.label])).toEqual([
      // The one heading right above the part of the page with the fields: the form's title.
      ['group', 'Planeringssystemet'],
      // "Personuppgifter" had no text field before the next heading of its level: dropped.
      ['group', 'KF:s inriktningsmål'],
      ['group', 'Målgrupp'],
      ['field', 'Fråga 1'],
      ['field', 'Fråga 2'],
      // "Kön" holds no text field: its legend is no heading.
      ['group', 'Chef- och ledarskap'],
      ['field', 'Fråga 5'],
    ]);
    expect(commonAncestor(form.fields.map((entry) => entry.element))).toBe(document.querySelector('form'));
  });

  it("gives each entry a stable id: the element's id or name, else its position, never twice the same", () => {
    page(
      '<form><textarea id="a"></textarea><textarea name="b"></textarea><textarea></textarea><textarea id="a"></textarea><h3 id="rubrik">Rubrik</h3><textarea aria-label="Sista"></textarea></form>',
    );
    expect(readForm(document).entries.map((entry) => entry.id)).toEqual(['a', 'b', 'falt-3', 'a-2', 'rubrik', 'falt-5']);
  });

  it('reads a Kvalitetsutmärkelsen entry form: Inledning and the six areas as headings, 24 questions under them', () => {
    page(entryFormHtml((n) => (n === 7 ? 'Vi hade 40 deltagare, varav 23 kvinnor och 19 män.' : '')));
    const form = readForm(document);
    const fields = fieldsOf(form);
    // The page's title, then the Inledning legend (its fields have labels of their own), each a group heading.
    const expected: Array<{ id: string; label: string }> = [
      { id: 'rubrik-1', label: 'Tävlingsbidrag till Kvalitetsutmärkelsen' },
      { id: 'inledning', label: 'Inledning' },
    ];
    introductionParts.forEach((title, index) => expected.push({ id: `inledning-${index + 1}`, label: title }));
    for (const area of areas) {
      expected.push({ id: `omrade-${area.id}`, label: area.title });
      for (let n = area.first; n <= area.last; n++) expected.push({ id: `fraga-${n}`, label: `Fråga ${n} ${questionTexts[n - 1]}` });
    }
    expect(fields.map(({ id, label }) => ({ id, label }))).toEqual(expected);
    expect(form.fields).toHaveLength(introductionParts.length + 24);
    expect(fields.find((field) => field.id === 'fraga-7')!.value).toBe('Vi hade 40 deltagare, varav 23 kvinnor och 19 män.');
    expect(
      form.entries.filter((entry) => entry.kind === 'group').every((entry) => entry.element.localName === 'legend' || entry.element.localName === 'h1'),
    ).toBe(true);

    const result = checkDocument(documentFromFields(fields));
    expect(result.type).toBe('tavlingsbidrag');
    const sum = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'gender-split-sum');
    expect(sum?.section).toContain('Fråga 7');
    // Every question was found under its area: no question is reported missing or out of order.
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'section-order')).toEqual([]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'required-section' && diagnostic.severity === 'error')).toEqual([]);
  });

  it('reads a goal form: the KF goals under their headings, Nämndmål and Enhetsmål from their legends, the parts from their labels', () => {
    page(goalFormHtml());
    const fields = fieldsOf(readForm(document));
    expect(fields.map(({ id, label }) => [id, label])).toEqual([
      ['rubrik-1', 'Verksamhetsplan 2021'],
      ['inriktningsmal', 'KF:s inriktningsmål'],
      ['kf-mal', 'KF:s mål för verksamhetsområdet'],
      ['namndmal', 'Nämndmål'],
      ['nm-beskrivning', 'Beskrivning'],
      ['nm-resultat', 'Förväntat resultat'],
      ['enhetsmal', 'Enhetsmål'],
      ['em-resultat', 'Förväntat resultat'],
      ['em-arbetssatt', 'Arbetssätt'],
      ['em-uppfoljning', 'Uppföljning'],
    ]);
    expect(fields.find((field) => field.id === 'kf-mal')!.value).toBe(GOAL_TEXTS.kfMal);
    const result = checkDocument(documentFromFields(fields));
    expect(result.type).toBe('verksamhetsplan');
    // The goal block is complete: no part is reported missing, the goals are quoted as the catalog has them.
    expect(
      result.diagnostics.filter((diagnostic) => ['goal-block-incomplete', 'goal-wording', 'goal-number', 'empty-section'].includes(diagnostic.ruleId)),
    ).toEqual([]);
  });
});

describe("an editor's text, built from its text nodes", () => {
  function editor(html: string): HTMLElement {
    page(`<div id="ed" contenteditable="true">${html}</div>`);
    return document.getElementById('ed')!;
  }

  it('reads <br> and block boundaries as line breaks, list items as bullets, table cells with pipes', () => {
    expect(readEditable(editor('Första raden<div>Andra raden</div><div><br></div><div>Fjärde</div>')).text).toBe('Första raden\nAndra raden\n\nFjärde');
    expect(readEditable(editor('<p>Ett<br>Två</p><p>Tre<br></p><p>Fyra</p>')).text).toBe('Ett\nTvå\nTre\nFyra');
    expect(readEditable(editor('<p>Vi ska:</p><ul><li>informera</li><li>följa upp</li></ul>')).text).toBe('Vi ska:\n- informera\n- följa upp');
    expect(
      readEditable(
        editor(
          '<table><tr><th>Aktivitet</th><th>Startdatum</th><th>Slutdatum</th></tr><tr><td>Feriejobb</td><td>2021-06-30</td><td>2021-01-15</td></tr></table>',
        ),
      ).text,
    ).toBe('Aktivitet | Startdatum | Slutdatum\nFeriejobb | 2021-06-30 | 2021-01-15');
  });

  it("skips the page's indentation between blocks and reads line breaks in normal text as spaces", () => {
    expect(readEditable(editor('\n  <p>Ett</p>\n  <p>Två\nrader</p>\n')).text).toBe('Ett\nTvå rader');
  });

  it('maps offsets back to text nodes, across formatting, and knows which characters are made up', () => {
    const root = editor('<p>Vi hade <b>130</b> deltagare.</p><p>Nästa</p>');
    const map = readEditable(root);
    expect(map.text).toBe('Vi hade 130 deltagare.\nNästa');
    const start = map.text.indexOf('130');
    const range = rangeOf(map, start, map.text.indexOf(' deltagare') + ' deltagare'.length)!;
    expect(range.toString()).toBe('130 deltagare');
    expect(pointAt(map, map.text.indexOf('Nästa'), 'start')).toEqual({ node: root.querySelectorAll('p')[1]!.firstChild, offset: 0 });
    // The line break between the paragraphs is made up: a range over it is not plain text.
    expect(isRealText(map, start, start + 3)).toBe(true);
    expect(isRealText(map, map.text.indexOf('deltagare'), map.text.indexOf('Nästa') + 2)).toBe(false);
    expect(readValue(root)).toBe(map.text);
  });
});
