// The student templates of «Crear plantillas»: Alumnos, Calificaciones, Asistencia and Becas, with their live result columns.
import { PLANS } from '../../core/becas';
import { DEFAULT_RULES } from '../../core/config';
import { STUDENT_SHEETS, TEMPLATE_HEADERS } from '../../core/es/sheet-words';
import { EXAM_RIGHT_WORDS, PROMOTION_WORDS, RENEWAL_WORDS } from '../../core/es/words';
import { FIELD_LABELS, OutputId, outputSpec } from '../../core/students/fields';
import { detectStudentColumns } from '../../core/students/detect';
import { formulaFor } from '../../core/students/formulas';
import { CONFIG_RANGE } from '../config-panel';
import { AMBER, GREEN, Highlight, RED, TemplateSpec, errors } from './spec';

const YES_NO = ['Sí', 'No'];
const FORMS = ['Mensual', 'Pago anticipado', 'Pronto pago'];
const SUBJECTS = ['Matemáticas', 'Química', 'Física', 'Biología', 'Historia', 'Literatura', 'Inglés', 'Informática'];

/** Student result columns as formulas, placed by the same detection that reads any student sheet. */
export function studentFormulas(outputs: OutputId[]): TemplateSpec['computed'] {
  return (columns) => {
    const mapping = detectStudentColumns([columns.map((c) => c.header), columns.map((c) => c.example)], DEFAULT_RULES);
    // A result that spills into more columns gets their headers with no formula of their own.
    return outputs.flatMap((id) => outputSpec(id).headers.map((header, i) => ({ header, formula: i ? '' : formulaFor(outputSpec(id), mapping, 2, CONFIG_RANGE) })));
  };
}

export const STUDENT_TEMPLATES: TemplateSpec[] = [
  {
    sheet: STUDENT_SHEETS.alumnos,
    columns: [
      { header: FIELD_LABELS.matricula, example: 'A-0001' },
      { header: FIELD_LABELS.nombre, example: 'Ejemplo: Ana López Ruiz' },
      { header: FIELD_LABELS.planEstudios, example: 'Bachillerato general' },
      { header: TEMPLATE_HEADERS.semestre, example: 1, choices: ['1', '2', '3', '4', '5', '6'] },
      { header: TEMPLATE_HEADERS.grupo, example: 'A' },
      { header: TEMPLATE_HEADERS.tutorEmail, example: 'tutor@example.com' },
      { header: FIELD_LABELS.colegiatura, example: 2500 },
      { header: FIELD_LABELS.formaPago, example: 'Mensual', choices: FORMS },
    ],
    computed: () => [],
    highlights: [],
  },
  {
    sheet: STUDENT_SHEETS.calificaciones,
    columns: [
      { header: FIELD_LABELS.matricula, example: 'A-0001' },
      { header: FIELD_LABELS.nombre, example: 'Ejemplo: Ana López Ruiz' },
      ...SUBJECTS.map((s, i) => ({ header: s, example: [9, 8.5, 7, 10, 6, 'NP', 8, 9.5][i] })),
      { header: FIELD_LABELS.adeudosAnteriores, example: 0 },
    ],
    computed: studentFormulas(['estatus']),
    highlights: [
      ...SUBJECTS.map((s): Highlight => ({ header: s, when: 'failingGrade', background: RED })),
      { header: outputSpec('estatus').header, when: 'equals', value: PROMOTION_WORDS.dropped, background: RED },
      { header: outputSpec('estatus').header, when: 'equals', value: PROMOTION_WORDS.not_promoted, background: AMBER },
      errors(outputSpec('estatus').header),
    ],
  },
  {
    sheet: STUDENT_SHEETS.asistencia,
    columns: [
      { header: FIELD_LABELS.matricula, example: 'A-0001' },
      { header: FIELD_LABELS.nombre, example: 'Ejemplo: Ana López Ruiz' },
      { header: TEMPLATE_HEADERS.materia, example: 'Matemáticas' },
      { header: FIELD_LABELS.asistencias, example: 38 },
      { header: FIELD_LABELS.justificadas, example: 2 },
      { header: FIELD_LABELS.sesiones, example: 45 },
      { header: FIELD_LABELS.sesionesCurso, example: 80 },
      { header: TEMPLATE_HEADERS.calificacion, example: 8.5 },
    ],
    computed: studentFormulas(['derecho', 'faltasRestantes', 'calificacionFinal']),
    highlights: [
      { header: outputSpec('derecho').header, when: 'equals', value: EXAM_RIGHT_WORDS.without, background: RED },
      { header: outputSpec('derecho').header, when: 'equals', value: EXAM_RIGHT_WORDS.with, background: GREEN },
      errors(outputSpec('derecho').header),
    ],
  },
  {
    sheet: STUDENT_SHEETS.becas,
    columns: [
      { header: FIELD_LABELS.matricula, example: 'A-0001' },
      { header: FIELD_LABELS.nombre, example: 'Ejemplo: Ana López Ruiz' },
      { header: FIELD_LABELS.planEstudios, example: 'Bachillerato general' },
      { header: FIELD_LABELS.plan, example: 'I', choices: [...PLANS] },
      { header: FIELD_LABELS.promedio, example: 8.7 },
      { header: TEMPLATE_HEADERS.criterio, example: 'Sí' },
      { header: FIELD_LABELS.adeudosAnteriores, example: 0 },
      { header: FIELD_LABELS.adeudoColegiatura, example: 'No', choices: YES_NO },
      { header: FIELD_LABELS.horasServicio, example: 25 },
    ],
    computed: studentFormulas(['beca', 'motivo', 'renovacion']),
    highlights: [
      { header: outputSpec('renovacion').header, when: 'equals', value: RENEWAL_WORDS.cancelled, background: RED },
      errors(outputSpec('beca').header),
    ],
  },
];
