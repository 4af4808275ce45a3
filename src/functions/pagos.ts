// Custom functions over the payment grid (Cap. IX, Art. 2; Cap. XI, Art. 1 VII and IX; Cap. IV, Art. 1 XVI): debts, the beca, the right to evaluation, the deserter.
import { hasExamRight, readAttendance } from '../core/attendance';
import type { Day } from '../core/dates';
import { BECA_STANDING_WORDS, EVALUATION_RIGHT_WORDS, PAYMENT_STATE_WORDS } from '../core/es/pagos';
import { explain } from '../core/es/reasons';
import { Clock, clockFor, readDay } from '../core/followup';
import { DueDates, Mensualidad, dueDatesOf, paymentReader, readColegiatura, readLedger } from '../core/pagos/ledger';
import { amountOwed, becaStanding, desertionDebt, evaluationRight, isOverdue, overdueMensualidades } from '../core/pagos/rules';
import { Cell, isBlank, parseAmount, parseChoice, parseYesNo } from '../core/parse';
import { readBecas } from '../core/payments';
import { Result, fail, ok } from '../core/result';
import { Context, today, withContext } from './context';
import type { Out, Param } from './rows';

/** Two columns on every row, as `Configuración!A:B` arrives: never a fecha de corte (one cell, or a column of them). */
const isKeyValueRange = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && r.length === 2);

const asRow = (v: unknown): Cell[] => (!Array.isArray(v) ? [v] : Array.isArray(v[0]) ? (v[0] as Cell[]) : (v as Cell[]));

/**
 * The due dates of a call: one row shared by every student (read once), or one row per student (a
 * row-shaped argument, so its size must match the payments'). A blank row takes the configured calendar.
 */
function dueDatesParam(vencimientos: unknown, pagos?: unknown) {
  const grid = Array.isArray(vencimientos) && Array.isArray(vencimientos[0]) ? (vencimientos as Cell[][]) : undefined;
  // A calendar typed down a column ('Calendario de pagos'!B2:B7) is one shared row, unless each student has a single mensualidad.
  const pagosWidth = Array.isArray(pagos) ? (Array.isArray(pagos[0]) ? (pagos[0] as Cell[]).length : pagos.length) : 1;
  const downColumn = grid !== undefined && grid.length > 1 && grid.every((r) => r.length === 1) && (pagos === undefined || pagosWidth > 1);
  const perStudent = grid !== undefined && grid.length > 1 && !downColumn;
  const sharedCells = (): Cell[] => (downColumn ? (grid as Cell[][]).map((r) => r[0]) : asRow(vencimientos));
  let shared: Result<DueDates> | undefined;
  return {
    params: perStudent ? [{ name: 'vencimientos', value: vencimientos, shape: 'row' } as Param] : [],
    /** A shared row is a range too: with every other argument a single value, the answer is a one-row range, as for pagos. */
    shape: (out: Out | Out[][]): Out | Out[][] => (Array.isArray(vencimientos) && !Array.isArray(out) ? [[out]] : out),
    /** The due dates of the row whose cells are `cells` (the per-student row is the last one). */
    of(cells: Cell[], ctx: Context): Result<DueDates> {
      if (perStudent) return dueDatesOf(cells[cells.length - 1] as Cell[], ctx.rules, ctx.timeZone);
      if (!shared) shared = dueDatesOf(sharedCells(), ctx.rules, ctx.timeZone);
      return shared;
    },
  };
}

interface LedgerRow {
  ledger: Mensualidad[];
  hoy: Day;
  /** The cells of the `extra` parameters, in their order. */
  cells: Cell[];
  ctx: Context;
}

/** The call of every ledger function: the extra parameters, then pagos, hoy and (per student) vencimientos. */
function byLedger(extra: Param[], pagos: unknown, vencimientos: unknown, hoy: unknown, configuracion: unknown, width: number, answer: (row: LedgerRow) => Result<Out | Out[]>) {
  const due = dueDatesParam(vencimientos, pagos);
  const read = paymentReader();
  let clock: Clock | undefined;
  const params: Param[] = [...extra, { name: 'pagos', value: pagos, shape: 'row' }, { name: 'hoy', value: hoy }, ...due.params];
  const out = withContext(
    params,
    configuracion,
    (cells, ctx) => {
      if (!clock) clock = clockFor(ctx.timeZone, () => today(ctx.timeZone));
      const k = extra.length;
      const day = clock.hoy(cells[k + 1]);
      if (!day.ok) return day;
      const dueDates = due.of(cells, ctx);
      if (!dueDates.ok) return dueDates;
      const ledger = readLedger(cells[k] as Cell[], dueDates.value, ctx.timeZone, ctx.rules, read);
      if (!ledger.ok) return ledger;
      return answer({ ledger: ledger.value, hoy: day.value, cells: cells.slice(0, k), ctx });
    },
    width,
  );
  return due.shape(out);
}

