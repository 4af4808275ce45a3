// The demo's students of a Mexican bachillerato (reglamento, seed 004): grades, attendance, beca plans
// written the several ways offices write them, and a few deliberately bad cells.
import type { Plan } from '../../src/core/becas';
import { Day, dayFromParts, partsOfDay } from '../../src/core/dates';
import { PLAN_NAMES } from '../../src/core/es/words';
import { Cell } from '../../src/core/parse';
import { Column, DATE_FORMAT, DateValue, MONEY_FORMAT, dateValue } from '../workbook';
import { Random } from './random';

export const SUBJECTS = ['Matemáticas', 'Química', 'Inglés', 'Física', 'Biología', 'Historia de México', 'Literatura', 'Informática'];

export const STUDY_PLANS = {
  general: 'Bachillerato General',
  mixto: 'Bachillerato General (mixto)',
  programacion: 'Bachillerato Tecnológico en Programación',
  contabilidad: 'Bachillerato Tecnológico en Contabilidad',
} as const;
type StudyPlan = keyof typeof STUDY_PLANS;

const MONTHLY_FEE: Record<StudyPlan, number> = { general: 3150, mixto: 2400, programacion: 3450, contabilidad: 3300 };

export interface Student {
  matricula: string;
  nombre: string;
  grupo: string;
  semestre: number;
  planEstudios: string;
  inscripcion: DateValue;
  /** One per SUBJECTS entry: a number, a text with decimal comma, NP or SD. */
  grades: Cell[];
  promedio: Cell;
  asistencias: number;
  sesiones: number;
  sesionesSemestre: number;
  justificadas: number;
  planBeca: Cell;
  criterio: Cell;
  materiasAdeudadas: number;
  adeudoColegiatura: string;
  horasServicio: Cell;
  colegiatura: Cell;
  formaPago: string;
}

const FIRST_NAMES = [
  'María José', 'Sofía', 'Valentina', 'Ximena', 'Renata', 'Camila', 'Regina', 'Fátima', 'Lucía', 'Inés', 'Mónica', 'Verónica',
  'Zoé', 'Andrea', 'Daniela', 'Itzel', 'Citlali', 'Mariana', 'Paulina', 'Begoña', 'Ángela', 'Noemí', 'Araceli', 'Yaretzi',
  'José Ángel', 'Jesús', 'Ramón', 'Rubén', 'Andrés', 'Martín', 'Joaquín', 'Sebastián', 'Damián', 'Aarón', 'Julián', 'Nicolás',
  'Matías', 'Íñigo', 'Noé', 'Emiliano', 'Santiago', 'Diego', 'Leonardo', 'Héctor', 'Óscar', 'Iván', 'Tomás', 'Efraín',
];

const SURNAMES = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez',
  'Morales', 'Vázquez', 'Jiménez', 'Reyes', 'Díaz', 'Torres', 'Gutiérrez', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Castillo',
  'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Domínguez', 'Herrera', 'Medina', 'Velázquez', 'Muñoz', 'Peña',
  'Núñez', 'Ibáñez', 'Zúñiga', 'Saldaña', 'Montaño', 'Ordóñez', 'Yáñez', 'Cañedo', 'Córdoba', 'Solís', 'Ávila', 'Bermúdez',
];

/** The student whose name proves the sidebar shows sheet data as text, never as HTML. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** The deliberately bad cells of the demo, so the add-on's «Error: …» texts have something to explain. */
export const DEMO_BAD_CELLS = [
  { sheet: 'Alumnos', header: 'Promedio', value: 'ocho' },
  { sheet: 'Alumnos', header: 'Fecha de inscripción', value: '31/02/2026' },
  { sheet: 'Alumnos', header: 'Plan de beca', value: 'IX' },
  { sheet: 'Compromisos', header: 'Fecha límite', value: '30/02/2026' },
] as const;

/** How a secretary writes each plan: mostly the roman numeral, sometimes its name or "Plan …". */
const PLAN_SPELLINGS: Record<Plan, string[]> = {
  I: ['I', 'I', 'I', 'Plan I', PLAN_NAMES.I],
  II: ['II', 'II', PLAN_NAMES.II],
  III: ['III', 'Plan III', PLAN_NAMES.III],
  IV: ['IV', 'IV', PLAN_NAMES.IV],
  V: ['V', 'V', 'Plan V'],
  VI: ['VI', 'VI', PLAN_NAMES.VI],
  VII: ['VII', 'VII', PLAN_NAMES.VII],
  VIII: ['VIII', 'VIII', 'Plan VIII'],
};

const PLAN_WEIGHTS: [Plan, number][] = [['I', 30], ['II', 6], ['III', 8], ['IV', 18], ['V', 7], ['VI', 9], ['VII', 9], ['VIII', 5]];

