// One execution as Apps Script bounds it: the manifest's scopes, the custom-function sandbox, the time limit.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { permissionText, writeRefusal } from './refusals';
import { scopesOf } from './scopes';

/** Quotas page: script runtime 6 min per execution; custom functions 30 s per call. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30 * 1000;

export interface Execution {
  /** The manifest's oauthScopes; undefined when it lists none (Apps Script then grants what it detects in the code). */
  readonly granted?: ReadonlySet<string>;
  /** The services' clock, in ms. */
  readonly now: () => number;
  /** True while a custom function runs (the custom-function guide's "Using Apps Script services"). */
  customFunction: boolean;
  /** When the current execution started on that clock, and how long it may run. */
  startedAt?: number;
  limit: number;
  /** Set once a call found the time up: Apps Script ends the execution, whatever the code catches. */
  timedOut?: boolean;
}

const TIME_UP = 'Exceeded maximum execution time';

/** The oauthScopes of the appsscript.json the bundle was built with (the build copies it to dist/). */
export function manifestScopes(dist: string): ReadonlySet<string> | undefined {
  const file = join(dist, 'appsscript.json');
  if (!existsSync(file)) throw new Error(`No existe ${file}: ejecute npm run build, que lo copia junto a Code.js.`);
  const scopes = (JSON.parse(readFileSync(file, 'utf8')) as { oauthScopes?: unknown }).oauthScopes;
  if (scopes === undefined) return undefined;
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) throw new Error(`${file}: oauthScopes debe ser una lista de textos.`);
  return new Set(scopes);
}

/**
 * Runs `fn` as one execution (a run, a trigger's handler, or one custom-function call): its clock
 * starts now and stops it after `limit`. An execution started inside another (a custom function
 * recalculated when a run ends) has its own window, and the outer one resumes after it.
 */
export function within<T>(execution: Execution, limit: number, customFunction: boolean, fn: () => T): T {
  const outer = [execution.customFunction, execution.startedAt, execution.limit, execution.timedOut] as const;
  execution.customFunction = customFunction;
  execution.startedAt = execution.now();
  execution.limit = limit;
  execution.timedOut = false;
  try {
    const result = fn();
    if (execution.timedOut) throw new Error(TIME_UP);
    return result;
  } finally {
    [execution.customFunction, execution.startedAt, execution.limit, execution.timedOut] = outer;
  }
}

const SPREADSHEET_SERVICE = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Protection']);

/**
 * The custom-function sandbox: no authorization at all, so a method that lists scopes is refused,
 * except the Spreadsheet service's reads (get*, is*, can*) and the user (whose email reads "").
 */
function refuseInCustomFunction(name: string, scopes: readonly string[]): void {
  if (name === 'SpreadsheetApp.getUi') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
  const [kind, method] = name.split('.');
  if (SPREADSHEET_SERVICE.has(kind)) {
    if (!/^(get|is|can)[A-Z]/.test(method)) throw new Error(writeRefusal(method));
    return;
  }
  if (name === 'Session.getActiveUser' || name === 'Session.getEffectiveUser') return;
  if (scopes.length) throw new Error(permissionText(name, scopes));
}

/**
 * The check before every tracked call: a name without a scope entry is refused (so no new call
 * slips past the table), then the sandbox or the manifest's scopes, then the time limit.
 */
export function authorize(name: string, execution: Execution): void {
  const scopes = scopesOf(name);
  if (!scopes) throw new Error(`El entorno local no sabe qué permisos necesita ${name}: añádalo a local/services/scopes.ts con los que indica la referencia de Google.`);
  if (execution.startedAt !== undefined && execution.now() - execution.startedAt > execution.limit) {
    execution.timedOut = true;
    throw new Error(TIME_UP);
  }
  if (execution.customFunction) refuseInCustomFunction(name, scopes);
  else if (scopes.length && execution.granted && !scopes.some((s) => execution.granted!.has(s))) throw new Error(permissionText(name, scopes));
}