/** fecha_dictamen: blank is a beca in force from the start of the period. */
function readDictamen(v: Cell, timeZone: string): Result<Day | undefined> {
  return isBlank(v) ? ok(undefined) : readDay(v, 'fecha_dictamen', timeZone);
}

/**
 * Cuántas mensualidades de cada alumno ya vencieron sin pago a la fecha de corte. Una mensualidad está pagada si su celda tiene la fecha del pago (anterior o igual a la fecha de corte), un importe mayor que 0, sí o x; vacío, 0 o no es sin pago. La que vence el mismo día de corte todavía no está vencida (Cap. IX, Art. 2 I; Cap. IV, Art. 1 V).
 * Ejemplo: =MENSUALIDADES_ADEUDADAS(C2:H, C1:H1, $B$1) o =MENSUALIDADES_ADEUDADAS({"05/02/2026", "", ""}, {"10/02/2026", "10/03/2026", "10/04/2026"}, "15/04/2026") → 2
 *
 * @param {C2:H2} pagos Una fila por alumno, una celda por mensualidad: fecha de pago, importe, sí/x; vacío, 0 o no si no ha pagado.
 * @param {C1:H1} vencimientos La fila de fechas de vencimiento (una para todos, o una por alumno). Vacío: el calendario de la Configuración (inicio_periodo, dia_vencimiento, mensualidades_por_periodo).
 * @param {"15/04/2026"} hoy Opcional: la fecha de corte, una celda con la fecha de hoy (HOY() no puede ser argumento). Vacío es hoy.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return El número de mensualidades vencidas sin pago, o «Error: …».
 * @customfunction
 */
export function MENSUALIDADES_ADEUDADAS(pagos: unknown, vencimientos: unknown, hoy?: unknown, configuracion?: unknown) {
  return byLedger([], pagos, vencimientos, hoy, configuracion, 1, ({ ledger, hoy: day }) => ok(overdueMensualidades(ledger, day).length));
}

/**
 * El estado de pagos de cada alumno a la fecha de corte, en dos columnas: «Al corriente» o «Con adeudo», y el detalle («2 mensualidades: marzo y abril»; cada mensualidad se nombra por el mes en que vence).
 * Ejemplo: =ESTADO_PAGOS(C2:H, C1:H1, $B$1) o =ESTADO_PAGOS({"05/02/2026", "", ""}, {"10/02/2026", "10/03/2026", "10/04/2026"}, "15/04/2026") → Con adeudo | 2 mensualidades: marzo y abril
 *
 * @param {C2:H2} pagos Una fila por alumno, una celda por mensualidad: fecha de pago, importe, sí/x; vacío, 0 o no si no ha pagado.
 * @param {C1:H1} vencimientos La fila de fechas de vencimiento (una para todos, o una por alumno). Vacío: el calendario de la Configuración.
 * @param {"15/04/2026"} hoy Opcional: la fecha de corte. Vacío es hoy.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Dos columnas por alumno: estado y detalle; o «Error: …» en la primera.
 * @customfunction
 */
export function ESTADO_PAGOS(pagos: unknown, vencimientos: unknown, hoy?: unknown, configuracion?: unknown) {
  const reason = reasonCache();
  return byLedger([], pagos, vencimientos, hoy, configuracion, 2, ({ ledger, hoy: day }) => {
    let key = '';
    for (const m of ledger) if (isOverdue(m, day)) key += `${m.due},`;
    if (key === '') return ok([PAYMENT_STATE_WORDS.current, reason('', { code: 'payments_up_to_date' })]);
    return ok([PAYMENT_STATE_WORDS.owing, reason(key, { code: 'payments_owed', dues: overdueMensualidades(ledger, day).map((m) => m.due) })]);
  });
}

/** porcentaje_beca: one beca, 0 % to 100 %; blank is no beca. A column repeats a few percentages, so each is read once per call. */
function becaReader() {
  const seen = new Map<unknown, Result<number>>();
  return (v: Cell, ctx: Context): Result<number> => {
    if (typeof v !== 'string' && typeof v !== 'number') return readBecas([v], ctx.rules);
    let r = seen.get(v);
    if (!r) {
      r = readBecas([v], ctx.rules);
      seen.set(v, r);
    }
    return r;
  };
}

