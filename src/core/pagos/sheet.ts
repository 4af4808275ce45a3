// A payment sheet as offices keep it (a grid: one row per student, one column per mensualidad), read whole for the Resumen, the Tablero and the daily digest.
import type { Rules } from '../config';
import { Day } from '../dates';
import { Cell, isBlank, parseDate } from '../parse';
import { readBecas } from '../payments';
import { Result, fail, ok } from '../result';
import { isComputedHeader } from '../students/fields';
import { FIELD_SYNONYMS } from '../students/synonyms';
import { ColumnMapping, FieldSpec, detectColumns } from '../table';
import { normalizeHeader } from '../text';
import { DueDates, Mensualidad, configuredDueDates, dueDatesOf, readColegiatura, readLedger } from './ledger';

export type PagosField = 'matricula' | 'nombre' | 'grupo' | 'planEstudios' | 'colegiatura' | 'porcentajeBeca' | 'dictamen';

const SPECS: FieldSpec<PagosField>[] = (['matricula', 'nombre', 'grupo', 'planEstudios', 'colegiatura', 'porcentajeBeca'] as const)
  .map((field) => ({ field, label: field, synonyms: [...FIELD_SYNONYMS[field]] }) as FieldSpec<PagosField>)
  .concat([{ field: 'dictamen', label: 'dictamen', synonyms: [...FIELD_SYNONYMS.fechaDictamen, 'dictamen'] }]);

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTH_ABBREVIATIONS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'sept', 'set', 'oct', 'nov', 'dic'];

/** «Mensualidad 3», «Mens. 3», «Pago 3»: a payment column by its number, which no attendance or grade column has. */
export const isNumberedMensualidad = (h: Cell): boolean => /^(mensualidad|mens|pago) \d{1,2}$/.test(normalizeHeader(h));

/** «Mensualidad 3», «Mens. 3», «Marzo»: a column of payments. */
export function isMensualidadHeader(h: Cell): boolean {
  if (isNumberedMensualidad(h)) return true;
  const n = normalizeHeader(h);
  // «Septiembre», «Sep.», «Sept 2026», «Colegiatura de octubre»: a month, as registers head their columns.
  const month = n.replace(/^(mensualidad|colegiatura|pago)( de)? /, '').replace(/ (\d{2}|\d{4})$/, '');
  return MONTHS.includes(month) || MONTH_ABBREVIATIONS.includes(month);
}

const DUE_LABELS = ['vencimiento', 'vencimientos', 'fecha de vencimiento', 'fechas de vencimiento', 'calendario de pagos', 'fecha limite de pago'];
const CUTOFF_LABEL = 'fecha de corte';

/** Where the grid is: its header row, the payment columns and the other columns by field. */
export interface PagosGrid {
  /** 0-based row of the headers. */
  headerRow: number;
  payments: number[];
  columns: ColumnMapping<PagosField>;
  /** 0-based row of the due dates inside the sheet, when it has one. */
  dueRow?: number;
  /** The «Fecha de corte» cell's value, when the sheet has one. */
  cutoff?: Cell;
  /** Where that cell is, 0-based. */
  cutoffAt?: { row: number; column: number };
}

/**
 * The grid of a sheet: the first of its top 10 rows with a mensualidad column («Mensualidad 1», a
 * month) beside a name or matrícula column; undefined when the sheet is no payment grid.
 */
export function findPagosGrid(rows: Cell[][]): PagosGrid | undefined {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const row = rows[r];
    const payments = row.map((h, i) => (isMensualidadHeader(h) ? i : -1)).filter((i) => i >= 0);
    if (!payments.length) continue;
    // A mensualidad column is no colegiatura, and the computed columns are the add-on's own.
    const headers = row.map((h, i) => (payments.includes(i) || isComputedHeader(h) ? '' : h));
    const columns = detectColumns(headers, SPECS);
    if (columns.nombre === undefined && columns.matricula === undefined) continue;
    const grid: PagosGrid = { headerRow: r, payments, columns };
    for (let d = r + 1; d < Math.min(rows.length, r + 4); d++) {
      if (rows[d].some((c, i) => !payments.includes(i) && DUE_LABELS.includes(normalizeHeader(c)))) grid.dueRow = d;
    }
    const cutoffAt = findCutoffCell(rows, r);
    if (cutoffAt) {
      grid.cutoff = rows[cutoffAt.row][cutoffAt.column];
      grid.cutoffAt = cutoffAt;
    }
    return grid;
  }
  return undefined;
}

