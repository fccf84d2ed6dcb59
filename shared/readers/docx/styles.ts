/**
 * Paragraph styles from styles.xml: names (a Swedish Word writes "Rubrik 1" with id
 * "Rubrik1"), inheritance, outline levels and numbering, so a paragraph's formatting can
 * be told as Word's API would tell it (style name, built-in style, outline level).
 */
import { children, firstChild, intVal, isW, wAttr, wVal, type XmlElement } from './xml';

export interface StyleInfo {
  id: string;
  name: string | undefined;
  basedOn: string | undefined;
  /** 0-based outline level, if the style sets one (9 = body text). */
  outlineLevel: number | undefined;
  /** Numbering through the style, or null when numId 0 switches it off. */
  numbering: Numbering | null | undefined;
}

/** A paragraph's numbering reference: the list (numId) and its level. */
export interface Numbering {
  numId: string;
  level: number | undefined;
}

export class Styles {
  constructor(
    private readonly byId: Map<string, StyleInfo>,
    readonly defaultParagraphStyle?: string,
  ) {}

  get(id: string): StyleInfo | undefined {
    return this.byId.get(id);
  }

  /** The style and the styles it is based on, nearest first, without cycles. */
  chain(id: string): StyleInfo[] {
    const result: StyleInfo[] = [];
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current);) {
      seen.add(current);
      const style = this.byId.get(current);
      if (!style) break;
      result.push(style);
      current = style.basedOn;
    }
    return result;
  }
}

export const noStyles = new Styles(new Map());

export function readStyles(root: XmlElement | undefined): Styles {
  if (!root) return noStyles;
  const byId = new Map<string, StyleInfo>();
  let defaultParagraphStyle: string | undefined;
  for (const style of children(root)) {
    if (!isW(style, 'style')) continue;
    const type = wAttr(style, 'type') ?? 'paragraph';
    if (type !== 'paragraph') continue;
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const pPr = firstChild(style, 'pPr');
    const info: StyleInfo = {
      id,
      name: wVal(firstChild(style, 'name'))?.trim() || undefined,
      basedOn: wVal(firstChild(style, 'basedOn')) || undefined,
      outlineLevel: intVal(firstChild(pPr, 'outlineLvl')),
      numbering: readNumbering(firstChild(pPr, 'numPr')),
    };
    if (!byId.has(id)) byId.set(id, info);
    const isDefault = wAttr(style, 'default');
    if (defaultParagraphStyle === undefined && isDefault !== undefined && /^(1|true|on)$/i.test(isDefault)) {
      defaultParagraphStyle = id;
    }
  }
  return new Styles(byId, defaultParagraphStyle);
}

/** numPr: a list reference, null when numId 0 switches numbering off, undefined when unset. */
export function readNumbering(numPr: XmlElement | undefined): Numbering | null | undefined {
  if (!numPr) return undefined;
  const numId = wVal(firstChild(numPr, 'numId'))?.trim();
  if (numId === undefined) return undefined;
  if (numId === '0') return null;
  return { numId, level: intVal(firstChild(numPr, 'ilvl')) };
}
