// A result's arguments over a student sheet: as ranges in its live formula, or as the rows the batch passes to the same function.
import { Cell, isBlank } from '../parse';
import { findCutoffCell } from '../pagos/sheet';
import { OutputSpec, StudentMapping, columnLetter, inputOf } from './fields';

/** Sheets reads formulas written by a script in its en-US syntax whatever the spreadsheet's locale: `,` between arguments and between the columns of an array literal. */
const ARG_SEPARATOR = ', ';

/** Columns in the order of the sheet, grouped into runs of columns side by side. */
function runsOf(columns: number[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const column of [...new Set(columns)].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run.last + 1 === column) run.last = column;
    else runs.push({ first: column, last: column });
  }
  return runs;
}

/** The rows a formula covers, 1-based: to `last`, or open-ended (`C7:C`) so that rows added below are computed too. */
export interface Span {
  first: number;
  last?: number;
}

const range = (first: number, last: number, span: Span) => `${columnLetter(first)}${span.first}:${columnLetter(last)}${span.last ?? ''}`;

/**
 * Several columns as one argument: one range when they are side by side (`H2:J`), else the array
 * literal of their runs in the order of the sheet (`{H2:I, K2:K}`), which joins them into one row
 * per student; every range starts at the same row, so they are the same height.
 */
function columnsArgument(columns: number[], span: Span): string {
  const ranges = runsOf(columns).map((run) => range(run.first, run.last, span));
  if (ranges.length === 0) return '""';
  return ranges.length === 1 ? ranges[0] : `{${ranges.join(ARG_SEPARATOR)}}`;
}

/** The criterion columns of a mapping in the order of the sheet, and the plans each holds («II, III»). */
function criteriaOf(mapping: StudentMapping): { columns: number[]; plans: string[] } | undefined {
  if (!mapping.criteria || mapping.criteria.length < 2) return undefined;
  const sorted = [...mapping.criteria].sort((a, b) => a.column - b.column);
  return { columns: sorted.map((c) => c.column), plans: sorted.map((c) => c.plans.join(', ')) };
}

/** What a result's function gets beyond its own arguments, after the configuration: the inasistencias, or the plans of the criteria. */
function extrasOf(spec: OutputSpec, mapping: StudentMapping): { inasistencias?: number; criteria?: { columns: number[]; plans: string[] } } {
  const fields = spec.args.flatMap((a) => ('field' in a ? [a.field] : []));
  const asistencias = fields.includes('asistencias') ? inputOf(mapping, 'asistencias') : undefined;
  const criteria = fields.includes('criterio') ? criteriaOf(mapping) : undefined;
  return { inasistencias: asistencias && 'derived' in asistencias ? asistencias.inasistencias : undefined, criteria };
}

/**
 * Where a payment grid's due dates and fecha de corte come from, as a live formula names them and
 * as the batch passes them: the sheet's own row of due dates, else the Calendario de pagos, else
 * none ("": the function takes the Configuración's calendar); the «Fecha de corte» cell, else none
 * ("": the day the function runs).
 */
export interface LedgerSources {
  vencimientos: { a1: string; cells: Cell[][] | '' };
  hoy: { a1: string; cell: Cell };
}

export const NO_LEDGER_SOURCES: LedgerSources = { vencimientos: { a1: '""', cells: '' }, hoy: { a1: '""', cell: '' } };

const absolute = (column: number, row: number) => `$${columnLetter(column)}$${row + 1}`;

/** A row's cells under `columns`, by absolute reference: `$F$2:$K$2`, or the array literal of its runs. */
export function absoluteRow(columns: number[], row: number, sheet?: string): string {
  const prefix = sheet === undefined ? '' : `'${sheet.replace(/'/g, "''")}'!`;
  const ranges = runsOf(columns).map((run) => `${prefix}${absolute(run.first, row)}:${absolute(run.last, row)}`);
  return ranges.length === 1 ? ranges[0] : `{${ranges.join(ARG_SEPARATOR)}}`;
}

