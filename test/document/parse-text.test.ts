import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInDocTypes } from '../../shared/data/index';
import { LineIndex, toSourceOffset, type Block } from '../../shared/document/model';
import { parseText } from '../../shared/readers/text/index';
import { vocabularyFor } from '../../shared/document/vocabulary';

const vocabulary = vocabularyFor(builtInDocTypes);
const parse = (text: string) => parseText(text, vocabulary).blocks;
const shape = (blocks: Block[]) => blocks.map((block) => `${block.kind}: ${block.text}`);
const seedsDirectory = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDirectory)
  .filter((file) => file.endsWith('.txt'))
  .sort();

describe('page headers and footers', () => {
  it('drops a tjänsteutlåtande page break and joins the sentence across it', () => {
    const text = [
      'De behöver därför vara',
      '',
      '',
      '',
      'Tjänsteutlåtande',
      'Sid 5 (25)',
      '',
      'Box 490',
      'start.stockholm',
      '',
      '08-50822368',
      '',
      'uppdaterade på vilket stöd som erbjuds.',
    ].join('\n');
    expect(shape(parse(text))).toEqual(['paragraph: De behöver därför vara uppdaterade på vilket stöd som erbjuds.']);
  });

  it('drops "PM / Sida N (M)" and the running header of the part', () => {
    const text = [
      'Inledning',
      '',
      'Behandlingen hjälper familjen.',
      '',
      ' PM ',
      '',
      'Sida 5 (75)  ',
      '',
      'Inledning ',
      '',
      'Familjebehandlare arbetar med hela familjen.',
    ].join('\n');
    expect(shape(parse(text))).toEqual([
      'heading: Inledning',
      'paragraph: Behandlingen hjälper familjen.',
      'paragraph: Familjebehandlare arbetar med hela familjen.',
    ]);
  });

  it('drops a running header followed by the same heading opening the part', () => {
    const text = ['Behandlingen hjälper familjen.', '', 'Sida 5 (75)', '', 'Målgrupp', '', 'Målgrupp', '', 'Vi når familjerna.'].join('\n');
    expect(shape(parse(text))).toEqual(['paragraph: Behandlingen hjälper familjen.', 'heading: Målgrupp', 'paragraph: Vi når familjerna.']);
  });

  it('drops the page label set right above the page number', () => {
    const text = ['Vi frågar föräldrarna.', '', 'Kvalitetsutmärkelsen 2022', 'Sida 5 (30)', '', 'Vi följer upp.'].join('\n');
    expect(shape(parse(text))).toEqual(['paragraph: Vi frågar föräldrarna.', 'paragraph: Vi följer upp.']);
  });

  it('keeps the last line of a paragraph running over the page', () => {
    const text = [
      'Skärholmens stadsdelsnämnd föreslås besluta att Fältgruppen och',
      'Familjestödet får delta i Stockholms stads kvalitetsutmärkelse och',
      'Kvalitetsutmärkelsen 2022',
      'Sida 5 (30)',
      '',
      'att beslutet justeras omedelbart.',
    ].join('\n');
    expect(shape(parse(text))).toEqual([
      'paragraph: Skärholmens stadsdelsnämnd föreslås besluta att Fältgruppen och Familjestödet får delta i Stockholms stads kvalitetsutmärkelse och Kvalitetsutmärkelsen 2022 att beslutet justeras omedelbart.',
    ]);
  });

  it('keeps a part heading that opens a page for the first time', () => {
    const text = [
      'Förvaltningen föreslår deltagande.',
      '',
      'Tjänsteutlåtande',
      'Sid 2 (4)',
      '',
      'Bakgrund',
      'Kvalitetsutmärkelsen har funnits sedan 1997.',
    ].join('\n');
    expect(shape(parse(text))).toEqual([
      'paragraph: Förvaltningen föreslår deltagande.',
      'heading: Bakgrund',
      'paragraph: Kvalitetsutmärkelsen har funnits sedan 1997.',
    ]);
  });

  it('keeps a heading that follows the page footer', () => {
    const text = [
      'Text före.',
      'Tjänsteutlåtande',
      'Sid 17 (25)',
      'Box 490',
      'start.stockholm',
      '08-50822368',
      '',
      'KF:s inriktningsmål:',
      '3. En ekonomiskt hållbar och innovativ storstad för framtiden',
    ].join('\n');
    expect(shape(parse(text))).toEqual([
      'paragraph: Text före.',
      'heading: KF:s inriktningsmål:',
      'paragraph: 3. En ekonomiskt hållbar och innovativ storstad för framtiden',
    ]);
  });

  it('drops a line the PDF repeated at the top of the next page', () => {
    const text =
      'Utifrån det kan behandlaren fånga upp synpunkter och göra\nUtifrån det kan behandlaren fånga upp synpunkter och göra\nanpassningar utifrån brukaren.';
    expect(shape(parse(text))).toEqual(['paragraph: Utifrån det kan behandlaren fånga upp synpunkter och göra anpassningar utifrån brukaren.']);
  });
});

