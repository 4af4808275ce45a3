// Student sheets the add-on did not make: which column is which, which columns are subjects, which results can be added.
import { ColumnMapping, FieldSpec } from '../table';
import { FIELD_SYNONYMS } from './synonyms';
import { normalizeHeader } from '../text';
import { Cell } from '../parse';

export type StudentField =
  | 'nombre'
  | 'matricula'
  | 'planEstudios'
  | 'plan'
  | 'porcentajeBeca'
  | 'promedio'
  | 'criterio'
  | 'calificacion'
  | 'asistencias'
  | 'sesiones'
  | 'sesionesCurso'
  | 'justificadas'
  | 'diasHabiles'
  | 'inasistencias'
  | 'adeudosAnteriores'
  | 'horasServicio'
  | 'adeudoColegiatura'
  | 'colegiatura'
  | 'formaPago'
  | 'numeroLista'
  | 'grupo'
  | 'fechaDictamen'
  | 'fechaAbandono'
  | 'fechaAviso';

const LABELS: Record<StudentField, string> = {
  nombre: 'Nombre',
  matricula: 'Matrícula',
  planEstudios: 'Plan de estudios',
  plan: 'Plan de beca',
  porcentajeBeca: '% de beca otorgado',
  promedio: 'Promedio',
  criterio: 'Criterio de beca',
  calificacion: 'Calificación final',
  asistencias: 'Asistencias',
  sesiones: 'Sesiones impartidas',
  sesionesCurso: 'Sesiones del curso',
  justificadas: 'Faltas justificadas',
  diasHabiles: 'Días hábiles',
  inasistencias: 'Inasistencias',
  adeudosAnteriores: 'Adeudos anteriores',
  horasServicio: 'Horas de servicio becario',
  adeudoColegiatura: 'Adeudo de colegiatura',
  colegiatura: 'Colegiatura',
  formaPago: 'Forma de pago',
  numeroLista: 'Número de lista',
  grupo: 'Grupo',
  fechaDictamen: 'Fecha de dictamen',
  fechaAbandono: 'Fecha de abandono',
  fechaAviso: 'Fecha de aviso de baja',
};

/** Listed in the order the sidebar shows them; the synonyms are data in synonyms.ts. */
export const STUDENT_FIELDS: FieldSpec<StudentField>[] = (Object.keys(LABELS) as StudentField[]).map((field) => ({
  field,
  label: LABELS[field],
  synonyms: [...FIELD_SYNONYMS[field]],
}));

export const FIELD_LABELS = Object.fromEntries(STUDENT_FIELDS.map((s) => [s.field, s.label])) as Record<StudentField, string>;

export type OutputId =
  | 'beca'
  | 'motivo'
  | 'renovacion'
  | 'asistencia'
  | 'derecho'
  | 'calificacionFinal'
  | 'faltasRestantes'
  | 'reprobadas'
  | 'estatus'
  | 'colegiaturaNeta'
  | 'derechoEvaluacion'
  | 'adeudadas'
  | 'estadoPagos'
  | 'adeudo'
  | 'becaVigente'
  | 'desercion';

/**
 * One argument of a result's custom function: a student column, the row of subject grades, or of a
 * payment grid (ledger.ts): the row of mensualidades, the due dates shared by every student, the fecha de corte.
 */
export type OutputArg = { field: StudentField; required: boolean } | { subjects: true } | { ledger: 'pagos' | 'vencimientos' | 'hoy' };

