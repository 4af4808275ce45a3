// The Spanish of «Revisión de becas»: one line per flag, naming the students and the article; the Comisión decides.
import type { ReviewFlag } from '../becas-review';

export const REVIEW_WORDS = {
  title: 'Revisión de becas (solo señala; decide la Comisión Dictaminadora)',
  header: ['Revisar', 'Alumnos', 'Artículo'],
  nothing: 'Nada que señalar.',
} as const;

/** The students named, at most `max` of them and how many more. */
function names(students: string[], max = 8): string {
  const shown = students.slice(0, max).join(', ');
  return students.length > max ? `${shown} y ${students.length - max} más` : shown;
}

/** [what to check, the students, the article] of one flag. */
export function reviewLine(flag: ReviewFlag): [string, string, string] {
  const n = flag.students.length;
  switch (flag.code) {
    case 'excelencia_per_group':
      return [`${n} becas de excelencia en ${flag.group || '(sin carrera)'}: el reglamento da una por carrera y sistema`, names(flag.students), 'Cap. XI, Art. 2, Plan II a)'];
    case 'academica_semester':
      return [`${n === 1 ? 'Beca académica' : `${n} becas académicas`} después del primer semestre: solo aplica a los primeros semestres`, names(flag.students), 'Cap. XI, Art. 2, Plan III'];
    case 'academica_per_campus':
      return [`${n} becas académicas en ${flag.group ? `el campus ${flag.group}` : 'el campus'}: son tres por campus`, names(flag.students), 'Cap. XI, Art. 2, Plan III'];
    case 'personal_per_colaborador':
      return [`${n} becas para el personal de ${flag.group}: son de una a dos por colaborador`, names(flag.students), 'Cap. XI, Art. 2, Plan VI'];
    case 'parentesco_lost':
      return [
        `Familia ${flag.group}: ${names(flag.lost ?? [])} perdió la beca; su porcentaje no se acumula al familiar`,
        names(flag.students),
        'Cap. XI, Art. 2, Plan IV, III',
      ];
    case 'no_dictamen':
      return [`${n === 1 ? 'Beca' : `${n} becas`} sin fecha de dictamen: la vigencia empieza en esa fecha`, names(flag.students), 'Cap. XI, Art. 1 IX'];
    case 'no_dictamen_column':
      return ['La hoja no tiene columna «Fecha de dictamen»: no se revisaron las fechas', '', 'Cap. XI, Art. 1 IX'];
  }
}