describe('hand-typed text: one line per paragraph, a blank line between', () => {
  it('keeps letterhead lines typed on lines of their own apart, not one run-together unit', () => {
    const paragraph = 'Medborgarkontoret i Högdalen har under vintern prövat att ha öppet till klockan 19 på torsdagar, och besökarna har varit nöjda.';
    const text = [
      'Enskede-Årsta-Vantörs stadsdelsförvaltning\nAvdelningen för stadsmiljö\nTjänsteutlåtande',
      'Kvällsöppet på medborgarkontoret',
      ...Array.from({ length: 6 }, () => [paragraph]).flat(),
      'Bakgrund:',
      paragraph,
      'Ärendet:',
      paragraph,
    ].join('\n\n');
    expect(
      parse(text)
        .slice(0, 4)
        .map((block) => block.text),
    ).toEqual(['Enskede-Årsta-Vantörs stadsdelsförvaltning', 'Avdelningen för stadsmiljö', 'Tjänsteutlåtande', 'Kvällsöppet på medborgarkontoret']);
  });

  it('keeps each heading apart from the paragraph after it, however long the paragraphs are', () => {
    const long = 'Vi har öppet fem kvällar i veckan för unga mellan 13 och 17 år och har dessutom lovverksamhet under alla skollov, med utflykter och läger.';
    const text = [
      'Inledning',
      'Om vårt tävlingsbidrag',
      long,
      'Administrativa uppgifter',
      'Fritidsgården Pilen, Skarpnäcksallén 12.',
      'Beskrivning av verksamhet som bedrivs',
      long,
      'Ordlista',
      'Fritidsledare: yrkesutbildad personal på fritidsgården.',
    ].join('\n\n');
    expect(shape(parse(text))).toEqual([
      'heading: Inledning',
      'heading: Om vårt tävlingsbidrag',
      `paragraph: ${long}`,
      'heading: Administrativa uppgifter',
      'paragraph: Fritidsgården Pilen, Skarpnäcksallén 12.',
      'heading: Beskrivning av verksamhet som bedrivs',
      `paragraph: ${long}`,
      'heading: Ordlista',
      'paragraph: Fritidsledare: yrkesutbildad personal på fritidsgården.',
    ]);
  });
});

