// Typed google.script.run: the sidebar calls the names src/server.ts exports and gets their data or their Spanish error.
import type * as Server from '../src/server';

type Api = typeof Server;
type Answered = { ok: true; data: unknown } | { ok: false; error: string };

/** The server functions that answer { ok, data | error }: the only ones the sidebar calls. */
export type Callable = { [K in keyof Api as Api[K] extends (...args: never[]) => Answered ? K : never]: Api[K] };
export type DataOf<K extends keyof Callable> = Extract<ReturnType<Callable[K]>, { ok: true }>['data'];

interface Runner {
  withSuccessHandler(h: (value: unknown) => void): Runner;
  withFailureHandler(h: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner } };

/** A failure of the call itself (network, authorization, timeout), as opposed to an answered error. */
export const CALL_FAILED = 'No se pudo hablar con la hoja de cálculo';

export function call<K extends keyof Callable>(name: K, ...args: Parameters<Callable[K]>): Promise<DataOf<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const answer = value as Answered | null;
        if (answer && answer.ok) resolve(answer.data as DataOf<K>);
        else reject(new Error(answer ? answer.error : CALL_FAILED));
      })
      .withFailureHandler((error) => reject(new Error(`${CALL_FAILED}: ${error && error.message ? error.message : String(error)}`)));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
