// Custom functions for following up commitments and convenios: SEGUIMIENTO, DIAS_RESTANTES, VIGENCIA_CONVENIO, RESUMEN_COMPROMISOS, COBERTURA.
import { Clock, CommitmentCells, clockFor, CommitmentTally, coverage, daysLeft, followUpState, fulfilment, summarizeCommitments, vigenciaState } from '../core/followup';
import { errorText } from '../core/es/issues';
import { COMMITMENT_SUMMARY_WORDS, FOLLOW_UP_WORDS, VIGENCIA_WORDS } from '../core/es/words';
import { Cell, isBlank } from '../core/parse';
import { ok } from '../core/result';
import { functionContext, today, withContext } from './context';
import { Out, alignRanges } from './rows';

/** The call's clock: today in the spreadsheet's zone, asked for only when some `hoy` is blank. */
const clockOf = (timeZone: string): Clock => clockFor(timeZone, () => today(timeZone));

/**
 * El estado de cada compromiso según su fecha límite (etapa de Seguimiento): Cumplido, Cancelado, Sin fecha, Vencido, Por vencer (faltan de 0 a dias_aviso días) o En plazo.
 * Ejemplo: =SEGUIMIENTO(F2:F, G2:G, $B$1) o =SEGUIMIENTO("20/03/2026", "Pendiente", "15/03/2026") → Por vencer
 *
 * @param {"20/03/2026"} fecha_limite Fecha límite del compromiso (dd/mm/aaaa).
 * @param {"Pendiente"} estado Estado escrito en la hoja: Cumplido y Cancelado cierran el compromiso; cualquier otro (Pendiente, En proceso, …) está pendiente.
 * @param {"15/03/2026"} hoy Opcional: la fecha de corte, una celda con la fecha de hoy (HOY() no puede ser argumento). Vacío es hoy.
 * @param {7} dias_aviso Opcional: días antes de la fecha límite en que pasa a «Por vencer» (7 si se omite; clave dias_aviso_compromisos).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Cumplido, Cancelado, Sin fecha, Vencido, Por vencer o En plazo, o «Error: …».
 * @customfunction
 */
export function SEGUIMIENTO(fecha_limite: unknown, estado: unknown, hoy?: unknown, dias_aviso?: unknown, configuracion?: unknown) {
  let clock: Clock | undefined;
  return withContext(
    [
      { name: 'fecha_limite', value: fecha_limite },
      { name: 'estado', value: estado },
      { name: 'hoy', value: hoy },
      { name: 'dias_aviso', value: dias_aviso },
    ],
    configuracion,
    ([date, state, day, warning], ctx) => {
      // A fecha de corte given as one cell applies to every row; the row itself is its date and estado.
      if (isBlank(date) && isBlank(state)) return ok('');
      if (!clock) clock = clockOf(ctx.timeZone);
      const r = followUpState(date, state, day, warning, clock, ctx.rules);
      return r.ok ? ok(FOLLOW_UP_WORDS[r.value]) : r;
    },
  );
}

/**
 * Días de calendario que faltan hasta la fecha límite; negativo cuando ya pasó. Cuenta días, no horas: el cambio de horario no lo altera.
 * Ejemplo: =DIAS_RESTANTES(F2:F, $B$1) o =DIAS_RESTANTES("20/03/2026", "15/03/2026") → 5
 *
 * @param {"20/03/2026"} fecha_limite La fecha límite (dd/mm/aaaa).
 * @param {"15/03/2026"} hoy Opcional: la fecha de corte. Vacío es hoy.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Un número entero de días, o «Error: …».
 * @customfunction
 */
export function DIAS_RESTANTES(fecha_limite: unknown, hoy?: unknown, configuracion?: unknown) {
  let clock: Clock | undefined;
  return withContext(
    [
      { name: 'fecha_limite', value: fecha_limite },
      { name: 'hoy', value: hoy },
    ],
    configuracion,
    ([date, day], ctx) => {
      if (isBlank(date)) return ok('');
      if (!clock) clock = clockOf(ctx.timeZone);
      return daysLeft(date, day, clock);
    },
  );
}