describe('a web copy: a page on one line, headings run into the text', () => {
  const filler = 'Vi arbetar varje dag med språket i hela förskolan och följer upp arbetet i arbetslagen varje vecka under hela året.';
  const page = (...parts: string[]) => parts.join(' ');
  it('cuts a page line at its template headings and numbered questions', () => {
    const text = [
      page('Inledning Om vårt tävlingsbidrag Vi är en förskola i Tensta.', filler, 'Administrativa uppgifter Förskolan Humlan, Hagstråket 12.', filler),
      '',
      page(
        'Målgrupp 1. Hur skaffar sig verksamheten kunskap om målgruppernas behov och önskemål? Genom observationer.',
        filler,
        '2. Hur arbetar ni med bemötandefrågor? ”Välkommen” säger vi på barnens språk.',
        filler,
      ),
    ].join('\n');
    expect(parse(text).map((block) => block.text)).toEqual([
      'Inledning',
      'Om vårt tävlingsbidrag',
      `Vi är en förskola i Tensta. ${filler}`,
      'Administrativa uppgifter',
      `Förskolan Humlan, Hagstråket 12. ${filler}`,
      'Målgrupp',
      '1. Hur skaffar sig verksamheten kunskap om målgruppernas behov och önskemål?',
      `Genom observationer. ${filler}`,
      '2. Hur arbetar ni med bemötandefrågor?',
      `”Välkommen” säger vi på barnens språk. ${filler}`,
    ]);
  });

  it('keeps a heading’s words inside a sentence, and maps every part back to the source', () => {
    const text = page('Inledning Vi beskriver vår inledning och vår målgrupp i bidraget.', filler, filler, filler, filler);
    const blocks = parse(text);
    expect(blocks.map((block) => block.text)).toEqual(['Inledning', text.slice('Inledning '.length)]);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });

  it('leaves text with ordinary line lengths alone', () => {
    const text = ['Inledning Om vårt tävlingsbidrag Vi är en förskola.', '', filler].join('\n');
    expect(parse(text).map((block) => block.text)).toEqual(['Inledning Om vårt tävlingsbidrag Vi är en förskola.', filler]);
  });
});

describe('contents pages', () => {
  const body = ['', '', 'Inledning', 'Vi är en fritidsgård i Skarpnäck.'];
  const dropped: Array<[string, string[]]> = [
    [
      'entries with dot leaders under "Innehållsförteckning"',
      ['Innehållsförteckning', 'Inledning ........................ 3', 'Målgrupp ...................... 5', '1. Kunskap om målgruppen ....... 5'],
    ],
    [
      'entries whose leaders were lost, among entries with leaders',
      ['Innehåll', 'Inledning ....... 3', '22 Barn och unga', '22 Lokaler', '23. Goda exempel ..... 23'],
    ],
    ['leaders without a contents heading, three or more in a run', ['Inledning ......... 3', 'Målgrupp .......... 5', 'Chef- och ledarskap ..... 8']],
    ['numbered entries of a plan with ellipses', ['Innehåll:', '1 Inledning … 2', '1.1 Alla barn och unga har en trygg uppväxt … 11', '2 Ekonomi … 14']],
    ['tab-separated entries typed by hand', ['Innehållsförteckning', 'Inledning\t3', 'Bakgrund\t4']],
  ];
  it.each(dropped)('drops %s', (_name, contents) => {
    expect(shape(parse([...contents, ...body].join('\n')))).toEqual(['heading: Inledning', 'paragraph: Vi är en fritidsgård i Skarpnäck.']);
  });

  const kept: Array<[string, string[], string[]]> = [
    [
      'two lines with leaders are not a contents page',
      ['Inledning ......... 3', 'Målgrupp .......... 5', '', 'Vi är en fritidsgård.'],
      ['Inledning ......... 3', 'Målgrupp .......... 5', 'Vi är en fritidsgård.'],
    ],
    [
      'a count of people on a line of its own without a contents heading',
      ['Antal deltagare', '', '22 Barn och unga', '', 'Vi är en fritidsgård.'],
      ['Antal deltagare', '22 Barn och unga', 'Vi är en fritidsgård.'],
    ],
    [
      'a table of figures typed with tabs',
      ['Deltagare\tKvinnor\tMän\tTotalt', 'Inskrivna\t45\t38\t83', 'Har börjat arbeta\t16\t11\t29', 'Har börjat studera\t9\t5\t14'],
      ['Deltagare\tKvinnor\tMän\tTotalt', 'Inskrivna\t45\t38\t83', 'Har börjat arbeta\t16\t11\t29', 'Har börjat studera\t9\t5\t14'],
    ],
    ['a sentence after the contents page', ['Innehåll', 'Inledning ..... 3', 'Vi har 12 medarbetare.'], ['Vi har 12 medarbetare.']],
  ];
  it.each(kept)('keeps text: %s', (_name, lines, texts) => {
    expect(parse(lines.join('\n')).map((block) => block.text)).toEqual(texts);
  });
});

