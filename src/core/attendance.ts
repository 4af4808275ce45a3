// Attendance and the right to the exam (Cap. XII, Art. 1 III); justified absences count as attended (Cap. III, Art. 1 IX; Cap. VII).
import type { Rules } from './config';
import { Cell, isBlank } from './parse';
import { readGrade } from './promotion';
import { meetsShare, readQuantity, unitsAboveShare } from './quantity';
import { Result, fail, ok } from './result';

export interface Attendance {
  attended: number;
  justified: number;
  /** Sessions held so far (or in the whole course, for the final count). */
  sessions: number;
}

const JUSTIFIED = { blank: 0 };

/**
 * Reads asistencias, sesiones and justificadas. Sessions must be more than 0 unless `noSessionsYet`
 * (a course that has not started); attended plus justified may not exceed the sessions.
 */
export function readAttendance(attendedCell: Cell, sessionsCell: Cell, justifiedCell: Cell, sessionsField = 'sesiones', noSessionsYet = false): Result<Attendance> {
  const attended = readQuantity(attendedCell, 'asistencias');
  if (!attended.ok) return attended;
  const sessions = readSessions(sessionsCell, sessionsField, noSessionsYet);
  if (!sessions.ok) return sessions;
  const justified = readQuantity(justifiedCell, 'justificadas', JUSTIFIED);
  if (!justified.ok) return justified;
  if (attended.value + justified.value > sessions.value) {
    return fail('attendance_exceeds_sessions', { attended: attended.value, justified: justified.value, sessions: sessions.value, field: sessionsField });
  }
  return ok({ attended: attended.value, justified: justified.value, sessions: sessions.value });
}

const ABSENCES = { blank: 0 };

/**
 * Attendance from a register of absences: asistencias = sesiones − inasistencias (días hábiles minus
 * every absence, the justified ones included, as registers of absences count them); the justified
 * ones are then counted as the configuration says. A blank inasistencias is 0; more absences than
 * sessions, or more justified absences than absences, is an error naming both values.
 * @example readAbsences(14, 60, 2) //=> { ok: true, value: { attended: 46, justified: 2, sessions: 60 } }
 */
export function readAbsences(absencesCell: Cell, sessionsCell: Cell, justifiedCell: Cell, sessionsField = 'sesiones', noSessionsYet = false): Result<Attendance> {
  const sessions = readSessions(sessionsCell, sessionsField, noSessionsYet);
  if (!sessions.ok) return sessions;
  const absences = readQuantity(absencesCell, 'inasistencias', ABSENCES);
  if (!absences.ok) return absences;
  if (absences.value > sessions.value) {
    return fail('more_than', { field: 'inasistencias', value: absences.value, limitField: sessionsField, limit: sessions.value });
  }
  const justified = readQuantity(justifiedCell, 'justificadas', JUSTIFIED);
  if (!justified.ok) return justified;
  if (justified.value > absences.value) {
    return fail('more_than', { field: 'justificadas', value: justified.value, limitField: 'inasistencias', limit: absences.value });
  }
  return ok({ attended: sessions.value - absences.value, justified: justified.value, sessions: sessions.value });
}

/**
 * The attendance of one row however the call gives it: asistencias, or, when the call passes
 * inasistencias (`absences` defined), sesiones − inasistencias with asistencias left blank.
 */
export function readAttendanceOf(attendedCell: Cell, sessionsCell: Cell, justifiedCell: Cell, absences: { cell: Cell } | undefined, sessionsField = 'sesiones', noSessionsYet = false): Result<Attendance> {
  if (!absences) return readAttendance(attendedCell, sessionsCell, justifiedCell, sessionsField, noSessionsYet);
  if (!isBlank(attendedCell)) return fail('attended_and_absences', { value: attendedCell, field: sessionsField });
  return readAbsences(absences.cell, sessionsCell, justifiedCell, sessionsField, noSessionsYet);
}

function readSessions(sessionsCell: Cell, sessionsField: string, noSessionsYet: boolean): Result<number> {
  const sessions = readQuantity(sessionsCell, sessionsField);
  if (!sessions.ok) return sessions;
  if (sessions.value === 0 && !noSessionsYet) return fail('not_positive', { field: sessionsField, value: sessionsCell });
  return sessions;
}

/** Sessions that count as attended: justified absences count unless the configuration says no. */
export function countedSessions(a: Attendance, rules: Rules): number {
  return rules.justifiedCount ? a.attended + a.justified : a.attended;
}

/** The share of sessions attended, 0–1. */
export function attendanceFraction(a: Attendance, rules: Rules): number {
  return countedSessions(a, rules) / a.sessions;
}

/** At least minAttendance of the sessions; exactly 80 % keeps the right (Cap. XII, Art. 1 III). */
export function hasExamRight(a: Attendance, rules: Rules): boolean {
  return meetsShare(countedSessions(a, rules), a.sessions, rules.minAttendance);
}

/**
 * How many more absences keep the right to the exam over the whole course, assuming the student
 * attends every other remaining session. 0 when none are left, also when the right is already lost
 * (DERECHO_EXAMEN over the whole course tells those apart).
 */
export function remainingAbsences(attendedCell: Cell, heldCell: Cell, courseCell: Cell, justifiedCell: Cell, rules: Rules): Result<number> {
  return remainingAfter(readAttendance(attendedCell, heldCell, justifiedCell, 'sesiones_impartidas', true), courseCell, rules);
}

/** remainingAbsences over the attendance so far, however it was read (asistencias, or sesiones − inasistencias). */
export function remainingAfter(held: Result<Attendance>, courseCell: Cell, rules: Rules): Result<number> {
  if (!held.ok) return held;
  const course = readQuantity(courseCell, 'sesiones_del_curso');
  if (!course.ok) return course;
  if (course.value === 0) return fail('not_positive', { field: 'sesiones_del_curso', value: courseCell });
  if (held.value.sessions > course.value) {
    return fail('more_than', { field: 'sesiones_impartidas', value: held.value.sessions, limitField: 'sesiones_del_curso', limit: course.value });
  }
  const ahead = course.value - held.value.sessions;
  const spare = unitsAboveShare(countedSessions(held.value, rules) + ahead, course.value, rules.minAttendance);
  return ok(Math.max(0, Math.min(spare, Math.floor(ahead))));
}

/**
 * The final grade: without the right to the exam, gradeWithoutRight (5, Cap. XII, Art. 1 III)
 * whatever the grade; with it, the grade, where NP counts as the lowest grade of the scale and SD
 * as gradeWithoutRight. With the right and no grade yet, undefined: the grade is pending, not wrong.
 * A bad grade is an error even without the right.
 */
export function finalGrade(gradeCell: Cell, a: Attendance, rules: Rules): Result<number | undefined> {
  const grade = isBlank(gradeCell) ? undefined : readGrade(gradeCell, rules);
  if (grade && !grade.ok) return grade;
  if (!hasExamRight(a, rules)) return ok(rules.gradeWithoutRight);
  if (!grade) return ok(undefined);
  if (grade.value === 'NP') return ok(rules.gradeMin);
  if (grade.value === 'SD') return ok(rules.gradeWithoutRight);
  return ok(grade.value);
}
