// Renewal of a beca for the next period (Cap. XI, Art. 2, each plan's renewal rules) and its cancellation for debt (Art. 1 VII).
import { ARTICLE, Plan, parsePlan } from './becas';
import type { Rules } from './config';
import type { ReasonCode } from './messages';
import { Cell, isBlank, parseAmount, parseNumber, parseYesNo } from './parse';
import { readQuantity } from './quantity';
import { Result, fail, ok } from './result';

export type RenewalState = 'renews' | 'not_renewed' | 'cancelled';

export interface Renewal {
  state: RenewalState;
  reason: { code: ReasonCode; plan: Plan; article: string; [detail: string]: unknown };
}

const OWED = { integer: true, blank: 0 };
const HOURS = { blank: 0 };
const DEBT_ARTICLE = 'Cap. XI, Art. 1 VII';

/**
 * Whether a beca is renewed. Any colegiatura debt cancels it for good (Art. 1 VII); otherwise:
 * I promedio ≥ 8; II alumno regular, promedio ≥ 9.5 and ≥ 25 hours of servicio becario; III
 * alumno regular, promedio ≥ 9.5; IV alumno regular, promedio ≥ 8; V alumno regular and a passing
 * promedio; VI promedio ≥ 8; VII owes no subjects; VIII only the debt rule. "En ordinario" is read
 * as alumno regular: no subject owed. Blank owed subjects, debt and hours count as 0 / no.
 * @example renewalOf('I', 8, 0, 'no', '', DEFAULT_RULES) //=> { ok: true, value: { state: 'renews', … } }
 */
export function renewalOf(planCell: Cell, averageCell: Cell, owedCell: Cell, debtCell: Cell, hoursCell: Cell, rules: Rules): Result<Renewal> {
  const planR = parsePlan(planCell);
  if (!planR.ok) return planR;
  const plan = planR.value;
  const article = `${ARTICLE}, Plan ${plan}`;
  const needsAverage = plan !== 'VII' && plan !== 'VIII';
  if (needsAverage && isBlank(averageCell)) return fail('average_required', { plan, article });
  const average = isBlank(averageCell) ? undefined : parseNumber(averageCell);
  if (average && (!average.ok || average.value < rules.gradeMin || average.value > rules.gradeMax)) {
    return fail('average_out_of_scale', { value: averageCell, min: rules.gradeMin, max: rules.gradeMax });
  }
  const owed = readQuantity(owedCell, 'materias_adeudadas', OWED);
  if (!owed.ok) return owed;
  const debt = readDebt(debtCell);
  if (!debt.ok) return debt;
  const hours = readQuantity(hoursCell, 'horas_servicio', HOURS);
  if (!hours.ok) return hours;

  const base = { plan, article, average: average?.value, owed: owed.value };
  const result = (state: RenewalState, code: ReasonCode, details: Record<string, unknown> = {}): Result<Renewal> =>
    ok({ state, reason: { code, ...base, ...details } });
  if (debt.value) return result('cancelled', 'renewal_debt', { article: DEBT_ARTICLE });

  const avg = average?.value ?? 0;
  const regular = owed.value === 0;
  switch (plan) {
    case 'I':
    case 'VI': {
      const minimum = plan === 'I' ? rules.continuidadRenewalAverage : rules.personalRenewalAverage;
      return avg >= minimum ? result('renews', 'renewal_average', { minimum }) : result('not_renewed', 'renewal_low_average', { minimum });
    }
    case 'II':
    case 'III':
    case 'IV':
    case 'V': {
      const minimum = { II: rules.excelenciaRenewalAverage, III: rules.academicaRenewalAverage, IV: rules.parentescoRenewalAverage, V: rules.passingGrade }[plan];
      if (!regular) return result('not_renewed', 'renewal_not_regular');
      if (avg < minimum) return result('not_renewed', plan === 'V' ? 'renewal_failing_average' : 'renewal_low_average', { minimum });
      if (plan === 'II') {
        const required = rules.excelenciaServiceHours;
        if (hours.value < required) return result('not_renewed', 'renewal_few_hours', { hours: hours.value, required });
        return result('renews', 'renewal_regular', { minimum, hours: hours.value, required });
      }
      return result('renews', plan === 'V' ? 'renewal_regular_passing' : 'renewal_regular', { minimum });
    }
    case 'VII':
      return regular ? result('renews', 'renewal_no_subjects_owed') : result('not_renewed', 'renewal_not_regular');
    case 'VIII':
      return result('renews', 'renewal_only_debt');
  }
}

/** A colegiatura debt: sí/no, or the amount owed (more than 0 is a debt). */
function readDebt(v: Cell): Result<boolean> {
  if (isBlank(v)) return ok(false);
  const yes = parseYesNo(v);
  if (yes.ok) return yes;
  const amount = parseAmount(v);
  if (amount.ok && amount.value >= 0) return ok(amount.value > 0);
  return fail('bad_debt', { value: v });
}
