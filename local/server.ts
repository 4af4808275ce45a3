// The web page of `npm start`: the workbook as a grid, the add-on menu, and the real sidebar whose
// google.script.run calls reach the bundle through POST /rpc; every write is saved to the workbook.
import { buildSync } from 'esbuild';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { PAGE_CALLS } from '../src/api';
import { sheetCharts } from './charts/spec';
import { WorkbookLock, lockWorkbook } from './lock';
import { Runtime, RuntimeOptions, openRuntime } from './runtime';
import { cellKey, keyColumn, keyRow } from './services/book';
import { displayOf } from './services/spreadsheet';
import { unkeptWarning } from './services/xlsx';

const PAGE_DIR = join(__dirname, 'page');
/** The grid shows at most this many rows; the page says how many there are. */
export const MAX_GRID_ROWS = 2000;
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface LocalServerOptions {
  /** An .xlsx path, or sheets built in memory (tests). */
  workbook: string | { sheets: Record<string, unknown[][]> };
  /** 0 picks a free port. */
  port?: number;
  /** Where writes are saved: true (default) the workbook itself, a path another file, false nowhere. */
  save?: boolean | string;
  runtime?: RuntimeOptions;
  /** How the workbook's lock names this server to a CLI that waits for it. */
  command?: string;
  /** How long an action waits for a CLI holding the workbook's lock. */
  lockWaitMs?: number;
}

export interface LocalServer {
  url: string;
  close(): Promise<void>;
  /** The runtime of the workbook as last read: a new one after the file changed on disk. */
  readonly runtime: Runtime;
  /** The key of this start, written into the page; every /api and /rpc request must carry it. */
  token: string;
}

/** The header that carries the page's key. */
export const TOKEN_HEADER = 'x-clave-sesion';

/** The names the page may call: src/api.ts's PAGE_CALLS, which the compiler checks against PageApi and src/server.ts. */
export function pageCallNames(): Set<string> {
  return new Set<string>(PAGE_CALLS);
}

/** What identifies the file's current contents on disk: a save by anyone replaces or rewrites it. */
function fingerprint(path: string): string {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : 'no existe';
}

function bundleScript(entry: string): string {
  const out = buildSync({ entryPoints: [join(PAGE_DIR, entry)], bundle: true, write: false, format: 'iife', target: 'es2020', minify: true, charset: 'utf8' });
  return out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}

/** The page and the shim, bundled once per process. */
const assets = (() => {
  let cached: { page: string; shim: string } | undefined;
  return () => {
    if (!cached) {
      const css = readFileSync(join(PAGE_DIR, 'page.css'), 'utf8');
      const html = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8');
      const page = html.replace('/*PAGE_CSS*/', () => css).replace('/*PAGE_JS*/', () => bundleScript('page.ts'));
      cached = { page, shim: bundleScript('shim.ts') };
    }
    return cached;
  };
})();

