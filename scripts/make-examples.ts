/**
 * Writes the bundled example document examples/tjansteutlatande-exempel.docx: a shortened
 * Stockholm tjänsteutlåtande with Swedish Word style names ("Rubrik", "Rubrik 1",
 * "Rubrik 2"), with a few deliberate problems for the checker to find:
 *
 * - parts that do not add up (42 ungdomar, varav 23 flickor och 17 pojkar),
 * - a count of people with no gender split (130 ungdomar),
 * - a KF goal quoted with changed wording (2.5 "… med god livsmiljö"; the catalog says
 *   "… med en god livsmiljö"),
 * - no "Jämställdhetsanalys" section (recommended).
 *
 * "Förvaltningens synpunkter och förslag" is an accepted variant of "Synpunkter och förslag".
 *
 * The output is byte-for-byte reproducible (fixed timestamps). Run:
 *   npx tsx scripts/make-examples.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, type IParagraphStyleOptions } from 'docx';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const FIXED_DATE = new Date('2019-02-05T08:00:00Z');

type Item = { title: string } | { h1: string } | { h2: string } | string;

const tjansteutlatande: Item[] = [
  { title: 'Deltagande i kvalitetsutmärkelsen 2019' },

  { h1: 'Förslag till beslut' },
  'Hägersten-Liljeholmens stadsdelsnämnd godkänner att Familjerätt Sydväst samt den öppna fritidsverksamheten för ungdomar deltar i Stockholms stads kvalitetsutmärkelse 2019.',

  { h1: 'Sammanfattning' },
  'Kvalitetsutmärkelsen är Stockholms stads årliga pris för att uppmärksamma och belöna framgångsrik verksamhet i staden. ' +
    'Den är också ett verktyg som enheterna kan använda för en egenutvärdering av sin verksamhet. ' +
    'Förvaltningen föreslår att Familjerätt Sydväst och den öppna fritidsverksamheten för ungdomar deltar i utmärkelsen 2019.',

  { h1: 'Bakgrund' },
  'Kvalitetsutmärkelsen har sin utgångspunkt i stadens program för kvalitetsutveckling och är kopplad till stadens integrerade system för ledning och uppföljning av ekonomi och verksamhet (ILS). ' +
    'Enheterna som deltar ska förutom ett systematiskt kvalitetsarbete även uppvisa goda resultat inom exempelvis budgethållning. ' +
    'För att delta ska verksamheten beskriva sitt kvalitetsarbete utifrån en rad frågor och bli godkänd att delta av ansvarig nämnd. ' +
    'Tävlingsbidragen utvärderas sedan av stadens examinatorer, som också gör ett platsbesök. ' +
    'En domarkommitté med stadsdirektören som ordförande utser de enheter som tilldelas årets kvalitetsutmärkelse. ' +
    'Prisutdelningen hålls i Blå hallen i Stadshuset i november 2019.',

  { h1: 'Ärendets beredning' },
  'Ärendet har beretts inom avdelningen för social omsorg. Ärendet samverkas i förvaltningsgruppen den 12 februari 2019.',

  { h1: 'Ärendet' },
  'Från Hägersten-Liljeholmens stadsdelsförvaltning föreslås Familjerätt Sydväst samt den öppna fritidsverksamheten för ungdomar att delta 2019. ' +
    'Familjerätt Sydväst deltog i utmärkelsen redan 2018 och fick stöd och uppmuntran av examinatorerna att delta igen.',

  { h2: 'Familjerätt Sydväst' },
  'Familjerätt Sydväst är en sammanslagning av familjerätterna i Hägersten-Liljeholmen, Skärholmen och Älvsjö. ' +
    'Enheten erbjuder frivilliga samarbetssamtal till föräldrar som inte lever ihop och utreder på begäran av domstol frågor om vårdnad, boende och umgänge. ' +
    'Familjerätten handlägger även ärenden om umgängesstöd, adoption samt faderskap och föräldraskap.',
  'Delaktighet och barnrättsperspektivet är viktiga ledord för enheten. ' +
    'Nya brukare ska få kontakt med sin handläggare inom en vecka, och när det är möjligt får barnen komma till tals i ett särskilt inrett samtalsrum. ' +
    'Enheten arbetar aktivt med brukardialog, bland annat genom enkäter till föräldrar, och återkopplingen tas upp på gruppens möten.',

  { h2: 'Öppen fritidsverksamhet för ungdomar' },
  'Vid halvårsskiftet 2017 togs fritidsgårdarna i stadsdelsområdet över i egen regi, och samtidigt inleddes ett utvecklingsarbete inom den öppna fritidsverksamheten. ' +
    'Under 2018 utökades antalet fältassistenter från fyra till sex, och det uppsökande arbetet kvällstid har successivt byggts ut. ' +
    'Under 2018 deltog 42 ungdomar i sommarverksamheten, varav 23 flickor och 17 pojkar. ' +
    'Fältassistenterna har under året mött 130 ungdomar på skolorna.',
  'Under 2019 delas arbetet på fritidsgårdarna in i tre teman: prevention, delaktighet och kvalitativa analyser. ' +
    'Ungdomarna ska göras delaktiga i verksamhetsplaneringen, och året avslutas med en brukarenkät för att följa upp resultaten både kvantitativt och kvalitativt. ' +
    'Arbetet bidrar till KF:s mål 2.5 Stockholm är en hållbar stad med god livsmiljö.',

  { h1: 'Förvaltningens synpunkter och förslag' },
  'Förvaltningen anser att båda verksamheterna bedriver ett systematiskt och engagerat kvalitetsarbete som väl motiverar ett deltagande. ' +
    'Förvaltningen föreslår att nämnden godkänner att Familjerätt Sydväst samt den öppna fritidsverksamheten för ungdomar deltar i Stockholms stads kvalitetsutmärkelse 2019.',

  '',
  'Anders Carstorp',
  'Stadsdelsdirektör',
];

/** Styles as a document written in Swedish Word shows them: "Rubrik" (Title), "Rubrik 1", "Rubrik 2". */
const swedishStyles: IParagraphStyleOptions[] = [
  {
    id: 'Rubrik',
    name: 'Rubrik',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 40, bold: true, font: 'Arial' },
    paragraph: { spacing: { after: 240 } },
  },
  {
    id: 'Rubrik1',
    name: 'Rubrik 1',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 28, bold: true, font: 'Arial' },
    paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
  },
  {
    id: 'Rubrik2',
    name: 'Rubrik 2',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 24, bold: true, font: 'Arial' },
    paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
  },
];

