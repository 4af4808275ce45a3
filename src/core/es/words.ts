// Every word the add-on writes, in Spanish, by area; the words it reads (synonyms) stay beside their parsers.
import type { Plan } from '../becas';
import type { FollowUpState, VigenciaState } from '../followup';
import type { PromotionStatus } from '../promotion';
import type { RenewalState } from '../renewal';
import type { SummaryWords } from '../students/summary';

// ── Becas (Cap. XI): the plans' names ──────────────────────────────────────────────────────────
export const PLAN_NAMES: Record<Plan, string> = {
  I: 'Continuidad',
  II: 'Excelencia',
  III: 'Académica',
  IV: 'Parentesco',
  V: 'Protección y ayuda mutua',
  VI: 'Personal',
  VII: 'Deportiva',
  VIII: 'Empresas complementarias',
};

// ── Cells the custom functions write ─────────────────────────────────────────────────────────
/** The fixed words student functions put in cells, so CONTAR.SI and conditional formats can match them. */
export const EXAM_RIGHT_WORDS = { with: 'Con derecho', without: 'Sin derecho' } as const;
export const PROMOTION_WORDS: Record<PromotionStatus, string> = {
  regular: 'Regular',
  promoted_owing: 'Promovido con adeudo',
  not_promoted: 'No promovido',
  dropped: 'Baja por adeudo',
};
export const RENEWAL_WORDS: Record<RenewalState, string> = { renews: 'Renueva', not_renewed: 'No renueva', cancelled: 'Cancelada', no_beca: 'Sin beca' };

/** The fixed words of the follow-up functions (seed 000, stage Seguimiento; seed 001). */
export const FOLLOW_UP_WORDS: Record<FollowUpState, string> = {
  done: 'Cumplido',
  cancelled: 'Cancelado',
  no_date: 'Sin fecha',
  overdue: 'Vencido',
  due_soon: 'Por vencer',
  on_time: 'En plazo',
};
export const VIGENCIA_WORDS: Record<VigenciaState, string> = { in_force: 'Vigente', ending: 'Por vencer', ended: 'Vencido', indefinite: 'Indefinida' };
/** RESUMEN_COMPROMISOS: its header, its closing rows, and the group of rows that name none. */
export const COMMITMENT_SUMMARY_WORDS = {
  header: ['Grupo', 'Total', 'Cumplidos', 'Pendientes', 'Vencidos', 'Cancelados', '% Cumplimiento'],
  total: 'Total',
  noGroup: '(sin grupo)',
  errors: 'Filas con error',
} as const;

// ── Resumen (the students' Tablero) ──────────────────────────────────────────────────────────
/** What the Resumen reads in the output cells and names its rows with (core/summary.ts's SummaryWords). */
export const RESUMEN_WORDS = {
  plans: PLAN_NAMES,
  statuses: PROMOTION_WORDS,
  withoutRight: EXAM_RIGHT_WORDS.without,
  allStudents: 'Todos los alumnos',
  noStudyPlan: '(sin plan de estudios)',
} satisfies SummaryWords;

// ── Convenios: reminder emails and the daily trigger ─────────────────────────────────────────
/** The name the reminder emails come from. */
export const SENDER_NAME = 'Secretaría escolar';

/**
 * When a daily trigger `atHour(hour)` runs: Apps Script picks a time within that hour and keeps it
 * (Installable triggers guide, "Time-driven triggers"), so the add-on never promises «a las 7:00».
 */
export function deliveryWindow(hour: number): string {
  return `entre las ${hour}:00 y las ${(hour + 1) % 24}:00`;
}