describe('line joining', () => {
  it.each([
    ['undoes hyphenation of a lower-case continuation', 'Vi erbjuder stöd-\nsamtal till alla.', 'Vi erbjuder stödsamtal till alla.'],
    ['keeps the hyphen of a number range', 'Miljöprogrammet 2020-\n2023 gäller.', 'Miljöprogrammet 2020-2023 gäller.'],
    ['keeps the hyphen before a capital', 'Vi använder Fit-\nOutcomes i arbetet.', 'Vi använder Fit-Outcomes i arbetet.'],
    ['keeps "familje- och"', 'Stöd av familje- \noch ungdomsbehandlare.', 'Stöd av familje- och ungdomsbehandlare.'],
    ['keeps "skydds-" before "samt"', 'Att stärka skydds-\nsamt minska riskfaktorer.', 'Att stärka skydds- samt minska riskfaktorer.'],
  ])('%s', (_name, text, expected) => {
    expect(parse(text).map((block) => block.text)).toEqual([expected]);
  });

  it('reads a double-spaced PDF (a blank line after every line) as paragraphs', () => {
    const text = [
      ' Inledning  ',
      '',
      'Om vårt tävlingsbidrag ',
      '',
      'Enheten verkar inom Hässelby-Vällingby stadsdelsområde som har ',
      '',
      'haft stadens högsta värde för preventionsindex de senaste två åren. ',
      '',
      ' ',
      '',
      'Ett högt preventionsindex är ett resultat av strukturerade metoder. ',
      '',
      '1. Beskriv hur verksamheten skaffar sig kunskap om ',
      'målgruppernas behov och önskemål. ',
      '',
      'Att arbeta preventivt innebär att stärka det som ',
      '',
      'fungerar. ',
      '',
      ' Vi lär av varandra, när vi jobbar tillsammans i familjer. ',
      '',
      ' Vi har en så kallad boost wall. ',
      '',
      'Fler exempel finns i ',
      '',
      'bilagan. ',
      '',
      'Det var allt. ',
    ].join('\n');
    expect(shape(parse(text))).toEqual([
      'heading: Inledning',
      'heading: Om vårt tävlingsbidrag',
      'paragraph: Enheten verkar inom Hässelby-Vällingby stadsdelsområde som har haft stadens högsta värde för preventionsindex de senaste två åren.',
      'paragraph: Ett högt preventionsindex är ett resultat av strukturerade metoder.',
      'paragraph: 1. Beskriv hur verksamheten skaffar sig kunskap om målgruppernas behov och önskemål.',
      'paragraph: Att arbeta preventivt innebär att stärka det som fungerar.',
      'listItem: Vi lär av varandra, när vi jobbar tillsammans i familjer.',
      'listItem: Vi har en så kallad boost wall.',
      'paragraph: Fler exempel finns i bilagan.',
      'paragraph: Det var allt.',
    ]);
  });
});

