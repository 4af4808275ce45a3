// Follow-up of commitments and convenios (seeds 000 and 001): deadlines, vigencias, tallies and school coverage.
import type { Rules } from './config';
import { Closure, closureOf } from './convenios/commitments';
import { Day, formatDay, isDate } from './dates';
import { memoText } from './memo';
import { Cell, isBlank, parseDate, parseNumber } from './parse';
import { compareSpanish, normalizeName } from './text';
import { readQuantity } from './quantity';
import { Issue, Result, fail, ok } from './result';

/** What date-relative rules need: the spreadsheet's zone, and the day a `hoy` cell stands for. */
export interface Clock {
  timeZone: string;
  /** The cell's date, or today in the spreadsheet's zone when the cell is blank. */
  hoy(cell: Cell): Result<Day>;
}

/**
 * The clock of one call. Today is asked for at most once, and a fecha de corte given as one cell
 * (the same value on every row) is read once rather than once per row.
 */
export function clockFor(timeZone: string, today: () => Day): Clock {
  let todayDay: Day | undefined;
  let last: { cell: Cell; day: Result<Day> } | undefined;
  return {
    timeZone,
    hoy(cell) {
      if (last && last.cell === cell) return last.day;
      let day: Result<Day>;
      if (isBlank(cell)) {
        if (todayDay === undefined) todayDay = today();
        day = ok(todayDay);
      } else day = readDay(cell, 'hoy', timeZone);
      last = { cell, day };
      return day;
    },
  };
}

/** Where a deadline stands, counted in calendar days left (fecha − hoy). */
export type DeadlineState = 'overdue' | 'due_soon' | 'on_time';

/** d < 0 is overdue; 0 ≤ d ≤ warningDays is due soon (the last day itself included); more is on time. */
export function deadlineState(daysLeft: number, warningDays: number): DeadlineState {
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= warningDays ? 'due_soon' : 'on_time';
}

/** A date cell; the issue names `field` so the user knows which argument is wrong. */
export function readDay(v: Cell, field: string, timeZone: string): Result<Day> {
  const d = parseDate(v, timeZone);
  return d.ok ? d : fail(d.issue.code, { ...d.issue, field });
}

/** dias_aviso: a whole number of days, 0 or more; blank takes the configured default. */
export function readWarningDays(v: Cell, defaultDays: number): Result<number> {
  return readQuantity(v, 'dias_aviso', { integer: true, blank: defaultDays });
}

/** Calendar days from hoy to the date: negative once it has passed (DIAS_RESTANTES). */
export function daysLeft(dateCell: Cell, todayCell: Cell, clock: Clock): Result<number> {
  const date = readDay(dateCell, 'fecha_limite', clock.timeZone);
  if (!date.ok) return date;
  const today = clock.hoy(todayCell);
  return today.ok ? ok(date.value - today.value) : today;
}

/** The state of one commitment (SEGUIMIENTO): closed by its estado, else by its fecha límite. */
export type FollowUpState = 'done' | 'cancelled' | 'no_date' | DeadlineState;

/**
 * Estado first: Cumplido and Cancelado (and their synonyms) close the commitment whatever its date;
 * any other estado is pending. A pending commitment without a date is `no_date`; with one, the
 * calendar days to it decide (seed 000, stage Seguimiento).
 */
export function followUpState(dateCell: Cell, estado: Cell, todayCell: Cell, warningCell: Cell, clock: Clock, rules: Pick<Rules, 'followUpWarningDays'>): Result<FollowUpState> {
  const closure = closureOf(estado);
  if (closure === 'cumplido') return ok('done');
  if (closure === 'cancelado') return ok('cancelled');
  if (isBlank(dateCell)) return ok('no_date');
  const warning = readWarningDays(warningCell, rules.followUpWarningDays);
  if (!warning.ok) return warning;
  const left = daysLeft(dateCell, todayCell, clock);
  return left.ok ? ok(deadlineState(left.value, warning.value)) : left;
}

/** The vigencia of a convenio (VIGENCIA_CONVENIO). */
export type VigenciaState = 'in_force' | 'ending' | 'ended' | 'indefinite';

