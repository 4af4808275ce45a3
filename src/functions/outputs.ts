// The custom function behind each Alumnos result, typed by name: the batch calls the very function a live formula would.
import { OutputFunction } from '../core/students/fields';
import { BECA, BECA_MOTIVO } from './becas';
import { COLEGIATURA_NETA, RENUEVA_BECA } from './colegiatura';
import { ADEUDO_COLEGIATURA, ADEUDO_DESERCION, BECA_VIGENTE, DERECHO_EVALUACION, ESTADO_PAGOS, MENSUALIDADES_ADEUDADAS } from './pagos';
import { ASISTENCIA, CALIFICACION_FINAL, DERECHO_EXAMEN, ESTATUS_PROMOCION, FALTAS_RESTANTES, MATERIAS_REPROBADAS } from './students';

/** A custom function called over whole columns, with the Configuración rows (or '') as its last argument. */
export type OutputCall = (...args: unknown[]) => unknown;

// Not in index.ts: everything index.ts exports is a public name of the bundle.
export const OUTPUT_FUNCTIONS = {
  BECA,
  BECA_MOTIVO,
  RENUEVA_BECA,
  ASISTENCIA,
  DERECHO_EXAMEN,
  CALIFICACION_FINAL,
  FALTAS_RESTANTES,
  MATERIAS_REPROBADAS,
  ESTATUS_PROMOCION,
  COLEGIATURA_NETA,
  DERECHO_EVALUACION,
  MENSUALIDADES_ADEUDADAS,
  ESTADO_PAGOS,
  ADEUDO_COLEGIATURA,
  BECA_VIGENTE,
  ADEUDO_DESERCION,
} satisfies Record<OutputFunction, OutputCall>;
