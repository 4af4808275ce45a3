// The Spanish of the payment figures: the Resumen's groups and row problems, and the Tablero's titles and headers.
import type { PagosSummaryWords } from '../pagos/summary';
import { describe } from './issues';

export const PAGOS_SUMMARY_WORDS: PagosSummaryWords = {
  noGroup: '(sin grupo)',
  noStudyPlan: '(sin plan de estudios)',
  problem: (row, name, issue) => `fila ${row} (${name}): ${describe(issue)}; no se cuenta en las cifras de pagos`,
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
