// Custom functions over the period's grades: averages, exemption, the subject's grade, regularization, places, honor roll and the beca contests (Cap. III, XI, XII, XVI).
import { EXAM_FLAG_WORDS, EXCELENCIA_WORDS, EXEMPTION_WORDS, HONOR_ROLL_WORD, REGULARIZATION_WORDS } from '../core/es/grades';
import { finalAverage } from '../core/grades/average';
import { ExamEntry, examPlaces, excelenciaStates, honorRollOf, placesInGroups, readExamGrade, readExcelencia, readGroupKey, readKey, Scored } from '../core/grades/ranking';
import { regularizationOf } from '../core/grades/regularization';
import { exemptionOf, optionalAttendance, subjectGrade } from '../core/grades/subject';
import { readAverage } from '../core/becas';
import { Cell, isBlank } from '../core/parse';
import { ok } from '../core/result';
import { byColumns } from './columns';
import { withContext } from './context';
import type { Out } from './rows';

/**
 * El promedio de una fila de calificaciones (una columna por materia), con los decimales y el redondeo de la hoja Configuración: 1 decimal, truncado (9,46 es 9,4). Las celdas vacías no cuentan; NP y SD valen la mínima de la escala (5), como una materia reprobada.
 * Ejemplo: =PROMEDIO_FINAL(C2:J) o =PROMEDIO_FINAL({9, 10, 9, 9}) → 9.2
 *
 * @param {C2:J2} calificaciones Calificaciones del alumno en varias columnas: números de 5 a 10, NP o SD.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return El promedio (número), vacío si la fila no tiene calificaciones, o «Error: …».
 * @customfunction
 */
export function PROMEDIO_FINAL(calificaciones: unknown, configuracion?: unknown) {
  return withContext([{ name: 'calificaciones', value: calificaciones, shape: 'row' }], configuracion, ([grades], ctx) => {
    const r = finalAverage(grades as Cell[], ctx.rules);
    return r.ok ? ok(r.value ?? '') : r;
  });
}

/**
 * Si el alumno exenta el examen ordinario: «Exento» si aprobó todos los parciales (Cap. III, Art. 1 VIII), «Presenta ordinario» si no, «Pendiente» mientras falte algún parcial. Con «exencion: promedio» en Configuración exenta el promedio de parciales de al menos promedio_exencion.
 * Ejemplo: =EXENCION(C2:E) o =EXENCION({8, 6, 9}) → Exento
 *
 * @param {C2:E2} parciales Calificaciones de los parciales en varias columnas: de 5 a 10, NP o SD; vacía mientras no se capture.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return «Exento», «Presenta ordinario» o «Pendiente», o «Error: …».
 * @customfunction
 */
export function EXENCION(parciales: unknown, configuracion?: unknown) {
  return withContext([{ name: 'parciales', value: parciales, shape: 'row' }], configuracion, ([cells], ctx) => {
    const r = exemptionOf(cells as Cell[], ctx.rules);
    return r.ok ? ok(EXEMPTION_WORDS[r.value.state]) : r;
  });
}

/**
 * La calificación final de la materia: el promedio de parciales si exenta, el ordinario si no (NP da 5, SD da 5), 5 sin derecho a examen por asistencia menor que 80 % (Cap. XII, Art. 1 III), vacía mientras esté pendiente.
 * Ejemplo: =CALIFICACION_MATERIA(C2:E, F2:F, G2:G, H2:H) o =CALIFICACION_MATERIA({8, 5, 9}, 7, 45, 50) → 7
 *
 * @param {C2:E2} parciales Calificaciones de los parciales en varias columnas.
 * @param {7} ordinario Calificación del examen ordinario; vacía si exentó o aún no lo presenta.
 * @param {45} asistencias Opcional: sesiones a las que asistió (sin asistencias no se revisa el derecho a examen).
 * @param {50} sesiones Opcional: sesiones impartidas.
 * @param {0} justificadas Opcional: faltas justificadas (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return La calificación final (número), vacío si está pendiente, o «Error: …».
 * @customfunction
 */
export function CALIFICACION_MATERIA(parciales: unknown, ordinario: unknown, asistencias?: unknown, sesiones?: unknown, justificadas?: unknown, configuracion?: unknown) {
  return withContext(
    [
      { name: 'parciales', value: parciales, shape: 'row' },
      { name: 'ordinario', value: ordinario },
      { name: 'asistencias', value: asistencias },
      { name: 'sesiones', value: sesiones },
      { name: 'justificadas', value: justificadas },
    ],
    configuracion,
    ([cells, ord, a, s, j], ctx) => {
      const att = optionalAttendance(a, s, j);
      if (!att.ok) return att;
      const r = subjectGrade(cells as Cell[], ord, att.value, ctx.rules);
      return r.ok ? ok(r.value.grade ?? '') : r;
    },
  );
}