function paragraphOf(item: Item): Paragraph {
  if (typeof item === 'string') return new Paragraph({ text: item, spacing: { after: 160 } });
  if ('title' in item) return new Paragraph({ text: item.title, style: 'Rubrik' });
  if ('h1' in item) return new Paragraph({ text: item.h1, style: 'Rubrik1' });
  return new Paragraph({ text: item.h2, style: 'Rubrik2' });
}

/** Re-zips a package with fixed timestamps so that regenerating gives identical bytes. */
async function reproducible(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    }
    target.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function main(): Promise<void> {
  const document = new Document({
    creator: 'Hägersten-Liljeholmens stadsdelsförvaltning',
    lastModifiedBy: 'Hägersten-Liljeholmens stadsdelsförvaltning',
    title: 'Deltagande i kvalitetsutmärkelsen 2019',
    description: 'Exempel på tjänsteutlåtande för utkastkoll',
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 24 } } },
      paragraphStyles: swedishStyles,
    },
    sections: [{ children: tjansteutlatande.map(paragraphOf) }],
  });
  const bytes = await reproducible(new Uint8Array(await Packer.toBuffer(document)));
  await mkdir(EXAMPLES, { recursive: true });
  const path = join(EXAMPLES, 'tjansteutlatande-exempel.docx');
  await writeFile(path, bytes);
  console.log(`Skrev ${path} (${bytes.length} byte)`);
}

await main();
