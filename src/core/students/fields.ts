// Student sheets the add-on did not make: which column is which, which columns are subjects, which results can be added.
import { ColumnMapping, FieldSpec, detectColumns, findHeaderRow } from '../table';
import { normalizeHeader } from '../text';
import type { Rules } from '../config';
import { parsePlan } from '../becas';
import { Cell, isBlank, parseFraction } from '../parse';
import { readGrade } from '../promotion';

export type StudentField =
  | 'nombre'
  | 'matricula'
  | 'planEstudios'
  | 'plan'
  | 'promedio'
  | 'criterio'
  | 'calificacion'
  | 'asistencias'
  | 'sesiones'
  | 'sesionesCurso'
  | 'justificadas'
  | 'adeudosAnteriores'
  | 'horasServicio'
  | 'adeudoColegiatura'
  | 'colegiatura'
  | 'formaPago'
  | 'porcentajeBeca';

/** Listed in the order the sidebar shows them; synonyms are compared after normalizeHeader. */
export const STUDENT_FIELDS: FieldSpec<StudentField>[] = [
  { field: 'nombre', label: 'Nombre', synonyms: ['nombre', 'alumno', 'nombre del alumno', 'nombre completo', 'estudiante', 'apellidos y nombres', 'nombres y apellidos', 'apellidos y nombre', 'nombre alumno'] },
  { field: 'matricula', label: 'Matrícula', synonyms: ['matricula', 'no de matricula', 'num matricula', 'numero de control', 'no control', 'no de control', 'id alumno', 'codigo', 'codigo de estudiante'] },
  { field: 'planEstudios', label: 'Plan de estudios', synonyms: ['plan de estudios', 'carrera', 'especialidad', 'programa', 'programa educativo', 'bachillerato', 'sistema'] },
  // A bare "Beca" (or "Beca %") usually holds the percentage, not the plan: it is no synonym.
  { field: 'plan', label: 'Plan de beca', synonyms: ['plan de beca', 'plan beca', 'tipo de beca', 'beca plan', 'plan'] },
  { field: 'promedio', label: 'Promedio', synonyms: ['promedio', 'prom gral', 'promedio general', 'prom', 'promedio final', 'prom final', 'promedio ordinario', 'prom ordinario'] },
  { field: 'criterio', label: 'Criterio de beca', synonyms: ['criterio', 'criterio de beca', 'criterio beca', 'lugar', 'lugar en el examen', 'anos de servicio', 'porcentaje del comite', 'nivel anterior', 'crit'] },
  { field: 'calificacion', label: 'Calificación final', synonyms: ['calif final', 'calificacion final', 'calificacion', 'calif', 'cal final'] },
  { field: 'asistencias', label: 'Asistencias', synonyms: ['asistencias', 'asist', 'asistencia', 'no de asistencias', 'dias asistidos', 'sesiones asistidas', 'clases asistidas'] },
  { field: 'sesiones', label: 'Sesiones impartidas', synonyms: ['sesiones', 'sesiones impartidas', 'clases impartidas', 'sesiones dadas', 'clases', 'ses'] },
  { field: 'sesionesCurso', label: 'Sesiones del curso', synonyms: ['sesiones del curso', 'sesiones totales', 'sesiones programadas', 'total de sesiones', 'clases del curso', 'sesiones del semestre'] },
  { field: 'justificadas', label: 'Faltas justificadas', synonyms: ['faltas justificadas', 'justificadas', 'just', 'faltas just', 'inasistencias justificadas'] },
  { field: 'adeudosAnteriores', label: 'Adeudos anteriores', synonyms: ['adeudos anteriores', 'materias adeudadas', 'adeudos', 'materias adeudadas anteriores', 'reprobadas anteriores', 'materias pendientes'] },
  { field: 'horasServicio', label: 'Horas de servicio becario', synonyms: ['horas de servicio', 'horas servicio', 'servicio becario', 'horas servicio becario', 'horas de servicio becario'] },
  { field: 'adeudoColegiatura', label: 'Adeudo de colegiatura', synonyms: ['adeudo de colegiatura', 'adeudo colegiatura', 'adeudo', 'colegiatura pendiente', 'debe colegiatura', 'saldo'] },
  { field: 'colegiatura', label: 'Colegiatura', synonyms: ['colegiatura', 'colegiatura mensual', 'cuota', 'mensualidad', 'cuota mensual'] },
  { field: 'formaPago', label: 'Forma de pago', synonyms: ['forma de pago', 'forma pago', 'tipo de pago', 'pago'] },
  { field: 'porcentajeBeca', label: 'Porcentaje de beca', synonyms: ['porcentaje de beca', 'porcentaje beca', 'beca %', '% de beca', '% beca'] },
];