/**
 * Dos columnas: si el alumno puede regularizar la materia y cuántas oportunidades le quedan. «Aprobada»; «Con derecho» y las que quedan (3 en total, Cap. XII, Art. 1 IV–V); «Oportunidades agotadas»; «Sin derecho por adeudo» si debe alguna mensualidad (Cap. IX, Art. 2 II); «Baja por adeudo» si adeuda más de 3 materias (Cap. IX, Art. 1 III).
 * Ejemplo: =REGULARIZACION(E2:E, F2:F, G2:G, H2:H) o =REGULARIZACION(5, 2) → {Con derecho, 1}
 *
 * @param {5} calificacion_final Calificación final de la materia: de 5 a 10, NP o SD.
 * @param {2} oportunidades_usadas Oportunidades de regularización ya usadas en la materia (vacío es 0).
 * @param {1} materias_adeudadas Opcional: materias que adeuda en total, esta incluida (vacío es 0).
 * @param {"No"} mensualidades_adeudadas Opcional: si debe mensualidades (sí/no, cuántas o el importe; vacío es no).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Dos columnas: el estado y las oportunidades que quedan; o «Error: …».
 * @customfunction
 */
export function REGULARIZACION(calificacion_final: unknown, oportunidades_usadas: unknown, materias_adeudadas?: unknown, mensualidades_adeudadas?: unknown, configuracion?: unknown) {
  return withContext(
    [
      { name: 'calificacion_final', value: calificacion_final },
      { name: 'oportunidades_usadas', value: oportunidades_usadas },
      { name: 'materias_adeudadas', value: materias_adeudadas },
      { name: 'mensualidades_adeudadas', value: mensualidades_adeudadas },
    ],
    configuracion,
    ([grade, used, owed, months], ctx) => {
      if (isBlank(grade)) return ok(['', '']);
      const r = regularizationOf(grade, used, owed, months, ctx.rules);
      return r.ok ? ok([REGULARIZATION_WORDS[r.value.state], r.value.left ?? '']) : r;
    },
    2,
  );
}

/**
 * El lugar de cada promedio dentro de su grupo (1 es el mejor); promedios iguales comparten lugar y el siguiente se salta (9,5, 9,5, 9 → 1, 1, 3). Sin grupos, entre todos. Sirve para grupo, semestre, carrera, generación o sistema: pase esa columna, o varias juntas (B2:C).
 * Ejemplo: =LUGAR(F2:F, B2:B) o =LUGAR({9.5; 8; 9.5}) → {1; 3; 1}
 *
 * @param {9.5} promedios Promedio de cada alumno, de 5 a 10.
 * @param {"3A"} grupos Opcional: el grupo de cada alumno, en una o varias columnas (grupo y semestre, carrera y sistema…).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return El lugar (número entero), vacío para filas sin promedio, o «Error: …».
 * @customfunction
 */
export function LUGAR(promedios: unknown, grupos?: unknown, configuracion?: unknown) {
  return byColumns<Scored>(
    [
      { name: 'promedios', value: promedios },
      { name: 'grupos', value: grupos, shape: 'row' },
    ],
    configuracion,
    ([avgCell, groupCells], ctx) => {
      const avg = readAverage(avgCell, ctx.rules);
      if (!avg.ok) return avg;
      const key = readGroupKey(groupCells as Cell[]);
      if (!key.ok) return key;
      return ok(avg.value === undefined ? undefined : { value: avg.value, key: key.value });
    },
    (items) => placesInGroups(items),
  );
}

/**
 * «Cuadro de honor» si el promedio es de al menos promedio_cuadro_honor (9; el reglamento no fija el mínimo, Cap. XVI) y no reprobó ninguna materia; si no, vacío.
 * Ejemplo: =CUADRO_HONOR(F2:F, G2:G) o =CUADRO_HONOR(9.2, 0) → Cuadro de honor
 *
 * @param {9.2} promedios Promedio de cada alumno, de 5 a 10.
 * @param {0} materias_reprobadas Opcional: materias reprobadas en el periodo (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return «Cuadro de honor» o vacío, o «Error: …».
 * @customfunction
 */
