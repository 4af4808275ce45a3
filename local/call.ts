// A typed page call through the local runtime, from the wire's types (src/api.ts): its data, or its Spanish error thrown.
import type { Answer, DataOf, PageApi, PageCall } from '../src/api';

/** What `call` needs of a Runtime: running a public name of the bundle. */
export interface Runs {
  run(name: string, ...args: unknown[]): unknown;
}

/** The data of what the page call `name` answered, or its error thrown. */
export function dataOf<K extends PageCall>(_name: K, answered: unknown): DataOf<K> {
  const answer = answered as Answer<DataOf<K>>;
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}

export function call<K extends PageCall>(rt: Runs, name: K, ...args: Parameters<PageApi[K]>): DataOf<K> {
  return dataOf(name, rt.run(name, ...args));
}
