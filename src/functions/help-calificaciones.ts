// The Ayuda entries of the period's grade functions (src/functions/grades.ts), concatenated into help.ts's list.
import { EXCELENCIA_WORDS, EXEMPTION_WORDS, HONOR_ROLL_WORD, REGULARIZATION_WORDS } from '../core/es/grades';

/** The shape of help.ts's entries, written out here: importing help.ts back would be an import cycle. */
interface GradeHelpEntry {
  name: string;
  syntax: string;
  summary: string;
  call: string;
  result: unknown;
  output: 'fraction' | 'number' | 'word' | 'text' | 'table';
  words?: string[];
  params: { name: string; shape?: 'cell' | 'row'; optional?: boolean }[];
}

const CONFIG = { name: 'configuracion', optional: true } as const;

export const GRADE_HELP: GradeHelpEntry[] = [
  {
    name: 'PROMEDIO_FINAL',
    syntax: 'PROMEDIO_FINAL(calificaciones, [configuracion])',
    summary: 'Promedio de una fila de calificaciones, a 1 decimal truncado (configurable); NP y SD valen 5.',
    call: '=PROMEDIO_FINAL({9, 10, 9, 9})',
    result: 9.2,
    output: 'number',
    params: [{ name: 'calificaciones', shape: 'row' }, CONFIG],
  },
  {
    name: 'EXENCION',
    syntax: 'EXENCION(parciales, [configuracion])',
    summary: 'Exento si aprobó todos los parciales (Cap. III, Art. 1 VIII), Presenta ordinario si no, Pendiente si falta alguno.',
    call: '=EXENCION({8, 6, 9})',
    result: 'Exento',
    output: 'word',
    words: Object.values(EXEMPTION_WORDS),
    params: [{ name: 'parciales', shape: 'row' }, CONFIG],
  },
  {
    name: 'CALIFICACION_MATERIA',
    syntax: 'CALIFICACION_MATERIA(parciales, ordinario, [asistencias], [sesiones], [justificadas], [configuracion])',
    summary: 'Calificación final de la materia: promedio de parciales si exenta, el ordinario si no, 5 sin derecho a examen (Cap. XII, Art. 1 III).',
    call: '=CALIFICACION_MATERIA({8, 5, 9}, 7, 45, 50)',
    result: 7,
    output: 'number',
    params: [
      { name: 'parciales', shape: 'row' },
      { name: 'ordinario' },
      { name: 'asistencias', optional: true },
      { name: 'sesiones', optional: true },
      { name: 'justificadas', optional: true },
      CONFIG,
    ],
  },
  {
    name: 'REGULARIZACION',
    syntax: 'REGULARIZACION(calificacion_final, oportunidades_usadas, [materias_adeudadas], [mensualidades_adeudadas], [configuracion])',
    summary: 'Dos columnas: Aprobada, Con derecho (y las oportunidades que quedan de 3), Oportunidades agotadas, Sin derecho por adeudo o Baja por adeudo (Cap. XII, Art. 1 IV–V; Cap. IX).',
    call: '=REGULARIZACION(5, 2)',
    result: [['Con derecho', 1]],
    output: 'table',
    words: Object.values(REGULARIZATION_WORDS),
    params: [
      { name: 'calificacion_final' },
      { name: 'oportunidades_usadas' },
      { name: 'materias_adeudadas', optional: true },
      { name: 'mensualidades_adeudadas', optional: true },
      CONFIG,
    ],
  },
  {
    name: 'LUGAR',
    syntax: 'LUGAR(promedios, [grupos], [configuracion])',
    summary: 'Lugar de cada promedio en su grupo (1 es el mejor; iguales comparten lugar): grupo, semestre, carrera, generación o sistema.',
    call: '=LUGAR(9.5, "3A")',
    result: 1,
    output: 'number',
    params: [{ name: 'promedios' }, { name: 'grupos', shape: 'row', optional: true }, CONFIG],
  },
  {
    name: 'CUADRO_HONOR',
    syntax: 'CUADRO_HONOR(promedios, [materias_reprobadas], [configuracion])',
    summary: 'Cuadro de honor con promedio de al menos 9 (configurable; el reglamento no fija el mínimo, Cap. XVI) y nada reprobado.',
    call: '=CUADRO_HONOR(9.2, 0)',
    result: HONOR_ROLL_WORD,
    output: 'word',
    words: [HONOR_ROLL_WORD],
    params: [{ name: 'promedios' }, { name: 'materias_reprobadas', optional: true }, CONFIG],
  },
  {
    name: 'GANADOR_EXCELENCIA',
    syntax: 'GANADOR_EXCELENCIA(promedios, carreras, sistemas, semestres, [materias_reprobadas], [configuracion])',
    summary: 'Beca de excelencia (Plan II): Ganador al mejor promedio ≥ 9,5 por carrera, sistema y semestre (4.º, 6.º, 8.º); un empate va a la Comisión.',
    call: '=GANADOR_EXCELENCIA({9.8; 9.6}, "Bachillerato", "Escolarizado", 4)',
    result: [[EXCELENCIA_WORDS.winner], [EXCELENCIA_WORDS.not_top]],
    output: 'word',
    words: Object.values(EXCELENCIA_WORDS),
    params: [{ name: 'promedios' }, { name: 'carreras' }, { name: 'sistemas' }, { name: 'semestres' }, { name: 'materias_reprobadas', optional: true }, CONFIG],
  },
  {
    name: 'LUGAR_EXAMEN',
    syntax: 'LUGAR_EXAMEN(calificaciones, campus, [aspirantes], [configuracion])',
    summary: 'Beca académica (Plan III): lugar 1, 2 o 3 de las calificaciones aprobatorias más altas por campus; empates y aspirantes repetidos se señalan.',
    call: '=LUGAR_EXAMEN({9.1; 8.7; 9.4; 5.5}, "Orizaba")',
    result: [[2], [3], [1], ['']],
    output: 'table',
    params: [{ name: 'calificaciones' }, { name: 'campus' }, { name: 'aspirantes', optional: true }, CONFIG],
  },
];
