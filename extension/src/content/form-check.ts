/**
 * The page's form checked as one document: a core CheckSession over `documentFromFields`,
 * edited field by field as the writer types (`replaceField`), read again when fields come
 * or go (`replaceDocument`), given new settings (`updateSettings`) or a new type (a new
 * session: the type is the session's). It knows nothing of the DOM, so it is tested
 * with plain data, and says for every finding which field it is in.
 *
 * A finding belongs to the field whose label or value it is in (locateInFields only knows
 * values; a heading's finding, such as an empty section, is its label's field). One on a
 * group heading (a fieldset legend) goes to the first field under that heading. Findings
 * about the whole document with nothing to point at (no known type, a missing title)
 * belong to no field: the side panel shows them for the page.
 */
import {
  CheckSession,
  builtInDocTypes,
  documentFromFields,
  locateInFields,
  parseSettings,
  resolveTypeId,
  rules,
  summarize,
  type CheckResult,
  type Diagnostic,
  type DocTypeSpec,
  type GoalCatalog,
  type SettingsInput,
  type SourceDocument,
} from '../../../shared/index';
import type { FieldInfo, PagePlace, PageReport } from '../protocol';

/** One entry of the form: a field, or a group heading (a field with no value of its own). */
export interface FormItem {
  id: string;
  label: string;
  value: string;
  group?: boolean;
  /** How the side panel names it (defaults to the label). */
  name?: string;
}

export interface FormCheckOptions {
  /** "auto" (default) or a document type id or alias. */
  type?: string;
  settings?: SettingsInput;
  /** Goal catalogs beyond the built-in KF goals (the ones the writer imported). */
  catalogs?: readonly GoalCatalog[];
  docTypes?: readonly DocTypeSpec[];
}

/** A flagged stretch of one field's value (offsets into the value). */
export interface Mark {
  start: number;
  end: number;
  diagnostic: Diagnostic;
}

export const AUTO = 'auto';

export class FormCheck {
  private session: CheckSession;
  private items: FormItem[];
  private settings: SettingsInput;
  private typeChoice: string;
  private readonly catalogs: readonly GoalCatalog[];
  private readonly docTypes: readonly DocTypeSpec[];
  private placement: Map<string, string | null> | null = null;
  private groups: Set<string> | null = null;
  result: CheckResult;
  /** Why the stored settings were not used (they did not validate), or null. */
  readonly settingsError: string | null;

  constructor(items: readonly FormItem[], options: FormCheckOptions = {}) {
    this.items = items.map((item) => ({ ...item }));
    this.docTypes = options.docTypes ?? builtInDocTypes;
    this.catalogs = options.catalogs ?? [];
    const parsed = parseSettings(
      options.settings ?? {},
      rules.map((rule) => rule.id),
    );
    this.settings = parsed.ok ? (options.settings ?? {}) : {};
    this.settingsError = parsed.ok ? null : parsed.error;
    this.typeChoice = this.knownType(options.type);
    this.session = this.newSession();
    this.result = this.session.check();
  }

  /** "auto" or the type id the writer chose. */
  get type(): string {
    return this.typeChoice;
  }

  get currentSettings(): SettingsInput {
    return this.settings;
  }

  /** The session's current document (its virtual source and the fields' places in it). */
  get document(): SourceDocument {
    return this.session.current;
  }

  get fields(): readonly FormItem[] {
    return this.items;
  }

  valueOf(id: string): string | undefined {
    return this.items.find((item) => item.id === id)?.value;
  }

  /** Fields the writer changed: one is a `replaceField`, several one re-read (each unchanged block keeps its analysis). */
  setValues(changes: ReadonlyArray<{ id: string; value: string }>): CheckResult {
    const real = changes.filter((change) => {
      const item = this.items.find((each) => each.id === change.id);
      return item !== undefined && !item.group && item.value !== change.value;
    });
    if (real.length === 0) return this.result;
    for (const change of real) this.items.find((item) => item.id === change.id)!.value = change.value;
    if (real.length === 1) return this.done(this.session.replaceField(real[0]!.id, real[0]!.value));
    return this.done(this.session.replaceDocument(this.read()));
  }

  /** The form's fields changed (one added, removed, relabelled): the whole form read again. */
  setItems(items: readonly FormItem[]): CheckResult {
    this.items = items.map((item) => ({ ...item }));
    return this.done(this.session.replaceDocument(this.read()));
  }