export const FIELD_LABELS = Object.fromEntries(STUDENT_FIELDS.map((s) => [s.field, s.label])) as Record<StudentField, string>;

export type OutputId = 'beca' | 'motivo' | 'renovacion' | 'derecho' | 'calificacionFinal' | 'faltasRestantes' | 'estatus' | 'colegiaturaNeta' | 'derechoEvaluacion';

/** One argument of a result's custom function: a student column, or the row of subject grades. */
export type OutputArg = { field: StudentField; required: boolean } | { subjects: true };

/** The custom functions behind the results, by the name a live formula calls them. */
export type OutputFunction =
  | 'BECA'
  | 'BECA_MOTIVO'
  | 'RENUEVA_BECA'
  | 'DERECHO_EXAMEN'
  | 'CALIFICACION_FINAL'
  | 'FALTAS_RESTANTES'
  | 'ESTATUS_PROMOCION'
  | 'COLEGIATURA_NETA'
  | 'DERECHO_EVALUACION';

export interface OutputSpec {
  id: OutputId;
  label: string;
  /** The header of the computed column; the " (calculado)" suffix marks it as the add-on's own. */
  header: string;
  /** Every column the function fills, left to right: `header`, then those its result spills into. */
  headers: string[];
  /** The custom function that computes it, called over whole columns. */
  fn: OutputFunction;
  args: OutputArg[];
}

export const COMPUTED_SUFFIX = ' (calculado)';

const need = (field: StudentField): OutputArg => ({ field, required: true });
const maybe = (field: StudentField): OutputArg => ({ field, required: false });
const output = (id: OutputId, label: string, fn: OutputFunction, args: OutputArg[], spills: string[] = []): OutputSpec => {
  const headers = [label, ...spills].map((l) => `${l}${COMPUTED_SUFFIX}`);
  return { id, label, header: headers[0], headers, fn, args };
};

/** The results the Alumnos panel offers, each the custom function a secretary could type herself. */
export const OUTPUTS: OutputSpec[] = [
  output('beca', 'Beca %', 'BECA', [need('plan'), maybe('promedio'), maybe('criterio')]),
  output('motivo', 'Motivo de beca', 'BECA_MOTIVO', [need('plan'), maybe('promedio'), maybe('criterio')]),
  output('renovacion', 'Renovación de beca', 'RENUEVA_BECA', [need('plan'), maybe('promedio'), maybe('adeudosAnteriores'), maybe('adeudoColegiatura'), maybe('horasServicio')], ['Motivo de renovación']),
  output('derecho', 'Derecho a examen', 'DERECHO_EXAMEN', [need('asistencias'), need('sesiones'), maybe('justificadas')]),
  output('calificacionFinal', 'Calificación final', 'CALIFICACION_FINAL', [need('calificacion'), need('asistencias'), need('sesiones'), maybe('justificadas')]),
  output('faltasRestantes', 'Faltas restantes', 'FALTAS_RESTANTES', [need('asistencias'), need('sesiones'), need('sesionesCurso'), maybe('justificadas')]),
  output('estatus', 'Estatus de promoción', 'ESTATUS_PROMOCION', [{ subjects: true }, maybe('adeudosAnteriores')]),
  output('colegiaturaNeta', 'Colegiatura neta', 'COLEGIATURA_NETA', [need('colegiatura'), maybe('porcentajeBeca'), maybe('formaPago')]),
  output('derechoEvaluacion', 'Derecho a evaluación', 'DERECHO_EVALUACION', [need('asistencias'), need('sesiones'), maybe('justificadas'), need('adeudoColegiatura')]),
];

