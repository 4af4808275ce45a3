// Counting service calls by name ('Range.getValues'): every object the bundle receives goes through track().

export type Calls = Record<string, number>;

const TRACKED = Symbol('tracked');
const REALM_ERROR = Symbol('realmError');
const GUARD = Symbol('guard');
const COUNTER = Symbol('counter');

/**
 * Errors thrown by a service must be Errors of the bundle's realm, so `e instanceof Error` holds
 * in its catch blocks; the runtime registers that realm's constructor on its `calls` object.
 */
export function setRealmError(calls: Calls, RealmError: ErrorConstructor): void {
  Object.defineProperty(calls, REALM_ERROR, { value: RealmError, enumerable: false });
}

/** The check every call passes before it runs (scopes, sandbox, time limit); it throws to refuse. */
export function setGuard(calls: Calls, guard: (name: string) => void): void {
  Object.defineProperty(calls, GUARD, { value: guard, enumerable: false });
}

/** What else each call that passed its guard is counted by (the runtime's round trips, local/services/roundtrips.ts). */
export function setCounter(calls: Calls, counter: (name: string) => void): void {
  Object.defineProperty(calls, COUNTER, { value: counter, enumerable: false });
}

function inRealm(calls: Calls, e: unknown): unknown {
  const RealmError = (calls as Record<symbol, ErrorConstructor | undefined>)[REALM_ERROR];
  if (!RealmError || !(e instanceof Error)) return e;
  return new RealmError(e.message);
}

/** The object behind a tracked proxy (services receive their own objects back, e.g. insertChart(chart)). */
export function untrack<T>(value: T): T {
  if (value && typeof value === 'object' && (value as Record<symbol, unknown>)[TRACKED]) return (value as Record<symbol, T>)[TRACKED];
  return value;
}

/** A proxy that counts each method call as `${kind}.${method}` in `calls`. */
export function track<T extends object>(calls: Calls, kind: string, target: T): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === TRACKED) return obj;
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      const name = `${kind}.${prop}`;
      const guard = (calls as Record<symbol, ((name: string) => void) | undefined>)[GUARD];
      return function (this: unknown, ...args: unknown[]) {
        calls[name] = (calls[name] ?? 0) + 1;
        let result: unknown;
        try {
          guard?.(name);
          (calls as Record<symbol, ((name: string) => void) | undefined>)[COUNTER]?.(name);
          result = value.apply(obj, args.map(untrack));
        } catch (e) {
          throw inRealm(calls, e);
        }
        // Chained calls (range.setValues(v).setFontWeight('bold')) are counted too.
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}
