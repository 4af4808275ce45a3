// The local runtime: dist/Code.js in a vm context whose Apps Script services work on an .xlsx workbook.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { types } from 'node:util';
import vm from 'node:vm';
import { localeSyntax, recalculate as recalculateFormulas } from './formulas';
import { Book, Stored, cellKey } from './services/book';
import { ENUMS } from './services/builders';
import { Calls, setCounter, setGuard, setRealmError } from './services/calls';
import { CUSTOM_FUNCTION_LIMIT_MS, EXECUTION_LIMIT_MS, Execution, authorize, manifestScopes, within } from './services/execution';
import { SentMail, mailAppService } from './services/mail';
import { beginCustomFunction, countTrip, customFunctionTrips, endExecution, resetTrips, roundTrips } from './services/roundtrips';
import { TriggerRecord, scriptAppService } from './services/script-app';
import { SheetEnv, Spreadsheet, spreadsheetApp, spreadsheetOf, storedOfWritten } from './services/spreadsheet';
import { cacheService, lockMark, lockService, newLocks, propertiesService, releaseSince } from './services/store';
import { UiRecord, htmlService, uiService } from './services/ui';
import { loggers, sessionService, utilitiesService } from './services/utilities';
import { clockedDate, instantOfWall, wallOfInstant } from './services/zone';
import { readBook, writeBook } from './services/xlsx';

export const ROOT = resolve(__dirname, '..');
export const DIST = join(ROOT, 'dist');
export const DEFAULT_TIME_ZONE = 'America/Mexico_City';
export const DEFAULT_LOCALE = 'es_MX';
export const DEFAULT_OUTBOX = join(ROOT, 'examples/salidas/correo');
const ADDON_NAME = 'Secretaría escolar';
/** Quotas page: email recipients per day. */
const DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 };

export interface RuntimeOptions {
  /** The spreadsheet's time zone. */
  timeZone?: string;
  /** The spreadsheet's locale, `es_MX` unless told (getSpreadsheetLocale); typedFormula reads what a user types in its syntax. */
  locale?: string;
  /** The clock of the services (mail Date headers, cache expiry), of the bundle's `new Date()` and of `=TODAY()` cells. */
  now?: () => Date;
  /** Folder where MailApp.sendEmail writes one .eml per email. */
  outbox?: string;
  /** MailApp.getRemainingDailyQuota() at the start; by default the account's daily recipients. */
  mailQuota?: number;
  /** The account's kind, for its daily email recipients: 100 (consumer, the default) or 1,500 (Workspace). */
  account?: 'consumer' | 'workspace';
  /** Tests: make sendEmail throw for some recipients. */
  failMailTo?: (to: string) => boolean;
  /** Session.getActiveUser().getEmail(). */
  user?: string;
  /** Where dist/Code.js, dist/sidebar.html and dist/appsscript.json (its oauthScopes) are read from. */
  dist?: string;
  /** The scopes the user consented to; by default every scope of dist/appsscript.json. */
  grantedScopes?: string[];
  /** Also print Logger/console lines of the bundle to stdout. */
  echoLogs?: boolean;
}

