/**
 * "Nämndmål: Invånarna i Skärholmen är trygga" typed as one paragraph: the label is the
 * heading and the rest the text under it. Plain text splits such lines while reading them;
 * documents with paragraphs of their own (Word, Markdown) are split afterwards.
 */
import type { HeadingMatcher } from '../document/headings';
import { toSourceOffset, type Block, type BlockKind } from '../document/model';

/** "Nämndmål: Invånarna …", "KF:s inriktningsmål: 1. En modern …" (the genitive "KF:s" is part of the label). */
const LABEL_WITH_CONTENT = /^((?:[^:]|:(?=s\b)){2,60}):\s+(\S)/;

/** The blocks with every paragraph that opens with a known label split in two. */
export function splitLabelledParagraphs(blocks: readonly Block[], headings: HeadingMatcher): Block[] {
  const result: Block[] = [];
  for (const block of blocks) {
    const split = block.kind === 'paragraph' ? splitAtLabel(block, headings) : null;
    if (split) result.push(...split);
    else result.push(block);
  }
  return result;
}

/**
 * "KF:s inriktningsmål 1: En modern …", "KF:s mål 1.5: I Stockholm …": a KF goal level, its
 * number and the goal on one line. The level is the heading; the number stays with the goal.
 */
const NUMBERED_GOAL_LABEL = /^(KF:s\s+(?:inriktningsmål|mål(?:\s+för\s+verksamhetsområdet)?))\s+(?=\d{1,2}(?:\.\d{1,2})?\s*[:.–-]\s+\S)/;

/** Where a label ends (after its colon, if any) and where the text under it starts. */
export interface LabelSplit {
  labelEnd: number;
  contentStart: number;
}

/** The label opening a text, if it names a known section: "Nämndmål: …", "KF:s mål 1.5: …"; not "Inriktningsmål 1: …" alone (a numbered goal). */
export function knownLabel(text: string, headings: HeadingMatcher): LabelSplit | null {
  const goal = NUMBERED_GOAL_LABEL.exec(text);
  if (goal && headings.match(goal[1]!) !== null) return { labelEnd: goal[1]!.length, contentStart: goal[0].length };
  const match = LABEL_WITH_CONTENT.exec(text);
  if (!match || /\d$/.test(match[1]!) || headings.match(match[1]!) === null) return null;
  return { labelEnd: match[1]!.length + 1, contentStart: match[0].length - 1 };
}

function splitAtLabel(block: Block, headings: HeadingMatcher): [Block, Block] | null {
  const split = knownLabel(block.text, headings);
  if (!split) return null;
  return [sliceBlock(block, 0, split.labelEnd, 'heading'), sliceBlock(block, split.contentStart, block.text.length, 'paragraph')];
}

/** Part of a block as a block of its own, its offset map cut to match. */
export function sliceBlock(block: Block, from: number, to: number, kind: BlockKind): Block {
  const start = toSourceOffset(block, from);
  const end = to >= block.text.length ? block.end : toSourceOffset(block, to);
  const slice: Block = { kind, text: block.text.slice(from, to), start, end };
  if (block.level !== undefined) slice.level = block.level;
  if (block.style !== undefined) slice.style = block.style;
  if (block.field !== undefined) slice.field = block.field;
  const segments = block.map?.segments;
  if (segments && segments.length > 0) {
    const kept = segments.filter((segment, index) => segment.at < to && (segments[index + 1]?.at ?? Infinity) > from);
    slice.map = {
      segments: kept.map((segment) => {
        const at = Math.max(segment.at, from);
        return { at: at - from, source: block.start + segment.source + (at - segment.at) - start };
      }),
    };
  }
  return slice;
}
