// Custom functions over attendance, grades and promotion (Cap. IX, X and XII).
import { Attendance, attendanceFraction, finalGrade, hasExamRight, readAttendanceOf, remainingAfter } from '../core/attendance';
import type { Rules } from '../core/config';
import { EXAM_RIGHT_WORDS, PROMOTION_WORDS } from '../core/es/words';
import { countFailed, promotionOf } from '../core/promotion';
import { isBlank } from '../core/parse';
import { Result, ok } from '../core/result';
import type { Cell } from '../core/parse';
import { withContext } from './context';
import type { Out, Param } from './rows';

/**
 * Whether the call derives asistencias from inasistencias: the argument is given (a range, or a value
 * other than ""), or it is "" beside an asistencias of "" (one row's formula over a blank cell, 0 absences).
 */
function derives(asistencias: unknown, inasistencias: unknown): boolean {
  if (inasistencias === undefined) return false;
  if (Array.isArray(inasistencias) || !isBlank(inasistencias)) return true;
  return !Array.isArray(asistencias) && isBlank(asistencias);
}

/** The attendance arguments of a call; inasistencias joins them only when the call derives asistencias from it. */
function attendanceParams(asistencias: unknown, sesiones: { name: string; value: unknown }, justificadas: unknown, inasistencias: unknown): Param[] {
  const params: Param[] = [{ name: 'asistencias', value: asistencias }, sesiones, { name: 'justificadas', value: justificadas }];
  if (derives(asistencias, inasistencias)) params.push({ name: 'inasistencias', value: inasistencias });
  return params;
}

/** One row's attendance from the cells of attendanceParams (the fourth, when present, is inasistencias). */
function rowAttendance(cells: Cell[], sessionsField = 'sesiones', noSessionsYet = false): Result<Attendance> {
  const [a, s, j] = cells;
  return readAttendanceOf(a, s, j, cells.length > 3 ? { cell: cells[3] } : undefined, sessionsField, noSessionsYet);
}

/** Each row's attendance read once, then answered: ASISTENCIA and DERECHO_EXAMEN differ only in the answer. */
function byAttendance(asistencias: unknown, sesiones: unknown, justificadas: unknown, configuracion: unknown, inasistencias: unknown, answer: (a: Attendance, rules: Rules) => Out) {
  const params = attendanceParams(asistencias, { name: 'sesiones', value: sesiones }, justificadas, inasistencias);
  return withContext(params, configuracion, (cells, ctx): Result<Out> => {
    const r = rowAttendance(cells);
    return r.ok ? ok(answer(r.value, ctx.rules)) : r;
  });
}

/**
 * Fracción de las sesiones a las que asistió el alumno. Las faltas justificadas cuentan como asistencia (Cap. III, Art. 1 IX; Cap. VII), salvo que la hoja Configuración diga «justificadas_cuentan: no». En un registro de faltas (días hábiles e inasistencias), pase las inasistencias como último argumento y asistencias vacío: =ASISTENCIA("", C2:C, E2:E, , D2:D).
 * Ejemplo: =ASISTENCIA(B2:B, C2:C, D2:D) o =ASISTENCIA(38, 50, 2) → 0.8
 *
 * @param {38} asistencias Sesiones a las que asistió.
 * @param {50} sesiones Sesiones impartidas (mayor que 0).
 * @param {2} justificadas Opcional: faltas justificadas (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @param {D2:D} inasistencias Opcional: inasistencias de un registro de faltas (todas, también las justificadas). Con ellas las asistencias son sesiones − inasistencias, el argumento asistencias debe ser "" y una celda vacía es 0.
 * @return Fracción de asistencia (0.8 es 80 %), o «Error: …» si un dato no sirve.
 * @customfunction
 */
export function ASISTENCIA(asistencias: unknown, sesiones: unknown, justificadas?: unknown, configuracion?: unknown, inasistencias?: unknown) {
  return byAttendance(asistencias, sesiones, justificadas, configuracion, inasistencias, attendanceFraction);
}

