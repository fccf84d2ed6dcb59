/**
 * The browser entry for end-to-end tests: bundle this file (e.g.
 * `npx esbuild word-addin/test-support/fake-word/browser.ts --bundle --format=iife`) and
 * add it to the page before the add-in's script. It puts the fake's factory on
 * `globalThis.UtkastkollFakeWord`; the test then creates a document and installs it:
 *
 *   const word = UtkastkollFakeWord.createFakeWord(blocks, { wordApi: '1.3' });
 *   word.install(); // window.Word, and the fake's context/onReady on window.Office
 *   window.fakeWord = word; // for inspection from Playwright's page.evaluate
 */
import { FAKE_HOSTS, FakeWord, blocksFromParagraphInputs, createFakeWord } from './index';

(globalThis as unknown as Record<string, unknown>).UtkastkollFakeWord = { FAKE_HOSTS, FakeWord, blocksFromParagraphInputs, createFakeWord };