/** The cell right of a «Fecha de corte» label in the rows down to `lastRow` (0-based, the last such label), if any. */
export function findCutoffCell(rows: Cell[][], lastRow: number): { row: number; column: number } | undefined {
  let found: { row: number; column: number } | undefined;
  for (let r = 0; r < Math.min(rows.length, lastRow + 1); r++) {
    const at = rows[r].findIndex((h) => normalizeHeader(h) === CUTOFF_LABEL);
    if (at >= 0) found = { row: r, column: at + 1 };
  }
  return found;
}

/** One student of the grid, read (not yet judged at a date). */
export interface PagosStudent {
  /** 1-based row of the sheet. */
  row: number;
  matricula: string;
  name: string;
  group: string;
  studyPlan: string;
  /** The reading, or the problem of the row (an impossible date, a payment that is none, a bad colegiatura). */
  read: Result<{ ledger: Mensualidad[]; colegiatura: number; beca: number; dictamen?: Day }>;
}

/** Group and plan of study of a student by matrícula or name, from the student list, for a grid without those columns. */
export type StudentLookup = (matricula: string, name: string) => { group: string; studyPlan: string } | undefined;

const text = (v: Cell) => (isBlank(v) ? '' : String(v).trim());

/**
 * The students of the grid. The due dates come from the grid's own row, else `calendar` (the
 * Calendario de pagos row), else the configuration; a sheet with none is one problem for all.
 */
export function readPagosSheet(rows: Cell[][], grid: PagosGrid, calendar: Cell[] | undefined, rules: Rules, timeZone: string, lookup?: StudentLookup): PagosStudent[] {
  const c = grid.columns;
  const at = (r: Cell[], f: PagosField) => (c[f] === undefined ? '' : r[c[f]!]);
  const pick = (r: Cell[]) => grid.payments.map((i) => r[i]);
  const due: Result<DueDates> =
    grid.dueRow !== undefined ? dueDatesOf(pick(rows[grid.dueRow]), rules, timeZone) : calendar && !calendar.every(isBlank) ? dueDatesOf(calendar, rules, timeZone) : configuredDueDates(rules);
  const out: PagosStudent[] = [];
  for (let r = grid.headerRow + 1; r < rows.length; r++) {
    if (r === grid.dueRow) continue;
    const row = rows[r];
    const matricula = text(at(row, 'matricula'));
    const name = text(at(row, 'nombre'));
    if (!matricula && !name) continue;
    const known = lookup?.(matricula, name);
    out.push({
      row: r + 1,
      matricula,
      name: name || matricula,
      group: text(at(row, 'grupo')) || known?.group || '',
      studyPlan: text(at(row, 'planEstudios')) || known?.studyPlan || '',
      read: readRow(pick(row), due, rules, timeZone, (f) => at(row, f)),
    });
  }
  return out;
}

function readRow(payments: Cell[], due: Result<DueDates>, rules: Rules, timeZone: string, at: (f: PagosField) => Cell): PagosStudent['read'] {
  if (!due.ok) return due;
  const ledger = readLedger(payments, due.value, timeZone, rules);
  if (!ledger.ok) return ledger;
  const colegiatura = isBlank(at('colegiatura')) ? ok(0) : readColegiatura(at('colegiatura'));
  if (!colegiatura.ok) return colegiatura;
  const beca = readBecas([at('porcentajeBeca')], rules);
  if (!beca.ok) return beca;
  const d = at('dictamen');
  let dictamen: Day | undefined;
  if (!isBlank(d)) {
    const p = parseDate(d, timeZone);
    if (!p.ok) return fail(p.issue.code, { ...p.issue, field: 'fecha_dictamen' });
    dictamen = p.value;
  }
  return ok({ ledger: ledger.value, colegiatura: colegiatura.value, beca: beca.value, dictamen });
}

/** The fecha de corte the sheet names, or `fallback` (today) when it names none or not a date. */
export function cutoffOf(grid: PagosGrid, timeZone: string, fallback: Day): Day {
  if (isBlank(grid.cutoff)) return fallback;
  const d = parseDate(grid.cutoff, timeZone);
  return d.ok ? d.value : fallback;
}
