// Typed google.script.run: the sidebar calls the wire's functions (src/api.ts) and gets their data or their Spanish error.
import type { Answer, DataOf, PageApi, PageCall } from '../src/api';

interface Runner {
  withSuccessHandler(h: (value: unknown) => void): Runner;
  withFailureHandler(h: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

/** A failure of the call itself (network, authorization, timeout), as opposed to an answered error. */
export const CALL_FAILED = 'No se pudo hablar con la hoja de cálculo';

export function call<K extends PageCall>(name: K, ...args: Parameters<PageApi[K]>): Promise<DataOf<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const answer = value as Answer<unknown> | null;
        if (answer && answer.ok) resolve(answer.data as DataOf<K>);
        else reject(new Error(answer ? answer.error : CALL_FAILED));
      })
      .withFailureHandler((error) => reject(new Error(`${CALL_FAILED}: ${error && error.message ? error.message : String(error)}`)));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