describe('headings, lists and labels', () => {
  it('finds template headings, ALL-CAPS headings and short title lines, not list lines', () => {
    const text = [
      'Deltagande i kvalitetsutmärkelsen 2019',
      '',
      'Förslag till beslut',
      'Nämnden godkänner att enheten deltar.',
      '',
      'VERKSAMHETSBESKRIVNING',
      'Familjerätt Sydväst är en sammanslagning av familjerätterna i Hägersten-Liljeholmen,',
      'Skärholmen och Älvsjö.',
      '',
      'Familjerätt Sydväst',
      'Familjerätt Sydväst erbjuder samarbetssamtal till föräldrar som inte lever ihop och',
      'utredningar på uppdrag av domstol.',
      '',
      'Exempel på aktiviteter:',
      '',
      'Verksamhetskultur som uppmuntrar innovationer',
      'Kvalitetsobservationer',
      'Kollegial observation',
      '',
      'Nämnden kommer att nyttja alla möjligheter.',
    ].join('\n');
    const blocks = parse(text);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'Förslag till beslut',
      'VERKSAMHETSBESKRIVNING',
      'Familjerätt Sydväst',
    ]);
    // A title line right before a template heading, and a label before a list, stay text
    // (the outline takes the first one as the document's title).
    expect(blocks.filter((block) => block.headingLike && block.kind === 'paragraph').map((block) => block.text)).toEqual([
      'Deltagande i kvalitetsutmärkelsen 2019',
      'Exempel på aktiviteter:',
      'Verksamhetskultur som uppmuntrar innovationer',
      'Kvalitetsobservationer',
      'Kollegial observation',
    ]);
  });

  it('ends a numbered question running over two lines at its full stop, before the answer', () => {
    const text = [
      'Vi arbetar med detta på flera sätt. Medarbetarna diskuterar frågan',
      'på arbetsplatsträffarna och chefen följer upp arbetet i',
      'ledningsgruppen varje månad.',
      '',
      '7. Hur vi som chefer försäkrar oss om att medarbetarna förstår',
      'verksamhetens syfte, mål och bidrar till helheten.',
      'Vi arbetar med detta på flera sätt. Medarbetarna diskuterar frågan',
      'på arbetsplatsträffarna och chefen följer upp arbetet varje månad.',
    ].join('\n');
    expect(shape(parse(text)).slice(1)).toEqual([
      'paragraph: 7. Hur vi som chefer försäkrar oss om att medarbetarna förstår verksamhetens syfte, mål och bidrar till helheten.',
      'paragraph: Vi arbetar med detta på flera sätt. Medarbetarna diskuterar frågan på arbetsplatsträffarna och chefen följer upp arbetet varje månad.',
    ]);
  });

  it('reads • bullets with continuation lines as list items', () => {
    const text =
      'Förvaltningen har sedan 2013 arbetat med följande:\n•   ökad likvärdighet i den pedagogiska verksamheten och att\nkompensera för skillnader\n•   hur ledningsteamen samverkar\n\nJämställdhetsanalys\nText.';
    expect(shape(parse(text))).toEqual([
      'paragraph: Förvaltningen har sedan 2013 arbetat med följande:',
      'listItem: ökad likvärdighet i den pedagogiska verksamheten och att kompensera för skillnader',
      'listItem: hur ledningsteamen samverkar',
      'heading: Jämställdhetsanalys',
      'paragraph: Text.',
    ]);
  });

  it('splits "Nämndmål: text" into the label and the goal', () => {
    expect(shape(parse('Enhetsmål: Medarbetare har god psykosocial arbetsmiljö\n\nFörväntat resultat\n\nText.'))).toEqual([
      'heading: Enhetsmål:',
      'paragraph: Medarbetare har god psykosocial arbetsmiljö',
      'heading: Förväntat resultat',
      'paragraph: Text.',
    ]);
  });

  it.each([
    [
      'KF:s inriktningsmål 1: En modern storstad med möjligheter och valfrihet för alla',
      'KF:s inriktningsmål',
      '1: En modern storstad med möjligheter och valfrihet för alla',
    ],
    ['KF:s mål 1.5: I Stockholm har äldre en trygg tillvaro', 'KF:s mål', '1.5: I Stockholm har äldre en trygg tillvaro'],
  ])('splits a KF goal with its number on the label line: %s', (line, heading, goal) => {
    expect(shape(parse(line))).toEqual([`heading: ${heading}`, `paragraph: ${goal}`]);
  });

  it('splits "KF:s inriktningsmål: 1. …" with the genitive colon in the label', () => {
    expect(shape(parse('KF:s inriktningsmål: 1. En modern storstad med möjligheter och valfrihet för alla\n\nText.'))).toEqual([
      'heading: KF:s inriktningsmål:',
      'paragraph: 1. En modern storstad med möjligheter och valfrihet för alla',
      'paragraph: Text.',
    ]);
  });

  it('keeps the goal under a label from being read as a heading', () => {
    expect(shape(parse('Nämndmål:\nInvånarna i stadsdelsområdet är självförsörjande\n\nBeskrivning\n\nText.'))).toEqual([
      'heading: Nämndmål:',
      'paragraph: Invånarna i stadsdelsområdet är självförsörjande',
      'heading: Beskrivning',
      'paragraph: Text.',
    ]);
  });
});

