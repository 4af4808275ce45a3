// The Spanish of the payment ledger: its problems, the reasons BECA_VIGENTE and ESTADO_PAGOS give, and the words they write.
import { partsOfDay } from '../dates';
import type { BecaState, EvaluationRight } from '../pagos/rules';
import { Details, day, listOf, n, v } from './details';
import { formatNumber } from './format';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** A mensualidad is named by the month it falls due in: «marzo». */
export const monthName = (dueDay: number) => MONTHS[partsOfDay(dueDay).month - 1];

const mensualidad = (d: Details) => `mensualidad ${String(d.month)}`;

/** Problems of the ledger (core/pagos), merged into core/es/issues.ts's MESSAGES. */
export const PAGOS_MESSAGES = {
  bad_payment: (d: Details) =>
    `pagos (${mensualidad(d)}): ${v(d)} no es un pago: se esperaba la fecha del pago, el importe, sí o x; vacío, 0 o no si no ha pagado`,
  payment_before_period: (d: Details) =>
    `pagos (${mensualidad(d)}): la fecha ${v(d)} es anterior al inicio del periodo, ${day(d, 'start')} (clave inicio_periodo)`,
  payment_without_due_date: (d: Details) =>
    `pagos (${mensualidad(d)}): ${v(d)} no tiene fecha de vencimiento: vencimientos da ${n(d, 'dues')} ${d.dues === 1 ? 'fecha' : 'fechas'}`,
  no_due_dates: () =>
    'faltan los vencimientos: dé la fila de fechas de vencimiento (Calendario de pagos) o escriba inicio_periodo en la hoja Configuración',
  notice_before_abandonment: (d: Details) => `fecha_aviso ${v(d)} es anterior a fecha_abandono ${day(d, 'abandoned')}`,
  log_two_payments: (d: Details) =>
    `registro de pagos, filas ${n(d, 'first')} y ${n(d, 'second')}: dos pagos de la mensualidad ${v(d)}; deje uno (o sume los importes en una fila)`,
  log_unknown_student: (d: Details) =>
    `registro de pagos, fila ${n(d, 'row')}: ${v(d)} no está en la lista de alumnos (ni por matrícula ni por nombre)`,
  log_bad_mensualidad: (d: Details) =>
    `registro de pagos, fila ${n(d, 'row')}: ${v(d)} no es una mensualidad: se esperaba su número (1 a ${n(d, 'months')}) o el mes en que vence`,
  bad_owed_months: (d: Details) =>
    `mensualidades_adeudadas ${v(d)} no válido: se esperaba un número de 0 en adelante, sí, no, «Con adeudo» o «Al corriente»`,
};

const VII = ' (Cap. XI, Art. 1 VII)';
const IX = ' (Cap. XI, Art. 1 IX)';
const months = (days: number[]) => listOf(days.map(monthName));

/** «cancelada», or «cancelada desde el dictamen del …» when the mensualidad was already owed on the day the beca began (Art. 1 IX). */
const cancelled = (d: Details) => (d.dictamen === undefined ? 'cancelada' : `cancelada desde el dictamen del ${day(d, 'dictamen')}`);

/** Reasons of ESTADO_PAGOS and BECA_VIGENTE, merged into core/es/reasons.ts's RESULT_REASONS. */
export const PAGOS_REASONS = {
  payments_up_to_date: () => 'ninguna mensualidad vencida sin pago',
  payments_owed: (d: Details) => {
    const dues = d.dues as number[];
    return `${formatNumber(dues.length)} ${dues.length === 1 ? 'mensualidad' : 'mensualidades'}: ${months(dues)}`;
  },
  beca_none: () => 'sin beca: el porcentaje es 0 o está vacío',
  beca_not_yet: (d: Details) => `la beca inicia a partir de la fecha del dictamen, ${day(d, 'dictamen')}${IX}`,
  beca_in_force: (d: Details) =>
    `al corriente en colegiaturas${d.dictamen === undefined ? '' : `, vigente desde el dictamen del ${day(d, 'dictamen')}`}${VII}`,
  beca_cancelled_unpaid: (d: Details) => `${cancelled(d)}: la mensualidad de ${monthName(d.due as number)} venció el ${day(d, 'due')} sin pago${VII}`,
  beca_cancelled_late: (d: Details) =>
    `${cancelled(d)}: la mensualidad de ${monthName(d.due as number)} venció el ${day(d, 'due')} y se pagó el ${day(d, 'paid')}${VII}`,
};

/** The fixed words of the payment functions, so CONTAR.SI and conditional formats can match them. */
export const PAYMENT_STATE_WORDS = { current: 'Al corriente', owing: 'Con adeudo' } as const;
export const BECA_STANDING_WORDS: Record<BecaState, string> = { in_force: 'Vigente', cancelled: 'Cancelada', none: 'Sin beca', not_yet: 'Aún no vigente' };
export const EVALUATION_RIGHT_WORDS: Record<EvaluationRight, string> = {
  with: 'Con derecho',
  attendance: 'Sin derecho por asistencia',
  debt: 'Sin derecho por adeudo',
  both: 'Sin derecho por asistencia y adeudo',
};

/** The sheets and headers of the Pagos and Calendario de pagos templates (and the demo workbook). */
export const PAGOS_SHEETS = { pagos: 'Pagos', calendario: 'Calendario de pagos' } as const;
export const PAGOS_HEADERS = {
  beca: 'Porcentaje de beca',
  dictamen: 'Fecha de dictamen',
  mensualidad: (n: number) => `Mensualidad ${n}`,
  vencimiento: 'Vencimiento',
  adeudadas: 'Mensualidades adeudadas (calculado)',
  estado: 'Estado de pagos (calculado)',
  detalle: 'Detalle de pagos (calculado)',
  adeudo: 'Adeudo (calculado)',
  becaVigente: 'Beca vigente (calculado)',
  motivoBeca: 'Motivo de beca vigente (calculado)',
  abandono: 'Fecha de abandono',
  aviso: 'Fecha de aviso de baja',
  desercion: 'Adeudo por deserción (calculado)',
} as const;
