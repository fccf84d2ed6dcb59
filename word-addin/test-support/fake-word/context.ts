/**
 * The request/sync machinery of Office.js, reproduced: a proxy's methods and property
 * writes are queued and run against the document only at `context.sync()`; a property can
 * be read only after it was loaded and synced (else "PropertyNotLoaded"); objects that
 * methods return are bound when their operation runs, in queue order.
 */
import { FakeOfficeError, apiNotFound, itemNotFound, propertyNotLoaded } from './errors';
import type { FakeHost } from './host';
import type { Position } from './model';

/** What one `load()` asks for: scalar properties and navigation properties with their own trees. */
export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  children: Map<string, LoadTree>;
}

function emptyTree(): LoadTree {
  return { all: false, scalars: new Set(), children: new Map() };
}

/** Parses "text,font/bold,items/listItemOrNullObject/listString", arrays and `{ select, expand }`. */
export function parseLoad(spec: unknown): LoadTree {
  const tree = emptyTree();
  const paths: string[] = [];
  const expand: string[] = [];
  if (spec === undefined || spec === null) tree.all = true;
  else if (typeof spec === 'string') paths.push(...spec.split(','));
  else if (Array.isArray(spec)) for (const item of spec) paths.push(...String(item).split(','));
  else if (typeof spec === 'object') {
    const { select, expand: expanded } = spec as { select?: string | string[]; expand?: string | string[] };
    if (select === undefined && expanded === undefined) tree.all = true;
    for (const item of [select ?? []].flat()) paths.push(...item.split(','));
    for (const item of [expanded ?? []].flat()) expand.push(...item.split(','));
    if (select === undefined && expanded !== undefined) tree.all = true;
  }
  for (const raw of paths) addPath(tree, raw.trim(), false);
  for (const raw of expand) addPath(tree, raw.trim(), true);
  return tree;
}

function addPath(tree: LoadTree, path: string, expand: boolean): void {
  if (path === '') return;
  const parts = path.split('/').map((part) => part.trim());
  let node = tree;
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (last && !expand) {
      node.scalars.add(part);
      return;
    }
    let child = node.children.get(part);
    if (!child) {
      child = emptyTree();
      node.children.set(part, child);
    }
    if (last) child.all = true;
    node = child;
  });
}

/** A value a method returns, readable after the sync that computed it. */
export class FakeClientResult<T> {
  private computed = false;
  private result: T | undefined;

  get value(): T {
    if (!this.computed)
      throw new FakeOfficeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.result as T;
  }

  /** @internal */
  set(value: T): void {
    this.result = value;
    this.computed = true;
  }
}

export class FakeTrackedObjects {
  add(_object: unknown): void {}
  remove(_object: unknown): void {}
}

export class FakeRequestContext {
  readonly trackedObjects = new FakeTrackedObjects();
  readonly requestHeaders: Record<string, string> = {};
  private queue: Array<() => void> = [];
  /** Positions of ranges made in this context; released when its `Word.run` ends. */
  private readonly positions: Position[] = [];
  private documentProxy: unknown;

  constructor(readonly host: FakeHost) {}

  get document(): import('./objects').FakeDocument {
    this.documentProxy ??= this.host.createDocumentProxy(this);
    return this.documentProxy as import('./objects').FakeDocument;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((_, index) => `statement ${index + 1}`) };
  }

  load(object: FakeClientObject<unknown>, option?: unknown): void {
    object.load(option);
  }

  /** @internal */
  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  /** @internal */
  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** @internal */
  keep(position: Position): Position {
    this.positions.push(position);
    return position;
  }

  /** @internal */
  dispose(): void {
    for (const position of this.positions) this.host.model.release(position);
    this.positions.length = 0;
  }

  /** Runs the queued operations in order; the first that fails rejects the sync and drops the rest (what ran stays done). */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.host.syncCount++;
    const operations = this.queue;
    this.queue = [];
    await Promise.resolve();
    try {
      for (const operation of operations) operation();
    } finally {
      this.host.deliverEvents();
    }
    return passThroughValue as T;
  }
}

/** Holds what a queued method call produces, for the proxy it returned. */
export class Slot<T> {
  private bound = false;
  private value: T | null = null;

  set(value: T | null): void {
    this.value = value;
    this.bound = true;
  }

  get(): T | null {
    if (!this.bound) throw new FakeOfficeError('InvalidObjectPath', 'The object was used before the operation that creates it ran.');
    return this.value;
  }
}

export interface Scalar<T> {
  get(target: T): unknown;
  set?(target: T, value: unknown): void;
  /** The requirement set the property needs ("WordApi 1.6"). */
  api?: string;
}

/**
 * The base of every proxy. `resolve` finds the document object behind the proxy when an
 * operation runs; `nullable` proxies (`…OrNullObject`) then report `isNullObject` instead
 * of failing with ItemNotFound.
 */
