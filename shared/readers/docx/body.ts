/**
 * document.xml's body → paragraph inputs, as Word's own API would describe each
 * paragraph (its text, style name, built-in style, outline level, list number, bold,
 * table row), for the one paragraph reader every Word-like source goes through.
 */
import type { ParagraphInput } from '../paragraphs';
import type { NumberingCounter } from './numbering';
import { readNumbering, type Numbering, type Styles } from './styles';
import { children, descendants, firstChild, intVal, isOn, isW, localName, type XmlElement } from './xml';

const HEADING_ID = /^(?:heading|rubrik)([1-9])$/i;
const TITLE_ID = /^(?:title|rubrik)$/i;

export function bodyParagraphs(body: XmlElement, styles: Styles, numbering: NumberingCounter): ParagraphInput[] {
  const inputs: ParagraphInput[] = [];
  for (const element of blockChildren(body)) {
    if (localName(element) === 'p') {
      inputs.push(paragraphInput(element, styles, numbering));
      continue;
    }
    structuralChildren(element, 'tr').forEach((row, rowIndex) => {
      inputs.push({ text: '', cells: structuralChildren(row, 'tc').map(cellText), row: rowIndex });
    });
  }
  return inputs;
}

function paragraphInput(paragraph: XmlElement, styles: Styles, numbering: NumberingCounter): ParagraphInput {
  const text = paragraphText(paragraph);
  const input: ParagraphInput = { text };
  const pPr = firstChild(paragraph, 'pPr');
  const styleId = wStyleId(pPr);
  const style = styleId !== undefined ? styles.get(styleId) : undefined;
  if (styleId !== undefined) input.style = style?.name ?? styleId;
  const builtIn = builtInStyle(styleId, style?.name);
  if (builtIn) input.styleBuiltIn = builtIn;
  const chain = styles.chain(styleId ?? styles.defaultParagraphStyle ?? '');
  let outline = intVal(firstChild(pPr, 'outlineLvl'));
  for (const ancestor of chain) {
    if (outline !== undefined) break;
    outline = ancestor.outlineLevel;
  }
  // Word counts outline levels 1–9 and 10 for body text; the file stores 0–8 and 9.
  if (outline !== undefined) input.outlineLevel = Math.min(outline, 9) + 1;
  const list = listOf(pPr, chain);
  if (list && text.trim() !== '') {
    const listString = numbering.next(list.numId, list.level ?? 0);
    input.list = listString === '' ? { level: list.level ?? 0 } : { level: list.level ?? 0, listString };
  }
  if (isBoldLine(paragraph)) input.bold = true;
  return input;
}

function wStyleId(pPr: XmlElement | undefined): string | undefined {
  const pStyle = firstChild(pPr, 'pStyle');
  const value = pStyle?.getAttribute('w:val') ?? pStyle?.getAttribute('val') ?? undefined;
  return value?.trim() || undefined;
}

/** What Word's `styleBuiltIn` would say: "Heading2" for style id "Rubrik2" or "Heading2". */
function builtInStyle(styleId: string | undefined, styleName: string | undefined): string | undefined {
  for (const candidate of [styleId, styleName?.replace(/\s+/g, '')]) {
    if (candidate === undefined) continue;
    const heading = HEADING_ID.exec(candidate);
    if (heading) return `Heading${heading[1]}`;
    if (TITLE_ID.test(candidate)) return 'Title';
  }
  return undefined;
}

/** Numbering set on the paragraph overrides its style's (and numId 0 switches it off). */
function listOf(pPr: XmlElement | undefined, chain: ReturnType<Styles['chain']>): Numbering | null {
  let numbering = readNumbering(firstChild(pPr, 'numPr'));
  let level = numbering?.level;
  for (const ancestor of chain) {
    if (numbering !== undefined) break;
    numbering = ancestor.numbering;
  }
  if (!numbering) return null;
  return { numId: numbering.numId, level: level ?? numbering.level };
}

function isHiddenRun(run: XmlElement): boolean {
  return isOn(firstChild(firstChild(run, 'rPr'), 'vanish'));
}

