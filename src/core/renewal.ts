// Renewal of a beca for the next period (Cap. XI, Art. 2, each plan's renewal rules) and its cancellation for debt (Art. 1 VII).
import { ARTICLE, Plan, isNoPlan, parsePlan, readAverage } from './becas';
import type { Rules } from './config';
import type { ReasonCode } from './codes';
import { memoText } from './memo';
import { Cell, isBlank, parseAmount, parseYesNo } from './parse';
import { readQuantity } from './quantity';
import { Result, fail, ok } from './result';

export type RenewalState = 'renews' | 'not_renewed' | 'cancelled' | 'no_beca';

export interface Renewal {
  state: RenewalState;
  reason: { code: ReasonCode; plan?: Plan; article: string; [detail: string]: unknown };
}

const OWED = { integer: true, blank: 0 };
const HOURS = { blank: 0 };
const DEBT_ARTICLE = 'Cap. XI, Art. 1 VII';

/**
 * Whether a beca is renewed. Any colegiatura debt cancels it for good (Art. 1 VII); otherwise:
 * I promedio ≥ 8; II alumno regular, promedio ≥ 9.5 and ≥ 25 hours of servicio becario; III
 * alumno regular, promedio ≥ 9.5; IV alumno regular, promedio ≥ 8; V alumno regular and a passing
 * promedio; VI promedio ≥ 8; VII owes no subjects; VIII only the debt rule. "En ordinario" is read
 * as alumno regular: no subject owed. Blank owed subjects, debt and hours count as 0 / no. The plan
 * and the debt are read first, so a debt cancels the beca even when the promedio is blank or bad.
 * @example renewalOf('I', 8, 0, 'no', '', DEFAULT_RULES) //=> { ok: true, value: { state: 'renews', … } }
 */
export function renewalOf(planCell: Cell, averageCell: Cell, owedCell: Cell, debtCell: Cell, hoursCell: Cell, rules: Rules): Result<Renewal> {
  // Like BECA, a blank plan (or «Sin beca», «Ninguna», «No aplica») means the student has no beca: nothing to renew, not an error.
  if (isBlank(planCell) || isNoPlan(planCell)) return ok({ state: 'no_beca', reason: { code: 'renewal_no_plan', article: ARTICLE } });
  const planR = readPlan(planCell);
  if (!planR.ok) return planR;
  const plan = planR.value;
  const article = `${ARTICLE}, Plan ${plan}`;
  // Any debt cancels the beca whatever the promedio (Art. 1 VII): a blank or bad promedio cannot hide it.
  const debt = readDebt(debtCell);
  if (!debt.ok) return debt;
  if (debt.value) return ok({ state: 'cancelled', reason: { code: 'renewal_debt', plan, article: DEBT_ARTICLE } });
  const averageR = readAverage(averageCell, rules);
  if (!averageR.ok) return averageR;
  const average = averageR.value;
  if (average === undefined && plan !== 'VII' && plan !== 'VIII') return fail('average_required', { plan, article });
  const owedR = readQuantity(owedCell, 'materias_adeudadas', OWED);
  if (!owedR.ok) return owedR;
  const hoursR = readQuantity(hoursCell, 'horas_servicio', HOURS);
  if (!hoursR.ok) return hoursR;

  const owed = owedR.value;
  const result = (state: RenewalState, code: ReasonCode, minimum?: number, hours?: number, required?: number): Result<Renewal> =>
    ok({ state, reason: { code, plan, article, average, owed, minimum, hours, required } });

  const avg = average ?? 0;
  switch (plan) {
    case 'I':
    case 'VI': {
      const minimum = plan === 'I' ? rules.continuidadRenewalAverage : rules.personalRenewalAverage;
      return avg >= minimum ? result('renews', 'renewal_average', minimum) : result('not_renewed', 'renewal_low_average', minimum);
    }
    case 'II':
    case 'III':
    case 'IV':
    case 'V': {
      if (owed > 0) return result('not_renewed', 'renewal_not_regular');
      const minimum = ordinarioMinimum(plan, rules);
      if (avg < minimum) return result('not_renewed', plan === 'V' ? 'renewal_failing_average' : 'renewal_low_average', minimum);
      if (plan === 'II') {
        const required = rules.excelenciaServiceHours;
        const hours = hoursR.value;
        return hours < required ? result('not_renewed', 'renewal_few_hours', minimum, hours, required) : result('renews', 'renewal_regular', minimum, hours, required);
      }
      return result('renews', plan === 'V' ? 'renewal_regular_passing' : 'renewal_regular', minimum);
    }
    case 'VII':
      return owed === 0 ? result('renews', 'renewal_no_subjects_owed') : result('not_renewed', 'renewal_not_regular');
    case 'VIII':
      return result('renews', 'renewal_only_debt');
  }
}

/** The promedio a regular student needs: 9.5 (II, III), 8 (IV) in ordinario, or just passing (V). */
function ordinarioMinimum(plan: 'II' | 'III' | 'IV' | 'V', rules: Rules): number {
  if (plan === 'II') return rules.excelenciaRenewalAverage;
  if (plan === 'III') return rules.academicaRenewalAverage;
  if (plan === 'IV') return rules.parentescoRenewalAverage;
  return rules.passingGrade;
}

const readPlan = memoText(parsePlan);

/** A colegiatura debt: sí/no, or the amount owed (more than 0 is a debt). */
const readDebt = memoText((v: Cell): Result<boolean> => {
  if (isBlank(v)) return ok(false);
  const yes = parseYesNo(v);
  if (yes.ok) return yes;
  const amount = parseAmount(v);
  if (amount.ok && amount.value >= 0) return ok(amount.value > 0);
  return fail('bad_debt', { value: v });
});
