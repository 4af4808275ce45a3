// The right to regularize a failed subject (Cap. XII, Art. 1 IV–V), lost to a colegiatura debt (Cap. IX, Art. 2 II) or a baja (Cap. IX, Art. 1 III).
import type { Rules } from '../config';
import { Cell, isBlank, parseAmount, parseYesNo } from '../parse';
import { isFailing, readGrade } from '../promotion';
import { readQuantity } from '../quantity';
import { Result, fail, ok } from '../result';

export type Regularization = 'passed' | 'has_right' | 'chances_used' | 'debt' | 'dropped';

export interface RegularizationResult {
  state: Regularization;
  /** Opportunities still left, with the right to regularize. */
  left?: number;
}

const COUNT = { integer: true, blank: 0 };

/** An unpaid mensualidad: sí/no, the number of months or the amount owed; blank is none. */
export function readMonthsOwed(v: Cell): Result<boolean> {
  if (isBlank(v)) return ok(false);
  const yes = parseYesNo(v);
  if (yes.ok) return yes;
  const amount = parseAmount(v);
  if (amount.ok && amount.value >= 0) return ok(amount.value > 0);
  return fail('bad_debt', { value: v });
}

/**
 * What a subject's final grade leaves: passed; or, failed, with the right to regularize and the
 * opportunities left (oportunidades_regularizacion, 3, Cap. XII, Art. 1 V). More owed subjects
 * than max_materias_adeudadas is a baja (Cap. IX, Art. 1 III) and comes first; then the
 * opportunities used up; then an unpaid mensualidad, which frees the institution from applying the
 * regularización (Cap. IX, Art. 2 II) until it is paid. `materias_adeudadas` counts every subject
 * the student owes, this one included.
 * @example regularizationOf(5, 2, '', '', DEFAULT_RULES) //=> { ok: true, value: { state: 'has_right', left: 1 } }
 */
export function regularizationOf(gradeCell: Cell, usedCell: Cell, owedCell: Cell, monthsCell: Cell, rules: Rules): Result<RegularizationResult> {
  const grade = readGrade(gradeCell, rules);
  if (!grade.ok) return grade;
  const used = readQuantity(usedCell, 'oportunidades_usadas', COUNT);
  if (!used.ok) return used;
  const owed = readQuantity(owedCell, 'materias_adeudadas', COUNT);
  if (!owed.ok) return owed;
  const debt = readMonthsOwed(monthsCell);
  if (!debt.ok) return debt;
  if (!isFailing(grade.value, rules)) return ok({ state: 'passed' });
  if (owed.value > rules.maxOwedSubjects) return ok({ state: 'dropped' });
  const left = rules.regularizationChances - used.value;
  if (left <= 0) return ok({ state: 'chances_used' });
  if (debt.value) return ok({ state: 'debt' });
  return ok({ state: 'has_right', left });
}
