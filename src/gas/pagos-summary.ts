// The book's payment sheet read for the Resumen, the Tablero and the daily digest: its grid, due dates (own row, Calendario de pagos or Configuración) and the student list's groups.
import type { Rules } from '../core/config';
import type { Day } from '../core/dates';
import { PAGOS_SHEETS } from '../core/es/pagos';
import { PAGOS_SUMMARY_WORDS } from '../core/es/pagos-summary';
import { Cell, isBlank } from '../core/parse';
import { PagosStudent, StudentLookup, cutoffOf, findPagosGrid, readPagosSheet } from '../core/pagos/sheet';
import { PagosSummary, summarizePagos } from '../core/pagos/summary';
import { normalizeHeader } from '../core/text';
import { today } from '../functions/context';
import { allSheets, sheetByName } from './execution';
import { spreadsheetTimeZone } from './host';
import { readSheetOnce } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet named Pagos when it is a grid, else the first sheet that is one (never one of `skip`). */
function pagosSheet(skip: ReadonlySet<string>): { sheet: Sheet; rows: Cell[][] } | undefined {
  const named = sheetByName(PAGOS_SHEETS.pagos);
  const order = named ? [named, ...allSheets().filter((s) => s.getName() !== named.getName())] : allSheets();
  for (const sheet of order) {
    if (skip.has(sheet.getName()) || sheet.getName() === PAGOS_SHEETS.calendario) continue;
    const { rows } = readSheetOnce(sheet);
    if (rows.length && findPagosGrid(rows)) return { sheet, rows };
  }
  return undefined;
}

/** The Calendario de pagos row: the first row under its header with a date. */
function calendarRow(): Cell[] | undefined {
  const sheet = sheetByName(PAGOS_SHEETS.calendario);
  if (!sheet) return undefined;
  const { rows } = readSheetOnce(sheet);
  return rows.slice(1).find((r) => r.some((c) => !isBlank(c)));
}

/** Group and plan of study by matrícula, then by name, from student sheets already read (their mapped columns). */
export function lookupFrom(lists: { rows: Cell[][]; columns: Partial<Record<'matricula' | 'nombre' | 'grupo' | 'planEstudios', number>>; headerRow: number }[]): StudentLookup {
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

export interface PagosReading {
  sheet: string;
  students: PagosStudent[];
  hoy: Day;
}

/** The book's payment grid read whole, at its «Fecha de corte» cell or today; undefined when the book has none. */
export function readPagos(rules: Rules, skip: ReadonlySet<string>, lookup?: StudentLookup, day?: Day): PagosReading | undefined {
  const found = pagosSheet(skip);
  if (!found) return undefined;
  const grid = findPagosGrid(found.rows)!;
  const timeZone = spreadsheetTimeZone();
  const students = readPagosSheet(found.rows, grid, calendarRow(), rules, timeZone, lookup);
  return { sheet: found.sheet.getName(), students, hoy: day ?? cutoffOf(grid, timeZone, today(timeZone)) };
}

/** The payment figures of the Resumen and the Tablero, or null when the book has no payment sheet. */
export function pagosSummary(rules: Rules, skip: ReadonlySet<string>, lookup?: StudentLookup): PagosSummary | null {
  const r = readPagos(rules, skip, lookup);
  return r ? summarizePagos(r.sheet, r.students, r.hoy, rules, PAGOS_SUMMARY_WORDS) : null;
}