/**
 * «Con derecho» a examen cuando la asistencia es de al menos 80 % (exactamente 80 % conserva el derecho); si no, «Sin derecho» (Cap. XII, Art. 1 III). Con inasistencias (último argumento) las asistencias son sesiones − inasistencias.
 * Ejemplo: =DERECHO_EXAMEN(B2:B, C2:C, D2:D) o =DERECHO_EXAMEN(40, 50) → Con derecho
 *
 * @param {40} asistencias Sesiones a las que asistió.
 * @param {50} sesiones Sesiones impartidas (mayor que 0).
 * @param {0} justificadas Opcional: faltas justificadas (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @param {D2:D} inasistencias Opcional: inasistencias de un registro de faltas (todas, también las justificadas). Con ellas las asistencias son sesiones − inasistencias, el argumento asistencias debe ser "" y una celda vacía es 0.
 * @return «Con derecho» o «Sin derecho», o «Error: …».
 * @customfunction
 */
export function DERECHO_EXAMEN(asistencias: unknown, sesiones: unknown, justificadas?: unknown, configuracion?: unknown, inasistencias?: unknown) {
  return byAttendance(asistencias, sesiones, justificadas, configuracion, inasistencias, (a, rules) =>
    hasExamRight(a, rules) ? EXAM_RIGHT_WORDS.with : EXAM_RIGHT_WORDS.without,
  );
}

/**
 * Cuántas faltas más puede tener el alumno en lo que queda del curso sin perder el derecho a examen (80 % de asistencia, Cap. XII, Art. 1 III), si asiste a las demás sesiones. Da 0 cuando ya no le quedan faltas y también cuando ya perdió el derecho; DERECHO_EXAMEN sobre el curso completo distingue los dos casos. Con inasistencias (último argumento) las asistencias son sesiones_impartidas − inasistencias.
 * Ejemplo: =FALTAS_RESTANTES(B2:B, C2:C, D2:D, E2:E) o =FALTAS_RESTANTES(18, 20, 50) → 8
 *
 * @param {18} asistencias Sesiones a las que asistió hasta hoy.
 * @param {20} sesiones_impartidas Sesiones impartidas hasta hoy (0 si el curso no ha empezado).
 * @param {50} sesiones_del_curso Sesiones de todo el curso (mayor que 0).
 * @param {0} justificadas Opcional: faltas justificadas hasta hoy (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @param {D2:D} inasistencias Opcional: inasistencias de un registro de faltas (todas, también las justificadas). Con ellas las asistencias son sesiones_impartidas − inasistencias, el argumento asistencias debe ser "" y una celda vacía es 0.
 * @return Número entero de faltas que aún puede tener (0 o más), o «Error: …».
 * @customfunction
 */
export function FALTAS_RESTANTES(asistencias: unknown, sesiones_impartidas: unknown, sesiones_del_curso: unknown, justificadas?: unknown, configuracion?: unknown, inasistencias?: unknown) {
  const [a, held, j, ...absences] = attendanceParams(asistencias, { name: 'sesiones_impartidas', value: sesiones_impartidas }, justificadas, inasistencias);
  return withContext([a, held, { name: 'sesiones_del_curso', value: sesiones_del_curso }, j, ...absences], configuracion, ([ac, hc, course, jc, ...ic], ctx) =>
    remainingAfter(rowAttendance([ac, hc, jc, ...ic], 'sesiones_impartidas', true), course, ctx.rules),
  );
}