export interface Runtime {
  /** The vm context: context.BECA(...), context.onOpen(...). */
  context: Record<string, any>;
  /** A google.script.run-style call: arguments and result go through JSON (a Date in them throws). */
  run(name: string, ...args: unknown[]): unknown;
  /** The object SpreadsheetApp.getActiveSpreadsheet() returns. */
  spreadsheet: any;
  /** The sheet's current values (formulas evaluated), blank "" and Dates at midnight of the zone. */
  sheetValues(name: string): unknown[][];
  /** Recalculates as Sheets does: `=TODAY()` cells, then the custom-function formulas whose text or argument values changed, spilling arrays. */
  recalculate(): void;
  /** Fires a recorded trigger as Apps Script does: one execution of its handler with { triggerUid }. */
  fire(triggerId: string): unknown;
  /** Writes the workbook back (.xlsx), formulas kept with their cached results. */
  save(path?: string): Promise<void>;
  /** Service calls counted by name, e.g. 'Range.getValues', 'MailApp.sendEmail'. */
  calls: Calls;
  /** Round trips to Google's servers those calls cost (local/services/roundtrips.ts), since the last resetCalls(). */
  readonly roundTrips: number;
  /** Round trips of each custom-function execution (one per recalculated formula) since the last resetCalls(). */
  readonly customFunctionTrips: readonly number[];
  resetCalls(): void;
  ui: UiRecord;
  mail: SentMail[];
  triggers: TriggerRecord[];
  properties: { document: Record<string, string>; user: Record<string, string>; script: Record<string, string> };
  /** What the bundle logged with Logger.log and console. */
  logs: string[];
  /** Spreadsheet.toast messages. */
  toasts: string[];
  /** The in-memory workbook behind the services. */
  book: Book;
  /** The .xlsx the runtime was opened from, if any. */
  path?: string;
  /** Increases with every write to a cell, so callers know when to save. */
  readonly writes: number;
}

/** Where Code.js keeps the parts an execution compiled (build/build.mjs). */
const PARTS_GLOBAL = 'SecretariaEscolarPartes_';

/** The names the bundle declares with a @customfunction JSDoc: only these evaluate in formulas. */
export function customFunctionNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/@customfunction[\s\S]*?\*\/\s*function ([A-Za-z_$][\w$]*)\s*\(/g)) names.add(m[1].toUpperCase());
  return names;
}

/** Builds dist/ with `npm run build`'s script when Code.js or a file beside it (the manifest, the rest of the add-on) is missing. */
export function ensureBuilt(dist = DIST): string {
  const file = join(dist, 'Code.js');
  if (!existsSync(file) || (dist === DIST && !['appsscript.json', 'aplicacion.html', 'esquema.html'].every((f) => existsSync(join(dist, f))))) execFileSync(process.execPath, [join(ROOT, 'build/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  return readFileSync(file, 'utf8');
}

/** JSON as google.script.run carries it: a Date anywhere in the value is refused. */
function wire(value: unknown, what: string): string | undefined {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    if (types.isDate(this[key])) throw new Error(`google.script.run no puede llevar fechas (Date) en ${what}: envíelas como texto o número.`);
    return v;
  });
}

async function bookOf(source: string | { sheets: Record<string, unknown[][]> }, timeZone: string): Promise<Book> {
  if (typeof source === 'string') return readBook(source, timeZone);
  const book = await readBook(undefined, timeZone);
  for (const [name, rows] of Object.entries(source.sheets)) {
    const sheet = book.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const s = storedOfWritten(v, timeZone);
        sheet.set(r, c, s.value);
        if (s.formula) sheet.formulas.set(cellKey(r, c), s.formula);
      }),
    );
    sheet.fitGrid();
  }
  if (book.sheets.length === 0) book.addSheet('Hoja 1');
  return book;
}

/**
 * Opens an .xlsx (or builds an in-memory workbook from arrays) and loads dist/Code.js into a vm
 * context whose globals are local implementations of SpreadsheetApp, PropertiesService, LockService,
 * CacheService, Utilities, Session, HtmlService, ScriptApp, MailApp, Logger and console.
 */