/** The due dates and the fecha de corte of a payment grid (`calendar`: the Calendario de pagos row, for a grid without its own). */
export function ledgerSources(mapping: StudentMapping, rows: Cell[][], calendar?: { sheet: string; row: number; cells: Cell[] }): LedgerSources {
  const l = mapping.ledger;
  let vencimientos = NO_LEDGER_SOURCES.vencimientos;
  if (l?.dueRow !== undefined) {
    const row = rows[l.dueRow] ?? [];
    vencimientos = { a1: absoluteRow(l.payments, l.dueRow), cells: [l.payments.map((c) => row[c] ?? '')] };
  } else if (calendar) {
    let width = calendar.cells.length;
    while (width > 0 && isBlank(calendar.cells[width - 1])) width--;
    // As wide as the grid's mensualidades at least: the dates the office types in later are read too.
    width = Math.max(width, l?.payments.length ?? 0);
    if (width > 0) vencimientos = { a1: absoluteRow(Array.from({ length: width }, (_, i) => i), calendar.row, calendar.sheet), cells: [Array.from({ length: width }, (_, i) => calendar.cells[i] ?? '')] };
  }
  // Any sheet may have its fecha de corte, a grid or a list with a Fecha de abandono.
  const at = findCutoffCell(rows, mapping.headerRow);
  const hoy = at ? { a1: absolute(at.column, at.row), cell: rows[at.row]?.[at.column] ?? '' } : NO_LEDGER_SOURCES.hoy;
  return { vencimientos, hoy };
}

/**
 * The one live formula of a result over a block of students, ending with the configuration range so
 * that a change there recalculates it: `=BECA(C7:C, D7:D, E7:E, 'Configuración'!A:B)`. A missing
 * optional column is passed as ""; derived asistencias as "" with the inasistencias after the
 * configuration; criteria per plan as their columns with the plans of each after it.
 */
export function formulaFor(spec: OutputSpec, mapping: StudentMapping, span: Span | number, configRange: string, sources = NO_LEDGER_SOURCES): string {
  const rows: Span = typeof span === 'number' ? { first: span } : span;
  const extras = extrasOf(spec, mapping);
  const args = spec.args.map((arg) => {
    if ('subjects' in arg) return columnsArgument(mapping.subjects, rows);
    if ('ledger' in arg) return arg.ledger === 'pagos' ? columnsArgument(mapping.ledger?.payments ?? [], rows) : sources[arg.ledger].a1;
    if (arg.field === 'criterio' && extras.criteria) return columnsArgument(extras.criteria.columns, rows);
    const input = inputOf(mapping, arg.field);
    return !input || 'derived' in input ? '""' : range(input.column, input.column, rows);
  });
  const after: string[] = [];
  if (extras.inasistencias !== undefined) after.push(range(extras.inasistencias, extras.inasistencias, rows));
  if (extras.criteria) after.push(`{${extras.criteria.plans.map((p) => JSON.stringify(p)).join(ARG_SEPARATOR)}}`);
  return `=${spec.fn}(${[...args, configRange, ...after].join(ARG_SEPARATOR)})`;
}

/** The same arguments as rows, for the batch to call the function itself: `[args, extras]`, the configuration goes between them. */
export function valueArguments(spec: OutputSpec, mapping: StudentMapping, rows: Cell[][], sources = NO_LEDGER_SOURCES): { args: unknown[]; after: unknown[] } {
  const extras = extrasOf(spec, mapping);
  const column = (c: number) => rows.map((r) => [r[c]]);
  const args = spec.args.map((arg) => {
    if ('subjects' in arg) return rows.map((r) => mapping.subjects.map((c) => r[c]));
    if ('ledger' in arg) {
      if (arg.ledger === 'pagos') return rows.map((r) => (mapping.ledger?.payments ?? []).map((c) => r[c]));
      return arg.ledger === 'vencimientos' ? sources.vencimientos.cells : sources.hoy.cell;
    }
    if (arg.field === 'criterio' && extras.criteria) return rows.map((r) => extras.criteria!.columns.map((c) => r[c]));
    const input = inputOf(mapping, arg.field);
    return !input || 'derived' in input ? '' : column(input.column);
  });
  const after: unknown[] = [];
  if (extras.inasistencias !== undefined) after.push(column(extras.inasistencias));
  if (extras.criteria) after.push([extras.criteria.plans]);
  return { args, after };
}
