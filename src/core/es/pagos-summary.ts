// The Spanish of the payment figures: the Resumen's groups and row problems, and the Tablero's titles and headers.
import { formatDay } from '../dates';
import type { PagosDigestWords } from '../pagos/digest';
import type { PagosSummaryWords } from '../pagos/summary';
import { describe } from './issues';
import { monthName } from './pagos';

export const PAGOS_SUMMARY_WORDS: PagosSummaryWords = {
  noGroup: '(sin grupo)',
  noStudyPlan: '(sin plan de estudios)',
  problem: (row, name, issue) => `${row ? `fila ${row} (${name})` : name}: ${describe(issue)}; no se cuenta en las cifras de pagos`,
};

/** The Tablero's payment tables. */
export const PAGOS_DASHBOARD_WORDS = {
  heading: (sheet: string, cutoff: string) => `Colegiaturas de la hoja «${sheet}» al ${cutoff}`,
  perGroup: 'Adeudo por grupo',
  perGroupHeader: ['Grupo', 'Adeudo total', 'Alumnos', 'Con adeudo'],
  perStudyPlan: 'Adeudo por plan de estudios',
  perStudyPlanHeader: ['Plan de estudios', 'Adeudo total', 'Alumnos', 'Con adeudo'],
  other: 'Pagos',
  students: 'Alumnos en la hoja de pagos',
  withDebt: 'Alumnos con adeudo',
  owed: 'Adeudo total',
  cancelled: 'Becas canceladas (Cap. XI, Art. 1 VII)',
  withoutEvaluation: 'Sin derecho a evaluación por adeudo (Cap. IX, Art. 2 II)',
  problems: 'Filas de pagos por revisar',
  cancelledList: 'Becas canceladas',
  cancelledHeader: ['Alumno', 'Grupo', 'Cancelada desde'],
  chart: 'Adeudo de colegiaturas por grupo',
} as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const who = (name: string, group: string) => (group ? `${name} (${group})` : name);

/** The daily email to correo_administracion. */
export const PAGOS_DIGEST_WORDS: PagosDigestWords = {
  subject: (today, becas, mensualidades) =>
    `Pagos al ${formatDay(today)}: ${[becas ? plural(becas, 'beca cancelada', 'becas canceladas') : '', mensualidades ? plural(mensualidades, 'mensualidad vencida', 'mensualidades vencidas') : ''].filter(Boolean).join(' y ')}`,
  intro: (today, sheet) => `Novedades de la hoja «${sheet}» al ${formatDay(today)}, que no se habían avisado:`,
  becasTitle: 'Becas canceladas por adeudo (Cap. XI, Art. 1 VII: de forma inmediata y sin posibilidad de recuperarla)',
  adeudosTitle: 'Mensualidades vencidas sin pago',
  beca: (i) =>
    `${who(i.name, i.group)}: cancelada desde el ${formatDay(i.cancelledOn!)}; la mensualidad de ${monthName(i.due)} venció el ${formatDay(i.due)} ${i.paid === undefined ? 'sin pago' : `y se pagó el ${formatDay(i.paid)}`}`,
  adeudo: (i) => `${who(i.name, i.group)}: la mensualidad de ${monthName(i.due)}, vencida el ${formatDay(i.due)}`,
  footer: 'Aviso automático de la Secretaría escolar: cada novedad se avisa una sola vez (Bitácora de avisos).',
};