export abstract class FakeClientObject<T> {
  private _loaded = new Map<string, unknown>();
  private _loadedOnce = false;
  private _isNull = false;
  private readonly _navigation = new Map<string, FakeClientObject<unknown>>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {}

  protected abstract readonly typeName: string;
  /** Scalar properties by name. */
  protected abstract scalars(): Record<string, Scalar<T>>;
  /** Navigation properties: a proxy for `name`, or undefined if there is none. */
  protected navigation(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (!this._loadedOnce) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this._isNull;
  }

  load(option?: unknown): this {
    const tree = parseLoad(option);
    this.context.enqueue(() => this.applyLoad(tree));
    return this;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  /** @internal The object now, or null (ItemNotFound for a non-nullable proxy). */
  resolveOrNull(): T | null {
    const target = this.resolver();
    if (target === null && !this.nullable) throw itemNotFound(this.typeName);
    return target;
  }

  /** @internal */
  resolve(): T {
    const target = this.resolveOrNull();
    if (target === null) throw itemNotFound(this.typeName);
    return target;
  }

  /** @internal Runs one load at sync time: the scalars now, and the navigation properties' trees. */
  applyLoad(tree: LoadTree): void {
    const target = this.resolveOrNull();
    this._loadedOnce = true;
    if (target === null) {
      this._isNull = true;
      this._loaded.clear();
      return;
    }
    this._isNull = false;
    const scalars = this.scalars();
    const names = tree.all ? Object.keys(scalars) : [...tree.scalars];
    for (const name of names) {
      const scalar = scalars[name];
      if (!scalar) {
        const child = this.navigation(name);
        if (child) {
          child.applyLoad({ all: true, scalars: new Set(), children: new Map() });
          continue;
        }
        throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no property '${name}'.`, `${this.typeName}.load`);
      }
      if (scalar.api && !this.context.host.supports(scalar.api)) {
        if (tree.all) continue;
        throw apiNotFound(`${this.typeName}.${name}`, scalar.api);
      }
      this._loaded.set(name, scalar.get(target));
    }
    for (const [name, childTree] of tree.children) {
      const child = this.navigation(name);
      if (!child) throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no navigation property '${name}'.`, `${this.typeName}.load`);
      child.applyLoad(childTree);
    }
  }

  /** A loaded property, or PropertyNotLoaded as Office.js throws it. */
  protected read<V>(name: string): V {
    if (this._loaded.has(name)) return this._loaded.get(name) as V;
    if (this._loadedOnce && this._isNull) return undefined as V;
    throw propertyNotLoaded(this.typeName, name);
  }

  /** A property write: the proxy holds the value at once, the document gets it at sync. */
  protected write(name: string, value: unknown): void {
    const scalar = this.scalars()[name];
    this._loaded.set(name, value);
    this.context.enqueue(() => {
      if (scalar?.api && !this.context.host.supports(scalar.api)) throw apiNotFound(`${this.typeName}.${name}`, scalar.api);
      scalar?.set?.(this.resolve(), value);
    });
  }

  /** The same proxy for a navigation property every time it is read, as Office.js does. */
  protected cached<C extends FakeClientObject<unknown>>(name: string, create: () => C): C {
    let child = this._navigation.get(name) as C | undefined;
    if (!child) {
      child = create();
      this._navigation.set(name, child);
    }
    return child;
  }

  /** Queues an operation that checks the requirement set first. */
  protected queue(api: string | undefined, location: string, operation: () => void): void {
    this.context.enqueue(() => {
      if (api && !this.context.host.supports(api)) throw apiNotFound(`${this.typeName}.${location}`, api);
      operation();
    });
  }
}

/** A collection: `items` only after a load; its items are bound to what was there at that sync. */
export abstract class FakeCollection<T, I extends FakeClientObject<T>> extends FakeClientObject<T[]> {
  private loadedItems: I[] | null = null;

  protected abstract createItem(target: T): I;

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }

  protected scalars(): Record<string, Scalar<T[]>> {
    return {};
  }

  override applyLoad(tree: LoadTree): void {
    const targets = this.resolve();
    const itemTree: LoadTree = tree.children.get('items') ?? { all: tree.all, scalars: new Set(), children: new Map() };
    if (!tree.children.has('items')) {
      // "text" on a collection means "items/text".
      for (const name of tree.scalars) if (name !== 'items') itemTree.scalars.add(name);
      if (tree.scalars.has('items')) itemTree.all = true;
      for (const [name, child] of tree.children) itemTree.children.set(name, child);
    }
    this.loadedItems = targets.map((target) => {
      const item = this.createItem(target);
      item.applyLoad(itemTree);
      return item;
    });
  }
}
