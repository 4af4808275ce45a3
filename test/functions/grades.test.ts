// The period's grade functions over ranges: one row per student, blank rows blank, a bad row explained, the others computed; whole-column answers (places, winners) decided over every row.
import { BECA } from '../../src/functions/becas';
import {
  CALIFICACION_MATERIA,
  CUADRO_HONOR,
  EXENCION,
  GANADOR_EXCELENCIA,
  LUGAR,
  LUGAR_EXAMEN,
  PROMEDIO_FINAL,
  REGULARIZACION,
} from '../../src/functions/grades';

const column = (...cells: unknown[]) => cells.map((c) => [c]);
const config = (...rows: [string, unknown][]) => [['clave', 'valor'], ...rows];

describe('PROMEDIO_FINAL', () => {
  test.each<[string, unknown[][], unknown, unknown]>([
    ['truncated by default: 9.25 → 9.2', [[9, 10, 9, 9]], undefined, [[9.2]]],
    ['rounded when configured: 9.25 → 9.3', [[9, 10, 9, 9]], config(['redondeo_promedio', 'redondear']), [[9.3]]],
    ['two decimals', [[9, 10, 9, 9]], config(['decimales_promedio', 2]), [[9.25]]],
    ['9.5 exactly stays 9.5', [[9.7, 9.5, 9.3]], undefined, [[9.5]]],
    ['NP is 5', [[10, 'NP']], undefined, [[7.5]]],
    ['NP is what valor_np_promedio says', [[10, 'NP']], config(['valor_np_promedio', 6]), [[8]]],
  ])('%s', (_l, grades, cfg, want) => {
    expect(PROMEDIO_FINAL(grades, cfg)).toEqual(want);
  });

  test('one row per student: blank rows blank, a bad row explained', () => {
    expect(PROMEDIO_FINAL([[8, 9], ['', ''], [8, 'X'], [6, '']])).toEqual([
      [8.5],
      [''],
      ['Error: calificación «X» no válida: se esperaba un número de 5 a 10, NP o SD'],
      [6],
    ]);
  });

  test('a bad Configuración value is every row’s error', () => {
    expect(PROMEDIO_FINAL([[8, 9]], config(['redondeo_promedio', 'hacia arriba']))).toEqual([
      ['Error: Configuración, fila 2 (redondeo_promedio): el valor «hacia arriba» no sirve; se esperaba «truncar» o «redondear»'],
    ]);
  });
});

describe('EXENCION', () => {
  test.each<[string, unknown[][], unknown, string]>([
    ['every parcial passed', [[8, 6, 9]], undefined, 'Exento'],
    ['one failed', [[8, 5, 9]], undefined, 'Presenta ordinario'],
    ['a blank parcial', [[8, '', 9]], undefined, 'Pendiente'],
    ['by average 8 exactly', [[9, 7, 8]], config(['exencion', 'promedio']), 'Exento'],
    ['by average of 7.9', [[9, 7, 7.8]], config(['exencion', 'promedio']), 'Presenta ordinario'],
  ])('%s', (_l, parciales, cfg, want) => {
    expect(EXENCION(parciales, cfg)).toEqual([[want]]);
  });
});

describe('CALIFICACION_MATERIA', () => {
  test('over ranges: exempt, ordinario, pending, no right, NP', () => {
    expect(
      CALIFICACION_MATERIA(
        [[8, 6, 9], [8, 5, 9], [8, 5, 9], [10, 10, 10], [8, 5, 9], ['', '', '']],
        column('', 7, '', '', 'NP', ''),
        column(45, 45, 45, 39, 45, ''),
        50,
      ),
    ).toEqual([[7.6], [7], [''], [5], [5], ['']]);
  });

  test('without attendance, no check; sesiones without asistencias is an error', () => {
    expect(CALIFICACION_MATERIA([[8, 5]], 9)).toEqual([[9]]);
    expect(CALIFICACION_MATERIA([[8, 5]], 9, '', 50)).toEqual([['Error: falta el dato «asistencias»']]);
  });
});

describe('REGULARIZACION', () => {
  test.each<[string, unknown[], unknown[]]>([
    ['the third opportunity left', [5, 2], ['Con derecho', 1]],
    ['all three used', [5, 3], ['Oportunidades agotadas', '']],
    ['passed', [6, 0], ['Aprobada', '']],
    ['an unpaid mensualidad', [5, 0, 1, 'sí'], ['Sin derecho por adeudo', '']],
    ['more than three subjects owed', [5, 0, 4], ['Baja por adeudo', '']],
    ['only two chances configured', [5, 2, '', '', config(['oportunidades_regularizacion', 2])], ['Oportunidades agotadas', '']],
  ])('%s', (_l, args, want) => {
    expect(REGULARIZACION(...(args as [unknown, unknown]))).toEqual([want]);
  });

  test('over ranges: a blank grade row is blank, a bad count explained', () => {
    expect(REGULARIZACION(column(5, '', 5), column(0, '', 'dos'))).toEqual([
      ['Con derecho', 3],
      ['', ''],
      ['Error: oportunidades_usadas «dos» no es un número', ''],
    ]);
  });
});

