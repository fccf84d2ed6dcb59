/**
 * What the add-in keeps in the document (Word's document settings, so it travels with the
 * file to the next reviewer): the core's settings model — dismissed finding keys above all
 * — and the document type the writer chose. Anything unreadable is replaced by defaults.
 */
import { builtInDocTypes, parseSettings, resolveTypeId, rules, Settings, type Settings as SettingsModel } from '../../../shared/index';

export interface DocumentData {
  /** The stored shape's version, for reading older documents. */
  version: 1;
  settings: SettingsModel;
  /** A document type id chosen by the writer; absent: detected. */
  type?: string;
  /** Keys of the findings already added as Word comments, so a second click does not add them again. */
  commented?: string[];
}

export function documentData(): DocumentData {
  return { version: 1, settings: Settings.parse({}) };
}

export function storedData(json: unknown): DocumentData {
  if (!json || typeof json !== 'object') return documentData();
  const { settings, type } = json as { settings?: unknown; type?: unknown };
  const parsed = parseSettings(
    settings ?? {},
    rules.map((rule) => rule.id),
  );
  const data: DocumentData = { version: 1, settings: parsed.ok ? parsed.value : Settings.parse({}) };
  const id = typeof type === 'string' ? resolveTypeId(type, builtInDocTypes) : null;
  if (id !== null) data.type = id;
  const commented = (json as { commented?: unknown }).commented;
  if (Array.isArray(commented)) data.commented = commented.filter((key): key is string => typeof key === 'string');
  return data;
}