/**
 * La vigencia de cada convenio: Vigente, Por vencer (termina dentro de dias_aviso días), Vencido o Indefinida (fecha de fin «indefinida» o «sin fecha»).
 * Ejemplo: =VIGENCIA_CONVENIO(J2:J, $B$1) o =VIGENCIA_CONVENIO("31/05/2026", "15/03/2026") → Por vencer
 *
 * @param {"31/05/2026"} fecha_fin Fecha de fin del convenio (dd/mm/aaaa), o «indefinida».
 * @param {"15/03/2026"} hoy Opcional: la fecha de corte. Vacío es hoy.
 * @param {90} dias_aviso Opcional: días antes del fin en que pasa a «Por vencer» (90 si se omite; clave dias_aviso_vigencia).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Vigente, Por vencer, Vencido o Indefinida, o «Error: …».
 * @customfunction
 */
export function VIGENCIA_CONVENIO(fecha_fin: unknown, hoy?: unknown, dias_aviso?: unknown, configuracion?: unknown) {
  let clock: Clock | undefined;
  return withContext(
    [
      { name: 'fecha_fin', value: fecha_fin },
      { name: 'hoy', value: hoy },
      { name: 'dias_aviso', value: dias_aviso },
    ],
    configuracion,
    ([end, day, warning], ctx) => {
      if (isBlank(end)) return ok('');
      if (!clock) clock = clockOf(ctx.timeZone);
      const r = vigenciaState(end, day, warning, clock, ctx.rules);
      return r.ok ? ok(VIGENCIA_WORDS[r.value]) : r;
    },
  );
}

const tallyRow = (label: string, t: CommitmentTally): Out[] => [label, t.total, t.done, t.pending, t.overdue, t.cancelled, fulfilment(t) ?? ''];

/**
 * Una tabla de compromisos por grupo (aliado, estrategia, II.EE., …): Grupo, Total, Cumplidos, Pendientes, Vencidos, Cancelados y % Cumplimiento (cumplidos sobre los no cancelados), en orden alfabético y con una fila Total.
 * Ejemplo: =RESUMEN_COMPROMISOS(D2:D, K2:K, J2:J, $B$1) o =RESUMEN_COMPROMISOS({"MEDIAT";"ESYA";"mediat"}, {"Cumplido";"Pendiente";"Cancelado"}, {"";"10/03/2026";""}, "15/03/2026") → {Grupo, Total, Cumplidos, Pendientes, Vencidos, Cancelados, % Cumplimiento; ESYA, 1, 0, 1, 1, 0, 0; MEDIAT, 2, 1, 0, 0, 1, 1; Total, 3, 1, 1, 1, 1, 0.5}
 *
 * @param {"MEDIAT"} grupos El grupo de cada compromiso: aliado, estrategia, II.EE., convenio… (mayúsculas y tildes no importan).
 * @param {"Pendiente"} estados El estado de cada compromiso: Cumplido, Cancelado o cualquier otro (pendiente).
 * @param {"10/03/2026"} fechas_limite Opcional: la fecha límite de cada compromiso, para contar los vencidos.
 * @param {"15/03/2026"} hoy Opcional: la fecha de corte. Vacío es hoy.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Una tabla de 7 columnas; si alguna fila tiene un dato incorrecto, no se cuenta y la tabla termina con la fila «Filas con error».
 * @customfunction
 */