/** The criterio each plan asks for (Cap. XI, Art. 2), written the several ways offices write it. */
function criterionFor(plan: Plan, semestre: number, rnd: Random): Cell {
  switch (plan) {
    case 'I':
      return rnd.weighted([['Sí', 8], ['si', 2], ['SI', 1], ['x', 1], ['No', 2]]);
    case 'II':
      return semestre <= 2 ? 'Delfín' : rnd.weighted<Cell>([[1, 6], ['1°', 2], [2, 1]]);
    case 'III':
      return rnd.pick(['1°', 2, '3er lugar', 3, 5]);
    case 'IV':
      return rnd.weighted([['Mismo sistema', 6], ['escolarizado', 2], ['No escolarizado', 2]]);
    case 'V':
    case 'VII':
      return rnd.pick(['25 %', '30%', 0.4, '50 %', '35 %']);
    case 'VI':
      return rnd.int(1, 18);
    default:
      return null;
  }
}

/** The ability a plan's holders plausibly have: becas of excellence go to the best averages. */
function abilityFor(plan: Plan | undefined, rnd: Random): number {
  if (plan === 'II') return 9.55 + rnd.next() * 0.45;
  if (plan === 'III') return 8.6 + rnd.next() * 1.3;
  if (plan === 'I') return 7.6 + rnd.next() * 2.2;
  return 5.6 + 4.3 * ((rnd.next() + rnd.next() + rnd.next()) / 3);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The semesters running on a day: odd ones from August to January, even ones from February to July. */
export function currentSemesters(today: Day): { semesters: number[]; schoolYear: number; start: Day } {
  const { year, month } = partsOfDay(today);
  const odd = month >= 8 || month === 1;
  const schoolYear = month >= 8 ? year : year - 1;
  const startMonth = odd ? 8 : 2;
  const startYear = odd ? schoolYear : schoolYear + 1;
  return { semesters: odd ? [1, 3, 5] : [2, 4, 6], schoolYear, start: dayFromParts(startYear, startMonth, 17) };
}

export function generateStudents(count: number, today: Day, rnd: Random): Student[] {
  if (!Number.isInteger(count) || count < 20) throw new RangeError(`La demostración necesita al menos 20 alumnos (se pidieron ${count}).`);
  const { semesters, schoolYear, start } = currentSemesters(today);
  const groups: { grupo: string; semestre: number; plan: StudyPlan; sesiones: number }[] = [
    { grupo: `${semesters[0]}A`, semestre: semesters[0], plan: 'general', sesiones: 80 },
    { grupo: `${semesters[0]}B`, semestre: semesters[0], plan: 'general', sesiones: 80 },
    { grupo: `${semesters[1]}A`, semestre: semesters[1], plan: 'general', sesiones: 80 },
    { grupo: `${semesters[1]}B`, semestre: semesters[1], plan: 'programacion', sesiones: 80 },
    { grupo: `${semesters[1]}M`, semestre: semesters[1], plan: 'mixto', sesiones: 48 },
    { grupo: `${semesters[2]}A`, semestre: semesters[2], plan: 'general', sesiones: 90 },
    { grupo: `${semesters[2]}B`, semestre: semesters[2], plan: 'contabilidad', sesiones: 90 },
    { grupo: `${semesters[2]}M`, semestre: semesters[2], plan: 'mixto', sesiones: 48 },
  ];
  // Every plan appears at least once, on students of the first groups (Plan III only exists in the first semesters).
  const coverage = new Map<number, Plan>((['III', 'I', 'II', 'IV', 'V', 'VI', 'VII', 'VIII'] as const).map((plan, i) => [i * 2, plan]));
  // The hostile name and the bad cells sit on odd rows, which the coverage above never takes.
  const odd = (k: number) => k | 1;
  const hostileAt = 3;
  const badAverageAt = odd(Math.floor(count / 3));
  const badDateAt = odd(Math.floor(count / 2));
  const badPlanAt = odd(Math.floor((2 * count) / 3));
  const seen = new Set<string>();
  const students: Student[] = [];
  for (let i = 0; i < count; i++) {
    const g = groups[Math.floor((i * groups.length) / count)];
    const entryYear = schoolYear - Math.ceil(g.semestre / 2) + 1;
    const becaShare = g.plan === 'mixto' ? 0.03 : 0.17;
    const plan = coverage.get(i) ?? (rnd.chance(becaShare) ? rnd.weighted(PLAN_WEIGHTS.filter(([p]) => p !== 'III' || g.semestre <= 2)) : undefined);

    let nombre: string;
    do nombre = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(SURNAMES)} ${rnd.pick(SURNAMES)}`;
    while (seen.has(nombre));
    seen.add(nombre);

    const sesionesSemestre = g.sesiones;
    const sesiones = Math.round(sesionesSemestre * 0.8);
    const band = rnd.next();
    const absences = Math.min(sesiones, Math.round(sesiones * (band < 0.75 ? rnd.next() * 0.08 : band < 0.92 ? 0.08 + rnd.next() * 0.1 : 0.18 + rnd.next() * 0.17)));
    const justificadas = absences > 0 && rnd.chance(0.35) ? rnd.int(1, Math.min(absences, 6)) : 0;
    const asistencias = sesiones - absences;
    const withoutRight = asistencias + justificadas < 0.8 * sesiones;

    const ability = abilityFor(plan, rnd);
    const grades: Cell[] = SUBJECTS.map(() => {
      if (withoutRight && rnd.chance(0.35)) return 'SD';
      if (rnd.chance(0.008)) return 'NP';
      const raw = ability + (rnd.next() - 0.5) * 2.4;
      if (raw < 6) return 5;
      const grade = Math.min(10, rnd.chance(0.2) ? Math.round(raw * 2) / 2 : Math.round(raw));
      return !Number.isInteger(grade) && rnd.chance(0.12) ? String(grade).replace('.', ',') : grade;
    });
    const numeric = grades.map((c) => (typeof c === 'number' ? c : c === 'NP' || c === 'SD' ? 5 : Number(String(c).replace(',', '.'))));
    const promedio = round1(numeric.reduce((a, b) => a + b, 0) / numeric.length);

    const becado = plan !== undefined;
    const fee = MONTHLY_FEE[g.plan];
    students.push({
      matricula: `${String(entryYear % 100).padStart(2, '0')}${String(1001 + i).padStart(4, '0')}`,
      nombre: i === hostileAt ? HOSTILE_NAME : nombre,
      grupo: g.grupo,
      semestre: g.semestre,
      planEstudios: STUDY_PLANS[g.plan],
      inscripcion: start - rnd.int(3, 30),
      grades,
      promedio,
      asistencias,
      sesiones,
      sesionesSemestre,
      justificadas,
      planBeca: plan ? rnd.pick(PLAN_SPELLINGS[plan]) : null,
      criterio: plan ? criterionFor(plan, g.semestre, rnd) : null,
      materiasAdeudadas: g.semestre <= 2 ? 0 : rnd.weighted([[0, 80], [1, 13], [2, 5], [3, 1], [4, 1]]),
      adeudoColegiatura: rnd.chance(0.06) ? 'Sí' : 'No',
      horasServicio: becado && plan !== 'VI' ? (plan === 'II' && rnd.chance(0.6) ? rnd.int(25, 40) : rnd.int(0, 30)) : null,
      colegiatura: rnd.chance(0.02) ? `$${fee.toLocaleString('en-US')}.00` : fee,
      formaPago: rnd.weighted([['Mensual', 14], ['Pronto pago', 4], ['Pago anticipado', 2]]),
    });
  }
  students[badAverageAt].promedio = 'ocho';
  students[badDateAt].inscripcion = '31/02/2026';
  students[badPlanAt].planBeca = 'IX';
  students[badPlanAt].criterio = null;
  return students;
}

export const STUDENT_COLUMNS: Column<Student>[] = [
  { header: 'Matrícula', value: (s) => s.matricula, width: 11 },
  { header: 'Nombre del alumno', value: (s) => s.nombre, width: 34 },
  { header: 'Grupo', value: (s) => s.grupo, width: 8 },
  { header: 'Semestre', value: (s) => s.semestre, width: 9 },
  { header: 'Plan de estudios', value: (s) => s.planEstudios, width: 38 },
  { header: 'Fecha de inscripción', value: (s) => dateValue(s.inscripcion), format: DATE_FORMAT, width: 13 },
  ...SUBJECTS.map((subject, i): Column<Student> => ({ header: subject, value: (s) => s.grades[i], width: Math.max(9, subject.length + 1) })),
  { header: 'Promedio', value: (s) => s.promedio, format: '0.0', width: 10 },
  { header: 'Asistencias', value: (s) => s.asistencias, width: 11 },
  { header: 'Sesiones impartidas', value: (s) => s.sesiones, width: 11 },
  { header: 'Sesiones del semestre', value: (s) => s.sesionesSemestre, width: 11 },
  { header: 'Faltas justificadas', value: (s) => s.justificadas, width: 11 },
  { header: 'Plan de beca', value: (s) => s.planBeca, width: 12 },
  { header: 'Criterio de beca', value: (s) => s.criterio, width: 16 },
  { header: 'Materias adeudadas', value: (s) => s.materiasAdeudadas, width: 11 },
  { header: 'Adeudo de colegiatura', value: (s) => s.adeudoColegiatura, width: 11 },
  { header: 'Horas de servicio becario', value: (s) => s.horasServicio, width: 11 },
  { header: 'Colegiatura mensual', value: (s) => s.colegiatura, format: MONEY_FORMAT, width: 13 },
  { header: 'Forma de pago', value: (s) => s.formaPago, width: 15 },
];