describe('LUGAR', () => {
  test('a tie for first shares the place, by group; blank and bad rows do not take a place', () => {
    expect(LUGAR(column(9.5, 9.5, 9, '', 8, 'diez', 7), column('3A', '3A', '3A', '3A', '3B', '3B', '3B'))).toEqual([
      [1],
      [1],
      [3],
      [''],
      [1],
      ['Error: promedio «diez» no es un número: se esperaba un número de 5 a 10'],
      [2],
    ]);
  });

  test('several group columns side by side: semestre and grupo', () => {
    expect(LUGAR(column(9, 8, 7), [[1, 'A'], [2, 'A'], [1, 'a']])).toEqual([[1], [1], [2]]);
  });

  test('a single value is first of its own group', () => {
    expect(LUGAR(9.5)).toBe(1);
  });

  test('ranges of different sizes name both', () => {
    expect(() => LUGAR(column(9, 8, 7), column('A', 'B'))).toThrow('los rangos tienen distinto número de filas: promedios tiene 3 y grupos tiene 2');
  });
});

describe('CUADRO_HONOR', () => {
  test('9 exactly with nothing failed; 8.9, a failed subject and blank give blank', () => {
    expect(CUADRO_HONOR(column(9, 8.9, 9.8, ''), column(0, 0, 1, 0))).toEqual([['Cuadro de honor'], [''], [''], ['']]);
  });
  test('the minimum is configurable', () => {
    expect(CUADRO_HONOR(8.5, 0, config(['promedio_cuadro_honor', 8.5]))).toBe('Cuadro de honor');
  });
});

describe('GANADOR_EXCELENCIA', () => {
  test('per carrera, sistema and semester; a tie goes to the Comisión; why the others do not win', () => {
    expect(
      GANADOR_EXCELENCIA(
        column(9.8, 9.8, 9.6, 9.5, 9.49, 10, 9.9, 9.7),
        column('Bach', 'Bach', 'Bach', 'Bach', 'Bach', 'Bach', 'Bach', 'Bach'),
        column('Esc', 'Esc', 'Esc', 'Mixto', 'Esc', 'Esc', 'Esc', 'Esc'),
        column(4, 4, 4, '4°', 4, 5, 'sexto', 6),
        column(0, 0, 0, 0, 0, 0, 1, ''),
      ),
    ).toEqual([
      ['Empate: dictamen de la Comisión'],
      ['Empate: dictamen de la Comisión'],
      ['No gana: hay un promedio más alto'],
      ['Ganador'],
      ['No participa: promedio'],
      ['No participa: semestre'],
      ['No participa: no aprobó todo en ordinario'],
      ['Ganador'],
    ]);
  });

  test('the semesters are configurable; a bad semester is named', () => {
    expect(GANADOR_EXCELENCIA(9.6, 'B', 'E', 8, 0, config(['semestres_excelencia', '4, 6']))).toBe('No participa: semestre');
    expect(GANADOR_EXCELENCIA(9.6, 'B', 'E', '')).toBe('Error: falta el dato «semestres»');
    expect(GANADOR_EXCELENCIA(9.6, 'B', 'E', 'x')).toBe('Error: semestre «x» no válido: se esperaba un número entero de 1 en adelante (4, 4° o cuarto)');
  });
});

describe('LUGAR_EXAMEN', () => {
  test('the three highest passing grades per campus across dates; ties and repeated applicants flagged', () => {
    expect(
      LUGAR_EXAMEN(
        column(9.1, 8.7, 9.4, 5.5, 9, 9, 8, 7.5, 'NP'),
        column('Orizaba', 'Orizaba', 'Orizaba', 'Orizaba', 'Córdoba', 'cordoba', 'Córdoba', 'Córdoba', 'Córdoba'),
        column('Ana', 'Luis', 'Eva', 'Iván', 'Rosa', 'Sara', 'Ana', 'Raúl', 'Pío'),
      ),
    ).toEqual([
      ['Revisar: aspirante con más de un examen'],
      [3],
      [1],
      [''],
      ['Empate en el lugar 1: lo decide el campus'],
      ['Empate en el lugar 1: lo decide el campus'],
      ['Revisar: aspirante con más de un examen'],
      [''],
      [''],
    ]);
  });
});

describe('BECA takes these results as its criterio', () => {
  test.each<[string, unknown[], unknown]>([
    ['a Ganador is first place for Plan II', ['II', 9.6, 'Ganador'], 0.7],
    ['a tie awaits the dictamen: 0', ['II', 9.8, 'Empate: dictamen de la Comisión'], 0],
    ['not participating: 0', ['II', 9.8, 'No participa: semestre'], 0],
    ['LUGAR_EXAMEN 2 for Plan III', ['III', '', 2], 0.5],
    ['LUGAR 1 for Plan II', ['II', 9.5, 1], 0.7],
    ['a LUGAR_EXAMEN tie flag is not a place: the row says so', ['III', '', 'Empate en el lugar 2: lo decide el campus'], 'Error: criterio «Empate en el lugar 2: lo decide el campu…» no válido para el plan III: se esperaba el lugar obtenido en el examen (1, 2, 3, …) (Cap. XI, Art. 2, Plan III)'],
  ])('%s', (_l, args, want) => {
    expect(BECA(...(args as [unknown, unknown, unknown]))).toBe(want);
  });
});