/** The custom functions behind the results, by the name a live formula calls them. */
export type OutputFunction =
  | 'BECA'
  | 'BECA_MOTIVO'
  | 'RENUEVA_BECA'
  | 'ASISTENCIA'
  | 'DERECHO_EXAMEN'
  | 'CALIFICACION_FINAL'
  | 'FALTAS_RESTANTES'
  | 'MATERIAS_REPROBADAS'
  | 'ESTATUS_PROMOCION'
  | 'COLEGIATURA_NETA'
  | 'DERECHO_EVALUACION'
  | 'MENSUALIDADES_ADEUDADAS'
  | 'ESTADO_PAGOS'
  | 'ADEUDO_COLEGIATURA'
  | 'BECA_VIGENTE'
  | 'ADEUDO_DESERCION';

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
/** A payment grid's mensualidades, their due dates and the fecha de corte, as every ledger function takes them. */
const LEDGER: OutputArg[] = [{ ledger: 'pagos' }, { ledger: 'vencimientos' }, { ledger: 'hoy' }];
const output = (id: OutputId, label: string, fn: OutputFunction, args: OutputArg[], spills: string[] = []): OutputSpec => {
  const headers = [label, ...spills].map((l) => `${l}${COMPUTED_SUFFIX}`);
  return { id, label, header: headers[0], headers, fn, args };
};

/**
 * On a sheet of the period's grades each row is one subject of one student: only that subject's
 * attendance is worth a row there. Failed subjects, a promotion status, a final grade or a beca
 * counted from one subject would be wrong, so they are not offered on such a sheet.
 */
export const PER_SUBJECT_ROW_OUTPUTS: ReadonlySet<OutputId> = new Set<OutputId>(['asistencia', 'derecho', 'faltasRestantes']);

/** The results the Alumnos panel offers, each the custom function a secretary could type herself. */
export const OUTPUTS: OutputSpec[] = [
  // Every plan but VIII decides by its criterion: without that column BECA would only give errors or guesses.
  output('beca', 'Beca %', 'BECA', [need('plan'), maybe('promedio'), need('criterio')]),
  output('motivo', 'Motivo de beca', 'BECA_MOTIVO', [need('plan'), maybe('promedio'), need('criterio')]),
  output('renovacion', 'Renovación de beca', 'RENUEVA_BECA', [need('plan'), maybe('promedio'), maybe('adeudosAnteriores'), maybe('adeudoColegiatura'), maybe('horasServicio')], ['Motivo de renovación']),
  output('asistencia', 'Asistencia %', 'ASISTENCIA', [need('asistencias'), need('sesiones'), maybe('justificadas')]),
  output('derecho', 'Derecho a examen', 'DERECHO_EXAMEN', [need('asistencias'), need('sesiones'), maybe('justificadas')]),
  output('calificacionFinal', 'Calificación final', 'CALIFICACION_FINAL', [need('calificacion'), need('asistencias'), need('sesiones'), maybe('justificadas')]),
  output('faltasRestantes', 'Faltas restantes', 'FALTAS_RESTANTES', [need('asistencias'), need('sesiones'), need('sesionesCurso'), maybe('justificadas')]),
  output('reprobadas', 'Materias reprobadas', 'MATERIAS_REPROBADAS', [{ subjects: true }]),
  output('estatus', 'Estatus de promoción', 'ESTATUS_PROMOCION', [{ subjects: true }, maybe('adeudosAnteriores')]),
  output('colegiaturaNeta', 'Colegiatura neta', 'COLEGIATURA_NETA', [need('colegiatura'), maybe('porcentajeBeca'), maybe('formaPago')]),
  output('derechoEvaluacion', 'Derecho a evaluación', 'DERECHO_EVALUACION', [need('asistencias'), need('sesiones'), maybe('justificadas'), need('adeudoColegiatura')]),
  // A payment grid (one column per mensualidad): the headers are the Pagos template's, so its columns are updated in place.
  output('adeudadas', 'Mensualidades adeudadas', 'MENSUALIDADES_ADEUDADAS', LEDGER),
  output('estadoPagos', 'Estado de pagos', 'ESTADO_PAGOS', LEDGER, ['Detalle de pagos']),
  output('adeudo', 'Adeudo', 'ADEUDO_COLEGIATURA', [need('colegiatura'), maybe('porcentajeBeca'), ...LEDGER, maybe('fechaDictamen')]),
  output('becaVigente', 'Beca vigente', 'BECA_VIGENTE', [need('porcentajeBeca'), ...LEDGER, maybe('fechaDictamen')], ['Motivo de beca vigente']),
  output('desercion', 'Adeudo por deserción', 'ADEUDO_DESERCION', [need('colegiatura'), need('fechaAbandono'), maybe('fechaAviso'), { ledger: 'vencimientos' }, { ledger: 'hoy' }]),
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
  /** 0-based row of the headers within the rows read (the lower one when a group row sits over it). */
  headerRow: number;
  /** 2 when a merged group row («ASISTENCIA», a subject's name) sits over the headers. */
  headerRows?: number;
  columns: ColumnMapping<StudentField>;
  /** 0-based columns that hold one grade per subject, left to right. */
  subjects: number[];
  /** A name split over several columns (Apellido paterno · Apellido materno · Nombre(s)), in the sheet's order. */
  nameParts?: number[];
  /** Parciales of a subject (P1, «2do parcial»): read, never taken for subjects. */
  parciales?: number[];
  /** One criterion column per plan, as dictamen sheets keep them: BECA reads the one of the row's plan. */
  criteria?: { column: number; plans: string[] }[];
  /** A payment grid's columns (ledger.ts): read from the sheet each time, never remembered. */
  ledger?: Ledger;
}