export const OUTPUT_IDS = OUTPUTS.map((o) => o.id);

export function outputSpec(id: OutputId): OutputSpec {
  const spec = OUTPUTS.find((o) => o.id === id);
  if (!spec) throw new RangeError(`unknown output ${id}`);
  return spec;
}

/** A column the add-on wrote: one of its results' headers, or any header ending in " (calculado)" (from another version). */
export function isComputedHeader(header: Cell): boolean {
  return outputOfHeader(header) !== undefined || normalizeHeader(header).endsWith(normalizeHeader(COMPUTED_SUFFIX));
}

/** Which result a header names when it is one of the add-on's computed columns (first or spilled). */
export function outputOfHeader(header: Cell, firstOnly = false): OutputId | undefined {
  const h = normalizeHeader(header);
  const names = (o: OutputSpec) => (firstOnly ? [o.header] : o.headers);
  return h ? OUTPUTS.find((o) => names(o).some((x) => normalizeHeader(x) === h))?.id : undefined;
}

export interface StudentMapping {
  /** 0-based row of the headers within the rows read. */
  headerRow: number;
  columns: ColumnMapping<StudentField>;
  /** 0-based columns that hold one grade per subject, left to right. */
  subjects: number[];
}

/** Headers that hold small whole numbers in the 5–10 range without being a subject. */
const NOT_SUBJECTS = ['semestre', 'grado', 'grupo', 'edad', 'ano', 'periodo', 'turno', 'lugar', 'no', 'num', 'numero', 'n', 'id', 'folio', 'cuatrimestre', 'parcial'];

const SAMPLE_ROWS = 200;
/** Share of a column's non-blank sample values that must be grades (or NP/SD) to call it a subject. */
const SUBJECT_SHARE = 0.8;

/** A grade as ESTATUS_PROMOCION reads it: a number on the scale, or NP / SD in any spelling ("n.p.", "S/D"). */
export function isGradeLike(v: Cell, rules: Rules): boolean {
  return readGrade(v, rules).ok;
}

/** Share of a plan column's non-blank sample values that may read as percentages before it is taken for a beca % column. */
const PERCENT_SHARE = 0.5;

/** A column whose values are mostly percentages or fractions (10 %, 0,25) and not plans holds the beca %, not the plan. */
function holdsPercentages(rows: Cell[][], column: number): boolean {
  let filled = 0;
  let percentages = 0;
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    const v = row[column];
    if (isBlank(v)) continue;
    filled++;
    if (!parsePlan(v).ok && parseFraction(v).ok) percentages++;
  }
  return filled > 0 && percentages / filled > PERCENT_SHARE;
}

/**
 * Columns whose header no field claimed and whose non-blank values are mostly grades on the
 * configured scale: one subject each. Computed columns and headers such as "Semestre" are skipped.
 */
export function detectSubjects(headers: Cell[], rows: Cell[][], taken: Set<number>, rules: Rules): number[] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const subjects: number[] = [];
  headers.forEach((header, column) => {
    if (taken.has(column) || isBlank(header) || isComputedHeader(header)) return;
    const h = normalizeHeader(header);
    if (NOT_SUBJECTS.some((w) => h === w || h.startsWith(`${w} `))) return;
    let filled = 0;
    let grades = 0;
    for (const row of sample) {
      const v = row[column];
      if (isBlank(v)) continue;
      filled++;
      if (isGradeLike(v, rules)) grades++;
    }
    if (filled > 0 && grades / filled >= SUBJECT_SHARE) subjects.push(column);
  });
  return subjects;
}

