// PropertiesService, CacheService and LockService, in memory (document properties live in the workbook).
import { Calls, track } from './calls';

const MAX_PROPERTY_BYTES = 9 * 1024;

export class Properties {
  constructor(readonly values: Record<string, string>) {}
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : null;
  }
  setProperty(key: string, value: unknown) {
    const text = String(value);
    if (Buffer.byteLength(key, 'utf8') + Buffer.byteLength(text, 'utf8') > MAX_PROPERTY_BYTES) {
      throw new Error('Argument too large: value');
    }
    this.values[key] = text;
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.values };
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
    if (deleteAllOthers) this.deleteAllProperties();
    for (const [k, v] of Object.entries(properties)) this.setProperty(k, v);
    return this;
  }
  getKeys(): string[] {
    return Object.keys(this.values);
  }
  deleteProperty(key: string) {
    delete this.values[key];
    return this;
  }
  deleteAllProperties() {
    for (const k of Object.keys(this.values)) delete this.values[k];
    return this;
  }
}

export function propertiesService(calls: Calls, stores: { document: Record<string, string>; user: Record<string, string>; script: Record<string, string> }) {
  const of = (values: Record<string, string>) => () => track(calls, 'Properties', new Properties(values));
  return track(calls, 'PropertiesService', {
    getDocumentProperties: of(stores.document),
    getUserProperties: of(stores.user),
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
}

export class Lock {
  private held = false;
  constructor(private readonly state: LockState) {}
  /** Node runs one call at a time, so a lock held by another run cannot be released while this one waits. */
  tryLock(_timeoutMs?: number): boolean {
    if (this.state.holder && this.state.holder !== this) return false;
    this.state.holder = this;
    this.held = true;
    return true;
  }
  waitLock(timeoutMs?: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error('Lock timeout: another process was holding the lock for too long.');
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
}

export const newLocks = (): Locks => ({ document: new LockState(), script: new LockState(), user: new LockState() });

export function lockService(calls: Calls, locks: Locks) {
  return track(calls, 'LockService', {
    getDocumentLock: () => track(calls, 'Lock', new Lock(locks.document)),
    getScriptLock: () => track(calls, 'Lock', new Lock(locks.script)),
    getUserLock: () => track(calls, 'Lock', new Lock(locks.user)),
  });
}

/** Apps Script releases every lock when an execution ends. */
export function releaseAll(locks: Locks): void {
  locks.document.holder = undefined;
  locks.script.holder = undefined;
  locks.user.holder = undefined;
}
