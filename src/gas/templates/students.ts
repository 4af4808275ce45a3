// The student templates of «Crear plantillas»: Alumnos, Calificaciones, Asistencia and Becas, with their live result columns.
import { PLANS } from '../../core/becas';
import { DEFAULT_RULES } from '../../core/config';
import { STUDENT_SHEETS } from '../../core/es/sheet-words';
import { EXAM_RIGHT_WORDS, PROMOTION_WORDS, RENEWAL_WORDS } from '../../core/messages';
import { OutputId, detectStudentColumns, formulaFor, outputSpec } from '../../core/students/fields';
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
      { header: 'Matrícula', example: 'A-0001' },
      { header: 'Nombre', example: 'Ejemplo: Ana López Ruiz' },
      { header: 'Plan de estudios', example: 'Bachillerato general' },
      { header: 'Semestre', example: 1, choices: ['1', '2', '3', '4', '5', '6'] },
      { header: 'Grupo', example: 'A' },
      { header: 'Correo del tutor', example: 'tutor@example.com' },
      { header: 'Colegiatura', example: 2500 },
      { header: 'Forma de pago', example: 'Mensual', choices: FORMS },
    ],
    computed: () => [],
    highlights: [],
  },
  {
    sheet: STUDENT_SHEETS.calificaciones,
    columns: [
      { header: 'Matrícula', example: 'A-0001' },
      { header: 'Nombre', example: 'Ejemplo: Ana López Ruiz' },
      ...SUBJECTS.map((s, i) => ({ header: s, example: [9, 8.5, 7, 10, 6, 'NP', 8, 9.5][i] })),
      { header: 'Adeudos anteriores', example: 0 },
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
      { header: 'Matrícula', example: 'A-0001' },
      { header: 'Nombre', example: 'Ejemplo: Ana López Ruiz' },
      { header: 'Materia', example: 'Matemáticas' },
      { header: 'Asistencias', example: 38 },
      { header: 'Faltas justificadas', example: 2 },
      { header: 'Sesiones impartidas', example: 45 },
      { header: 'Sesiones del curso', example: 80 },
      { header: 'Calificación', example: 8.5 },
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
      { header: 'Matrícula', example: 'A-0001' },
      { header: 'Nombre', example: 'Ejemplo: Ana López Ruiz' },
      { header: 'Plan de estudios', example: 'Bachillerato general' },
      { header: 'Plan de beca', example: 'I', choices: [...PLANS] },
      { header: 'Promedio', example: 8.7 },
      { header: 'Criterio', example: 'Sí' },
      { header: 'Adeudos anteriores', example: 0 },
      { header: 'Adeudo de colegiatura', example: 'No', choices: YES_NO },
      { header: 'Horas de servicio becario', example: 25 },
    ],
    computed: studentFormulas(['beca', 'motivo', 'renovacion']),
    highlights: [
      { header: outputSpec('renovacion').header, when: 'equals', value: RENEWAL_WORDS.cancelled, background: RED },
      errors(outputSpec('beca').header),
    ],
  },
];