/** A sentence per distinct reason: a column of students repeats the same few due dates and payments. */
function reasonCache() {
  const seen = new Map<string, string>();
  return (key: string, reason: Parameters<typeof explain>[0]): string => {
    let text = seen.get(key);
    if (text === undefined) {
      text = explain(reason);
      seen.set(key, text);
    }
    return text;
  };
}

/**
 * Lo que adeuda cada alumno a la fecha de corte, en pesos al centavo: las mensualidades vencidas sin pago, cada una al importe que tenía al vencer. Lleva la beca si venció en la fecha del dictamen o después y ninguna mensualidad anterior había quedado sin pago (o pagada tarde) pasado su vencimiento: la primera mensualidad que no pagó se debe con beca y desde la siguiente la beca se pierde para siempre (Cap. XI, Art. 1 VII). La beca solo aplica a la colegiatura (Art. 1 IV); una deuda no lleva descuento por pronto pago.
 * Ejemplo: =ADEUDO_COLEGIATURA(B2:B, C2:C, D2:I, D1:I1, $B$1, J2:J) o =ADEUDO_COLEGIATURA(2500, 30%, {"05/02/2026", "", ""}, {"10/02/2026", "10/03/2026", "10/04/2026"}, "15/04/2026") → 4250
 *
 * @param {2500} colegiatura Colegiatura mensual, sin beca: 2500, "$2,500.00" o "2.500,50".
 * @param {0.3} porcentaje_beca Beca del alumno: 30 %, 0.3 o 30. Vacío es sin beca.
 * @param {D2:I2} pagos Una fila por alumno, una celda por mensualidad: fecha de pago, importe, sí/x; vacío, 0 o no si no ha pagado.
 * @param {D1:I1} vencimientos La fila de fechas de vencimiento (una para todos, o una por alumno). Vacío: el calendario de la Configuración.
 * @param {"15/04/2026"} hoy Opcional: la fecha de corte. Vacío es hoy.
 * @param {"01/02/2026"} fecha_dictamen Opcional: la fecha del dictamen de la beca (Cap. XI, Art. 1 IX). Vacío: vigente desde el inicio.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return El importe adeudado (0 si está al corriente), o «Error: …».
 * @customfunction
 */
export function ADEUDO_COLEGIATURA(colegiatura: unknown, porcentaje_beca: unknown, pagos: unknown, vencimientos: unknown, hoy?: unknown, fecha_dictamen?: unknown, configuracion?: unknown) {
  const extra: Param[] = [
    { name: 'colegiatura', value: colegiatura },
    { name: 'porcentaje_beca', value: porcentaje_beca },
    { name: 'fecha_dictamen', value: fecha_dictamen },
  ];
  const readBeca = becaReader();
  return byLedger(extra, pagos, vencimientos, hoy, configuracion, 1, ({ ledger, hoy: day, cells: [amount, beca, dictamen], ctx }) => {
    const a = readColegiatura(amount);
    if (!a.ok) return a;
    const b = readBeca(beca, ctx);
    if (!b.ok) return b;
    const d = readDictamen(dictamen, ctx.timeZone);
    if (!d.ok) return d;
    return ok(amountOwed(a.value, b.value, ledger, day, d.value));
  });
}

/**
 * Si la beca sigue vigente a la fecha de corte, en dos columnas: «Vigente», «Cancelada», «Sin beca» o «Aún no vigente», y por qué con el artículo. La beca inicia en la fecha del dictamen (Cap. XI, Art. 1 IX); una mensualidad que vence sin pago, o que se paga después de su vencimiento, la cancela de inmediato y sin posibilidad de recuperarla (Art. 1 VII). RENUEVA_BECA acepta este resultado como adeudo.
 * Ejemplo: =BECA_VIGENTE(C2:C, D2:I, D1:I1, $B$1, J2:J) o =BECA_VIGENTE(30%, {"05/02/2026", "", ""}, {"10/02/2026", "10/03/2026", "10/04/2026"}, "15/04/2026") → Cancelada | cancelada: la mensualidad de marzo venció el 10/03/2026 sin pago (Cap. XI, Art. 1 VII)
 *
 * @param {0.3} porcentaje_beca Beca del alumno: 30 %, 0.3 o 30. Vacío o 0 es sin beca.
 * @param {D2:I2} pagos Una fila por alumno, una celda por mensualidad: fecha de pago, importe, sí/x; vacío, 0 o no si no ha pagado.
 * @param {D1:I1} vencimientos La fila de fechas de vencimiento (una para todos, o una por alumno). Vacío: el calendario de la Configuración.
 * @param {"15/04/2026"} hoy Opcional: la fecha de corte. Vacío es hoy.
 * @param {"01/02/2026"} fecha_dictamen Opcional: la fecha del dictamen de la beca. Vacío: vigente desde el inicio.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Dos columnas por alumno: estado y motivo; o «Error: …» en la primera.
 * @customfunction
 */
