// Remembering how a text cell reads: a column repeats a few words (plans, sí/no, forms of payment) thousands of times.

/** Distinct texts kept before the cache starts over, so a column of free text cannot grow it without bound. */
const MAX_ENTRIES = 2000;

/**
 * `read` for cells, remembering its answer per text; other values (numbers, booleans, dates) are
 * read each time. `read` must be pure and its answers never mutated: they are shared.
 */
export function memoText<T>(read: (v: unknown) => T): (v: unknown) => T {
  const seen = new Map<string, T>();
  return (v) => {
    if (typeof v !== 'string') return read(v);
    let answer = seen.get(v);
    if (answer === undefined) {
      if (seen.size >= MAX_ENTRIES) seen.clear();
      answer = read(v);
      seen.set(v, answer);
    }
    return answer;
  };
}
