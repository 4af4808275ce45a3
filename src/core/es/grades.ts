// The fixed words the period's grade functions put in cells (src/core/grades/), so CONTAR.SI and conditional formats can match them.
import type { Regularization } from '../grades/regularization';
import type { ExcelenciaState } from '../grades/ranking';
import type { Exemption } from '../grades/subject';

export const EXEMPTION_WORDS: Record<Exemption, string> = { exempt: 'Exento', sits_ordinario: 'Presenta ordinario', pending: 'Pendiente' };

export const REGULARIZATION_WORDS: Record<Regularization, string> = {
  passed: 'Aprobada',
  has_right: 'Con derecho',
  chances_used: 'Oportunidades agotadas',
  debt: 'Sin derecho por adeudo',
  dropped: 'Baja por adeudo',
};

export const HONOR_ROLL_WORD = 'Cuadro de honor';

export const EXCELENCIA_WORDS: Record<ExcelenciaState, string> = {
  winner: 'Ganador',
  tie: 'Empate: dictamen de la Comisión',
  not_top: 'No gana: hay un promedio más alto',
  out_semester: 'No participa: semestre',
  out_average: 'No participa: promedio',
  out_failed: 'No participa: no aprobó todo en ordinario',
};

/** LUGAR_EXAMEN's flags: a tie for a place (the campus decides, Plan III is not dictaminated) and an applicant with more than one exam. */
export const EXAM_FLAG_WORDS = {
  tie: (place: number) => `Empate en el lugar ${place}: lo decide el campus`,
  repeated: 'Revisar: aspirante con más de un examen',
} as const;
