// What the reading of a sheet tells the user, in Spanish: why a sheet is no student list, what was derived, assumed and skipped.
import type { SheetDetection, NotStudentsCode } from '../students/evidence';
import type { OutputId, StudentField } from '../students/fields';
import { CUTOFF_HEADER } from './sheet-words';
import type { SkippedRow } from '../students/rows';

/** How the panel names each field and result (fields.ts): the caller passes them, so the words stay the panel's. */
export interface Labels {
  fields: Record<StudentField, string>;
  outputs: Record<OutputId, string>;
}

const WHY: Record<NotStudentsCode, string> = {
  no_name: 'no tiene una columna de nombres ni de matrículas de alumnos',
  names_are_staff: 'los nombres llevan título (Ing., Lic., Mtra.…): es una lista de personal, no de alumnos',
  names_are_plans: 'los «nombres» son nombres de planes de beca: es un catálogo, no una lista de alumnos',
  only_names: 'solo tiene nombres: ninguna columna de calificaciones, asistencia, becas o pagos de alumnos',
  wrong_scale: 'sus calificaciones están fuera de la escala configurada',
  nothing_to_compute: 'con sus columnas no se puede calcular ningún resultado',
  no_students: 'ninguna fila tiene un nombre con datos que calcular',
};

/** `npm run calc` on a sheet of the period's grades (one row per student and subject). */
export const PERIOD_SHEET_NOTES = {
  kept: 'es una hoja de calificaciones del periodo (una fila por alumno y materia): por fila solo se calculan la asistencia, el derecho a examen y las faltas restantes de esa materia; exención, calificación de la materia y regularización las dan «Listas del periodo» y las fórmulas EXENCION, CALIFICACION_MATERIA y REGULARIZACION de la plantilla',
  none: 'es una hoja de calificaciones del periodo (una fila por alumno y materia) sin asistencias que calcular por fila: sus resultados los dan «Listas del periodo» y las fórmulas EXENCION, CALIFICACION_MATERIA y REGULARIZACION de la plantilla',
} as const;

/** «no se tocó: solo tiene nombres…»: why a sheet was left alone. */
export function whyNotStudents(detection: SheetDetection, rules: { gradeMin: number; gradeMax: number }): string {
  const why = WHY[detection.why!];
  if (detection.why !== 'wrong_scale' || !detection.scale) return why;
  return `${why} (${rules.gradeMin} a ${rules.gradeMax}): parecen de ${detection.scale.min} a ${detection.scale.max}. Escriba escala_minima, escala_maxima y calificacion_aprobatoria en la hoja Configuración (por ejemplo 0, ${detection.scale.max} y ${detection.scale.max === 20 ? 11 : 60}) y vuelva a calcular; no se escribió ningún estatus en otra escala`;
}


/** What an optional column's absence means for the results (the functions' own defaults). */
const ASSUMED: Partial<Record<StudentField, string>> = {
  adeudosAnteriores: 'se toman como 0',
  justificadas: 'se toman como 0',
  adeudoColegiatura: 'se supone que no debe colegiatura',
  horasServicio: 'no se revisan las horas de servicio',
  promedio: 'los planes que piden promedio dan error',
};

/** «sin columna de adeudos anteriores: se toman como 0», «sin sesiones del curso: no se calculan faltas restantes». */
export function missingNotes(detection: SheetDetection, labels: Labels): string[] {
  const label = (f: StudentField) => labels.fields[f].toLowerCase();
  const outputLabel = (id: OutputId) => labels.outputs[id].toLowerCase();
  return detection.missing.map((m) => {
    if (m.field === 'diasHabiles') return 'hay inasistencias pero no días hábiles ni sesiones: no se calculan asistencia ni derecho a examen';
    if (m.output) return `sin ${label(m.field)}: no se ${/s$/.test(outputLabel(m.output)) ? 'calculan' : 'calcula'} ${outputLabel(m.output)}`;
    return `sin columna de ${label(m.field)}: ${ASSUMED[m.field] ?? 'se deja vacío'}`;
  });
}

/** «Asistencias = Días hábiles (C) − Inasistencias (D)». */
export function derivedNotes(detection: SheetDetection, labels: Labels): string[] {
  return detection.derived.map((d) => `${labels.fields[d.field]} = ${d.from}`);
}

const LISTED = 12;

/** «3 filas que no son alumnos: 14 PROMEDIO DEL GRUPO, 15 Total de alumnos: 10, …» (sheet rows, 1-based). */
export function skippedRowsNote(skipped: SkippedRow[], firstDataRow: number): string | undefined {
  if (!skipped.length) return undefined;
  const shown = skipped.slice(0, LISTED).map((s) => `${s.index + firstDataRow} ${s.text.length > 40 ? `${s.text.slice(0, 39)}…` : s.text}`);
  const more = skipped.length > LISTED ? `, y ${skipped.length - LISTED} más` : '';
  return `${skipped.length} ${skipped.length === 1 ? 'fila que no es alumno' : 'filas que no son alumnos'}: ${shown.join(', ')}${more}`;
}

/**
 * What a payment grid's results read, for the panel and npm run calc: its mensualidad columns (their
 * letters), the 1-based row of its due dates if it has one, else whether the book has a Calendario de
 * pagos, and the fecha de corte cell (A1) or none.
 */
export function ledgerNotes(ledger: { payments: string[]; dueRow?: number; calendar: boolean; cutoff?: string }): string[] {
  const letters = ledger.payments;
  const span = letters.length > 1 ? `${letters[0]} a ${letters[letters.length - 1]}` : letters[0];
  const due =
    ledger.dueRow !== undefined
      ? `la fila ${ledger.dueRow}`
      : ledger.calendar
        ? 'la hoja «Calendario de pagos»'
        : 'el calendario de la Configuración (inicio_periodo, dia_vencimiento), porque la hoja no tiene fila «Vencimiento» ni hay hoja «Calendario de pagos»';
  const cutoff = ledger.cutoff
    ? `fecha de corte: la celda ${ledger.cutoff}`
    : `sin celda «${CUTOFF_HEADER}»: con valores, los adeudos se cuentan al día en que se calcula; con fórmulas se añade «${CUTOFF_HEADER}» con =HOY() a la derecha de los resultados, para que cambien cada día (o escriba usted «${CUTOFF_HEADER}» en las primeras filas y a su derecha la fecha que quiera)`;
  return [`mensualidades: columnas ${span}; vencimientos: ${due}`, cutoff];
}