/** The sidebar or dialog HTML with google.script.run provided before any of its own scripts run. */
export function withShim(html: string): string {
  const tag = `<script>${assets().shim}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + tag + html.slice(doctype[0].length) : tag + html;
}

const PLACEHOLDER = `<!doctype html><html lang="es"><head><meta charset="utf-8"><style>body{font:13px Arial,sans-serif;padding:16px;color:#5f6368}</style></head>
<body><h2>Panel no construido</h2><p>El panel lateral todavía no está construido: falta <code>dist/sidebar.html</code>.</p>
<p>Cuando exista la carpeta <code>sidebar/</code>, ejecute <code>npm run build</code> y recargue esta página.</p></body></html>`;

// No other site may frame the page or any answer (clickjacking); only the page frames its sidebar.
const PAGE_CSP = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";
const FRAME_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; frame-ancestors 'self'";
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

function send(res: ServerResponse, status: number, type: string, body: string, csp = DATA_CSP): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': csp === FRAME_CSP ? 'SAMEORIGIN' : 'DENY',
    'Content-Security-Policy': csp,
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json', JSON.stringify(value));

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new Error('Se esperaba Content-Type: application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('La petición es demasiado grande');
    chunks.push(chunk as Buffer);
  }
  const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('Se esperaba un objeto JSON');
  return value as Record<string, unknown>;
}

const totalCalls = (runtime: Runtime) => Object.values(runtime.calls).reduce((a, b) => a + b, 0);

/** The grid of one sheet as text, with where formulas, errors and spills are. */
function sheetView(runtime: Runtime, name: string) {
  if (runtime.book.dirty) runtime.recalculate();
  const sheet = runtime.book.sheet(name);
  if (!sheet) return undefined;
  const totalRows = sheet.lastRow();
  const shownRows = Math.min(totalRows, MAX_GRID_ROWS);
  const columns = Math.max(sheet.lastColumn(), 1);
  const rows: string[][] = [];
  const numbers: [number, number][] = [];
  for (let r = 0; r < shownRows; r++) {
    const row: string[] = [];
    for (let c = 0; c < columns; c++) {
      const v = sheet.get(r, c);
      row.push(displayOf(v, sheet.formats.get(cellKey(r, c))));
      if (typeof v === 'number') numbers.push([r, c]);
    }
    rows.push(row);
  }
  const inView = (k: number) => keyRow(k) < shownRows;
  return {
    name,
    rows,
    totalRows,
    columns,
    frozenRows: sheet.frozenRows,
    formulas: [...sheet.formulas].filter(([k]) => inView(k)).map(([k, f]) => [keyRow(k), keyColumn(k), f]),
    errors: [...sheet.errors].filter(([k]) => inView(k)).map(([k, e]) => [keyRow(k), keyColumn(k), e]),
    spills: [...sheet.spillOwner.keys()].filter(inView).map((k) => [keyRow(k), keyColumn(k)]),
    numbers,
    charts: sheetCharts(sheet).map(({ spec, svg, anchor }) => ({ type: spec.type, title: spec.title, cell: anchor, range: spec.range, svg })),
  };
}

/**
 * Opens the workbook, builds the menu with onOpen (as Sheets does, in AuthMode.NONE) and serves the
 * page. Tests call it with `port: 0` and read `url`.
 *
 * Saving to the file it was read from, each action (a menu item, a sidebar call) runs alone, holding
 * the workbook's lock: it first reads the file again if another program saved it since, so that a
 * CLI's Bitácora is what «Enviar ahora» sees and this server never saves a stale copy over it.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const source = typeof options.workbook === 'string' ? resolve(options.workbook) : undefined;
  let loadedPrint = source ? fingerprint(source) : '';
  let runtime = await openRuntime(options.workbook, options.runtime);
  const dist = options.runtime?.dist ?? join(__dirname, '../dist');
  const savePath = options.save === false ? undefined : typeof options.save === 'string' ? resolve(options.save) : source;
  const lost = unkeptWarning(runtime.book);
  if (lost && savePath === source) throw new Error(`${lost} Ábralo con --salida otro.xlsx: los cambios se guardarán en esa copia.`);
  /** Watched for changes by others: the file this server both reads and saves. */
  const watched = savePath !== undefined && savePath === source ? source : undefined;
  const pageCalls = pageCallNames();
  const token = randomBytes(24).toString('base64url');
  let savedWrites = runtime.writes;
  let openError: string | undefined;

  const runOnOpen = () => {
    try {
      runtime.context.onOpen?.({ authMode: runtime.context.ScriptApp.AuthMode.NONE, source: runtime.spreadsheet });
      openError = undefined;
    } catch (e) {
      openError = (e as Error).message;
    }
  };
  runOnOpen();

  /**
   * Reads the file again when someone else saved it. What lives outside the file (triggers, user and
   * script properties) carries over. Every write action saves at its end, so the only changes of ours
   * the disk copy can replace are those of a save that failed; the answer says they were dropped.
   */
  const syncFromDisk = async (): Promise<string | undefined> => {
    if (!watched || fingerprint(watched) === loadedPrint) return undefined;
    const print = fingerprint(watched);
    const fresh = await openRuntime(watched, options.runtime);
    fresh.triggers.push(...runtime.triggers);
    Object.assign(fresh.properties.user, runtime.properties.user);
    Object.assign(fresh.properties.script, runtime.properties.script);
    const dropped = runtime.writes !== savedWrites;
    runtime = fresh;
    savedWrites = fresh.writes;
    loadedPrint = print;
    runOnOpen();
    return `Otro programa guardó «${basename(watched)}»: se volvió a leer del disco${dropped ? ' y se descartaron los cambios de aquí que no se habían podido guardar' : ''}.`;
  };

  /** One action at a time: a second click waits for the first instead of interleaving its saves. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const state = () => ({
    book: runtime.book.name,
    sheets: runtime.book.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    active: runtime.book.sheets[runtime.book.active]?.name ?? '',
    menu: runtime.ui.menu.map(({ caption, functionName }) => ({ caption, functionName })),
    sidebarBuilt: existsSync(join(dist, 'sidebar.html')),
    openError,
    ...(savePath && savePath !== source
      ? { saveNote: `Los cambios se guardan en «${basename(savePath)}»${source ? `; «${basename(source)}» no se modifica` : ''}.${lost ? ` La copia no tendrá lo que este programa no sabe conservar: ${runtime.book.unkept.join(', ')}.` : ''}` }
      : {}),
  });

  const perform = async (name: string, args: unknown[]) => {
    let lock: WorkbookLock | undefined;
    let reloaded: string | undefined;
    try {
      lock = savePath ? await lockWorkbook(savePath, options.command ?? 'npm start', { waitMs: options.lockWaitMs }) : undefined;
      reloaded = await syncFromDisk();
    } catch (e) {
      // Another program holds the workbook, or its file can no longer be read: nothing ran.
      lock?.release();
      return { ok: false, error: (e as Error).message, events: { alerts: [], dialogs: [], toasts: [] }, stats: { ms: 0, calls: 0 } };
    }
    try {
      const before = { alerts: runtime.ui.alerts.length, dialogs: runtime.ui.dialogs.length, toasts: runtime.toasts.length, sidebar: runtime.ui.sidebar, calls: totalCalls(runtime) };
      const started = Date.now();
      let reply: { ok: boolean; value?: unknown; error?: string };
      try {
        reply = { ok: true, value: runtime.run(name, ...args) };
      } catch (e) {
        reply = { ok: false, error: e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e) };
      }
      const events = {
        alerts: runtime.ui.alerts.slice(before.alerts),
        dialogs: runtime.ui.dialogs.slice(before.dialogs).map((d) => ({ title: d.title, html: withShim(d.html) })),
        toasts: runtime.toasts.slice(before.toasts),
        ...(runtime.ui.sidebar && runtime.ui.sidebar !== before.sidebar ? { sidebar: { title: runtime.ui.sidebar.title, html: withShim(runtime.ui.sidebar.html) } } : {}),
      };
      let saveError: string | undefined;
      if (savePath && runtime.writes !== savedWrites) {
        try {
          await runtime.save(savePath);
          savedWrites = runtime.writes;
          if (watched) loadedPrint = fingerprint(watched);
        } catch (e) {
          saveError = (e as Error).message;
        }
      }
      const stats = { ms: Date.now() - started, calls: totalCalls(runtime) - before.calls };
      return { ...reply, events, stats, ...(saveError ? { saveError } : {}), ...(reloaded ? { reloaded } : {}) };
    } finally {
      lock?.release();
    }
  };

  // Set once listening: the names this server answers to, with its port (a page on another site
  // whose name was made to point at 127.0.0.1 sends its own name, and is refused).
  let ownHosts = new Set<string>();
  const expected = Buffer.from(token);
  const hasToken = (req: IncomingMessage) => {
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!ownHosts.has((req.headers.host ?? '').toLowerCase())) return json(res, 403, { error: 'Esta página solo se abre como localhost o 127.0.0.1 con su puerto.' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const post = req.method === 'POST';
    if (post && req.headers.origin && req.headers.origin !== `http://${req.headers.host}`) return json(res, 403, { error: 'Origen no permitido' });
    if (!post && url.pathname === '/') return send(res, 200, 'text/html', assets().page.replace('<meta name="clave-sesion" content="">', `<meta name="clave-sesion" content="${token}">`), PAGE_CSP);
    if (!post && url.pathname === '/sidebar') {
      const file = join(dist, 'sidebar.html');
      return send(res, 200, 'text/html', withShim(existsSync(file) ? readFileSync(file, 'utf8') : PLACEHOLDER), FRAME_CSP);
    }
    if (!post && url.pathname === '/favicon.ico') {
      res.writeHead(204, { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': DATA_CSP });
      return res.end();
    }
    if (url.pathname !== '/rpc' && !url.pathname.startsWith('/api/')) return json(res, 404, { error: 'No encontrado' });
    if (!hasToken(req)) return json(res, 403, { error: 'Falta la clave de esta sesión o no es la de ahora: recargue la página.' });
    if (!post && url.pathname === '/api/state') {
      return json(res, 200, await serial(async () => {
        const reloaded = await syncFromDisk();
        return { ...state(), ...(reloaded ? { reloaded } : {}) };
      }));
    }
    if (!post && url.pathname === '/api/sheet') {
      const view = sheetView(runtime, url.searchParams.get('name') ?? '');
      return view ? json(res, 200, view) : json(res, 404, { error: `No existe la hoja «${url.searchParams.get('name') ?? ''}»` });
    }
    if (post && url.pathname === '/api/activate') {
      const body = await readJson(req);
      const index = runtime.book.sheets.findIndex((s) => s.name === body.name);
      if (index < 0) return json(res, 404, { error: 'No existe esa hoja' });
      runtime.book.active = index;
      return json(res, 200, { ok: true });
    }
    if (post && (url.pathname === '/rpc' || url.pathname === '/api/menu')) {
      const body = await readJson(req);
      const name = String(body.name ?? '');
      // The sidebar reaches only the listed calls; the menu runs only what onOpen put in it.
      const allowed = url.pathname === '/rpc' ? pageCalls.has(name) : runtime.ui.menu.some((item) => item.functionName === name);
      if (!allowed) {
        const what = url.pathname === '/rpc' ? 'las funciones del panel lateral' : 'las opciones de su menú';
        return json(res, 403, { error: `La página no puede llamar a «${name}»: solo a ${what}.` });
      }
      return json(res, 200, await serial(() => perform(name, Array.isArray(body.args) ? body.args : [])));
    }
    return json(res, 404, { error: 'No encontrado' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => json(res, 400, { error: e.message }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ownHosts = new Set(['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`));
  return {
    url: `http://127.0.0.1:${port}`,
    get runtime() {
      return runtime;
    },
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((e) => (e ? reject(e) : resolve()));
      }).then(() => queue.then(() => undefined)),
  };
}