/** Raw text of paragraph content: runs and the inline containers that hold runs. */
function inlineText(container: XmlElement, out: string[]): void {
  for (const child of children(container)) {
    const name = localName(child);
    if (!isW(child)) {
      // Office Math: keep the visible text of m:t elements.
      if (name === 'oMath' || name === 'oMathPara') {
        for (const t of descendants(child, 't')) out.push(t.textContent ?? '');
      }
      continue;
    }
    switch (name) {
      case 'r':
        if (!isHiddenRun(child)) runText(child, out);
        break;
      case 'hyperlink':
      case 'ins':
      case 'moveTo':
      case 'smartTag':
      case 'customXml':
      case 'fldSimple':
      case 'dir':
      case 'bdo':
        inlineText(child, out);
        break;
      case 'sdt': {
        const content = firstChild(child, 'sdtContent');
        if (content) inlineText(content, out);
        break;
      }
      default:
        // pPr, del, moveFrom, bookmarks, comments, proofErr, ...: no visible text.
        break;
    }
  }
}

/** Text as Word's paragraph.text has it: a tab is "\t", a manual line break "\v". */
function runText(run: XmlElement, out: string[]): void {
  for (const child of children(run)) {
    if (!isW(child)) continue;
    switch (localName(child)) {
      case 't':
        out.push(child.textContent ?? '');
        break;
      case 'tab':
      case 'ptab':
        out.push('\t');
        break;
      case 'br':
      case 'cr':
        out.push('\v');
        break;
      case 'noBreakHyphen':
        out.push('-');
        break;
      default:
        // rPr, delText, instrText, softHyphen, fldChar, footnote/endnote references,
        // drawings, symbols: nothing.
        break;
    }
  }
}

/**
 * Every run with text is bold: a heading typed in the Normal style and made bold, as many
 * writers do instead of using "Rubrik 1".
 */
function isBoldLine(paragraph: XmlElement): boolean {
  let textRuns = 0;
  for (const run of descendants(paragraph, 'r')) {
    if (!isW(run) || descendants(run, 't').every((t) => (t.textContent ?? '').trim() === '')) continue;
    textRuns++;
    if (!isOn(firstChild(firstChild(run, 'rPr'), 'b'))) return false;
  }
  return textRuns > 0;
}

function paragraphText(paragraph: XmlElement): string {
  const out: string[] = [];
  inlineText(paragraph, out);
  return out.join('');
}

/** Block-level children, with content controls and custom XML unwrapped. */
function blockChildren(container: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of children(container)) {
    if (!isW(child)) continue;
    const name = localName(child);
    if (name === 'sdt') {
      const content = firstChild(child, 'sdtContent');
      if (content) result.push(...blockChildren(content));
    } else if (name === 'customXml' || name === 'ins' || name === 'moveTo') {
      result.push(...blockChildren(child));
    } else if (name === 'p' || name === 'tbl') {
      result.push(child);
    }
  }
  return result;
}

/** Children of `container` named `name`, looking through content controls and custom XML. */
function structuralChildren(container: XmlElement, name: string): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of children(container)) {
    if (!isW(child)) continue;
    const childName = localName(child);
    if (childName === name) result.push(child);
    else if (childName === 'sdt') {
      const content = firstChild(child, 'sdtContent');
      if (content) result.push(...structuralChildren(content, name));
    } else if (childName === 'customXml') result.push(...structuralChildren(child, name));
  }
  return result;
}

/** All text in a cell: its paragraphs (and nested tables, flattened) joined with a space. */
function cellText(cell: XmlElement): string {
  const parts: string[] = [];
  const visit = (container: XmlElement): void => {
    for (const block of blockChildren(container)) {
      if (localName(block) === 'p') parts.push(paragraphText(block).trim());
      else {
        for (const row of structuralChildren(block, 'tr')) {
          for (const nested of structuralChildren(row, 'tc')) visit(nested);
        }
      }
    }
  };
  visit(cell);
  return parts.filter((part) => part !== '').join(' ');
}
