/**
 * The settings file, found the way ESLint and Vale find theirs: `.utkastkoll.json` in the
 * checked file's folder or the nearest folder above it, or the file given with --config.
 * It holds exactly the core's settings model; catalogs named in it are read relative to it.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseSettings, rules, type GoalCatalog, type Settings } from '../shared/index';
import { readCatalog } from './catalogs';

export const CONFIG_NAME = '.utkastkoll.json';

export interface Config {
  /** The file the settings came from; null when there is none. */
  path: string | null;
  settings: Settings;
  /** The catalogs the settings name, read and validated. */
  catalogs: GoalCatalog[];
}

export class ConfigError extends Error {}

const NO_CONFIG: Config = { path: null, settings: { rules: {}, dismissed: [], catalogs: [] }, catalogs: [] };

/** Finds and reads the settings that apply in a folder, once per settings file. */
export class ConfigFinder {
  private readonly loaded = new Map<string, Promise<Config>>();
  private readonly found = new Map<string, Promise<string | null>>();

  constructor(
    private readonly explicit: string | undefined,
    private readonly known: readonly GoalCatalog[],
  ) {}

  forFile(file: string): Promise<Config> {
    const folder = file === '-' ? process.cwd() : dirname(resolve(file));
    return this.forFolder(folder);
  }

  private async forFolder(folder: string): Promise<Config> {
    const path = this.explicit ?? (await this.nearest(folder));
    if (!path) return NO_CONFIG;
    let config = this.loaded.get(path);
    if (!config) this.loaded.set(path, (config = loadConfig(path, this.known)));
    return config;
  }

  private nearest(folder: string): Promise<string | null> {
    let answer = this.found.get(folder);
    if (!answer) {
      answer = (async () => {
        const candidate = join(folder, CONFIG_NAME);
        if (await isFile(candidate)) return candidate;
        const parent = dirname(folder);
        return parent === folder ? null : this.nearest(parent);
      })();
      this.found.set(folder, answer);
    }
    return answer;
  }
}

async function loadConfig(path: string, known: readonly GoalCatalog[]): Promise<Config> {
  let json: unknown;
  try {
    json = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${path}: inställningarna ${error instanceof SyntaxError ? 'är inte giltig JSON' : 'finns inte eller går inte att läsa'}`);
  }
  const parsed = parseSettings(
    json,
    rules.map((rule) => rule.id),
  );
  if (!parsed.ok) throw new ConfigError(`${path}: ogiltiga inställningar: ${parsed.error}`);
  const catalogs: GoalCatalog[] = [];
  for (const entry of parsed.value.catalogs) {
    if (typeof entry !== 'string') continue; // inline catalogs are applied by the engine itself
    const read = await readCatalog(resolve(dirname(path), entry), [...known, ...catalogs]);
    if (!read.ok) throw new ConfigError(`${path}: catalogs: ${entry}: ${read.error}`);
    catalogs.push(read.value);
  }
  return { path, settings: parsed.value, catalogs };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
