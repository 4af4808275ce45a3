// The Diagnóstico's verdicts: what the add-on and its local runtime assume of Google, set against what Google answered.
import { showValue } from './format';
import { DIAGNOSTIC_WORDS as W } from './notices';

/** What one probe of Google gave: its value, or the message of the error it threw. */
export type Fact<T> = { ok: true; value: T } | { ok: false; error: string };

export type Verdict = keyof typeof W.verdicts;

export interface Check {
  name: string;
  expected: string;
  seen: string;
  verdict: Verdict;
}

export interface SeenTrigger {
  handler: string;
  eventType: string;
  id: string;
}

/** A formula the Diagnóstico wrote (en-US syntax, as setFormula takes it), what calling the same function directly gives, and what the cells showed. */
export interface FormulaProbe {
  formula: string;
  result: Fact<{ expected: unknown[][]; seen: unknown[][] }>;
}

export interface DiagnosticFacts {
  /** appsscript.json as the build inlined it. */
  manifest: { oauthScopes: string[]; timeZone: string };
  authorization: Fact<{ status: string; scopes: string[] | null }>;
  /** getSpreadsheetLocale(), and how the sheet displays the number 8.5 typed into a cell. */
  locale: Fact<{ locale: string; decimalShown: string }>;
  timeZone: Fact<string>;
  customFunction: FormulaProbe;
  arrayLiteral: FormulaProbe;
  /** A formula given Configuración rows: its custom-function execution reads and compiles dist/esquema.html. */
  configPart: FormulaProbe;
  /** getProjectTriggers(), and the reminders' record in the document (null when they are off). */
  triggers: Fact<{ handler: string; recorded: { triggerId: string } | null; seen: SeenTrigger[] }>;
  mailQuota: Fact<number>;
  /** The Bitácora's grid and the whole book's cells; grid null when the sheet does not exist. */
  log: { sheet: string; grid: Fact<{ lastRow: number; maxRows: number; maxColumns: number; bookCells: number } | null> };
  /** The scratch sheet the formulas were written in; `created` false when insertSheet failed. */
  scratch: { sheet: string; created: boolean; deleted: boolean; error?: string };
}

/** The locale the local runtime declares and the README's first examples are written for. */
export const EXPECTED_LOCALE = 'es_MX';
/** How es_MX and the other comma locales show 8.5. */
export const EXPECTED_DECIMAL_SHOWN = '8.5';
/** Google's limit of cells per spreadsheet: past it no sheet can grow. */
export const SHEETS_CELL_LIMIT = 10_000_000;
/** What getAuthorizationStatus() answers when every scope the script needs was granted. */
export const AUTHORIZED = 'NOT_REQUIRED';
/** What a cell shows while a custom function is still running, in English and in Spanish Sheets. */
const PENDING = ['Loading...', 'Cargando...'];

export const isPending = (v: unknown): boolean => typeof v === 'string' && PENDING.includes(v);

const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';
const shortScope = (s: string) => (s.startsWith(SCOPE_PREFIX) ? s.slice(SCOPE_PREFIX.length) : s);
const scopeList = (list: string[]) => W.scopes(list.map(shortScope));

/** A check whose probe threw is «distinto», with the error as what was seen. */
function checkOf<T>(name: string, fact: Fact<T>, judge: (value: T) => Omit<Check, 'name'>, expectedOnError: string): Check {
  if (!fact.ok) return { name, expected: expectedOnError, seen: W.failed(fact.error), verdict: 'distinto' };
  return { name, ...judge(fact.value) };
}

function authorizationCheck(facts: DiagnosticFacts): Check {
  const wanted = facts.manifest.oauthScopes;
  const expected = W.authorizationExpected(AUTHORIZED, scopeList(wanted));
  return checkOf(
    W.checks.authorization,
    facts.authorization,
    ({ status, scopes }) => {
      if (scopes === null) return { expected, seen: `${status}; ${W.noScopeList}`, verdict: 'distinto' };
      const missing = wanted.filter((s) => !scopes.includes(s));
      const extra = scopes.filter((s) => !wanted.includes(s));
      const seen = W.authorizationSeen(status, scopeList(scopes), missing.map(shortScope).join(', '), extra.map(shortScope).join(', '));
      return { expected, seen, verdict: status === AUTHORIZED && missing.length === 0 ? 'ok' : 'distinto' };
    },
    expected,
  );
}

function localeCheck(facts: DiagnosticFacts): Check {
  const expected = W.localeExpected(EXPECTED_LOCALE, EXPECTED_DECIMAL_SHOWN);
  return checkOf(
    W.checks.locale,
    facts.locale,
    ({ locale, decimalShown }) => ({
      expected,
      seen: W.localeSeen(locale, decimalShown),
      verdict: locale === EXPECTED_LOCALE && decimalShown === EXPECTED_DECIMAL_SHOWN ? 'ok' : 'distinto',
    }),
    expected,
  );
}

