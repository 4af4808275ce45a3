// The Spanish of «Listas del periodo» and «Crear boletas»: sheet names, headings, each student's reason, and a boleta's rows.
import type { Rules } from '../config';
import type { Boleta, ListKind } from '../grades/period';
import type { SubjectRecord } from '../grades/roster';
import { formatGrade, formatNumber, formatPercent } from './format';
import { REGULARIZATION_WORDS } from './grades';
import { EXAM_RIGHT_WORDS, PROMOTION_WORDS } from './words';

/** The «Calificaciones del periodo» template of «Crear plantillas»: the headers detectRoster reads. */
export const PERIOD_TEMPLATE = {
  sheet: 'Calificaciones del periodo',
  headers: {
    matricula: 'Matrícula',
    nombre: 'Alumno',
    grupo: 'Grupo',
    materia: 'Materia',
    parciales: ['Parcial 1', 'Parcial 2', 'Parcial 3'],
    ordinario: 'Ordinario',
    asistencias: 'Asistencias',
    sesiones: 'Sesiones',
    justificadas: 'Justificadas',
    oportunidades: 'Oportunidades usadas',
    mensualidades: 'Mensualidades adeudadas',
    exemption: 'Exención (calculado)',
    grade: 'Calificación de la materia (calculado)',
    regularization: 'Regularización (calculado)',
    left: 'Oportunidades que quedan (calculado)',
  },
} as const;

/** The menu items of the period's grades (src/gas/menu.ts). */
export const GRADE_MENU_WORDS = { lists: 'Listas del periodo', boletas: 'Crear boletas' } as const;

export const LIST_SHEETS: Record<ListKind, string> = {
  ordinario: 'Lista de ordinario',
  exentos: 'Lista de exentos',
  regularizacion: 'Lista de regularización',
};

export const LIST_WORDS = {
  heading: (kind: ListKind, source: string) => `${LIST_SHEETS[kind]}: hoja «${source}»`,
  header: ['Grupo', 'Matrícula', 'Alumno', 'Motivo'],
  nobody: 'Nadie en esta lista.',
  errors: 'Filas con error (no están en ninguna lista)',
  errorHeader: ['Fila', 'Problema'],
  done: (counts: Record<ListKind, number>, pending: number) =>
    `Listas del periodo: ${counts.ordinario} en ordinario, ${counts.exentos} exentos, ${counts.regularizacion} a regularización${pending ? `; ${pending} ${pending === 1 ? 'pendiente' : 'pendientes'} (falta un parcial o el ordinario)` : ''}.`,
} as const;

/** Why a student is on a list, with the article. */
export function listReason(r: SubjectRecord, kind: ListKind, rules: Rules): string {
  const avg = r.exemption.average;
  const byAverage = rules.exemptionRule === 'promedio';
  if (kind === 'exentos') {
    return byAverage
      ? `promedio de parciales ${formatGrade(avg ?? 0)} ≥ ${formatGrade(rules.exemptionAverage)}`
      : `aprobó todos los parciales, promedio ${formatGrade(avg ?? 0)} (Cap. III, Art. 1 VIII)`;
  }
  if (kind === 'ordinario') {
    return byAverage ? `promedio de parciales ${formatGrade(avg ?? 0)} < ${formatGrade(rules.exemptionAverage)}` : 'reprobó algún parcial (Cap. III, Art. 1 VIII)';
  }
  const why = r.examRight
    ? `calificación final ${formatGrade(r.grade ?? rules.gradeMin)}`
    : `sin derecho a examen: asistencia ${formatPercent(r.attendance ?? 0)} < ${formatPercent(rules.minAttendance)} (Cap. XII, Art. 1 III)`;
  return `${why}; ${regularizationText(r, rules)}`;
}