export function BECA_VIGENTE(porcentaje_beca: unknown, pagos: unknown, vencimientos: unknown, hoy?: unknown, fecha_dictamen?: unknown, configuracion?: unknown) {
  const extra: Param[] = [
    { name: 'porcentaje_beca', value: porcentaje_beca },
    { name: 'fecha_dictamen', value: fecha_dictamen },
  ];
  const readBeca = becaReader();
  const reason = reasonCache();
  return byLedger(extra, pagos, vencimientos, hoy, configuracion, 2, ({ ledger, hoy: day, cells: [beca, dictamen], ctx }) => {
    const b = readBeca(beca, ctx);
    if (!b.ok) return b;
    const d = readDictamen(dictamen, ctx.timeZone);
    if (!d.ok) return d;
    const s = becaStanding(b.value, ledger, day, d.value);
    const word = BECA_STANDING_WORDS[s.state];
    if (s.state === 'none') return ok([word, reason('none', { code: 'beca_none' })]);
    if (s.state === 'not_yet') return ok([word, reason(`not_yet ${d.value}`, { code: 'beca_not_yet', dictamen: d.value })]);
    if (s.state === 'in_force') return ok([word, reason(`in_force ${d.value}`, { code: 'beca_in_force', dictamen: d.value })]);
    const by = s.by as Mensualidad;
    // Owed since before the dictamen: the beca was cancelled on the day it began.
    const since = d.value !== undefined && s.cancelledOn === d.value && by.due + 1 < d.value ? { dictamen: d.value } : {};
    if (by.paid && by.payDay !== undefined && by.payDay <= day) {
      return ok([word, reason(`late ${by.due} ${by.payDay} ${since.dictamen ?? ''}`, { code: 'beca_cancelled_late', due: by.due, paid: by.payDay, ...since })]);
    }
    return ok([word, reason(`unpaid ${by.due} ${since.dictamen ?? ''}`, { code: 'beca_cancelled_unpaid', due: by.due, ...since })]);
  });
}

/** ESTADO_PAGOS's words, read back as a count: «Con adeudo» is at least one mensualidad. */
const STANDING: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['con adeudo']],
  [0, ['al corriente']],
];

/**
 * mensualidades_adeudadas: a count (blank is 0), ESTADO_PAGOS's word, or an «Adeudo de colegiatura»
 * column's sí/no or amount owed; only whether it is above 0 matters.
 */
function readOwedMonths(v: Cell): Result<number> {
  if (isBlank(v)) return ok(0);
  const word = typeof v === 'string' ? parseChoice(v, STANDING) : undefined;
  if (word !== undefined) return ok(word);
  const yes = typeof v === 'number' ? undefined : parseYesNo(v);
  if (yes && yes.ok) return ok(yes.value ? 1 : 0);
  const n = parseAmount(v);
  return n.ok && n.value >= 0 ? n : fail('bad_owed_months', { value: v });
}

/**
 * El derecho a evaluación (parcial, regularización o cualquier otra): «Con derecho», «Sin derecho por asistencia» (menos de 80 %, Cap. XII, Art. 1 III), «Sin derecho por adeudo» (una mensualidad vencida sin pago, Cap. IX, Art. 2 II) o «Sin derecho por asistencia y adeudo». El reglamento permite a la institución negar la evaluación por adeudo: con «adeudo_bloquea_evaluacion: no» en la Configuración solo cuenta la asistencia.
 * Ejemplo: =DERECHO_EVALUACION(B2:B, C2:C, D2:D, E2:E) o =DERECHO_EVALUACION(45, 50, 0, 1) → Sin derecho por adeudo
 *
 * @param {45} asistencias Sesiones a las que asistió.
 * @param {50} sesiones Sesiones impartidas (mayor que 0).
 * @param {0} justificadas Opcional: faltas justificadas (vacío es 0).
 * @param {1} mensualidades_adeudadas Opcional: mensualidades vencidas sin pago (MENSUALIDADES_ADEUDADAS), «Con adeudo» / «Al corriente» (ESTADO_PAGOS), o sí/no o el importe adeudado. Vacío es 0.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Con derecho, Sin derecho por asistencia, Sin derecho por adeudo o Sin derecho por asistencia y adeudo, o «Error: …».
 * @customfunction
 */
