/**
 * Word's automatic list numbers from numbering.xml. Word does not store "7." in the
 * paragraph text; it counts. Counting here gives the .docx reader the same list string
 * Word's API gives the add-in (`listItem.listString`), so numbered questions and goals
 * read the same from a file as from Word.
 */
import { children, firstChild, intVal, isW, wAttr, wVal, type XmlElement } from './xml';

interface LevelFormat {
  start: number;
  format: string;
  text: string;
}

interface ListDefinition {
  abstractId: string;
  levels: Map<number, LevelFormat>;
  /** Levels whose numbering restarts at a given value the first time this list is used. */
  startOverrides: Map<number, number>;
}

export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly overridden = new Set<string>();

  constructor(private readonly lists: ReadonlyMap<string, ListDefinition>) {}

  /** The list string of the next paragraph numbered by list `numId` at `level`: "7.", "1.2", "•"; '' when unknown. */
  next(numId: string, level: number): string {
    const list = this.lists.get(numId);
    if (!list) return '';
    const format = list.levels.get(level);
    if (!format) return '';
    let counts = this.counters.get(list.abstractId);
    if (!counts) this.counters.set(list.abstractId, (counts = []));
    if (!this.overridden.has(numId)) {
      this.overridden.add(numId);
      for (const [overridden, start] of list.startOverrides) counts[overridden] = start - 1;
    }
    counts[level] = (counts[level] ?? format.start - 1) + 1;
    // A higher level moving on restarts the levels under it.
    counts.length = level + 1;
    if (format.format === 'bullet') return '•';
    return format.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const levelFormat = list.levels.get(at);
      const value = counts![at] ?? levelFormat?.start ?? 1;
      return formatNumber(value, levelFormat?.format ?? 'decimal');
    });
  }
}

export function readNumberingDefinitions(root: XmlElement | undefined): NumberingCounter {
  const abstracts = new Map<string, Map<number, LevelFormat>>();
  const lists = new Map<string, ListDefinition>();
  if (!root) return new NumberingCounter(lists);
  for (const element of children(root)) {
    if (isW(element, 'abstractNum')) {
      const id = wAttr(element, 'abstractNumId');
      if (id !== undefined) abstracts.set(id, readLevels(element));
    }
  }
  for (const element of children(root)) {
    if (!isW(element, 'num')) continue;
    const numId = wAttr(element, 'numId');
    const abstractId = wVal(firstChild(element, 'abstractNumId'));
    if (numId === undefined || abstractId === undefined) continue;
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const startOverrides = new Map<number, number>();
    for (const override of children(element)) {
      if (!isW(override, 'lvlOverride')) continue;
      const level = Number(wAttr(override, 'ilvl') ?? '0');
      const start = intVal(firstChild(override, 'startOverride'));
      if (start !== undefined) startOverrides.set(level, start);
      const lvl = firstChild(override, 'lvl');
      if (lvl) levels.set(level, readLevel(lvl));
    }
    lists.set(numId, { abstractId, levels, startOverrides });
  }
  return new NumberingCounter(lists);
}

function readLevels(abstractNum: XmlElement): Map<number, LevelFormat> {
  const levels = new Map<number, LevelFormat>();
  for (const lvl of children(abstractNum)) {
    if (!isW(lvl, 'lvl')) continue;
    levels.set(Number(wAttr(lvl, 'ilvl') ?? '0'), readLevel(lvl));
  }
  return levels;
}

function readLevel(lvl: XmlElement): LevelFormat {
  return {
    start: intVal(firstChild(lvl, 'start')) ?? 1,
    format: wVal(firstChild(lvl, 'numFmt')) ?? 'decimal',
    text: wVal(firstChild(lvl, 'lvlText')) ?? '',
  };
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** 1 → A, 26 → Z, 27 → AA (Word repeats the letter). */
function letters(value: number): string {
  if (value < 1) return '';
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const numerals: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = Math.max(0, Math.min(value, 3999));
  let out = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}
