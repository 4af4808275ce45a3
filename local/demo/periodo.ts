// The demo's «Calificaciones del periodo»: the sheet «Crear plantillas» makes (one row per student and subject),
// filled for the first two groups as a secretary keeps it mid-period: exempt students, ordinarios taken, a
// parcial still blank, NP, students without the right to the exam and irregular ones with opportunities used
// (reglamento, seed 004: Cap. III, Art. 1 VIII; Cap. XII, Art. 1 II–V; Cap. IX, Art. 2 II).
import { PERIOD_TEMPLATE } from '../../src/core/es/grade-sheets';
import { Cell, parseYesNo } from '../../src/core/parse';
import { SheetSpec } from '../workbook';
import { Random } from './random';
import { SUBJECTS, Student, currentSemesters } from './students';
import { Day, partsOfDay } from '../../src/core/dates';

const H = PERIOD_TEMPLATE.headers;
/** The template's headers, with the period the office writes on every row (the boleta shows it). */
export const PERIOD_HEADERS = ['Periodo', H.matricula, H.nombre, H.grupo, H.materia, ...H.parciales, H.ordinario, H.asistencias, H.sesiones, H.justificadas, H.oportunidades, H.mensualidades];
/** The subjects of the period sheet: the first four of the Alumnos sheet's. */
export const PERIOD_SUBJECTS = SUBJECTS.slice(0, 4);
const SESSIONS = 50;

/** One grade of a parcial around the student's level: 5 to 10, one decimal at most. */
function parcial(level: number, rnd: Random): number {
  const g = level + (rnd.next() - 0.5) * 2.6;
  return Math.max(5, Math.min(10, Math.round(g * 2) / 2));
}

/** The level a student shows in a subject, from that subject's final grade on the Alumnos sheet. */
function levelOf(grade: Cell): number {
  if (typeof grade === 'number') return grade;
  const n = Number(String(grade).replace(',', '.'));
  return Number.isFinite(n) ? n : 5.5;
}

/** The rows of the first two groups' students, one per subject; the same seed gives the same rows. */
/** The semester as offices name it: «Agosto 2026 – enero 2027» or «Febrero – julio 2027». */
export function periodName(today: Day): string {
  const { year, month } = partsOfDay(currentSemesters(today).start);
  return month >= 8 ? `Agosto ${year} – enero ${year + 1}` : `Febrero – julio ${year}`;
}

export function generatePeriodRows(students: Student[], today: Day, rnd: Random): Cell[][] {
  const periodo = periodName(today);
  const groups = [...new Set(students.map((s) => s.grupo))].slice(0, 2);
  const rows: Cell[][] = [];
  let pendingLeft = 1;
  for (const s of students.filter((x) => groups.includes(x.grupo))) {
    const owes = parseYesNo(s.adeudoColegiatura);
    const attendanceShare = s.asistencias / s.sesiones;
    PERIOD_SUBJECTS.forEach((subject, j) => {
      const level = levelOf(s.grades[j]);
      const parciales: Cell[] = [parcial(level, rnd), parcial(level, rnd), parcial(level, rnd)];
      if (s.grades[j] === 'NP' || rnd.chance(0.01)) parciales[1] = 'NP';
      // One student's third parcial is not captured yet: the subject waits.
      if (pendingLeft > 0 && j === 0 && level >= 7) {
        parciales[2] = '';
        pendingLeft--;
      }
      const asistencias = Math.min(SESSIONS, Math.round(SESSIONS * attendanceShare + (rnd.next() - 0.5) * 4));
      const justificadas = s.justificadas && rnd.chance(0.5) ? Math.min(s.justificadas, SESSIONS - asistencias) : 0;
      const passedAll = parciales.every((p) => typeof p === 'number' && p >= 6);
      // Those who did not exempt sat the ordinario, except a few the teacher has not graded yet.
      const ordinario: Cell = passedAll || parciales[2] === '' ? '' : rnd.chance(0.9) ? parcial(level, rnd) : '';
      const oportunidades = !passedAll && level < 6 ? rnd.int(0, 3) : 0;
      rows.push([periodo, s.matricula, s.nombre, s.grupo, subject, ...parciales, ordinario, asistencias, SESSIONS, justificadas, oportunidades, owes.ok && owes.value ? 'Sí' : 'No']);
    });
  }
  return rows;
}

export function periodSheet(rows: Cell[][]): SheetSpec {
  return {
    name: PERIOD_TEMPLATE.sheet,
    headers: PERIOD_HEADERS,
    rows,
    widths: [22, 12, 32, 8, 20, 10, 10, 10, 11, 12, 10, 12, 12, 14],
  };
}