export async function openRuntime(source: string | { sheets: Record<string, unknown[][]> }, options: RuntimeOptions = {}): Promise<Runtime> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const locale = options.locale ?? DEFAULT_LOCALE;
  localeSyntax(locale);
  const dist = options.dist ?? DIST;
  const code = ensureBuilt(dist);
  const declaredScopes = (JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes;
  const book = await bookOf(source, timeZone);
  // Utilities.sleep moves the services' clock on, so a pause counts toward the time limits.
  let slept = 0;
  const wall = options.now;
  const clock = wall ? () => wall().getTime() + slept : () => Date.now() + slept;
  const now = () => new Date(clock());
  const execution: Execution = { granted: manifestScopes(dist), now: clock, customFunction: false, limit: EXECUTION_LIMIT_MS };
  const inCustomFunction = () => execution.customFunction;
  const calls: Calls = {};
  const ui: UiRecord = { menu: [], alerts: [], dialogs: [] };
  const mail: SentMail[] = [];
  const triggers: TriggerRecord[] = [];
  const logs: string[] = [];
  const toasts: string[] = [];
  const properties = { document: book.documentProperties, user: {} as Record<string, string>, script: {} as Record<string, string> };
  const locks = newLocks();
  const user = options.user ?? 'secretaria@escuela.local';

  // An ordinary global object: a contextified one routes every global lookup of the bundle through
  // interceptors, which made custom functions ~1.7 times slower than the same code elsewhere.
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as Record<string, any>;
  const RealmDate = vm.runInContext('Date', context) as DateConstructor;
  context.Date = clockedDate(RealmDate, now);
  setRealmError(calls, vm.runInContext('Error', context) as ErrorConstructor);
  setGuard(calls, (name) => authorize(name, execution));
  setCounter(calls, (name) => countTrip(calls, name, execution.customFunction));
  const customFunctions = customFunctionNames(code);

  // Each call of a custom function is its own execution, in the sandbox, with 30 s.
  const sandboxes = new Map<string, (...args: unknown[]) => unknown>();
  const sandboxed = (name: string) => {
    let fn = sandboxes.get(name);
    if (!fn) {
      fn = (...args: unknown[]) => {
        beginCustomFunction(calls);
        try {
          return within(execution, CUSTOM_FUNCTION_LIMIT_MS, true, () => context[name](...args));
        } finally {
          endExecution(calls);
        }
      };
      sandboxes.set(name, fn);
    }
    return fn;
  };

  let recalculating = false;
  // The instants the clock's day spanned at the last recalculation: once it leaves them, `=TODAY()`
  // cells and the formulas that take them change, on the next read.
  let recalculatedDay = { start: 0, end: 0 };
  const dayOfClock = () => {
    const midnight = Math.floor(wallOfInstant(now().getTime(), book.timeZone) / 86_400_000) * 86_400_000;
    return { start: instantOfWall(midnight, book.timeZone), end: instantOfWall(midnight + 86_400_000, book.timeZone) };
  };
  const dayChanged = () => {
    const t = now().getTime();
    return t < recalculatedDay.start || t >= recalculatedDay.end;
  };
  const recalculate = () => {
    if (recalculating) return;
    recalculating = true;
    book.dirty = false;
    recalculatedDay = dayOfClock();
    try {
      recalculateFormulas({
        book,
        customFunction: (name) => (customFunctions.has(name) && typeof context[name] === 'function' ? sandboxed(name) : undefined),
        scriptValue: (v: Stored) => (types.isDate(v) ? new RealmDate(instantOfWall((v as Date).getTime(), book.timeZone)) : v),
        storedOfResult: (v) => (types.isDate(v) ? storedOfWritten(v, book.timeZone).value : v === null || v === undefined ? '' : typeof v === 'object' ? String(v) : (v as Stored)),
        now,
      });
    } finally {
      book.dirty = false;
      recalculating = false;
    }
  };

  const env: SheetEnv = {
    calls,
    book,
    makeDate: (ms) => new RealmDate(ms),
    beforeRead: () => {
      if (book.dirty || dayChanged()) recalculate();
    },
    ui: () => getUi(),
    toasts,
    locale,
  };
  const getUi = uiService(calls, ui, ADDON_NAME);
  const { Logger, console: bundleConsole } = loggers(calls, logs, options.echoLogs ?? false);

  Object.assign(context, {
    SpreadsheetApp: spreadsheetApp(env),
    Charts: { ChartType: ENUMS.ChartType },
    PropertiesService: propertiesService(calls, properties, inCustomFunction),
    CacheService: cacheService(calls, () => now().getTime()),
    LockService: lockService(calls, locks),
    Utilities: utilitiesService(calls, (ms) => void (slept += ms)),
    Session: sessionService(calls, user, timeZone, inCustomFunction),
    HtmlService: htmlService(calls, dist, () => context),
    ScriptApp: scriptAppService(calls, triggers, { user: () => user, document: () => new Spreadsheet(env).getId() }, { declared: declaredScopes, granted: options.grantedScopes ?? declaredScopes }),
    MailApp: mailAppService(calls, mail, {
      outbox: options.outbox ?? DEFAULT_OUTBOX,
      quota: { remaining: options.mailQuota ?? DAILY_RECIPIENTS[options.account ?? 'consumer'] },
      from: user,
      now,
      failMailTo: options.failMailTo,
    }),
    Logger,
    console: bundleConsole,
  });
  // google.script.run reaches the script's own functions, never a global of the platform (eval,
  // Function) nor a service: those names are known before the script loads.
  const notScript = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', context)));
  vm.runInContext(code, context, { filename: 'Code.js' });
  book.dirty = true;

  const realmJson = vm.runInContext('JSON', context) as JSON;
  /** One execution: its time limit, the locks it took released at its end, the formulas recalculated after its writes. */
  const execute = <T>(fn: () => T): T => {
    // Apps Script loads the project again for every execution: the parts an earlier one compiled
    // (build/build.mjs: aplicacion.html, esquema.html) are gone, with every state their modules kept.
    context[PARTS_GLOBAL] = {};
    const writes = book.writes;
    const mark = lockMark(locks);
    try {
      return within(execution, EXECUTION_LIMIT_MS, false, fn);
    } finally {
      endExecution(calls);
      releaseSince(locks, mark);
      if (book.writes !== writes || book.dirty) recalculate();
    }
  };
  const run = (name: string, ...args: unknown[]): unknown => {
    const fn = Object.prototype.hasOwnProperty.call(context, name) ? context[name] : undefined;
    if (typeof fn !== 'function' || notScript.has(name) || name.endsWith('_') || !/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Script function not found: ${name}`);
    const text = wire(args, name) ?? '[]';
    const result = execute(() => fn(...(realmJson.parse(text) as unknown[])));
    const out = wire(result, `la respuesta de ${name}`);
    return out === undefined ? undefined : JSON.parse(out);
  };

  const fire = (triggerId: string): unknown => {
    const t = triggers.find((r) => r.id === triggerId);
    if (!t) throw new Error(`No hay ningún activador con el id ${triggerId}.`);
    return execute(() => context[t.handler]({ triggerUid: t.id, authMode: 'FULL' }));
  };

  const runtime: Runtime = {
    context,
    run,
    fire,
    spreadsheet: spreadsheetOf(env),
    sheetValues(name) {
      env.beforeRead();
      const sheet = book.sheet(name);
      if (!sheet) throw new Error(`No existe la hoja «${name}»`);
      const rows = sheet.lastRow();
      const columns = sheet.lastColumn();
      const out: unknown[][] = [];
      for (let r = 0; r < rows; r++) {
        const row: unknown[] = [];
        for (let c = 0; c < columns; c++) {
          const v = sheet.get(r, c);
          row.push(types.isDate(v) ? new Date(instantOfWall((v as Date).getTime(), book.timeZone)) : v);
        }
        out.push(row);
      }
      return out;
    },
    recalculate,
    async save(path) {
      const target = path ?? (typeof source === 'string' ? source : undefined);
      if (!target) throw new Error('save() necesita una ruta: el libro se abrió en memoria.');
      env.beforeRead();
      await writeBook(book, target);
    },
    calls,
    get roundTrips() {
      return roundTrips(calls);
    },
    get customFunctionTrips() {
      return customFunctionTrips(calls);
    },
    resetCalls() {
      for (const k of Object.keys(calls)) delete calls[k];
      resetTrips(calls);
    },
    ui,
    mail,
    triggers,
    properties,
    logs,
    toasts,
    book,
    path: typeof source === 'string' ? source : undefined,
    get writes() {
      return book.writes;
    },
  };
  return runtime;
}