export function RESUMEN_COMPROMISOS(grupos: unknown, estados: unknown, fechas_limite?: unknown, hoy?: unknown, configuracion?: unknown): Out[][] {
  const { rows, grids, scalars } = alignRanges([
    { name: 'grupos', value: grupos },
    { name: 'estados', value: estados },
    { name: 'fechas_limite', value: fechas_limite },
    { name: 'hoy', value: hoy },
  ]);
  const ctx = functionContext(configuracion);
  if (ctx.configIssue) return [[errorText(ctx.configIssue, ctx.timeZone)]];
  const [groupGrid, estadoGrid, deadlineGrid, todayGrid] = grids;
  const [groupValue, estadoValue, deadlineValue, todayValue] = scalars;
  const commitments: CommitmentCells[] = [];
  for (let r = 0; r < Math.max(rows, 1); r++) {
    const group = groupGrid ? groupGrid[r][0] : groupValue;
    const estado = estadoGrid ? estadoGrid[r][0] : estadoValue;
    const deadline = deadlineGrid ? deadlineGrid[r][0] : deadlineValue;
    if (isBlank(group) && isBlank(estado) && isBlank(deadline)) continue;
    commitments.push({ row: r + 1, group, estado, deadline, today: todayGrid ? todayGrid[r][0] : todayValue });
  }
  const summary = summarizeCommitments(commitments, clockOf(ctx.timeZone));
  const W = COMMITMENT_SUMMARY_WORDS;
  const table: Out[][] = [[...W.header]];
  for (const g of summary.groups) table.push(tallyRow(g.label ?? W.noGroup, g));
  table.push(tallyRow(W.total, summary.total));
  if (summary.errors.length) {
    table.push([W.errors, summary.errors.length, errorText({ code: 'bad_rows', rows: summary.errors }, ctx.timeZone), '', '', '', '']);
  }
  return table;
}

// Looked up once: in a vm context (the benchmark, the local runtime) a global lookup inside a
// 50,000-row loop costs more than the rest of the loop body.
const isArray = Array.isArray;

/** The non-blank cells of an argument, whatever its shape: a single value, a column, a row or a block. */
function filledCells(v: unknown): Cell[] {
  if (!isArray(v)) return isBlank(v) ? [] : [v];
  const out: Cell[] = [];
  for (let r = 0; r < v.length; r++) {
    const row: unknown = v[r];
    if (!isArray(row)) {
      if (!isBlank(row)) out.push(row);
      continue;
    }
    for (let c = 0; c < row.length; c++) if (row[c] !== '' && !isBlank(row[c])) out.push(row[c]);
  }
  return out;
}

/** A range of more than one cell (Sheets passes a one-cell range as its value). */
const isRange = (v: unknown): boolean => isArray(v) && (v.length > 1 || (isArray(v[0]) && v[0].length > 1));

/**
 * La fracción de II.EE. distintas beneficiadas, la medida que reporta el COMUSET («86 % de II.EE.»). Una escuela repetida cuenta una vez; se comparan sin mayúsculas ni tildes, y los códigos sin ceros a la izquierda.
 * Ejemplo: =COBERTURA(E2:E, 'II.EE.'!A2:A) o =COBERTURA({"0234567";"234567";"0345678"}, 4) → 0.5
 *
 * @param {"0234567"} iiee_beneficiadas Las II.EE. beneficiadas: códigos modulares o nombres; las vacías no cuentan.
 * @param {4} total_iiee El número total de II.EE., o el rango del catálogo (entonces toda II.EE. beneficiada debe estar en él).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Una fracción (0.86 es 86 %), o «Error: …».
 * @customfunction
 */
export function COBERTURA(iiee_beneficiadas: unknown, total_iiee: unknown, configuracion?: unknown): Out {
  const ctx = functionContext(configuracion);
  if (ctx.configIssue) return errorText(ctx.configIssue, ctx.timeZone);
  const benefited = filledCells(iiee_beneficiadas);
  const total = filledCells(total_iiee);
  if (benefited.length === 0 && total.length === 0) return '';
  const r = coverage(benefited, isRange(total_iiee) ? { catalog: total } : { count: total.length ? total[0] : '' });
  return r.ok ? r.value : errorText(r.issue, ctx.timeZone);
}
