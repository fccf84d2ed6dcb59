/**
 * The Word add-in's cost, measured through the real Office.js gateway against the fake
 * Word object model: the first check of seed 003 (reading every paragraph included) and the
 * re-check after one paragraph was typed in, from the edit to the updated state, with the
 * number of context.sync() calls each takes.
 */
import { documentFromText, paragraphsFromBlocks } from '../shared/index';
import { createOfficeGateway } from '../word-addin/src/office/index';
import { PaneController } from '../word-addin/src/pane/controller';
import { blocksFromParagraphInputs, createFakeWord } from '../word-addin/test-support/fake-word/index';

export interface WordMeasure {
  /** One run; returns how many syncs it took. */
  run(iteration: number): Promise<number>;
}

/** A fresh Word with the document open, the pane started on it: what opening the pane costs. */
export function firstCheck(text: string): WordMeasure {
  const blocks = blocksFromParagraphInputs(paragraphsFromBlocks(documentFromText(text, 'text').blocks));
  return {
    async run() {
      const word = createFakeWord(blocks, { wordApi: '1.3' });
      word.install();
      const controller = new PaneController(createOfficeGateway(), { setTimer: () => null, clearTimer: () => undefined });
      await controller.start();
      if (controller.getState().status !== 'ready') throw new Error(controller.getState().error);
      return word.syncCount;
    },
  };
}

/** The pane open on the document; each run types into one paragraph and waits for the new list. */
export async function recheckAfterEdit(text: string): Promise<WordMeasure> {
  const paragraphs = paragraphsFromBlocks(documentFromText(text, 'text').blocks);
  const word = createFakeWord(blocksFromParagraphInputs(paragraphs), { wordApi: '1.3' });
  word.install();
  let fire: (() => void) | null = null;
  const controller = new PaneController(createOfficeGateway(), { setTimer: (callback) => (fire = callback), clearTimer: () => (fire = null) });
  await controller.start();
  const target = paragraphs.findIndex(
    (paragraph, index) => index > paragraphs.length / 2 && !paragraph.styleBuiltIn && !paragraph.cells && paragraph.text.length > 200,
  );
  const original = paragraphs[target]!.text;
  return {
    async run(iteration) {
      word.resetCounters();
      word.editParagraph(target, `${original} Tillägg ${iteration} med 12 ungdomar varav 5 flickor och 7 pojkar.`);
      controller.scheduleRefresh();
      (fire as (() => void) | null)?.();
      await controller.idle();
      return word.syncCount;
    },
  };
}
