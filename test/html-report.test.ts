import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../ui/report/index';
import { paragraphBounds, renderContext } from '../ui/report/context';
import type { FileReport } from '../cli/report';
import { checkDocument, documentFromText, familyNames } from '../shared/index';
import { summarize } from '../shared/summary/index';

const SEED = 'test/fixtures/seeds/003-tavlingsbidrag-forebyggande.txt';
const seedText = readFileSync(fileURLToPath(new URL(`../${SEED}`, import.meta.url)), 'utf8');

/** A tjänsteutlåtande without "Bakgrund", with a gender split that does not add up and a long, heavy section. */
const draft = [
  '# Deltagande i kvalitetsutmärkelsen 2022',
  '',
  '## Förslag till beslut',
  'Stadsdelsnämnden godkänner att fritidsgården deltar i kvalitetsutmärkelsen 2022.',
  '',
  '## Sammanfattning',
  'Fritidsgården vill delta i kvalitetsutmärkelsen för att utveckla arbetet.',
  '',
  '## Ärendets beredning',
  'Ärendet har beretts av avdelningen för kultur och fritid.',
  '',
  '## Ärendet',
  'Under 2021 deltog 286 ungdomar varav 124 flickor och 135 pojkar.',
  'Kvalitetsutmärkelsen har sin utgångspunkt i stadens program för kvalitetsutveckling och är kopplad till stadens integrerade system för ledning och uppföljning av ekonomi och verksamhet, vilket innebär att enheterna som deltar förutom ett systematiskt kvalitetsarbete även ska uppvisa goda resultat inom exempelvis budgethållning.',
  'De belönade enheterna ska kännetecknas av ett professionellt ledarskap, engagerade medarbetare och av en levande dialog med brukarna, och för att delta ska verksamheten beskriva sitt kvalitetsarbete utifrån en rad frågor.',
  'Ungdomarna skrev <script>alert("hej")</script> & "annat" på tavlan.',
  '',
  '## Synpunkter och förslag',
  'Förvaltningen föreslår att nämnden godkänner deltagandet.',
  '',
  'Anna Andersson',
  'Avdelningschef',
  '',
].join('\n');

const generatedAt = new Date(2026, 10, 24, 21, 30);

function report(file: string, text: string, format: 'text' | 'markdown'): FileReport {
  return { file, source: text, format, result: checkDocument(documentFromText(text, format)) };
}

const draftReport = report('utkast-fritidsgard.md', draft, 'markdown');
const seedReport = report(SEED, seedText, 'text');