const INDEFINITE = new Set(['indefinida', 'indefinido', 'sin fecha', 'sin fecha de fin', 'sin vencimiento', 'sin termino']);

/** A fecha de fin written as "indefinida", "Indefinido", "sin fecha", … */
export function isIndefinite(v: Cell): boolean {
  return typeof v === 'string' && INDEFINITE.has(normalizeName(v));
}

/**
 * In force, ending within dias_aviso (90 by default), ended, or indefinite. The last day of the
 * vigencia is still in force, so it counts as ending (0 days left), not ended.
 */
export function vigenciaState(endCell: Cell, todayCell: Cell, warningCell: Cell, clock: Clock, rules: Pick<Rules, 'vigenciaWarningDays'>): Result<VigenciaState> {
  if (isIndefinite(endCell)) return ok('indefinite');
  const warning = readWarningDays(warningCell, rules.vigenciaWarningDays);
  if (!warning.ok) return warning;
  const end = readDay(endCell, 'fecha_fin', clock.timeZone);
  if (!end.ok) return end;
  const today = clock.hoy(todayCell);
  if (!today.ok) return today;
  const state = deadlineState(end.value - today.value, warning.value);
  return ok(state === 'overdue' ? 'ended' : state === 'due_soon' ? 'ending' : 'in_force');
}

/** One row of a commitments range, as RESUMEN_COMPROMISOS reads it; `row` is 1-based within the range. */
export interface CommitmentCells {
  row: number;
  group: Cell;
  estado: Cell;
  deadline: Cell;
  today: Cell;
}

export interface CommitmentTally {
  /** The group as first written; undefined for rows without a group. */
  label?: string;
  total: number;
  done: number;
  pending: number;
  overdue: number;
  cancelled: number;
}

export interface CommitmentSummary {
  /** In Spanish alphabetical order, rows without a group last. */
  groups: CommitmentTally[];
  total: CommitmentTally;
  /** Rows left out of every count because a value could not be read. */
  errors: { row: number; issue: Issue }[];
}

/** % Cumplimiento: cumplidos over the commitments not cancelled; undefined when there are none. */
export function fulfilment(t: CommitmentTally): number | undefined {
  const base = t.total - t.cancelled;
  return base > 0 ? t.done / base : undefined;
}

const MAX_LABEL = 100;

/** A group as a key (case, accents and spaces do not matter) and as shown (first spelling, shortened). */
function readGroup(v: Cell, timeZone: string): Result<{ key: string; label: string } | undefined> {
  if (isBlank(v)) return ok(undefined);
  let label: string;
  if (typeof v === 'string') label = v.replace(/\s+/g, ' ').trim();
  else if (typeof v === 'number' && Number.isFinite(v)) label = String(v).replace('.', ',');
  else if (typeof v === 'boolean') label = v ? 'VERDADERO' : 'FALSO';
  else if (isDate(v)) {
    const d = parseDate(v, timeZone);
    if (!d.ok) return fail('not_a_group', { value: v });
    label = formatDay(d.value);
  } else return fail('not_a_group', { value: v });
  const chars = Array.from(label);
  if (chars.length > MAX_LABEL) label = `${chars.slice(0, MAX_LABEL).join('')}…`;
  return ok({ key: normalizeName(label), label });
}

/** Groups and school codes are often numbers (a grade, a código modular), so numbers are remembered too. */
const BY_VALUE = { numbers: true };

const emptyTally = (label?: string): CommitmentTally => ({ label, total: 0, done: 0, pending: 0, overdue: 0, cancelled: 0 });

/**
 * Tallies commitments per group (ally, strategy, school: seed 001). Pending is neither cumplido nor
 * cancelado; overdue is pending with a fecha límite before hoy. A row with a value that cannot be
 * read (a fecha límite or hoy that is not a date, a group that is not text) is counted nowhere and
 * listed in `errors`, so every figure shown is certain.
 */
