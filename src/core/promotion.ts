// Grades and promotion: the grading scale (Cap. XII, Art. 1 II), owed subjects (Cap. IX, Art. 1 III; Cap. X, Art. 1).
import type { Rules } from './config';
import { Cell, isBlank, parseNumber } from './parse';
import { readQuantity } from './quantity';
import { Result, fail, ok } from './result';

/** A final grade: a number on the scale, or NP (no presentó) / SD (sin derecho), both failed. */
export type Grade = number | 'NP' | 'SD';

const MARKS = /[\s./]/g;

/** A grade from 8, "8,5", "NP", "n.p.", "SD"; anything off the scale or other text is an error naming it. */
export function readGrade(v: Cell, rules: Rules): Result<Grade> {
  if (typeof v === 'string') {
    const mark = v.replace(MARKS, '').toUpperCase();
    if (mark === 'NP' || mark === 'SD') return ok(mark);
  }
  const n = parseNumber(v);
  if (!n.ok || n.value < rules.gradeMin || n.value > rules.gradeMax) {
    return fail('bad_grade', { value: v, min: rules.gradeMin, max: rules.gradeMax });
  }
  return n;
}

export function isFailing(grade: Grade, rules: Rules): boolean {
  return typeof grade !== 'number' || grade < rules.passingGrade;
}

/** Failed subjects in one student's row of final grades; blank cells are subjects without a grade yet. */
export function countFailed(grades: readonly Cell[], rules: Rules): Result<number> {
  let failed = 0;
  for (const cell of grades) {
    if (typeof cell === 'number' && cell >= rules.gradeMin && cell <= rules.gradeMax) {
      // Most cells: a grade on the scale, counted without building a Result.
      if (cell < rules.passingGrade) failed++;
      continue;
    }
    if (isBlank(cell)) continue;
    const g = readGrade(cell, rules);
    if (!g.ok) return g;
    if (isFailing(g.value, rules)) failed++;
  }
  return ok(failed);
}

export type PromotionStatus = 'regular' | 'promoted_owing' | 'not_promoted' | 'dropped';

/**
 * With f subjects failed this semester and p still owed from earlier ones: more than
 * maxOwedSubjects in all is baja (Cap. IX, Art. 1 III); any owed from before stops promotion
 * (Cap. X, Art. 1 I); failed only now promotes owing them (Cap. X, Art. 1 II).
 * @example promotionStatus(2, 2, DEFAULT_RULES) //=> 'dropped'
 */
export function promotionStatus(failed: number, owedBefore: number, rules: Rules): PromotionStatus {
  if (failed + owedBefore > rules.maxOwedSubjects) return 'dropped';
  if (owedBefore > 0) return 'not_promoted';
  if (failed > 0) return 'promoted_owing';
  return 'regular';
}

const OWED = { integer: true, blank: 0 };

/** The promotion status of one row of grades and the subjects owed before (blank owes none). */
export function promotionOf(grades: readonly Cell[], owedBeforeCell: Cell, rules: Rules): Result<PromotionStatus> {
  const failed = countFailed(grades, rules);
  if (!failed.ok) return failed;
  const owed = readQuantity(owedBeforeCell, 'adeudos_anteriores', OWED);
  if (!owed.ok) return owed;
  return ok(promotionStatus(failed.value, owed.value, rules));
}