describe('renderHtml', () => {
  const html = renderHtml([draftReport], { generatedAt });

  it('the draft gives findings from several families (guards the inputs the other tests rely on)', () => {
    const ids = new Set(draftReport.result.diagnostics.map((diagnostic) => diagnostic.ruleId));
    expect(ids).toContain('required-section');
    expect(ids).toContain('gender-split-sum');
    expect(ids).toContain('readability');
    const bakgrund = draftReport.result.diagnostics.find(
      (diagnostic) => diagnostic.ruleId === 'required-section' && diagnostic.data?.['section'] === 'Bakgrund',
    );
    expect(bakgrund).toBeDefined();
  });

  it('is a self-contained Swedish HTML document', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/@import|url\((?!#)/);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows the file, its type, why, and the counts in Swedish', () => {
    const { result } = draftReport;
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
    const infos = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'info').length;
    expect(html).toContain('utkast-fritidsgard.md');
    expect(html).toContain(`<dd>${result.typeName}</dd>`);
    expect(result.typeName).toBe('Tjänsteutlåtande');
    expect(html).toContain(result.typeReason);
    expect(html).toContain(`${errors} fel`);
    expect(html).toContain(`${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`);
    expect(html).toContain(`${infos} info`);
  });

  it('says first whether the draft is ready to send, and gives the LIX of the whole text (from the core summary)', () => {
    const summary = summarize(draftReport.result);
    expect(summary.readiness.verdict).toBe('not-ready');
    expect(html).toContain(`<dt>Status</dt><dd class="readiness readiness-not-ready">${summary.readiness.sentence}</dd>`);
    expect(summary.readiness.sentence).toMatch(/^Inte klar att skicka: \d+ fel behöver rättas/);
    expect(html).toContain(`<dt>Läsbarhet</dt><dd>LIX ${summary.lix!.value} (${summary.lix!.band}) för hela texten, ${summary.lix!.words} ord</dd>`);
  });

  it('has an inline SVG chart per rule family, with names, numbers and patterns', () => {
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).not.toBe('');
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title[ >]/);
    for (const name of Object.values(familyNames)) expect(svg).toContain(name);
    expect(svg).toContain('<pattern');
    expect(svg).toMatch(/Könsuppdelad statistik: 1 fel/);
    expect(svg).toMatch(/Rubriker och avsnitt: \d+ fel/);
  });

  it('quotes every finding with its exact message, context and rule, the mycket svår text too', () => {
    for (const diagnostic of draftReport.result.diagnostics) {
      expect(html).toContain(escape(diagnostic.message));
      expect(html).toContain(`${diagnostic.line}:${diagnostic.column}`);
      expect(html).toContain(`<code>${diagnostic.ruleId}</code>`);
    }
    expect(html).toContain('Avsnittet ”Bakgrund” saknas. Lägg till det före ”Ärendets beredning”.');
    expect(html).toContain('Delarna (124 + 135 = 259) stämmer inte med totalen 286.');
    // The heavy Ärendet is a finding, pointing at its longest sentence.
    const readability = draftReport.result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'readability');
    expect(readability?.message).toMatch(/^LIX \d+ \(mycket svår\) i ”Ärendet”\. Längst: ”Kvalitetsutmärkelsen har sin utgångspunkt/);
    expect(html).toContain(`<mark>${readability!.text.slice(0, 60)}`);
  });

  it('leads with the findings: then the section table, then the families and their chart', () => {
    const at = (text: string) => html.indexOf(text);
    expect(at('<h3>Anmärkningar</h3>')).toBeGreaterThan(at('<dl class="facts">'));
    expect(at('<h3>Per avsnitt</h3>')).toBeGreaterThan(at('Delarna (124 + 135 = 259)'));
    expect(at('<table class="grid sections">')).toBeGreaterThan(at('<article class="finding'));
    expect(at('<h3>Per regelfamilj</h3>')).toBeGreaterThan(at('<table class="grid sections">'));
    expect(at('<svg')).toBeGreaterThan(at('<h3>Per regelfamilj</h3>'));
  });

  it('charts errors and warnings only; info is counted in the table, not drawn', () => {
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('Fel och varningar per regelfamilj');
    expect(svg).not.toMatch(/monster-info|>Info</);
    expect(svg).not.toMatch(/\binfo\b/);
    // Övrigt has only the readability info: no bar, "inga".
    expect(svg).toMatch(/<text[^>]*class="bar-label">Övrigt<\/text>\n<line[^>]*\/>\n<text[^>]*class="bar-value">inga<\/text>/);
    const families = /<table class="grid families">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(families).toMatch(
      /<th scope="row">Övrigt<\/th><td class="num"><span class="zero">0<\/span><\/td><td class="num"><span class="zero">0<\/span><\/td><td class="num">1<\/td>/,
    );
  });

  it('names the tool’s version and the goal catalogs in the footer', () => {
    const versioned = renderHtml([draftReport], { generatedAt, version: '9.8.7' });
    const footer = /<footer class="report-foot">[\s\S]*?<\/footer>/.exec(versioned)?.[0] ?? '';
    expect(footer).toContain('Skapad av utkastkoll 9.8.7 2026-11-24 21:30.');
    expect(footer).toContain('<p>Målkatalog: KF:s mål, budget 2020–2022 (version 2020-2022.1).</p>');
    // Several catalogs, each once over several files.
    const namnd = { id: 'namnd', version: '2', name: 'Nämndens mål', goals: [{ level: 'namndmal', text: 'Alla unga har en meningsfull fritid' }] };
    const withNamnd: FileReport = { ...draftReport, result: checkDocument(documentFromText(draft, 'markdown'), { catalogs: [namnd] }) };
    const both = renderHtml([withNamnd, draftReport], { generatedAt });
    expect(both).toContain('<p>Målkataloger: KF:s mål, budget 2020–2022 (version 2020-2022.1), Nämndens mål (version 2).</p>');
    expect(both).toContain('Skapad av utkastkoll 2026-11-24 21:30.');
  });

  it('highlights the flagged text in its context and shows the suggested fix', () => {
    expect(html).toContain('Under 2021 deltog <mark>286 ungdomar varav 124 flickor och 135 pojkar</mark>.');
    expect(html).toContain('Ändra totalen till 259');
    expect(html).toContain('<del>286</del> → <ins>259</ins>');
  });

  it('shows LIX per section in the section table (from the summary), in document order, and leaves out empty rows', () => {
    const summary = summarize(draftReport.result);
    const lix = summary.sections.find((row) => row.name === 'Ärendet')?.lix;
    expect(lix?.value).toEqual(expect.any(Number));
    const table = /<table class="grid sections">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const row = /<tr[^>]*><th scope="row"[^>]*>(?:<a [^>]*>)?Ärendet(?:<\/a>)?<\/th>.*<\/tr>/.exec(table)?.[0] ?? '';
    expect(row).toContain(`<td class="num hard">${lix!.value}</td>`);
    expect(row).toContain(`<td class="band">${lix!.band}</td>`);
    expect(row).toContain(`>${lix!.words}</td>`);
    // The title, Förslag till beslut and Sammanfattning have neither findings nor enough text: folded away, and counted.
    const shown = ['Ärendets beredning', 'Ärendet', 'Synpunkter och förslag'];
    for (const name of ['Förslag till beslut', 'Sammanfattning', 'Deltagande i kvalitetsutmärkelsen 2022']) expect(table).not.toContain(`${name}</`);
    const order = shown.map((name) => table.indexOf(`${name}</`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const folded = summary.sections.filter((each) => each.findings.length === 0 && !each.lix).length;
    expect(folded).toBe(3);
    expect(html).toContain(`<p class="note">${folded} avsnitt utan anmärkningar och utan LIX-värde visas inte.</p>`);
  });

  it('escapes document text: a <script> tag in the draft appears as text', () => {
    expect(html).not.toContain('<script>alert');
    const text = '## Ärendet\nHon skrev <script>alert("hej")</script> & "annat" och 286 ungdomar varav 124 flickor och 135 pojkar kom.';
    const quoted = renderHtml([report('skript.md', text, 'markdown')], { generatedAt });
    expect(quoted).not.toContain('<script>alert');
    expect(quoted).toContain('&lt;script&gt;alert(&quot;hej&quot;)&lt;/script&gt; &amp; &quot;annat&quot;');
  });

  it('escapes file names and type reasons too', () => {
    const odd = renderHtml([{ ...draftReport, file: 'a<b>&"c".md' }], { generatedAt });
    expect(odd).toContain('a&lt;b&gt;&amp;&quot;c&quot;.md');
    expect(odd).not.toContain('a<b>');
  });

  it('lists the files that could not be checked, with why, escaped', () => {
    const skipped = [{ file: 'bilaga<1>.pdf', reason: 'PDF läses inte; spara som .docx eller .txt.' }];
    const output = renderHtml([draftReport], { generatedAt, skipped });
    expect(output).toContain('<h2 id="ej-granskade-rubrik">Filer som inte granskades</h2>');
    expect(output).toContain('<li><code>bilaga&lt;1&gt;.pdf</code>: PDF läses inte; spara som .docx eller .txt.</li>');
    expect(html).not.toContain('Filer som inte granskades');
    expect(renderHtml([], { generatedAt, skipped })).toContain('Inga filer granskades.');
  });

  it('shows the generation time Swedish style', () => {
    expect(html).toContain('2026-11-24 21:30');
  });

  it('is deterministic', () => {
    expect(renderHtml([draftReport, seedReport], { generatedAt })).toBe(renderHtml([draftReport, seedReport], { generatedAt }));
    const again = renderHtml([report('utkast-fritidsgard.md', draft, 'markdown')], { generatedAt: new Date(generatedAt.getTime()) });
    expect(again).toBe(html);
  });

  it('marks a zero-width finding with a caret', () => {
    const unsigned = draft.replace('Anna Andersson\nAvdelningschef\n', '');
    const output = renderHtml([report('osignerad.md', unsigned, 'markdown')], { generatedAt });
    expect(output).toContain('Underskrift (namn och titel) saknas.');
    expect(output).toMatch(/godkänner deltagandet\.<span class="caret"[^>]*>‸<\/span>/);
  });

  it('says so when a file has no findings', () => {
    const clean = renderHtml([{ file: 'tom.md', source: '', format: 'markdown', result: checkDocument(documentFromText('', 'markdown'), { rules: [] }) }], {
      generatedAt,
    });
    expect(clean).toContain('Inga anmärkningar');
    expect(clean).toContain('inga');
  });
});

