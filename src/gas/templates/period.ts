// The «Calificaciones del periodo» template: one row per student and subject, with EXENCION, CALIFICACION_MATERIA and REGULARIZACION as live formulas.
import { EXEMPTION_WORDS, REGULARIZATION_WORDS } from '../../core/es/grades';
import { PERIOD_TEMPLATE } from '../../core/es/grade-sheets';
import { CONFIG_RANGE } from '../config-panel';
import { AMBER, GREEN, RED, TemplateColumn, TemplateSpec, errors } from './spec';

const H = PERIOD_TEMPLATE.headers;

/** A column's letter by its header among the template's inputs (A is the first). */
function letterOf(columns: TemplateColumn[], header: string): string {
  let n = columns.findIndex((c) => c.header === header) + 1;
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const PERIOD_TEMPLATES: TemplateSpec[] = [
  {
    sheet: PERIOD_TEMPLATE.sheet,
    columns: [
      { header: H.matricula, example: 'A-0001' },
      { header: H.nombre, example: 'Ejemplo: Ana López Ruiz' },
      { header: H.grupo, example: '3A' },
      { header: H.materia, example: 'Matemáticas' },
      { header: H.parciales[0], example: 9 },
      { header: H.parciales[1], example: 8 },
      { header: H.parciales[2], example: 7 },
      { header: H.ordinario, example: '' },
      { header: H.asistencias, example: 45 },
      { header: H.sesiones, example: 50 },
      { header: H.justificadas, example: 0 },
      { header: H.oportunidades, example: 0 },
      { header: H.mensualidades, example: 'No', choices: ['Sí', 'No'] },
    ],
    computed: (columns) => {
      const at = (header: string) => letterOf(columns, header);
      const col = (header: string) => `${at(header)}2:${at(header)}`;
      const parciales = `${at(H.parciales[0])}2:${at(H.parciales[2])}`;
      // CALIFICACION_MATERIA is the second computed column, right after EXENCION.
      const gradeLetter = letterOf([...columns, { header: '', example: '' }, { header: H.grade, example: '' }], H.grade);
      return [
        { header: H.exemption, formula: `=EXENCION(${parciales}, ${CONFIG_RANGE})` },
        { header: H.grade, formula: `=CALIFICACION_MATERIA(${parciales}, ${col(H.ordinario)}, ${col(H.asistencias)}, ${col(H.sesiones)}, ${col(H.justificadas)}, ${CONFIG_RANGE})` },
        { header: H.regularization, formula: `=REGULARIZACION(${gradeLetter}2:${gradeLetter}, ${col(H.oportunidades)}, , ${col(H.mensualidades)}, ${CONFIG_RANGE})` },
        { header: H.left, formula: '' },
      ];
    },
    highlights: [
      { header: H.exemption, when: 'equals', value: EXEMPTION_WORDS.exempt, background: GREEN },
      { header: H.grade, when: 'failingGrade', background: RED },
      { header: H.regularization, when: 'equals', value: REGULARIZATION_WORDS.dropped, background: RED },
      { header: H.regularization, when: 'equals', value: REGULARIZATION_WORDS.chances_used, background: AMBER },
      errors(H.grade),
    ],
  },
];
