// The demo's Pagos sheet: the grid offices keep (one row per student, one column per mensualidad holding the
// payment date), with a due-date row, punctual and late payers, advance payments, marks, becados who fell behind
// and one deserter (reglamento, seed 004: Cap. IX, Art. 2; Cap. XI, Art. 1 VII; Cap. IV, Art. 1 XVI).
import { Plan, parsePlan } from '../../src/core/becas';
import { DEFAULT_RULES } from '../../src/core/config';
import { Day, addMonths, dayFromParts, partsOfDay } from '../../src/core/dates';
import { PAGOS_HEADERS } from '../../src/core/es/pagos';
import { Cell, isBlank, parseFraction } from '../../src/core/parse';
import { DATE_FORMAT, MONEY_FORMAT, PERCENT_FORMAT, SheetSpec, dateValue } from '../workbook';
import { Random } from './random';
import { Student, currentSemesters } from './students';

export const MENSUALIDADES = 6;
export const DUE_ROW_LABEL = PAGOS_HEADERS.vencimiento;
export const PAGOS_HEADER_ROW = [
  'Matrícula',
  'Nombre del alumno',
  'Colegiatura mensual',
  PAGOS_HEADERS.beca,
  PAGOS_HEADERS.dictamen,
  ...Array.from({ length: MENSUALIDADES }, (_, i) => PAGOS_HEADERS.mensualidad(i + 1)),
  'Fecha de abandono',
  'Fecha de aviso de baja',
];
/** The one payment cell a secretary filled with something that is no payment: its row shows «Error: …». */
export const BAD_PAYMENT = 'transferencia';

/** The due dates: the 10th of each of the six months after the semester starts (Cap. IX, Art. 2 I). */
export function demoDueDates(today: Day): Day[] {
  const start = partsOfDay(currentSemesters(today).start);
  const first = dayFromParts(start.year, start.month, DEFAULT_RULES.dueDay);
  return Array.from({ length: MENSUALIDADES }, (_, i) => addMonths(first, i + 1));
}

/** The percentage each plan usually carries; V and VII take the committee's from the criterio. */
function becaOf(s: Student): number | undefined {
  const p = parsePlan(s.planBeca);
  if (!p.ok) return undefined;
  const fixed: Record<Plan, number | undefined> = {
    I: DEFAULT_RULES.continuidadPct,
    II: DEFAULT_RULES.excelenciaPct,
    III: DEFAULT_RULES.academicaPct2,
    IV: DEFAULT_RULES.parentescoPct,
    V: undefined,
    VI: DEFAULT_RULES.personalPct,
    VII: undefined,
    VIII: 0.15,
  };
  if (fixed[p.value] !== undefined) return fixed[p.value];
  const f = isBlank(s.criterio) ? undefined : parseFraction(s.criterio);
  return f && f.ok && f.value <= 1 ? f.value : DEFAULT_RULES.committeeMinPct;
}

type Habit = 'punctual' | 'late' | 'behind' | 'advance' | 'marks';

interface PaymentRow {
  student: Student;
  beca?: number;
  dictamen?: Day;
  cells: Cell[];
  abandoned?: Day;
  notice?: Day;
}

/**
 * One row per student. Payments are never dated after the reference day, nor before the period;
 * mensualidades not yet due are mostly blank. Becados are more often behind than the rest, so the
 * beca rules have cases; the student at `deserterAt` stops paying and leaves without notice at first.
 */
export function generatePagos(students: Student[], today: Day, rnd: Random): PaymentRow[] {
  const due = demoDueDates(today);
  const start = currentSemesters(today).start;
  const deserterAt = 5;
  const badAt = 7;
  return students.map((student, i) => {
    const beca = becaOf(student);
    const habit: Habit = rnd.weighted<Habit>([
      ['punctual', 55],
      ['late', beca ? 25 : 15],
      ['behind', beca ? 25 : 10],
      ['advance', 5],
      ['marks', 8],
    ]);
    const stopAt = rnd.int(1, MENSUALIDADES - 1);
    const advanceDay = Math.max(start, due[0] - rnd.int(5, 20));
    const cells: Cell[] = due.map((d, k) => {
      if (i === deserterAt && k >= 1) return null;
      let pay: Day;
      if (habit === 'advance') pay = advanceDay;
      else if (habit === 'behind' && k >= stopAt) return null;
      else if (habit === 'late' && rnd.chance(0.6)) pay = d + rnd.int(1, 15);
      else pay = d - rnd.int(0, 9);
      if (pay > today) return null;
      if (habit === 'marks') return rnd.chance(0.5) ? 'x' : 'Sí';
      return dateValue(Math.max(pay, start));
    });
    if (i === badAt) cells[0] = BAD_PAYMENT;
    const row: PaymentRow = { student, beca, cells };
    if (beca !== undefined) row.dictamen = rnd.chance(0.85) ? start - rnd.int(5, 25) : due[1] - rnd.int(0, 5);
    if (i === deserterAt) {
      row.abandoned = due[0] + rnd.int(10, 20);
      if (due[3] < today) row.notice = due[3] + rnd.int(1, 5);
    }
    return row;
  });
}

/** The sheet: the header row, the due-date row, then the students. */
export function pagosSheet(rows: PaymentRow[], today: Day): SheetSpec {
  const due = demoDueDates(today);
  const blanks = (n: number) => new Array<Cell>(n).fill(null);
  return {
    name: 'Pagos',
    headers: PAGOS_HEADER_ROW,
    rows: [
      [null, DUE_ROW_LABEL, ...blanks(3), ...due.map(dateValue), null, null],
      ...rows.map((r) => [
        r.student.matricula,
        r.student.nombre,
        r.student.colegiatura,
        r.beca ?? null,
        r.dictamen === undefined ? null : dateValue(r.dictamen),
        ...r.cells,
        r.abandoned === undefined ? null : dateValue(r.abandoned),
        r.notice === undefined ? null : dateValue(r.notice),
      ]),
    ],
    formats: [undefined, undefined, MONEY_FORMAT, PERCENT_FORMAT, DATE_FORMAT, ...new Array(MENSUALIDADES).fill(DATE_FORMAT), DATE_FORMAT, DATE_FORMAT],
    widths: [11, 34, 13, 10, 13, ...new Array(MENSUALIDADES).fill(13), 13, 13],
  };
}
