// What the reglamento decides from a student's mensualidades as of the fecha de corte: debts (Cap. IX, Art. 2), the beca (Cap. XI, Art. 1 VII and IX), the right to evaluation and the deserter's debt (Cap. IV, Art. 1 XVI).
import type { Rules } from '../config';
import { Day } from '../dates';
import { roundCents } from '../payments';
import type { Mensualidad } from './ledger';

/** Overdue and unpaid as of `hoy`: due before hoy (due on the day itself is not yet overdue) and no payment by hoy. */
export function isOverdue(m: Mensualidad, hoy: Day): boolean {
  return m.due < hoy && !paidBy(m, hoy);
}

/** Paid on or before `day`; a payment with no date (an amount, sí) counts from the start. */
function paidBy(m: Mensualidad, day: Day): boolean {
  return m.paid && (m.payDay === undefined || m.payDay <= day);
}

/** The mensualidades overdue and unpaid as of hoy, in their order. */
export function overdueMensualidades(ledger: readonly Mensualidad[], hoy: Day): Mensualidad[] {
  return ledger.filter((m) => isOverdue(m, hoy));
}

export type BecaState = 'none' | 'not_yet' | 'in_force' | 'cancelled';

export interface BecaStanding {
  state: BecaState;
  /** The day the beca was cancelled (the day after the missed due date, or the dictamen if later). */
  cancelledOn?: Day;
  /** The mensualidad that cancelled it, and whether it was paid late (and when) or not at all. */
  by?: Mensualidad;
}

/**
 * The first day, from the dictamen on and up to hoy, on which some mensualidad was due and unpaid:
 * the day the beca is cancelled for good (Art. 1 VII). Undefined while the student is al corriente.
 * A mensualidad paid after its due date was owed meanwhile, so it cancels the beca too.
 */
export function cancellation(ledger: readonly Mensualidad[], hoy: Day, dictamen: Day | undefined): { day: Day; by: Mensualidad } | undefined {
  let best: { day: Day; by: Mensualidad } | undefined;
  for (const m of ledger) {
    const owedFrom = m.due + 1;
    // The last day it was owed: the day of its payment (paid after its due date is paid late, on a day it was owed), or hoy when it is still unpaid by then.
    const owedUntil = m.paid && m.payDay === undefined ? -Infinity : m.paid && (m.payDay as Day) <= hoy ? (m.payDay as Day) : hoy;
    const from = dictamen === undefined ? owedFrom : Math.max(owedFrom, dictamen);
    if (from > owedUntil) continue;
    if (!best || from < best.day) best = { day: from, by: m };
  }
  return best;
}

/** BECA_VIGENTE: no beca, not yet in force (before the dictamen, Art. 1 IX), in force, or cancelled (Art. 1 VII). */
export function becaStanding(fraction: number, ledger: readonly Mensualidad[], hoy: Day, dictamen: Day | undefined): BecaStanding {
  if (fraction === 0) return { state: 'none' };
  if (dictamen !== undefined && hoy < dictamen) return { state: 'not_yet' };
  const c = cancellation(ledger, hoy, dictamen);
  return c ? { state: 'cancelled', cancelledOn: c.day, by: c.by } : { state: 'in_force' };
}

/**
 * ADEUDO_COLEGIATURA: the overdue unpaid mensualidades, each at the amount due when it fell due: with
 * the beca when it fell due on or after the dictamen and before the beca was cancelled, so the first
 * missed one carries the beca and the next ones do not. No payment discount applies to a debt.
 */
export function amountOwed(colegiatura: number, fraction: number, ledger: readonly Mensualidad[], hoy: Day, dictamen: Day | undefined): number {
  const c = fraction > 0 ? cancellation(ledger, hoy, dictamen) : undefined;
  const withBeca = roundCents(colegiatura * (1 - fraction));
  let total = 0;
  for (const m of ledger) {
    if (!isOverdue(m, hoy)) continue;
    const becaApplies = fraction > 0 && (dictamen === undefined || m.due >= dictamen) && (c === undefined || m.due < c.day);
    total += becaApplies ? withBeca : colegiatura;
  }
  return roundCents(total);
}

export type EvaluationRight = 'with' | 'attendance' | 'debt' | 'both';

/** DERECHO_EVALUACION: attendance (Cap. XII, Art. 1 III) and, when the configuration says so, debt (Cap. IX, Art. 2 II). */
export function evaluationRight(attendanceOk: boolean, owedMonths: number, rules: Rules): EvaluationRight {
  const debt = rules.debtBlocksEvaluation && owedMonths > 0;
  if (attendanceOk) return debt ? 'debt' : 'with';
  return debt ? 'both' : 'attendance';
}

/**
 * ADEUDO_DESERCION: the colegiaturas, full and without discount, that fall due from the abandonment
 * up to the notice, both days included (Cap. IV, Art. 1 XVI and XXV).
 */
export function desertionDebt(colegiatura: number, due: readonly (Day | undefined)[], abandoned: Day, notice: Day): number {
  let count = 0;
  for (const d of due) if (d !== undefined && d >= abandoned && d <= notice) count++;
  return roundCents(colegiatura * count);
}