function timeZoneCheck(facts: DiagnosticFacts): Check {
  const expected = facts.manifest.timeZone;
  return checkOf(W.checks.timeZone, facts.timeZone, (zone) => ({ expected, seen: zone, verdict: zone === expected ? 'ok' : 'distinto' }), expected);
}

/** Cells as the dialog shows them: "«Regular» / «Promovido con adeudo»", a still-running one said so. */
const cellsText = (grid: unknown[][]) => W.cells(grid.flat().map((v) => (isPending(v) ? W.stillLoading(showValue(v)) : showValue(v))));

const sameGrid = (a: unknown[][], b: unknown[][]) =>
  a.length === b.length && a.every((row, r) => row.length === b[r].length && row.every((v, c) => Object.is(v, b[r][c])));

function formulaCheck(name: string, probe: FormulaProbe, scratch: DiagnosticFacts['scratch']): Check {
  if (!scratch.created) return { name, expected: probe.formula, seen: W.scratchNotCreated(scratch.error ?? ''), verdict: 'distinto' };
  return checkOf(
    name,
    probe.result,
    ({ expected, seen }) => ({
      expected: W.formulaResult(probe.formula, cellsText(expected)),
      seen: cellsText(seen),
      verdict: sameGrid(expected, seen) ? 'ok' : 'distinto',
    }),
    probe.formula,
  );
}

function triggersCheck(facts: DiagnosticFacts): Check {
  return checkOf(
    W.checks.triggers,
    facts.triggers,
    ({ handler, recorded, seen }) => {
      const ours = seen.filter((t) => t.handler === handler);
      const shown = seen.length ? seen.map((t) => W.trigger(t.handler, t.eventType, t.id)).join('; ') : W.noTriggers;
      if (!recorded) return { expected: W.noTriggersExpected(handler), seen: shown, verdict: ours.length === 0 ? 'ok' : 'distinto' };
      const clock = ours.filter((t) => t.eventType === 'CLOCK');
      if (!recorded.triggerId) return { expected: W.someTriggerExpected(handler), seen: shown, verdict: clock.length > 0 ? 'ok' : 'distinto' };
      const found = clock.some((t) => t.id === recorded.triggerId);
      return { expected: W.recordedTriggerExpected(handler, recorded.triggerId), seen: shown, verdict: found ? 'ok' : 'distinto' };
    },
    W.triggersListed,
  );
}

function quotaCheck(facts: DiagnosticFacts): Check {
  return checkOf(W.checks.mailQuota, facts.mailQuota, (n) => ({ expected: W.quotaExpected, seen: W.quotaSeen(n), verdict: n >= 1 ? 'ok' : 'distinto' }), W.quotaExpected);
}

function logRoomCheck(facts: DiagnosticFacts): Check {
  const expected = W.logRoomExpected(SHEETS_CELL_LIMIT);
  return checkOf(
    W.checks.logRoom,
    facts.log.grid,
    (log) => {
      if (!log) return { expected, seen: W.noLog(facts.log.sheet), verdict: 'no_aplica' };
      const canGrow = log.lastRow < log.maxRows || log.bookCells + log.maxColumns <= SHEETS_CELL_LIMIT;
      return { expected, seen: W.logRoomSeen(log.lastRow, log.maxRows, log.bookCells), verdict: canGrow ? 'ok' : 'distinto' };
    },
    expected,
  );
}

function scratchCheck(scratch: DiagnosticFacts['scratch']): Check {
  const expected = W.scratchExpected(scratch.sheet);
  if (!scratch.created) return { name: W.checks.scratch, expected, seen: W.scratchNotCreated(scratch.error ?? ''), verdict: 'distinto' };
  if (!scratch.deleted) return { name: W.checks.scratch, expected, seen: W.scratchNotDeleted(scratch.sheet, scratch.error ?? ''), verdict: 'distinto' };
  return { name: W.checks.scratch, expected, seen: W.scratchDeleted, verdict: 'ok' };
}

/**
 * Every check of the Diagnóstico with its verdict, in the order the dialog lists them. A probe
 * that threw is «distinto» with its message; the Bitácora alone may be «no aplica» (no sheet yet).
 */
export function diagnose(facts: DiagnosticFacts): Check[] {
  return [
    authorizationCheck(facts),
    localeCheck(facts),
    timeZoneCheck(facts),
    formulaCheck(W.checks.customFunction, facts.customFunction, facts.scratch),
    formulaCheck(W.checks.arrayLiteral, facts.arrayLiteral, facts.scratch),
    formulaCheck(W.checks.configPart, facts.configPart, facts.scratch),
    triggersCheck(facts),
    quotaCheck(facts),
    logRoomCheck(facts),
    scratchCheck(facts.scratch),
  ];
}

/** One line of the execution log: "OK · Zona horaria: se esperaba …; se vio …". */
export function checkLine(check: Check): string {
  return `${W.verdicts[check.verdict]} · ${check.name}: ${W.headers[1].toLowerCase()} ${check.expected}; ${W.headers[2].toLowerCase()} ${check.seen}`;
}