export function CUADRO_HONOR(promedios: unknown, materias_reprobadas?: unknown, configuracion?: unknown) {
  return withContext(
    [
      { name: 'promedios', value: promedios },
      { name: 'materias_reprobadas', value: materias_reprobadas },
    ],
    configuracion,
    ([avg, failed], ctx) => {
      const r = honorRollOf(avg, failed, ctx.rules);
      return r.ok ? ok(r.value ? HONOR_ROLL_WORD : '') : r;
    },
  );
}

/**
 * El concurso de la beca de excelencia (Cap. XI, Art. 2, Plan II): «Ganador» al promedio más alto de su carrera, sistema y semestre, al final de los semestres 4.º, 6.º y 8.º, con todo aprobado en ordinario y promedio de al menos 9,5. Un empate en el primer lugar va a la Comisión Dictaminadora; si no, dice por qué no gana.
 * Ejemplo: =GANADOR_EXCELENCIA(F2:F, B2:B, C2:C, D2:D, G2:G) o =GANADOR_EXCELENCIA({9.8; 9.6}, "Bachillerato", "Escolarizado", 4) → {Ganador; No gana: hay un promedio más alto}
 *
 * @param {9.8} promedios Promedio de cada alumno, de 5 a 10.
 * @param {"Bachillerato"} carreras La carrera de cada alumno.
 * @param {"Escolarizado"} sistemas El sistema de cada alumno (escolarizado, mixto…).
 * @param {4} semestres El semestre que termina cada alumno (4, 4° o cuarto).
 * @param {0} materias_reprobadas Opcional: materias no aprobadas en ordinario (vacío es 0).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return «Ganador», «Empate: dictamen de la Comisión», «No gana: hay un promedio más alto» o «No participa: …», o «Error: …».
 * @customfunction
 */
export function GANADOR_EXCELENCIA(promedios: unknown, carreras: unknown, sistemas: unknown, semestres: unknown, materias_reprobadas?: unknown, configuracion?: unknown) {
  return byColumns(
    [
      { name: 'promedios', value: promedios },
      { name: 'carreras', value: carreras },
      { name: 'sistemas', value: sistemas },
      { name: 'semestres', value: semestres },
      { name: 'materias_reprobadas', value: materias_reprobadas },
    ],
    configuracion,
    ([avg, carrera, sistema, semestre, failed], ctx) => readExcelencia(avg, carrera, sistema, semestre, failed, ctx.rules),
    (items, ctx) => excelenciaStates(items, ctx.rules).map((s) => EXCELENCIA_WORDS[s]),
  );
}

/**
 * El lugar de la beca académica (Cap. XI, Art. 2, Plan III): 1, 2 o 3 a las tres calificaciones aprobatorias más altas de cada campus, sumando todas las fechas de examen; vacío fuera de los tres. Un empate en un lugar y un aspirante con más de un examen se señalan, no se adivinan.
 * Ejemplo: =LUGAR_EXAMEN(C2:C, B2:B, A2:A) o =LUGAR_EXAMEN({9.1; 8.7; 9.4; 5.5}, "Orizaba") → {2; 3; 1; }
 *
 * @param {9.1} calificaciones Calificación de cada examen, de 0 a 10, o NP.
 * @param {"Orizaba"} campus El campus donde presentó.
 * @param {"Ana Ruiz"} aspirantes Opcional: nombre o CURP de cada aspirante, para señalar a quien presentó más de un examen.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return 1, 2, 3, vacío, «Empate en el lugar …» o «Revisar: aspirante con más de un examen», o «Error: …».
 * @customfunction
 */
export function LUGAR_EXAMEN(calificaciones: unknown, campus: unknown, aspirantes?: unknown, configuracion?: unknown) {
  return byColumns<ExamEntry>(
    [
      { name: 'calificaciones', value: calificaciones },
      { name: 'campus', value: campus },
      { name: 'aspirantes', value: aspirantes },
    ],
    configuracion,
    ([gradeCell, campusCell, applicantCell], ctx) => {
      const grade = readExamGrade(gradeCell, ctx.rules);
      if (!grade.ok) return grade;
      const key = readKey(campusCell);
      if (!key.ok) return key;
      const applicant = readKey(applicantCell);
      if (!applicant.ok) return applicant;
      if (grade.value === undefined) return ok(undefined);
      return ok({ grade: grade.value, campus: key.value, applicant: applicant.value || undefined });
    },
    (items, ctx) =>
      examPlaces(items, ctx.rules).map((p): Out => {
        if (!p) return '';
        if ('place' in p) return p.place;
        if ('tie' in p) return EXAM_FLAG_WORDS.tie(p.tie);
        return EXAM_FLAG_WORDS.repeated;
      }),
  );
}