/** Where a payment grid keeps its mensualidades, their due dates and its fecha de corte (0-based). */
export interface Ledger {
  payments: number[];
  /** The sheet's own row of due dates («Vencimiento»), 0-based among all its rows. */
  dueRow?: number;
  /** The cell right of a «Fecha de corte» label in the top rows. */
  cutoff?: { row: number; column: number };
}

/** Where a result's input comes from: a column, or a column derived from others (said in the mapping). */
export type Input = { column: number } | { derived: 'asistencias'; sesiones: number; inasistencias: number };

/**
 * The column a field is read from: its own, or one derived when the sheet keeps it another way.
 * Sesiones impartidas are the días hábiles of an absences register, or the sesiones del curso when
 * only those are given next to asistencias (the period is over); asistencias are días hábiles (or
 * sesiones) − inasistencias.
 */
export function inputOf(mapping: StudentMapping, field: StudentField): Input | undefined {
  const c = mapping.columns;
  const sesiones = c.sesiones ?? c.diasHabiles ?? (c.asistencias !== undefined ? c.sesionesCurso : undefined);
  if (field === 'sesiones') return sesiones === undefined ? undefined : { column: sesiones };
  if (field === 'asistencias' && c.asistencias === undefined && c.inasistencias !== undefined && sesiones !== undefined) {
    return { derived: 'asistencias', sesiones, inasistencias: c.inasistencias };
  }
  if (field === 'criterio' && mapping.criteria?.length) return { column: mapping.criteria[0].column };
  const column = c[field];
  return column === undefined ? undefined : { column };
}

/** Sesiones impartidas taken from the sesiones del curso: the course is over, so nothing is left to lose. */
const sesionesFromCourse = (mapping: StudentMapping) =>
  mapping.columns.sesiones === undefined && mapping.columns.diasHabiles === undefined && mapping.columns.sesionesCurso !== undefined;

/** The fields a result still lacks under a mapping (empty when it can be computed). */
export function missingFields(spec: OutputSpec, mapping: StudentMapping): string[] {
  const missing: string[] = [];
  for (const arg of spec.args) {
    if ('subjects' in arg) {
      if (mapping.subjects.length === 0) missing.push('materias');
    } else if ('ledger' in arg) {
      if (arg.ledger === 'pagos' && !mapping.ledger) missing.push('mensualidades');
    } else if (arg.required && inputOf(mapping, arg.field) === undefined) {
      missing.push(FIELD_LABELS[arg.field]);
    }
  }
  if (spec.id === 'faltasRestantes' && sesionesFromCourse(mapping) && !missing.length) missing.push(FIELD_LABELS.sesiones);
  return missing;
}

/** "A", "Z", "AA": the column letter of a 0-based index. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