export function summarizeCommitments(rows: CommitmentCells[], clock: Clock): CommitmentSummary {
  // Remembered for this call only: the zone is the call's, and a whole column repeats few groups and estados.
  const groupOf = memoText((v) => readGroup(v, clock.timeZone), BY_VALUE);
  const closure = memoText<Closure>(closureOf, BY_VALUE);
  const byKey = new Map<string, CommitmentTally>();
  const noGroup = emptyTally();
  const errors: CommitmentSummary['errors'] = [];
  for (const r of rows) {
    const group = groupOf(r.group);
    if (!group.ok) {
      errors.push({ row: r.row, issue: group.issue });
      continue;
    }
    const state = closure(r.estado);
    let overdue = false;
    if (state === 'pendiente' && !isBlank(r.deadline)) {
      const deadline = readDay(r.deadline, 'fecha_limite', clock.timeZone);
      const today = clock.hoy(r.today);
      const bad = !deadline.ok ? deadline.issue : !today.ok ? today.issue : undefined;
      if (bad) {
        errors.push({ row: r.row, issue: bad });
        continue;
      }
      overdue = deadline.ok && today.ok && deadline.value < today.value;
    }
    let tally = noGroup;
    if (group.value) {
      tally = byKey.get(group.value.key) ?? emptyTally(group.value.label);
      byKey.set(group.value.key, tally);
    }
    tally.total++;
    if (state === 'cumplido') tally.done++;
    else if (state === 'cancelado') tally.cancelled++;
    else {
      tally.pending++;
      if (overdue) tally.overdue++;
    }
  }
  const groups = [...byKey.values()].sort((a, b) => compareSpanish(a.label ?? '', b.label ?? ''));
  if (noGroup.total > 0) groups.push(noGroup);
  const total = emptyTally();
  for (const g of groups) {
    total.total += g.total;
    total.done += g.done;
    total.pending += g.pending;
    total.overdue += g.overdue;
    total.cancelled += g.cancelled;
  }
  return { groups, total, errors };
}

/**
 * A school as a key: its código modular or name, case- and accent-insensitive. Codes made only of
 * digits lose leading zeros, because a sheet turns the text "0234567" into the number 234567.
 */
function schoolKey(v: Cell): Result<string | undefined> {
  if (isBlank(v)) return ok(undefined);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(String(v)) : fail('not_a_school', { value: v });
  if (typeof v !== 'string') return fail('not_a_school', { value: v });
  const key = normalizeName(v);
  return ok(/^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key);
}

/** The distinct schools of a list of cells, each key with the cell it was first written as. */
function distinctSchools(cells: Cell[], key: (v: Cell) => Result<string | undefined>): Result<Map<string, Cell>> {
  const schools = new Map<string, Cell>();
  for (const c of cells) {
    const k = key(c);
    if (!k.ok) return k;
    if (k.value !== undefined && !schools.has(k.value)) schools.set(k.value, c);
  }
  return ok(schools);
}

const MAX_NAMED = 3;

/**
 * The share of distinct schools benefited (COBERTURA, the measure COMUSET reports: "86 % de II.EE.").
 * `total` is either the number of schools or the catalog's cells; against a catalog, a benefited
 * school the catalog lacks is an error that names it.
 */
export function coverage(benefitedCells: Cell[], total: { count: Cell } | { catalog: Cell[] }): Result<number> {
  const key = memoText(schoolKey, BY_VALUE);
  const benefited = distinctSchools(benefitedCells, key);
  if (!benefited.ok) return benefited;
  let totalCount: number;
  if ('catalog' in total) {
    const catalog = distinctSchools(total.catalog, key);
    if (!catalog.ok) return catalog;
    if (catalog.value.size === 0) return fail('coverage_empty_catalog');
    const unknown = [...benefited.value].filter(([k]) => !catalog.value.has(k)).map(([, cell]) => cell);
    if (unknown.length) return fail('coverage_unknown_schools', { count: unknown.length, values: unknown.slice(0, MAX_NAMED) });
    totalCount = catalog.value.size;
  } else {
    const n = parseNumber(total.count);
    if (!n.ok || !Number.isInteger(n.value) || n.value <= 0) return fail('coverage_bad_total', { value: total.count });
    totalCount = n.value;
    if (benefited.value.size > totalCount) return fail('coverage_more_than_total', { benefited: benefited.value.size, total: totalCount });
  }
  return ok(benefited.value.size / totalCount);
}
