/**
 * The globals an add-in uses: `Word` (run, RequestContext and the enums) and the parts of
 * the Common API `Office` it needs — `onReady`, `context.requirements.isSetSupported`,
 * `context.document.settings` (get/set/remove/saveAsync, saved into the fake document) and
 * `addHandlerAsync`/`removeHandlerAsync` for DocumentSelectionChanged.
 */
import { FakeClientObject, FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import type { FakeHost, SelectionHandler } from './host';
import { BuiltInStyleName } from './styles';

const enumOf = (...values: string[]): Record<string, string> =>
  Object.fromEntries(values.map((value) => [value.charAt(0).toLowerCase() + value.slice(1), value]));

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** `Word.run(batch)`, `Word.run(object | objects | context, batch)`: a final sync runs what is still queued. */
function createRun(host: FakeHost) {
  return async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    if (typeof batch !== 'function') throw new FakeOfficeError('InvalidArgument', 'Word.run needs a batch function.');
    const previous = args.length > 1 ? contextOf(args[0]) : null;
    const context = previous ?? new FakeRequestContext(host);
    host.runCount++;
    try {
      const pending = batch(context);
      if (!pending || typeof (pending as Promise<T>).then !== 'function')
        throw new FakeOfficeError('RunMustReturnPromise', 'The batch function passed to the ".run" method didn\u2019t return a promise.');
      const value = await pending;
      if (context.hasPending()) await context.sync();
      return value;
    } finally {
      if (!previous) context.dispose();
    }
  };
}

function contextOf(value: unknown): FakeRequestContext | null {
  if (value instanceof FakeRequestContext) return value;
  if (Array.isArray(value)) return value.length > 0 ? contextOf(value[0]) : null;
  if (value instanceof FakeClientObject) return value.context;
  if (value && typeof value === 'object' && 'context' in value && (value as { context: unknown }).context instanceof FakeRequestContext)
    return (value as { context: FakeRequestContext }).context;
  if (value && typeof value === 'object' && 'previousObjects' in value) return contextOf((value as { previousObjects: unknown }).previousObjects);
  return null;
}

export function createWordNamespace(host: FakeHost): Record<string, unknown> {
  return {
    run: createRun(host),
    RequestContext: class extends FakeRequestContext {
      constructor() {
        super(host);
      }
    },
    BuiltInStyleName,
    InsertLocation: enumOf('Before', 'After', 'Start', 'End', 'Replace'),
    RangeLocation: enumOf('Whole', 'Start', 'End', 'Before', 'After', 'Content'),
    SelectionMode: enumOf('Select', 'Start', 'End'),
    CritiqueColorScheme: enumOf('Red', 'Green', 'Blue', 'Lavender', 'Berry'),
    AnnotationState: enumOf('Created', 'Accepted', 'Rejected'),
    EventSource: enumOf('Local', 'Remote'),
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      itemNotFound: 'ItemNotFound',
      notImplemented: 'NotImplemented',
      searchStringInvalidOrTooLong: 'SearchStringInvalidOrTooLong',
    },
  };
}

interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback<T> = (result: AsyncResult<T>) => void;

/** Office's `(options?, callback?)` tail of an *Async call. */
function callbackOf<T>(args: unknown[]): { callback?: Callback<T>; asyncContext?: unknown } {
  const callback = args.find((arg) => typeof arg === 'function') as Callback<T> | undefined;
  const options = args.find((arg) => arg && typeof arg === 'object') as { asyncContext?: unknown } | undefined;
  return { ...(callback ? { callback } : {}), ...(options?.asyncContext !== undefined ? { asyncContext: options.asyncContext } : {}) };
}

function reply<T>(args: unknown[], result: Omit<AsyncResult<T>, 'asyncContext'>): void {
  const { callback, asyncContext } = callbackOf<T>(args);
  if (callback) void Promise.resolve().then(() => callback({ ...result, asyncContext }));
}

export const SELECTION_CHANGED = 'documentSelectionChanged';

export function createOfficeNamespace(host: FakeHost): Record<string, unknown> {
  const settings = {
    get(name: string): unknown {
      const json = host.liveSettings.get(name);
      return json === undefined ? null : JSON.parse(json);
    },
    set(name: string, value: unknown): void {
      host.liveSettings.set(name, JSON.stringify(value));
    },
    remove(name: string): void {
      host.liveSettings.delete(name);
    },
    saveAsync(...args: unknown[]): void {
      host.model.savedSettings = Object.fromEntries(host.liveSettings);
      reply<void>(args, { status: 'succeeded', value: undefined });
    },
    refreshAsync(...args: unknown[]): void {
      host.liveSettings = new Map(Object.entries(host.model.savedSettings));
      reply(args, { status: 'succeeded', value: settings });
    },
  };
  const document = {
    settings,
    addHandlerAsync(eventType: string, handler: SelectionHandler, ...rest: unknown[]): void {
      if (eventType !== SELECTION_CHANGED) {
        reply<void>(rest, {
          status: 'failed',
          value: undefined,
          error: { name: 'Invalid Event Type', message: `The fake supports only ${SELECTION_CHANGED}.`, code: 5001 },
        });
        return;
      }
      host.selectionHandlers.add(handler);
      reply<void>(rest, { status: 'succeeded', value: undefined });
    },
    removeHandlerAsync(eventType: string, ...rest: unknown[]): void {
      const options = rest.find((arg) => arg && typeof arg === 'object') as { handler?: SelectionHandler } | undefined;
      if (eventType === SELECTION_CHANGED) {
        if (options?.handler) host.selectionHandlers.delete(options.handler);
        else host.selectionHandlers.clear();
      }
      reply<void>(rest, { status: 'succeeded', value: undefined });
    },
  };
  host.officeDocument = document;
  const info = { host: 'Word', platform: host.platform };
  return {
    context: {
      host: 'Word',
      platform: host.platform,
      displayLanguage: host.model.locale,
      contentLanguage: host.model.locale,
      requirements: {
        isSetSupported: (name: string, version?: string | number) => host.isSetSupported(name, version === undefined ? undefined : String(version)),
      },
      document,
    },
    onReady(callback?: (value: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
    initialize: undefined as unknown,
    EventType: { DocumentSelectionChanged: SELECTION_CHANGED },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    CoercionType: { Text: 'text', Ooxml: 'ooxml', Html: 'html' },
  };
}
