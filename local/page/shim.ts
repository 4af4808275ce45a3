// google.script.run and google.script.host inside the sidebar and dialogs of the local page: each call is
// posted to the page, which sends it to POST /rpc and answers with the result or the error message.

interface Reply {
  type: 'rpc-result';
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

type Handler = (value: unknown, userObject?: unknown) => void;

const pending = new Map<number, { success?: Handler; failure?: Handler; userObject?: unknown }>();
let nextId = 1;

/** google.script.run refuses Dates (and functions) in arguments; this says so before sending. */
function checkArgs(args: unknown[]): string | undefined {
  try {
    JSON.stringify(args, function (this: Record<string, unknown>, key: string, v: unknown) {
      if (this[key] instanceof Date) throw new Error('No se puede enviar una fecha (Date) por google.script.run.');
      if (typeof v === 'function') throw new Error('No se puede enviar una función por google.script.run.');
      return v;
    });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

function call(name: string, args: unknown[], success?: Handler, failure?: Handler, userObject?: unknown): void {
  const refused = checkArgs(args);
  if (refused) {
    setTimeout(() => failure?.(new Error(refused), userObject));
    return;
  }
  const id = nextId++;
  pending.set(id, { success, failure, userObject });
  parent.postMessage({ type: 'rpc', id, name, args: JSON.parse(JSON.stringify(args)) }, '*');
}

function runner(success?: Handler, failure?: Handler, userObject?: unknown): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string') return undefined;
        if (prop === 'withSuccessHandler') return (h: Handler) => runner(h, failure, userObject);
        if (prop === 'withFailureHandler') return (h: Handler) => runner(success, h, userObject);
        if (prop === 'withUserObject') return (o: unknown) => runner(success, failure, o);
        return (...args: unknown[]) => call(prop, args, success, failure, userObject);
      },
    },
  );
}

window.addEventListener('message', (event: MessageEvent<Reply>) => {
  if (event.source !== parent || !event.data || event.data.type !== 'rpc-result') return;
  const p = pending.get(event.data.id);
  if (!p) return;
  pending.delete(event.data.id);
  if (event.data.ok) p.success?.(event.data.value, p.userObject);
  else {
    const error = new Error(event.data.error ?? 'Error desconocido');
    error.name = 'ScriptError';
    if (p.failure) p.failure(error, p.userObject);
    else console.error(error);
  }
});

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(),
    host: {
      close: () => parent.postMessage({ type: 'host-close' }, '*'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
      origin: location.origin,
    },
    url: { getLocation: (cb: (l: unknown) => void) => cb({ hash: '', parameter: {}, parameters: {} }) },
  },
};

export {};