export function DERECHO_EVALUACION(asistencias: unknown, sesiones: unknown, justificadas?: unknown, mensualidades_adeudadas?: unknown, configuracion?: unknown) {
  return withContext(
    [
      { name: 'asistencias', value: asistencias },
      { name: 'sesiones', value: sesiones },
      { name: 'justificadas', value: justificadas },
      { name: 'mensualidades_adeudadas', value: mensualidades_adeudadas },
    ],
    configuracion,
    ([a, s, j, owed], ctx): Result<Out> => {
      const att = readAttendance(a, s, j);
      if (!att.ok) return att;
      const months = readOwedMonths(owed);
      if (!months.ok) return months;
      return ok(EVALUATION_RIGHT_WORDS[evaluationRight(hasExamRight(att.value, ctx.rules), months.value, ctx.rules)]);
    },
  );
}

/**
 * Lo que debe el alumno que abandonó sin avisar: las colegiaturas completas, sin beca ni descuento, que vencen desde la fecha de abandono hasta la del aviso de baja, ambas incluidas (Cap. IV, Art. 1 XVI y XXV). Sin fecha de aviso siguen acumulándose hasta hoy. Sin fecha de abandono la celda queda vacía.
 * Ejemplo: =ADEUDO_DESERCION(B2:B, C2:C, D2:D, $F$1:$K$1) o =ADEUDO_DESERCION(2500, "20/03/2026", "05/05/2026", {"10/02/2026", "10/03/2026", "10/04/2026", "10/05/2026"}) → 2500
 *
 * @param {2500} colegiatura Colegiatura mensual, sin beca: 2500, "$2,500.00" o "2.500,50".
 * @param {"20/03/2026"} fecha_abandono Fecha en que dejó de asistir.
 * @param {"05/05/2026"} fecha_aviso Fecha en que avisó o tramitó la baja. Vacío: aún no avisa (cuenta hasta hoy).
 * @param {F1:K1} vencimientos La fila de fechas de vencimiento (una para todos, o una por alumno). Vacío: el calendario de la Configuración.
 * @param {"15/04/2026"} hoy Opcional: la fecha de corte, hasta la que cuenta quien aún no avisa; una celda con la fecha de hoy (HOY() no puede ser argumento). Vacío es hoy.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return El importe adeudado por deserción, o «Error: …».
 * @customfunction
 */
export function ADEUDO_DESERCION(colegiatura: unknown, fecha_abandono: unknown, fecha_aviso: unknown, vencimientos: unknown, hoy?: unknown, configuracion?: unknown) {
  // Written before hoy was a parameter, a formula passes the Configuración range fifth: two columns of keys and values.
  if (configuracion === undefined && isKeyValueRange(hoy)) [hoy, configuracion] = ['', hoy];
  const due = dueDatesParam(vencimientos);
  let clock: Clock | undefined;
  const out = withContext(
    [{ name: 'colegiatura', value: colegiatura }, { name: 'fecha_abandono', value: fecha_abandono }, { name: 'fecha_aviso', value: fecha_aviso }, { name: 'hoy', value: hoy }, ...due.params],
    configuracion,
    (cells, ctx): Result<Out> => {
      const [amount, left, notice, cutoff] = cells;
      if (isBlank(left)) return ok('');
      const a = readColegiatura(amount);
      if (!a.ok) return a;
      const from = readDay(left, 'fecha_abandono', ctx.timeZone);
      if (!from.ok) return from;
      if (!clock) clock = clockFor(ctx.timeZone, () => today(ctx.timeZone));
      const to = isBlank(notice) ? clock.hoy(cutoff) : readDay(notice, 'fecha_aviso', ctx.timeZone);
      if (!to.ok) return to;
      if (to.value < from.value) return fail('notice_before_abandonment', { value: notice, abandoned: from.value });
      const dueDates = due.of(cells, ctx);
      if (!dueDates.ok) return dueDates;
      return ok(desertionDebt(a.value, dueDates.value, from.value, to.value));
    },
  );
  return due.shape(out);
}
