// A payment sheet in log shape (one row per payment: matrícula or name, mensualidad or month, date, amount) read into the grid the functions take, one row per student of the list.
import type { Rules } from '../config';
import { partsOfDay } from '../dates';
import { Cell, isBlank, parseAmount } from '../parse';
import { Result, fail, ok } from '../result';
import { FIELD_SYNONYMS } from '../students/synonyms';
import { ColumnMapping, FieldSpec, detectColumns } from '../table';
import { normalizeHeader } from '../text';
import { DueDates, readColegiatura, readLedger } from './ledger';
import { readBecas } from '../payments';
import type { PagosStudent } from './sheet';

export type LogField = 'matricula' | 'nombre' | 'mensualidad' | 'fecha' | 'importe';

const SPECS: FieldSpec<LogField>[] = [
  { field: 'matricula', label: 'matricula', synonyms: [...FIELD_SYNONYMS.matricula] },
  { field: 'nombre', label: 'nombre', synonyms: [...FIELD_SYNONYMS.nombre] },
  { field: 'mensualidad', label: 'mensualidad', synonyms: ['mensualidad', 'mes', 'mes pagado', 'numero de mensualidad', 'concepto', 'periodo'] },
  { field: 'fecha', label: 'fecha', synonyms: ['fecha de pago', 'fecha', 'fecha del pago'] },
  { field: 'importe', label: 'importe', synonyms: ['importe', 'monto', 'cantidad', 'importe pagado', 'pago', 'abono'] },
];

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export interface PagosLog {
  headerRow: number;
  columns: ColumnMapping<LogField>;
}

/** A log: among the top 10 rows, headers for the student (matrícula or name), the mensualidad, and the date or the amount. */
export function findPagosLog(rows: Cell[][]): PagosLog | undefined {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const columns = detectColumns(rows[r], SPECS);
    const student = columns.matricula !== undefined || columns.nombre !== undefined;
    if (student && columns.mensualidad !== undefined && (columns.fecha !== undefined || columns.importe !== undefined)) return { headerRow: r, columns };
  }
  return undefined;
}

/** A student of the list the log is read against: their cells for the colegiatura and the beca. */
export interface RosterStudent {
  matricula: string;
  name: string;
  group: string;
  studyPlan: string;
  colegiatura: Cell;
  beca: Cell;
}

const text = (v: Cell) => (isBlank(v) ? '' : String(v).trim());

/** «3», «Mensualidad 3», «marzo» (the month its due date falls in): the 0-based column of the grid. */
function mensualidadIndex(v: Cell, due: DueDates): number | undefined {
  const months = due.length;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= months ? v - 1 : undefined;
  const t = normalizeHeader(v);
  const number = /^(?:mensualidad |mens |no |n )?(\d{1,2})$/.exec(t);
  if (number) {
    const k = Number(number[1]);
    return k >= 1 && k <= months ? k - 1 : undefined;
  }
  const month = MONTHS.findIndex((m) => t === m || t === `mensualidad de ${m}` || t === `colegiatura de ${m}` || t === `colegiatura ${m}`);
  if (month < 0) return undefined;
  const at = due.findIndex((d) => d !== undefined && partsOfDay(d).month === month + 1);
  return at >= 0 ? at : undefined;
}

/**
 * One PagosStudent per student of the list, with the payment cell of each mensualidad from the log
 * (the date, else the amount); a log row whose student is not in the list is a student of its own
 * with that problem. Two payments of one mensualidad, or a mensualidad the calendar does not have,
 * make the student's row an error naming both rows; never a guess.
 */
export function readPagosLog(rows: Cell[][], log: PagosLog, due: Result<DueDates>, roster: RosterStudent[], rules: Rules, timeZone: string): PagosStudent[] {
  const c = log.columns;
  const at = (r: Cell[], f: LogField) => (c[f] === undefined ? '' : r[c[f]!]);
  const byMatricula = new Map<string, number>();
  const byName = new Map<string, number>();
  roster.forEach((s, i) => {
    if (s.matricula) byMatricula.set(normalizeHeader(s.matricula), i);
    if (s.name) byName.set(normalizeHeader(s.name), i);
  });
  const width = due.ok ? due.value.length : 0;
  const cells = roster.map(() => new Array<Cell>(width).fill(''));
  const from = roster.map(() => new Array<number>(width).fill(0));
  const problems: (Result<never> | undefined)[] = roster.map(() => undefined);
  /** Each student's first row in the log, to name their row. */
  const firstRow = roster.map(() => 0);
  const strangers: PagosStudent[] = [];
  for (let r = log.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    const matricula = text(at(row, 'matricula'));
    const name = text(at(row, 'nombre'));
    if (!matricula && !name) continue;
    const i = (matricula ? byMatricula.get(normalizeHeader(matricula)) : undefined) ?? (name ? byName.get(normalizeHeader(name)) : undefined);
    if (i === undefined) {
      strangers.push({ row: r + 1, matricula, name: name || matricula, group: '', studyPlan: '', read: fail('log_unknown_student', { value: name || matricula, row: r + 1 }) });
      continue;
    }
    if (!firstRow[i]) firstRow[i] = r + 1;
    if (!due.ok || problems[i]) continue;
    const k = mensualidadIndex(at(row, 'mensualidad'), due.value);
    if (k === undefined) {
      problems[i] = fail('log_bad_mensualidad', { value: at(row, 'mensualidad'), row: r + 1, months: width });
      continue;
    }
    if (from[i][k]) {
      problems[i] = fail('log_two_payments', { value: at(row, 'mensualidad'), first: from[i][k], second: r + 1 });
      continue;
    }
    const amount = at(row, 'importe');
    if (!isBlank(amount) && !parseAmount(amount).ok && typeof amount !== 'number') {
      problems[i] = fail('bad_payment', { value: amount, month: k + 1 });
      continue;
    }
    from[i][k] = r + 1;
    // The date says when; a row with an amount but no date is a payment with no known date; a row with neither, a mark.
    const date = at(row, 'fecha');
    cells[i][k] = !isBlank(date) ? date : !isBlank(amount) ? amount : 'x';
  }
  const students = roster.map((s, i): PagosStudent => {
    const base = { row: firstRow[i], matricula: s.matricula, name: s.name || s.matricula, group: s.group, studyPlan: s.studyPlan };
    if (!due.ok) return { ...base, read: due };
    if (problems[i]) return { ...base, read: problems[i]! };
    const ledger = readLedger(cells[i], due.value, timeZone, rules);
    if (!ledger.ok) return { ...base, read: ledger };
    const colegiatura = isBlank(s.colegiatura) ? ok(0) : readColegiatura(s.colegiatura);
    if (!colegiatura.ok) return { ...base, read: colegiatura };
    const beca = readBecas([s.beca], rules);
    if (!beca.ok) return { ...base, read: beca };
    return { ...base, read: ok({ ledger: ledger.value, colegiatura: colegiatura.value, beca: beca.value }) };
  });
  return [...students, ...strangers];
}