describe('tables typed with the cells apart', () => {
  it('reads "Aktivitet / Startdatum / Slutdatum" rows with their dates as cells', () => {
    const blocks = parse(['Aktivitet / Startdatum / Slutdatum', 'Utbilda måltidsombuden / 2021-04-12 / 2021-06-11'].join('\n'));
    expect(blocks.map((block) => [block.kind, block.table, block.cells?.map((cell) => cell.text)])).toEqual([
      ['tableRow', 'aktivitet', ['Aktivitet', 'Startdatum', 'Slutdatum']],
      ['tableRow', 'aktivitet', ['Utbilda måltidsombuden', '2021-04-12', '2021-06-11']],
    ]);
  });
});

describe('tables flattened to lines', () => {
  it('reads Aktivitet rows with their dates as cells', () => {
    const text = [
      ' Aktivitet Startdatum Slutdatum',
      '',
      'Förvaltningens verksamheter ska verka för att öka sitt mottagande av',
      'praktikanter från jobbtorgen.',
      '',
      '2020-01-27 2020-12-31',
      '',
      'Prognosuppföljning 2020-01-01 2020-12-31',
      '',
      'Enhetsmål:',
      'Enheten har budget i balans.',
    ].join('\n');
    const rows = parse(text).filter((block) => block.kind === 'tableRow');
    expect(rows.map((row) => [row.table, row.header ?? false, row.cells?.map((cell) => cell.text)])).toEqual([
      ['aktivitet', true, ['Aktivitet', 'Startdatum', 'Slutdatum']],
      ['aktivitet', false, ['Förvaltningens verksamheter ska verka för att öka sitt mottagande av praktikanter från jobbtorgen.', '2020-01-27', '2020-12-31']],
      ['aktivitet', false, ['Prognosuppföljning', '2020-01-01', '2020-12-31']],
    ]);
    const row = rows[1]!;
    expect(row.text.slice(row.cells![1]!.start, row.cells![1]!.end)).toBe('2020-01-27');
  });

  it('reads Indikator rows up to their period, and ends the table at a template heading', () => {
    const text =
      ' Indikator Årsmål KF:s årsmål Periodicitet\n\nAntal platser för feriejobb 360 st Tas fram av\nnämnd\n\nTertial\n\nSjukfrånvaro 7 % Tertial\n\nKommentar\nSjukfrånvaron ska inte öka.';
    expect(shape(parse(text))).toEqual([
      'tableRow: Indikator Årsmål KF:s årsmål Periodicitet',
      'tableRow: Antal platser för feriejobb 360 st Tas fram av nämnd Tertial',
      'tableRow: Sjukfrånvaro 7 % Tertial',
      'heading: Kommentar',
      'paragraph: Sjukfrånvaron ska inte öka.',
    ]);
  });
});

describe.each(seeds)('seed %s', (file) => {
  const source = readFileSync(join(seedsDirectory, file), 'utf8');
  const blocks = parse(source);

  it('maps every word of every block back to the same word in the source', () => {
    let checked = 0;
    for (const block of blocks) {
      const starts = [0, ...(block.map?.segments.map((segment) => segment.at) ?? [])];
      for (const match of block.text.matchAll(/[\p{L}\d]+/gu)) {
        const crossesJoin = starts.some((at) => at > match.index && at < match.index + match[0].length);
        if (crossesJoin) continue; // a word rejoined from a hyphenated line end
        const at = toSourceOffset(block, match.index);
        expect(source.slice(at, at + match[0].length)).toBe(match[0]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('leaves no page header, footer or page number in the text', () => {
    for (const block of blocks) {
      expect(block.text).not.toMatch(/\bSida? \d+ \(\d+\)|start\.stockholm|^Tjänsteutlåtande$|^PM$/);
    }
  });

  it('gives blocks in source order with sane ranges', () => {
    const lines = new LineIndex(source);
    let previousEnd = 0;
    for (const block of blocks) {
      expect(block.start).toBeGreaterThanOrEqual(previousEnd);
      expect(block.end).toBeGreaterThan(block.start);
      expect(block.text.trim()).toBe(block.text);
      previousEnd = block.end;
    }
    expect(lines.position(blocks.at(-1)!.start).line).toBeGreaterThan(100);
  });
});