/**
 * The header row, the columns by header synonym (computed columns excluded) and the subject columns.
 * A plan column whose values are percentages is dropped, and the next best header gets its chance.
 */
export function detectStudentColumns(rows: Cell[][], rules: Rules): StudentMapping {
  const headerRow = findHeaderRow(rows, STUDENT_FIELDS);
  const body = rows.slice(headerRow + 1);
  const headers = (rows[headerRow] ?? []).map((h) => (isComputedHeader(h) ? '' : h));
  let columns = detectColumns(headers, STUDENT_FIELDS);
  while (columns.plan !== undefined && holdsPercentages(body, columns.plan)) {
    headers[columns.plan] = '';
    columns = detectColumns(headers, STUDENT_FIELDS);
  }
  const taken = new Set(Object.values(columns) as number[]);
  const subjects = detectSubjects(rows[headerRow] ?? [], body, taken, rules);
  return { headerRow, columns, subjects };
}

/** The fields a result still lacks under a mapping (empty when it can be computed). */
export function missingFields(spec: OutputSpec, mapping: StudentMapping): string[] {
  const missing: string[] = [];
  for (const arg of spec.args) {
    if ('subjects' in arg) {
      if (mapping.subjects.length === 0) missing.push('materias');
    } else if (arg.required && mapping.columns[arg.field] === undefined) {
      missing.push(FIELD_LABELS[arg.field]);
    }
  }
  return missing;
}

/** A sheet looks like a list of students when it has a name column and at least one result can be computed. */
export function looksLikeStudents(mapping: StudentMapping): boolean {
  return mapping.columns.nombre !== undefined && OUTPUTS.some((o) => missingFields(o, mapping).length === 0);
}

/** "A", "Z", "AA": the column letter of a 0-based index. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Sheets reads formulas written by a script in its en-US syntax whatever the spreadsheet's locale: `,` between arguments and between the columns of an array literal. */
const ARG_SEPARATOR = ', ';

/** The subject columns in the order of the sheet, grouped into runs of columns side by side. */
function subjectRuns(subjects: number[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const column of [...new Set(subjects)].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run.last + 1 === column) run.last = column;
    else runs.push({ first: column, last: column });
  }
  return runs;
}

/**
 * The subjects as one argument over whole columns: one range when they are side by side (`H2:J`),
 * else the array literal of their runs in the order of the sheet (`{H2:I, K2:K}`), which joins them
 * into one row per student; every range starts at the same row, so they are the same height.
 */
function subjectsArgument(subjects: number[], firstDataRow: number): string {
  const ranges = subjectRuns(subjects).map((run) => `${columnLetter(run.first)}${firstDataRow}:${columnLetter(run.last)}`);
  if (ranges.length === 0) return '""';
  return ranges.length === 1 ? ranges[0] : `{${ranges.join(ARG_SEPARATOR)}}`;
}

/**
 * The one live formula of a result column, over whole columns from the first data row (1-based),
 * ending with the configuration range so that a change there recalculates it:
 * `=BECA(C2:C, D2:D, E2:E, 'Configuración'!A:B)`. A missing optional column is passed as "".
 */
export function formulaFor(spec: OutputSpec, mapping: StudentMapping, firstDataRow: number, configRange: string): string {
  const args = spec.args.map((arg) => {
    if ('subjects' in arg) return subjectsArgument(mapping.subjects, firstDataRow);
    const column = mapping.columns[arg.field];
    return column === undefined ? '""' : `${columnLetter(column)}${firstDataRow}:${columnLetter(column)}`;
  });
  return `=${spec.fn}(${[...args, configRange].join(ARG_SEPARATOR)})`;
}
