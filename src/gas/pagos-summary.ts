// The book's payment sheet read for the Resumen, the Tablero and the daily digest: its grid, due dates (own row, Calendario de pagos or Configuración) and the student list's groups.
import type { Rules } from '../core/config';
import type { Day } from '../core/dates';
import { PAGOS_SHEETS } from '../core/es/pagos';
import { PAGOS_SUMMARY_WORDS } from '../core/es/pagos-summary';
import { Cell, isBlank } from '../core/parse';
import { PagosStudent, StudentLookup, cutoffOf, findPagosGrid, readPagosSheet } from '../core/pagos/sheet';
import { PagosLog, RosterStudent, findPagosLog, readPagosLog } from '../core/pagos/log';
import { configuredDueDates, dueDatesOf } from '../core/pagos/ledger';
import { PagosSummary, summarizePagos } from '../core/pagos/summary';
import { normalizeHeader } from '../core/text';
import { today } from '../functions/context';
import { allSheets, sheetByName } from './execution';
import { spreadsheetTimeZone } from './host';
import { readSheetOnce } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type Found = { sheet: Sheet; rows: Cell[][] } & ({ grid: NonNullable<ReturnType<typeof findPagosGrid>> } | { log: PagosLog });

/**
 * The sheet named Pagos when it is a grid or a log, else the first grid, else the first log whose
 * name says «pago» or whose headers have both a date and an amount (never one of `skip`).
 */
function pagosSheet(skip: ReadonlySet<string>): Found | undefined {
  const named = sheetByName(PAGOS_SHEETS.pagos);
  const order = (named ? [named, ...allSheets().filter((s) => s.getName() !== named.getName())] : allSheets()).filter(
    (s) => !skip.has(s.getName()) && s.getName() !== PAGOS_SHEETS.calendario,
  );
  const logs: Found[] = [];
  for (const sheet of order) {
    const { rows } = readSheetOnce(sheet);
    if (!rows.length) continue;
    const grid = findPagosGrid(rows);
    if (grid) return { sheet, rows, grid };
    const log = findPagosLog(rows);
    const c = log?.columns;
    if (log && (normalizeHeader(sheet.getName()).includes('pago') || (c!.fecha !== undefined && c!.importe !== undefined))) logs.push({ sheet, rows, log });
  }
  return logs[0];
}

/** The Calendario de pagos row: the first row under its header with anything in it, and where it is (0-based). */
export function calendarOf(): { sheet: string; row: number; cells: Cell[] } | undefined {
  const sheet = sheetByName(PAGOS_SHEETS.calendario);
  if (!sheet) return undefined;
  const { rows } = readSheetOnce(sheet);
  const row = rows.findIndex((r, i) => i > 0 && r.some((c) => !isBlank(c)));
  return row < 0 ? undefined : { sheet: PAGOS_SHEETS.calendario, row, cells: rows[row] };
}

/** Group and plan of study by matrícula, then by name, from student sheets already read (their mapped columns). */
export function lookupFrom(lists: ListRead[]): StudentLookup {
  const byKey = new Map<string, { group: string; studyPlan: string }>();
  for (const l of lists) {
    const c = l.columns;
    if (c.grupo === undefined && c.planEstudios === undefined) continue;
    for (const r of l.rows.slice(l.headerRow + 1)) {
      const entry = { group: c.grupo === undefined ? '' : String(r[c.grupo] ?? '').trim(), studyPlan: c.planEstudios === undefined ? '' : String(r[c.planEstudios] ?? '').trim() };
      if (c.matricula !== undefined && !isBlank(r[c.matricula])) byKey.set(`m:${normalizeHeader(r[c.matricula])}`, entry);
      if (c.nombre !== undefined && !isBlank(r[c.nombre])) byKey.set(`n:${normalizeHeader(r[c.nombre])}`, entry);
    }
  }
  return (matricula, name) => (matricula ? byKey.get(`m:${normalizeHeader(matricula)}`) : undefined) ?? (name ? byKey.get(`n:${normalizeHeader(name)}`) : undefined);
}

type ListRead = { rows: Cell[][]; columns: Partial<Record<'matricula' | 'nombre' | 'grupo' | 'planEstudios' | 'colegiatura' | 'porcentajeBeca', number>>; headerRow: number };

/** The students of the lists, once each by matrícula (else name): whom a payment log is read against. */
export function rosterFrom(lists: ListRead[]): RosterStudent[] {
  const seen = new Set<string>();
  const out: RosterStudent[] = [];
  for (const l of lists) {
    const c = l.columns;
    const at = (r: Cell[], k: keyof ListRead['columns']) => (c[k] === undefined ? '' : r[c[k]!]);
    const t = (v: Cell) => (isBlank(v) ? '' : String(v).trim());
    for (const r of l.rows.slice(l.headerRow + 1)) {
      const matricula = t(at(r, 'matricula'));
      const name = t(at(r, 'nombre'));
      if (!matricula && !name) continue;
      const key = matricula ? `m:${normalizeHeader(matricula)}` : `n:${normalizeHeader(name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ matricula, name, group: t(at(r, 'grupo')), studyPlan: t(at(r, 'planEstudios')), colegiatura: at(r, 'colegiatura'), beca: at(r, 'porcentajeBeca') });
    }
  }
  return out;
}

export type { ListRead };

export interface PagosReading {
  sheet: string;
  students: PagosStudent[];
  hoy: Day;
}

/** The book's payment sheet read whole (the student lists but `except`, the payment sheet itself, give groups or the roster), at its «Fecha de corte» cell or today; undefined when the book has none. */
export function readPagos(rules: Rules, skip: ReadonlySet<string>, lists: (except: string) => ListRead[], day?: Day): PagosReading | undefined {
  const found = pagosSheet(skip);
  if (!found) return undefined;
  const timeZone = spreadsheetTimeZone();
  const calendar = calendarOf()?.cells;
  if ('log' in found) {
    const due = calendar && !calendar.every(isBlank) ? dueDatesOf(calendar, rules, timeZone) : configuredDueDates(rules);
    const roster = rosterFrom(lists(found.sheet.getName()));
    return { sheet: found.sheet.getName(), students: readPagosLog(found.rows, found.log, due, roster, rules, timeZone), hoy: day ?? today(timeZone) };
  }
  let lookup: StudentLookup | undefined;
  const lazy: StudentLookup = (m, n) => (lookup ??= lookupFrom(lists(found.sheet.getName())))(m, n);
  const students = readPagosSheet(found.rows, found.grid, calendar, rules, timeZone, lazy);
  return { sheet: found.sheet.getName(), students, hoy: day ?? cutoffOf(found.grid, timeZone, today(timeZone)) };
}

/** The payment figures of the Resumen and the Tablero, or null when the book has no payment sheet. */
export function pagosSummary(rules: Rules, skip: ReadonlySet<string>, lists: (except: string) => ListRead[]): PagosSummary | null {
  const r = readPagos(rules, skip, lists);
  return r ? summarizePagos(r.sheet, r.students, r.hoy, rules, PAGOS_SUMMARY_WORDS) : null;
}