  setSettings(settings: SettingsInput): CheckResult {
    const parsed = parseSettings(
      settings,
      rules.map((rule) => rule.id),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    this.settings = settings;
    return this.done(this.session.updateSettings(settings));
  }

  /** A new document type ("auto" to detect it): the type belongs to the session, so a new one. */
  setType(type: string): CheckResult {
    this.typeChoice = this.knownType(type);
    this.session = this.newSession();
    return this.done(this.session.check());
  }

  /** A finding of the last check, shown or dismissed, by key. */
  find(key: string): Diagnostic | undefined {
    return this.result.diagnostics.find((each) => each.key === key) ?? this.result.dismissed.find((each) => each.key === key);
  }

  /** The field a finding is in, or null for a finding about the whole page. */
  fieldOf(diagnostic: Diagnostic): string | null {
    if (!this.placement) {
      this.placement = new Map();
      for (const each of [...this.result.diagnostics, ...this.result.dismissed]) this.placement.set(each.key, this.place(each));
    }
    return this.placement.has(diagnostic.key) ? this.placement.get(diagnostic.key)! : this.place(diagnostic);
  }

  /** How many shown findings each field has (every field is listed, with 0 when it has none). */
  issueCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const item of this.items) if (!item.group) counts.set(item.id, 0);
    for (const diagnostic of this.result.diagnostics) {
      const field = this.fieldOf(diagnostic);
      if (field !== null) counts.set(field, (counts.get(field) ?? 0) + 1);
    }
    return counts;
  }

  /** The shown findings of a field that flag words in its value, as offsets into the value. */
  marks(id: string): Mark[] {
    const location = this.document.fields?.find((field) => field.id === id);
    if (!location) return [];
    const marks: Mark[] = [];
    for (const diagnostic of this.result.diagnostics) {
      if (diagnostic.end <= diagnostic.start || this.fieldOf(diagnostic) !== id) continue;
      const start = Math.max(diagnostic.start, location.valueStart);
      const end = Math.min(diagnostic.end, location.end);
      if (end > start) marks.push({ start: start - location.valueStart, end: end - location.valueStart, diagnostic });
    }
    return marks;
  }

  /** A stretch of the checked source as offsets into one field's value (the core's locateInFields), or null when it is not inside one value. */
  valueRange(start: number, end: number): { field: string; start: number; end: number } | null {
    const from = locateInFields(this.document, start);
    const to = locateInFields(this.document, end);
    if (!from || !to || from.field !== to.field || this.isGroup(from.field)) return null;
    return { field: from.field, start: from.offset, end: to.offset };
  }

  /** The side panel's view of the last check. */
  report(place: PagePlace & { title: string }): PageReport {
    const counts = this.issueCounts();
    const fields: FieldInfo[] = this.items
      .filter((item) => !item.group)
      .map((item) => ({ id: item.id, label: item.name ?? item.label, issues: counts.get(item.id) ?? 0 }));
    const fieldOf: Record<string, string> = {};
    for (const diagnostic of [...this.result.diagnostics, ...this.result.dismissed]) {
      const field = this.fieldOf(diagnostic);
      if (field !== null) fieldOf[diagnostic.key] = field;
    }
    const { type, typeName, typeReason, diagnostics, dismissed } = this.result;
    return {
      site: place.site,
      page: place.page,
      title: place.title,
      type,
      typeName,
      typeReason,
      typeChoice: this.typeChoice,
      diagnostics,
      dismissed,
      summary: summarize(this.result),
      fields,
      fieldOf,
    };
  }

  private place(diagnostic: Diagnostic): string | null {
    const document = this.document;
    const locations = document.fields ?? [];
    if (locations.length === 0) return null;
    const scope = diagnostic.key.split('/')[2];
    const first = document.blocks[0]?.start ?? 0;
    if (scope === 'dokument' && diagnostic.start === diagnostic.end && diagnostic.start === first) return null;
    // In a field's value: the core says which.
    const inValue = locateInFields(document, diagnostic.start);
    if (inValue && !this.isGroup(inValue.field)) return inValue.field;
    // Else on a label (a heading's finding) or between fields: a field's part of the source is its label line, its value and the blank line after it.
    let index = locations.findIndex((location) => diagnostic.start >= location.start && diagnostic.start <= location.end + 1);
    if (index < 0) index = diagnostic.start >= document.source.length - 2 ? locations.length - 1 : 0;
    for (let next = index; next < locations.length; next++) if (!this.isGroup(locations[next]!.id)) return locations[next]!.id;
    for (let previous = index - 1; previous >= 0; previous--) if (!this.isGroup(locations[previous]!.id)) return locations[previous]!.id;
    return null;
  }

  private isGroup(id: string): boolean {
    this.groups ??= new Set(this.items.filter((item) => item.group).map((item) => item.id));
    return this.groups.has(id);
  }

  private done(result: CheckResult): CheckResult {
    this.result = result;
    this.placement = null;
    this.groups = null;
    return result;
  }

  private read(): SourceDocument {
    return documentFromFields(
      this.items.map(({ id, label, value, group }) => ({ id, label, value, ...(group ? { group } : {}) })),
      this.docTypes,
    );
  }

  private newSession(): CheckSession {
    return new CheckSession(this.read(), { type: this.typeChoice, settings: this.settings, catalogs: this.catalogs, docTypes: this.docTypes });
  }

  private knownType(type: string | undefined): string {
    if (!type || type === AUTO) return AUTO;
    return resolveTypeId(type, this.docTypes) ?? AUTO;
  }
}