/**
 * La calificación final: la calificación si tiene derecho a examen; 5 si no lo tiene (asistencia menor que 80 %, Cap. XII, Art. 1 III). Con derecho, NP (no presentó) da la calificación más baja de la escala (5) y SD (sin derecho) da 5; con derecho y sin calificación todavía, la celda queda vacía (pendiente). Con inasistencias (último argumento) las asistencias son sesiones − inasistencias.
 * Ejemplo: =CALIFICACION_FINAL(B2:B, C2:C, D2:D, E2:E) o =CALIFICACION_FINAL(9, 35, 50) → 5
 *
 * @param {9} calificacion Calificación de la materia, de 5 a 10, o NP o SD; vacía mientras no se capture.
 * @param {35} asistencias Sesiones a las que asistió.
 * @param {50} sesiones Sesiones impartidas (mayor que 0).
 * @param {0} justificadas Opcional: faltas justificadas (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @param {D2:D} inasistencias Opcional: inasistencias de un registro de faltas (todas, también las justificadas). Con ellas las asistencias son sesiones − inasistencias, el argumento asistencias debe ser "" y una celda vacía es 0.
 * @return La calificación final (número); vacío si tiene derecho y aún no hay calificación; o «Error: …».
 * @customfunction
 */
export function CALIFICACION_FINAL(calificacion: unknown, asistencias: unknown, sesiones: unknown, justificadas?: unknown, configuracion?: unknown, inasistencias?: unknown) {
  const params = attendanceParams(asistencias, { name: 'sesiones', value: sesiones }, justificadas, inasistencias);
  return withContext([{ name: 'calificacion', value: calificacion }, ...params], configuracion, ([grade, ...cells], ctx) => {
    const r = rowAttendance(cells);
    if (!r.ok) return r;
    const final = finalGrade(grade, r.value, ctx.rules);
    return final.ok ? ok(final.value ?? '') : final;
  });
}

/**
 * Estatus de promoción de cada alumno a partir de sus calificaciones finales del semestre (una fila por alumno, una columna por materia; celdas vacías no cuentan; NP y SD son reprobadas; aprueba con 6). Con f reprobadas y p adeudadas de antes: f + p > 3 → «Baja por adeudo» (Cap. IX, Art. 1 III); si no, p > 0 → «No promovido» (Cap. X, Art. 1 I); si no, f > 0 → «Promovido con adeudo» (Cap. X, Art. 1 II); si no, «Regular».
 * Ejemplo: =ESTATUS_PROMOCION(C2:J, K2:K) o =ESTATUS_PROMOCION({8, 9, 5, "NP"}, 0) → Promovido con adeudo
 *
 * @param {C2:J2} calificaciones Calificaciones del alumno en varias columnas: números de 5 a 10, NP o SD.
 * @param {0} adeudos_anteriores Opcional: materias que aún adeuda de semestres anteriores (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return «Regular», «Promovido con adeudo», «No promovido» o «Baja por adeudo», o «Error: …».
 * @customfunction
 */
export function ESTATUS_PROMOCION(calificaciones: unknown, adeudos_anteriores?: unknown, configuracion?: unknown) {
  return withContext(
    [
      { name: 'calificaciones', value: calificaciones, shape: 'row' },
      { name: 'adeudos_anteriores', value: adeudos_anteriores },
    ],
    configuracion,
    ([grades, owed], ctx) => {
      const r = promotionOf(grades as unknown[], owed, ctx.rules);
      return r.ok ? ok(PROMOTION_WORDS[r.value]) : r;
    },
  );
}

/**
 * Número de materias reprobadas de cada alumno (una fila por alumno): calificación menor que 6, NP o SD (Cap. XII, Art. 1 II). Las celdas vacías no cuentan.
 * Ejemplo: =MATERIAS_REPROBADAS(C2:J) o =MATERIAS_REPROBADAS({8, 5, "NP", 9}) → 2
 *
 * @param {C2:J2} calificaciones Calificaciones del alumno en varias columnas: números de 5 a 10, NP o SD.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Número de materias reprobadas, o «Error: …».
 * @customfunction
 */
export function MATERIAS_REPROBADAS(calificaciones: unknown, configuracion?: unknown) {
  return withContext([{ name: 'calificaciones', value: calificaciones, shape: 'row' }], configuracion, ([grades], ctx) =>
    countFailed(grades as unknown[], ctx.rules),
  );
}
