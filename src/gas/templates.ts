// Crear plantillas: new sheets with headers, drop-downs, conditional formats, a frozen header, live formulas and one example row.
import { DEFAULT_RULES, Rules } from '../core/config';
import { explain } from '../core/messages';
import { Cell } from '../core/parse';
import { OutputId, asCellText, columnLetter, detectStudentColumns, formulaFor, outputSpec } from '../core/students';
import { PLANS } from '../core/becas';
import type { Answer } from '../api';
import { answer } from './boundary';
import { CONFIG_RANGE, ensureConfigSheet, readRules } from './config-panel';
import { withDocumentLock } from './lock';
import { CONVENIO_TEMPLATES } from './convenios/templates';

export interface TemplateColumn {
  header: string;
  example: Cell;
  /** A drop-down of these values (typed variants such as "si" stay allowed: the parser reads them). */
  choices?: string[];
}

/** A conditional format over a column's body: a fixed comparison, or a failed grade as the configuration reads it. */
export type Highlight = { header: string; background: string } & (
  | { when: 'equals' | 'startsWith' | 'lessThan'; value: string | number }
  /** Below the configured passing grade, or NP / SD (Cap. XII, Art. 1 II): one rule each. */
  | { when: 'failingGrade' }
);

export interface TemplateSpec {
  sheet: string;
  columns: TemplateColumn[];
  /**
   * The live formula columns after the inputs, from the input columns (row 2 is the first data row).
   * `beside` is a formula for the cell right of the header in row 1 (the fecha de corte's `=TODAY()`).
   */
  computed: (columns: TemplateColumn[]) => { header: string; formula: string; beside?: string }[];
  highlights: Highlight[];
}

const YES_NO = ['Sí', 'No'];
const FORMS = ['Mensual', 'Pago anticipado', 'Pronto pago'];
const SUBJECTS = ['Matemáticas', 'Química', 'Física', 'Biología', 'Historia', 'Literatura', 'Inglés', 'Informática'];
/** How offices write a failed subject without a grade: no presentó, sin derecho. */
const FAILED_MARKS = ['NP', 'SD'];
const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const GREEN = '#d9ead3';

/** Student result columns as formulas, placed by the same detection that reads any student sheet. */
export function studentFormulas(outputs: OutputId[]): TemplateSpec['computed'] {
  return (columns) => {
    const mapping = detectStudentColumns([columns.map((c) => c.header), columns.map((c) => c.example)], DEFAULT_RULES);
    // A result that spills into more columns gets their headers with no formula of their own.
    return outputs.flatMap((id) => outputSpec(id).headers.map((header, i) => ({ header, formula: i ? '' : formulaFor(outputSpec(id), mapping, 2, CONFIG_RANGE) })));
  };
}

const errors = (header: string): Highlight => ({ header, when: 'startsWith', value: 'Error', background: AMBER });

export const STUDENT_TEMPLATES: TemplateSpec[] = [
  {
    sheet: 'Alumnos',
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
    sheet: 'Calificaciones',
    columns: [
      { header: 'Matrícula', example: 'A-0001' },
      { header: 'Nombre', example: 'Ejemplo: Ana López Ruiz' },
      ...SUBJECTS.map((s, i) => ({ header: s, example: [9, 8.5, 7, 10, 6, 'NP', 8, 9.5][i] })),
      { header: 'Adeudos anteriores', example: 0 },
    ],
    computed: studentFormulas(['estatus']),
    highlights: [
      ...SUBJECTS.map((s): Highlight => ({ header: s, when: 'failingGrade', background: RED })),
      { header: outputSpec('estatus').header, when: 'equals', value: 'Baja por adeudo', background: RED },
      { header: outputSpec('estatus').header, when: 'equals', value: 'No promovido', background: AMBER },
      errors(outputSpec('estatus').header),
    ],
  },
  {
    sheet: 'Asistencia',
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
      { header: outputSpec('derecho').header, when: 'equals', value: 'Sin derecho', background: RED },
      { header: outputSpec('derecho').header, when: 'equals', value: 'Con derecho', background: GREEN },
      errors(outputSpec('derecho').header),
    ],
  },
  {
    sheet: 'Becas',
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
      { header: outputSpec('renovacion').header, when: 'equals', value: 'Cancelada', background: RED },
      errors(outputSpec('beca').header),
    ],
  },
];

/** Every template "Crear plantillas" makes; other trackers append their own lists here. */
export const TEMPLATES: TemplateSpec[] = [...STUDENT_TEMPLATES, ...CONVENIO_TEMPLATES];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The rule builders of one highlight, each still to get its background and range. */
function conditions(h: Highlight, rules: Rules): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder[] {
  const rule = () => SpreadsheetApp.newConditionalFormatRule();
  switch (h.when) {
    case 'equals':
      return [rule().whenTextEqualTo(String(h.value))];
    case 'startsWith':
      return [rule().whenTextStartsWith(String(h.value))];
    case 'lessThan':
      return [rule().whenNumberLessThan(Number(h.value))];
    case 'failingGrade':
      return [rule().whenNumberLessThan(rules.passingGrade), ...FAILED_MARKS.map((mark) => rule().whenTextEqualTo(mark))];
  }
}

function build(sheet: Sheet, spec: TemplateSpec, rules: Rules): void {
  const inputs = spec.columns.map((c) => c.header);
  const computed = spec.computed(spec.columns);
  const headers = [...inputs, ...computed.map((c) => c.header)];
  const example = [...spec.columns.map((c) => (typeof c.example === 'string' ? asCellText(c.example) : c.example)), ...computed.map((c) => c.formula)];
  sheet.getRange(1, 1, 2, headers.length).setValues([headers, example]);
  computed.forEach((c, i) => {
    if (c.beside) sheet.getRange(1, inputs.length + i + 2).setFormula(c.beside).setNumberFormat('dd/mm/yyyy');
  });
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  const body = (column: number) => sheet.getRange(2, column + 1, sheet.getMaxRows() - 1, 1);
  spec.columns.forEach((c, i) => {
    if (c.choices) body(i).setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(c.choices, true).setAllowInvalid(true).build());
  });
  const formats = sheet.getConditionalFormatRules();
  for (const h of spec.highlights) {
    const column = headers.indexOf(h.header);
    if (column < 0) continue;
    for (const when of conditions(h, rules)) formats.push(when.setBackground(h.background).setRanges([body(column)]).build());
  }
  sheet.setConditionalFormatRules(formats);
  if (computed.length) {
    const first = inputs.length;
    sheet.getRange(1, first + 1, sheet.getMaxRows(), computed.length).protect().setDescription(`Secretaría escolar: columnas ${columnLetter(first)} a ${columnLetter(first + computed.length - 1)} calculadas`).setWarningOnly(true);
  }
}

/** Creates each missing template sheet (and Configuración); a sheet that exists is left as it is. */
export function createTemplates(): string[] {
  return withDocumentLock(() => {
    ensureConfigSheet();
    const { rules } = readRules();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return TEMPLATES.map((spec) => {
      if (ss.getSheetByName(spec.sheet)) return explain({ code: 'template_exists', sheet: spec.sheet });
      const sheet = ss.insertSheet(spec.sheet);
      try {
        build(sheet, spec, rules);
      } catch (e) {
        // A half-built template would pass for a made one on the next run ("ya existe"): it goes.
        ss.deleteSheet(sheet);
        throw e;
      }
      return explain({ code: 'template_created', sheet: spec.sheet });
    });
  });
}

/** Sidebar call: the sentence for each template, created or left alone. */
export function crearPlantillas(): Answer<string[]> {
  return answer(createTemplates);
}
