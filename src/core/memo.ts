// Remembering how a cell reads: a column repeats a few words and codes (plans, sí/no, estados, schools) thousands of times.

/** Distinct values kept before a cache starts over, so a column of free text cannot grow it without bound. */
const MAX_ENTRIES = 2000;

export interface MemoOptions {
  /** Also remember numbers (school codes, groups typed as numbers); by default only texts are. */
  numbers?: boolean;
}

/**
 * `read` for cells, remembering its answer per text (and per number with `numbers`); other values
 * (booleans, dates, blanks) are read each time. `read` must be pure and its answers never mutated:
 * they are shared.
 */
export function memoText<T>(read: (v: unknown) => T, options: MemoOptions = {}): (v: unknown) => T {
  const texts = new Map<string, T>();
  const numbers = options.numbers ? new Map<number, T>() : undefined;
  return (v) => {
    if (typeof v === 'string') return remember(texts, v, read);
    if (numbers && typeof v === 'number') return remember(numbers, v, read);
    return read(v);
  };
}

function remember<K, T>(seen: Map<K, T>, key: K, read: (v: K) => T): T {
  let answer = seen.get(key);
  if (answer === undefined) {
    if (seen.size >= MAX_ENTRIES) seen.clear();
    answer = read(key);
    seen.set(key, answer);
  }
  return answer;
}
