/**
 * A text file's bytes as text: UTF-16 by its byte-order mark, else UTF-8, else Windows-1252
 * (Notepad's and old Word's "ANSI"), which a Swedish file in the wrong encoding almost always
 * is. The encoding is returned so a fix can be written back the way the file came. Used by
 * the command line and the Word demo alike.
 */
import { ReadError } from './read-error';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const NOT_TEXT = 'filen är inte en textfil (binärt innehåll)';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let text: string;
  let encoding: TextEncoding;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be'];
  else {
    if (looksBinary(bytes)) throw new ReadError(NOT_TEXT);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
    } catch {
      [text, encoding] = [new TextDecoder('windows-1252').decode(bytes), 'windows-1252'];
    }
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 8192))) throw new ReadError(NOT_TEXT);
  return { text, encoding };
}

/** NUL bytes or many control characters early on: a binary file with a text name. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
}
