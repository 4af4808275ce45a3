// One subject's parciales, the exemption from the ordinario (Cap. III, Art. 1 VIII) and the final grade (Cap. XII, Art. 1 II–III).
import { Attendance, hasExamRight, readAttendance } from '../attendance';
import type { Rules } from '../config';
import { Cell, isBlank } from '../parse';
import { readGrade } from '../promotion';
import { Result, ok } from '../result';
import { gradeValue, mean, roundAverage } from './average';

export type Exemption = 'exempt' | 'sits_ordinario' | 'pending';

export interface ExemptionResult {
  state: Exemption;
  /** The parciales' average, rounded as configured; undefined while a parcial is blank. */
  average?: number;
}

/**
 * Whether the student is exempt from the ordinario. Any blank parcial is pending (its grade is
 * still to come). By default every parcial passed exempts (Cap. III, Art. 1 VIII: «en caso de
 * aprobarlos»); `exencion: promedio` exempts at a parciales' average of at least promedio_exencion.
 * NP and SD are failed parciales and count as valor_np_promedio in the average.
 * @example exemptionOf([8, 6, 9], DEFAULT_RULES) //=> { ok: true, value: { state: 'exempt', average: 7.6 } }
 */
export function exemptionOf(parciales: readonly Cell[], rules: Rules): Result<ExemptionResult> {
  const values: number[] = [];
  let allPassed = true;
  let pending = false;
  for (const cell of parciales) {
    if (isBlank(cell)) {
      pending = true;
      continue;
    }
    const g = readGrade(cell, rules);
    if (!g.ok) return g;
    if (typeof g.value !== 'number' || g.value < rules.passingGrade) allPassed = false;
    const v = gradeValue(cell, rules);
    if (!v.ok) return v;
    values.push(v.value);
  }
  if (pending || values.length === 0) return ok({ state: 'pending' });
  const average = roundAverage(mean(values) as number, rules);
  const exempt = rules.exemptionRule === 'promedio' ? average >= rules.exemptionAverage : allPassed;
  return ok({ state: exempt ? 'exempt' : 'sits_ordinario', average });
}

const JUSTIFIED_BLANK: Cell = '';

/** The attendance of a subject when it was given: all three blank means no attendance check. */
export function optionalAttendance(attended: Cell, sessions: Cell, justified: Cell): Result<Attendance | undefined> {
  if (isBlank(attended) && isBlank(sessions) && isBlank(justified)) return ok(undefined);
  return readAttendance(attended, sessions, isBlank(justified) ? JUSTIFIED_BLANK : justified);
}

export interface SubjectGrade {
  /** Undefined while pending: a parcial or the ordinario not yet captured. */
  grade?: number;
  exemption: Exemption;
  /** The parciales' exemption with their average, for the lists' reasons. */
  parciales: ExemptionResult;
  examRight: boolean;
}

/**
 * The subject's final grade: without the right to the exam (attendance under 80 %) it is
 * calificacion_sin_derecho (5), whatever the parciales (Cap. XII, Art. 1 III); exempt, the parciales'
 * average; otherwise the ordinario, where NP counts as the scale's minimum and SD as 5 (as
 * CALIFICACION_FINAL reads them). Pending while a parcial is blank, or the ordinario is blank
 * for a student who sits it.
 */
export function subjectGrade(parciales: readonly Cell[], ordinario: Cell, attendance: Attendance | undefined, rules: Rules): Result<SubjectGrade> {
  const ex = exemptionOf(parciales, rules);
  if (!ex.ok) return ex;
  const ord = isBlank(ordinario) ? undefined : readGrade(ordinario, rules);
  if (ord && !ord.ok) return ord;
  const examRight = attendance === undefined || hasExamRight(attendance, rules);
  const judgedParciales = ex.value;
  const exemption = judgedParciales.state;
  const judged = (grade: number | undefined): Result<SubjectGrade> => ok({ grade, exemption, parciales: judgedParciales, examRight });
  if (!examRight) return judged(rules.gradeWithoutRight);
  if (exemption === 'exempt') return judged(judgedParciales.average);
  if (exemption === 'pending' || !ord) return judged(undefined);
  const g = ord.value;
  return judged(g === 'NP' ? rules.gradeMin : g === 'SD' ? rules.gradeWithoutRight : g);
}
