// PropertiesService, CacheService and LockService, in memory (document properties live in the workbook).
import { Calls, track } from './calls';
import { writeRefusal } from './refusals';

/** Quotas page: 9 KB per value, 500 KB per property store. */
const MAX_PROPERTY_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;
const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (key: string, value: string) => Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');

export class Properties {
  /** `readOnly` is true where this store may not be written (user properties inside a custom function). */
  constructor(
    readonly values: Record<string, string>,
    private readonly readOnly: () => boolean = () => false,
  ) {}
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : null;
  }
  setProperty(key: string, value: unknown) {
    return this.write('setProperty', { [key]: value }, false);
  }
  getProperties(): Record<string, string> {
    return { ...this.values };
  }
  /** All or nothing: a set that would pass a limit writes none of its values. */
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
    return this.write('setProperties', properties, deleteAllOthers);
  }
  getKeys(): string[] {
    return Object.keys(this.values);
  }
  deleteProperty(key: string) {
    this.refuseIfReadOnly('deleteProperty');
    delete this.values[key];
    return this;
  }
  deleteAllProperties() {
    this.refuseIfReadOnly('deleteAllProperties');
    for (const k of Object.keys(this.values)) delete this.values[k];
    return this;
  }
  private refuseIfReadOnly(method: string): void {
    if (this.readOnly()) throw new Error(writeRefusal(method));
  }
  private write(method: string, properties: Record<string, unknown>, deleteAllOthers: boolean): this {
    this.refuseIfReadOnly(method);
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.values };
    for (const [k, v] of Object.entries(properties)) {
      const text = String(v);
      if (bytes(k, text) > MAX_PROPERTY_BYTES) throw new Error('Argument too large: value');
      next[k] = text;
    }
    if (Object.entries(next).reduce((n, [k, v]) => n + bytes(k, v), 0) > MAX_STORE_BYTES) throw new Error(STORE_FULL);
    for (const k of Object.keys(this.values)) if (!(k in next)) delete this.values[k];
    Object.assign(this.values, next);
    return this;
  }
}

/** `inCustomFunction` makes the user store read-only: the guide says editors can't set user properties there. */
export function propertiesService(
  calls: Calls,
  stores: { document: Record<string, string>; user: Record<string, string>; script: Record<string, string> },
  inCustomFunction: () => boolean,
) {
  const of = (values: Record<string, string>, readOnly?: () => boolean) => () => track(calls, 'Properties', new Properties(values, readOnly));
  return track(calls, 'PropertiesService', {
    getDocumentProperties: of(stores.document),
    getUserProperties: of(stores.user, inCustomFunction),
    getScriptProperties: of(stores.script),
  });
}

const MAX_CACHE_SECONDS = 21600;

export class Cache {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  constructor(private readonly now: () => number) {}
  get(key: string): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: unknown, seconds = 600) {
    if (Buffer.byteLength(String(value), 'utf8') > 100 * 1024) throw new Error('Argument too large: value');
    this.entries.set(key, { value: String(value), expires: this.now() + Math.min(seconds, MAX_CACHE_SECONDS) * 1000 });
  }
  putAll(values: Record<string, unknown>, seconds?: number) {
    for (const [k, v] of Object.entries(values)) this.put(k, v, seconds);
  }
  remove(key: string) {
    this.entries.delete(key);
  }
  removeAll(keys: string[]) {
    for (const k of keys) this.entries.delete(k);
  }
}

export function cacheService(calls: Calls, now: () => number) {
  const caches = { document: new Cache(now), user: new Cache(now), script: new Cache(now) };
  return track(calls, 'CacheService', {
    getDocumentCache: () => track(calls, 'Cache', caches.document),
    getUserCache: () => track(calls, 'Cache', caches.user),
    getScriptCache: () => track(calls, 'Cache', caches.script),
  });
}

/** One lock per scope shared by every Lock object of the process, so overlapping runs exclude each other. */
export class LockState {
  holder: Lock | undefined;
  /** Every successful acquisition in order, so a call can release the locks it took and no others. */
  constructor(readonly acquired: Lock[]) {}
}

/** Blocks the thread for `ms`, as a lock wait blocks an Apps Script execution. */
const block = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function timeoutOf(method: string, timeoutInMillis: unknown): number {
  if (typeof timeoutInMillis !== 'number' || Number.isNaN(timeoutInMillis)) {
    throw new Error(`The parameters (${timeoutInMillis === undefined ? '' : typeof timeoutInMillis}) don't match the method signature for LockService.Lock.${method}.`);
  }
  return Math.max(0, timeoutInMillis);
}

export class Lock {
  private held = false;
  constructor(private readonly state: LockState) {}

  /**
   * Takes the lock, or waits `timeoutInMillis` and gives up. Node runs one call at a time, so a lock
   * held by another (outer) run cannot be released during the wait: it fails once the wait is over.
   */
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire('tryLock', timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire('waitLock', timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  private acquire(method: string, timeoutInMillis: unknown): boolean {
    const timeout = timeoutOf(method, timeoutInMillis);
    if (this.hasLock()) return true;
    if (this.state.holder) {
      block(timeout);
      return false;
    }
    this.state.holder = this;
    this.state.acquired.push(this);
    this.held = true;
    return true;
  }

  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = undefined;
    this.held = false;
  }

  hasLock(): boolean {
    return this.held && this.state.holder === this;
  }
}

export interface Locks {
  document: LockState;
  script: LockState;
  user: LockState;
  acquired: Lock[];
}

export function newLocks(): Locks {
  const acquired: Lock[] = [];
  return { document: new LockState(acquired), script: new LockState(acquired), user: new LockState(acquired), acquired };
}

export function lockService(calls: Calls, locks: Locks) {
  return track(calls, 'LockService', {
    getDocumentLock: () => track(calls, 'Lock', new Lock(locks.document)),
    getScriptLock: () => track(calls, 'Lock', new Lock(locks.script)),
    getUserLock: () => track(calls, 'Lock', new Lock(locks.user)),
  });
}

/** Where the acquisitions stand now; `releaseSince` takes the mark an execution started with. */
export const lockMark = (locks: Locks): number => locks.acquired.length;

/**
 * Apps Script releases the locks an execution took when it ends ("The lock is automatically released
 * when the script terminates": developers.google.com/apps-script/reference/lock/lock#releaseLock), so
 * the add-on never calls releaseLock (src/gas/lock.ts); an outer run keeps its own.
 */
export function releaseSince(locks: Locks, mark: number): void {
  for (const lock of locks.acquired.splice(mark)) lock.releaseLock();
}
