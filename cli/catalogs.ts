/**
 * Goal catalogs given with --catalog or named in the settings: JSON files validated by the
 * core (fields, numbers, parents, and goal levels the document types know), with
 * problems in Swedish naming the field.
 */
import { readFile } from 'node:fs/promises';
import { parseCatalog, type GoalCatalog } from '../shared/index';

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

export async function readCatalog(path: string, known: readonly GoalCatalog[]): Promise<Read<GoalCatalog>> {
  let json: unknown;
  try {
    // Notepad saves UTF-8 with a byte order mark, which JSON.parse refuses.
    json = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `katalogen ${error instanceof SyntaxError ? 'är inte giltig JSON' : 'finns inte eller går inte att läsa'}` };
  }
  const parsed = parseCatalog(json, known);
  return parsed.ok ? parsed : { ok: false, error: `ogiltig katalog: ${parsed.error}` };
}
