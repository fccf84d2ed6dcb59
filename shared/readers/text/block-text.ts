/**
 * A block while its lines are added: the text is collected in parts and joined once at
 * the end, words hyphenated at a line end are joined again ("stöd-" + "samtal"), and
 * each line's start is kept so the block's text maps back to source offsets.
 * The words before which a hyphen stays ("för- och grundskola") are data (swedish.json, lineEnds).
 */
import { swedish } from '../../data/index';
import type { Block } from '../../document/model';
import { endsWithWordHyphen, type Line } from './lines';

const KEEP_HYPHEN_BEFORE: ReadonlySet<string> = new Set(swedish.lineEnds.keepHyphenBefore);

export class OpenBlock {
  private readonly parts: string[];
  private length: number;
  private readonly segments: Array<{ at: number; source: number }>;
  private last: Line;

  /** `block` starts at `block.start` with `text`, read from `line`. */
  constructor(
    readonly block: Block,
    text: string,
    line: Line,
  ) {
    this.parts = [text];
    this.length = text.length;
    this.segments = [{ at: 0, source: block.start }];
    this.last = line;
  }

  /** The last line added. */
  get lastLine(): Line {
    return this.last;
  }

  appendLine(line: Line): void {
    const block = this.block;
    // Test the previous line, not the growing block text.
    const hyphenated = endsWithWordHyphen(this.last.text) && this.last.contentEnd === block.end;
    if (hyphenated && /^\p{Ll}/u.test(line.text) && !KEEP_HYPHEN_BEFORE.has(/^\p{L}+/u.exec(line.text)?.[0] ?? '')) {
      const last = this.parts.length - 1;
      this.parts[last] = this.parts[last]!.slice(0, -1); // "stöd-" + "samtal" → "stödsamtal"
      this.length--;
    } else if (!(hyphenated && /^[\p{Lu}\d]/u.test(line.text))) {
      this.parts.push(' ');
      this.length++;
    }
    this.segments.push({ at: this.length, source: line.contentStart });
    this.parts.push(line.text);
    this.length += line.text.length;
    block.end = line.contentEnd;
    this.last = line;
  }

  /** The block with its text joined and, for more than one line, its map back to the source. */
  finish(): Block {
    const { block, segments, parts } = this;
    block.text = parts.length === 1 ? parts[0]! : parts.join('');
    if (segments.length > 1) block.map = { segments: segments.map((segment) => ({ at: segment.at, source: segment.source - block.start })) };
    return block;
  }
}
