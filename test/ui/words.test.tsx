// @vitest-environment node
/**
 * The Swedish words ui.json holds (severity labels, family names, "Utanför avsnitten",
 * verdicts) are taken from it, never written again in the components or the pane, so
 * the views cannot drift apart from the terminal and the report.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../shared/index';
import uiJson from '../../shared/data/ui.json';

const root = join(import.meta.dirname, '..', '..');
const ownFiles = [
  join(root, 'ui', 'components'),
  join(root, 'ui', 'index.ts'),
  join(root, 'word-addin', 'src', 'pane', 'App.tsx'),
  join(root, 'word-addin', 'src', 'pane', 'views'),
];

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
}

/** Every text of ui.json except comments and templates ({errors} …), whose fixed parts are no UI words of their own. */
function uiStrings(value: unknown, key = ''): string[] {
  if (key.startsWith('$')) return [];
  if (typeof value === 'string') return /\{\w+\}/.test(value) ? [] : [value];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, child]) => uiStrings(child, name));
  return [];
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "info" is also the severity's id, which code must name.
const words = [...new Set(uiStrings(uiJson))].filter((word) => !(SEVERITIES as readonly string[]).includes(word));
const files = ownFiles.flatMap(sourceFiles).filter((file) => /\.tsx?$/.test(file));

describe('Swedish UI words come from ui.json', () => {
  it('has words and files to check', () => {
    expect(words).toEqual(expect.arrayContaining(['Fel', 'Varningar', 'Rubriker och avsnitt', 'Utanför avsnitten', 'Nästan klar']));
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s writes none of them itself', (_name, file) => {
    const code = stripComments(readFileSync(file, 'utf8'));
    for (const word of words) {
      // A word alone in a string or as JSX text; several words anywhere in the code.
      const pattern = word.includes(' ') ? new RegExp(escape(word)) : new RegExp(`(['"\`>])\\s*${escape(word)}\\s*(['"\`<{])|(['"\`])\\s*${escape(word)}[ :]`);
      expect(code, `”${word}” ur ui.json står i ${relative(root, file)}`).not.toMatch(pattern);
    }
  });
});
