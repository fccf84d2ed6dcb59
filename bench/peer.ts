/**
 * The peer the bench compares with: textlint with textlint-rule-prh and a dictionary of the
 * KF goals with typical drifts (peer-prh.yml), the usual way to keep wording consistent in
 * Japanese and English writing. It runs in this process through textlint's own API
 * (createLinter), over the document as plain text: a term check only, no structure, no
 * figures, so much less than utkastkoll does.
 */
import { join } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';

export interface Peer {
  /** Lints the text; returns how many messages textlint gave. */
  lint(text: string): Promise<number>;
}

export async function textlintPeer(): Promise<Peer> {
  const descriptor = await loadTextlintrc({ configFilePath: join(import.meta.dirname, 'textlintrc.json') });
  const linter = createLinter({ descriptor });
  // The name only chooses textlint's plain-text plugin; nothing is read from disk.
  const file = join(import.meta.dirname, 'document.txt');
  return {
    async lint(text) {
      return (await linter.lintText(text, file)).messages.length;
    },
  };
}