/** The regularización of a failed subject in words: «con derecho, le quedan 2 de 3 oportunidades (…)». */
export function regularizationText(r: SubjectRecord, rules: Rules): string {
  const reg = r.regularization;
  switch (reg?.state) {
    case 'has_right':
      return `con derecho, le ${reg.left === 1 ? 'queda 1' : `quedan ${reg.left}`} de ${rules.regularizationChances} oportunidades (Cap. XII, Art. 1 V)`;
    case 'chances_used':
      return `${REGULARIZATION_WORDS.chances_used.toLowerCase()} (Cap. XII, Art. 1 V)`;
    case 'debt':
      return 'sin derecho mientras adeude mensualidades (Cap. IX, Art. 2 II)';
    case 'dropped':
      return `baja: adeuda más de ${rules.maxOwedSubjects} materias (Cap. IX, Art. 1 III)`;
    default:
      return 'con derecho a regularización (Cap. XII, Art. 1 IV)';
  }
}

/** The Tablero's tables of the period's grades (Cap. XVI). */
export const HONOR_WORDS = {
  best: (sheet: string) => `Mejor promedio por grupo (Cap. XVI c)), hoja «${sheet}»`,
  honor: (minimum: number) => `Cuadro de honor: promedio de al menos ${formatGrade(minimum)} sin materias reprobadas (Cap. XVI a))`,
  header: ['Grupo', 'Alumno', 'Promedio'],
  nobody: 'Nadie todavía.',
} as const;

export const BOLETA_SHEET = 'Boletas';

export const BOLETA_WORDS = {
  title: 'Boleta de calificaciones',
  period: 'Periodo',
  student: 'Alumno',
  matricula: 'Matrícula',
  group: 'Grupo',
  header: ['Materia', 'Calificación', 'Asistencia', 'Derecho a examen', 'Situación'],
  average: 'Promedio final',
  promotion: 'Estatus de promoción',
  beca: 'Beca',
  noBeca: 'Sin beca',
  pending: 'Pendiente',
  exempt: 'Exento',
  ordinario: 'Ordinario',
  delivery: 'Se entrega a la madre, el padre o el tutor en la fecha del calendario escolar (Cap. III, Art. 1 IV; Cap. VI, Art. 1 I; Cap. XVII IV).',
  signature: 'Recibí: ______________________________   Fecha: ____________',
  done: (students: number, sheet: string) => `hoja «${sheet}»: ${students} ${students === 1 ? 'boleta' : 'boletas'}, una por bloque de ${BOLETA_ROWS} filas`,
} as const;

/** Rows per boleta in the sheet: every block the same height, so they print one under another page by page. */
export const BOLETA_ROWS = 30;
export const BOLETA_COLUMNS = 5;

/** A subject's situation on the boleta. */
function situation(s: SubjectRecord, rules: Rules): string {
  if (s.grade === undefined) return BOLETA_WORDS.pending;
  if (!s.examRight) return EXAM_RIGHT_WORDS.without;
  if (s.grade < rules.passingGrade) {
    const reg = s.regularization;
    const word = REGULARIZATION_WORDS[reg?.state ?? 'has_right'];
    return reg?.state === 'has_right' ? `${word} a regularización (quedan ${reg.left})` : word;
  }
  return s.exemption.state === 'exempt' ? BOLETA_WORDS.exempt : BOLETA_WORDS.ordinario;
}

const showBeca = (v: unknown): string => {
  if (v === '' || v === null || v === undefined) return BOLETA_WORDS.noBeca;
  if (typeof v === 'number') return v <= 1 ? formatPercent(v) : `${formatNumber(v)} %`;
  return String(v);
};

/** The rows of one boleta (BOLETA_COLUMNS wide, at most BOLETA_ROWS); the sheet and the PDF draw the same rows. */
export function boletaRows(b: Boleta, school: string, rules: Rules): (string | number)[][] {
  const w = BOLETA_WORDS;
  return [
    [school, '', '', w.period, b.periodo],
    [w.title, '', '', w.group, b.grupo],
    [w.student, b.nombre, '', w.matricula, b.matricula],
    [],
    [...w.header],
    ...b.subjects.map((s) => [s.materia, s.grade ?? w.pending, s.attendance === undefined ? '' : formatPercent(s.attendance), s.examRight ? EXAM_RIGHT_WORDS.with : EXAM_RIGHT_WORDS.without, situation(s, rules)]),
    [],
    [w.average, b.average ?? w.pending],
    [w.promotion, b.promotion ? PROMOTION_WORDS[b.promotion] : w.pending],
    [w.beca, showBeca(b.beca)],
    [],
    [w.delivery],
    [w.signature],
  ];
}