describe('renderHtml on the 003 seed (tävlingsbidrag)', () => {
  const html = renderHtml([seedReport], { generatedAt });
  const { result } = seedReport;

  it('reports the type and the known findings', () => {
    expect(html).toContain(result.typeName);
    expect(html).toContain('Delarna (124 + 135 = 259) stämmer inte med totalen 286.');
    expect(html).toContain('<mark>286 ungdomar varav 124 flickor och 135 pojkar</mark>');
    expect(html).toContain('Ändra totalen till 259');
    expect(html).toContain('Fråga 24 (Utveckling) saknas. Besvara den efter fråga 23.');
  });

  it('groups findings under their section with its path', () => {
    expect(html).toMatch(/Inledning › Ungefärligt antal brukare\/kunder, könsuppdelat › <\/span>Fältgruppen/);
  });

  it('lists the sections with findings or a LIX, with the summary’s values, and no others', () => {
    const summary = summarize(result);
    const table = /<table class="grid sections">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const rows = table.match(/<tr[^>]*><th scope="row"/g) ?? [];
    const kept = summary.sections.filter((row) => row.findings.length > 0 || row.lix);
    expect(rows.length).toBe(kept.length);
    expect(kept.length).toBeLessThan(summary.sections.length - 20);
    expect(html).toContain(`<p class="note">${summary.sections.length - kept.length} avsnitt utan anmärkningar och utan LIX-värde visas inte.</p>`);
    for (const row of kept.filter((each) => each.lix))
      expect(table).toMatch(
        new RegExp(`<td class="num(?: hard)?">${row.lix!.value}</td><td class="band">${row.lix!.band}</td><td class="num">${row.lix!.words}</td>`),
      );
    // "Målgrupp" (twice) has no text of its own and no findings: not listed; its question is.
    expect(table).not.toContain('Målgrupp</th>');
    // Repeated names get their own LIX: Föräldrarådgivare under question 4 (47) and under 14 (49).
    expect(table).toMatch(/Föräldrarådgivare<\/th>(?:<td class="num"><\/td>){3}<td class="num">47<\/td>/);
    expect(table).toMatch(/Föräldrarådgivare<\/th>(?:<td class="num"><\/td>){3}<td class="num">49<\/td>/);
    // Nested sections are indented; where the section above is left out, the path says where a row stands.
    expect(table).toMatch(/<th scope="row" style="padding-left:1\.5em"><span class="path">Inledning › <\/span>Om vårt tävlingsbidrag<\/th>/);
    expect(table).toMatch(
      /<th scope="row" style="padding-left:2\.6em"><span class="path">Inledning › Ungefärligt antal brukare\/kunder, könsuppdelat › <\/span><a href="#[^"]+">Fältgruppen<\/a><\/th>/,
    );
    // Under a listed question, no path.
    expect(table).toMatch(/<th scope="row" style="padding-left:2\.6em">Behandlande stöd<\/th>/);
  });

  it('renders two files each in its own section, with an overview', () => {
    const both = renderHtml([draftReport, seedReport], { generatedAt });
    expect(both).toContain('Översikt');
    expect(both).toContain('2 filer');
    expect(both.match(/<section class="file new-page" id="fil-\d"/g)).toEqual([
      '<section class="file new-page" id="fil-1"',
      '<section class="file new-page" id="fil-2"',
    ]);
    const first = both.slice(both.indexOf('id="fil-1"'), both.indexOf('id="fil-2"'));
    const second = both.slice(both.indexOf('id="fil-2"'));
    expect(first).toContain('utkast-fritidsgard.md');
    expect(first).toContain('Tjänsteutlåtande');
    expect(first).toContain('<mark>286 ungdomar varav 124 flickor och 135 pojkar</mark>');
    expect(second).toContain(SEED);
    expect(second).toContain('Tävlingsbidrag till Kvalitetsutmärkelsen');
    expect(second).toContain('Fråga 24 (Utveckling) saknas.');
    expect(second).not.toContain('utkast-fritidsgard.md');
    // The overview links to both files and adds them up.
    expect(both).toContain('<a href="#fil-1">utkast-fritidsgard.md</a>');
    expect(both).toContain(`<a href="#fil-2">${SEED}</a>`);
    const errors = [draftReport, seedReport].flatMap((file) => file.result.diagnostics).filter((diagnostic) => diagnostic.severity === 'error').length;
    expect(both).toMatch(new RegExp(`Totalt</th><td class="num">${errors}</td>`));
    // Each file's readiness in the overview.
    expect(both).toContain('<th scope="col">Status</th>');
    expect(both.match(/<td class="readiness readiness-not-ready">Inte klar att skicka<\/td><\/tr>/g)?.length).toBe(2);
    // Anchors are unique.
    const ids = [...both.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('a quote stays inside its paragraph', () => {
  const SPLIT = '286 ungdomar varav 124 flickor och 135 pojkar';
  const quote = (text: string, format: 'text' | 'markdown', flagged = SPLIT, withBlocks = true) => {
    const document = documentFromText(text, format);
    const start = document.source.indexOf(flagged);
    const end = start + flagged.length;
    const blocks = withBlocks ? document.blocks : [];
    return renderContext(document.source, start, end, paragraphBounds(document.source, blocks, start, end));
  };

  it.each<[string, string, 'text' | 'markdown', string]>([
    [
      'not the next paragraph',
      `## Ärendet\nUnder året deltog ${SPLIT}.\n\nNästa stycke handlar om något annat och ska inte citeras.`,
      'markdown',
      `Under året deltog <mark>${SPLIT}</mark>.`,
    ],
    [
      'not the paragraph before, nor the heading',
      `## Bakgrund\nFörra stycket.\n\nUnder året deltog ${SPLIT}.`,
      'markdown',
      `Under året deltog <mark>${SPLIT}</mark>.`,
    ],
    [
      'the wrapped lines of its own paragraph (PDF text)',
      `Bakgrund\n\nUnder året deltog ${SPLIT} i\nverksamheten som vi driver.\n\nNästa stycke handlar om något annat.`,
      'text',
      `Under året deltog <mark>${SPLIT}</mark> i verksamheten som vi driver.`,
    ],
    [
      'a long paragraph is still cut at about 60 characters',
      `## Ärendet\nFörvaltningen har under hela året arbetat med att nå fler unga och under året deltog ${SPLIT} i verksamheten som förvaltningen driver på kvällar och helger.\n\nNästa.`,
      'markdown',
      `…året arbetat med att nå fler unga och under året deltog <mark>${SPLIT}</mark> i verksamheten som förvaltningen driver på kvällar och…`,
    ],
  ])('%s', (_name, text, format, expected) => {
    expect(quote(text, format)).toBe(expected);
  });

  it('without blocks, up to the nearest blank line', () => {
    const text = `Förra stycket.\n\nUnder året deltog ${SPLIT}.\n \nNästa stycke.`;
    expect(quote(text, 'text', SPLIT, false)).toBe(`Under året deltog <mark>${SPLIT}</mark>.`);
  });

  it('on the 003 seed: the split that runs over a blank line is quoted whole, and nothing of the next paragraph', () => {
    const html = renderHtml([seedReport], { generatedAt });
    const context = /<blockquote class="context"><p>([^\n]*?<mark>286 ungdomar varav 124 flickor och 135 pojkar<\/mark>[^\n]*?)<\/p><\/blockquote>/.exec(
      html,
    )?.[1];
    expect(context).toBeDefined();
    const diagnostic = seedReport.result.diagnostics.find((each) => each.ruleId === 'gender-split-sum')!;
    const block = seedReport.result.blocks.find((each) => each.start <= diagnostic.start && diagnostic.start <= each.end)!;
    const next = seedReport.result.blocks[seedReport.result.blocks.indexOf(block) + 1]!;
    expect(context).not.toContain(escape(next.text.slice(0, 12)));
  });
});
