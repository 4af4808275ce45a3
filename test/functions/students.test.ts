// The student custom functions over ranges: one row per student, blank rows blank, a bad row explained, the others computed.
import {
  ASISTENCIA,
  CALIFICACION_FINAL,
  DERECHO_EXAMEN,
  ESTATUS_PROMOCION,
  FALTAS_RESTANTES,
  MATERIAS_REPROBADAS,
} from '../../src/functions/students';

const column = (...cells: unknown[]) => cells.map((c) => [c]);
const CONFIG_NOT_JUSTIFIED = [
  ['clave', 'valor'],
  ['justificadas_cuentan', 'no'],
];

describe('ASISTENCIA', () => {
  test.each([
    ['single values', [38, 50, 2], 0.8],
    ['justificadas omitted', [45, 50], 0.9],
    ['text with decimal comma', ['19', '20', ''], 0.95],
    ['all blank', ['', '', ''], ''],
  ])('%s', (_l, args, want) => {
    expect(ASISTENCIA(...(args as [unknown, unknown, unknown]))).toBe(want);
  });

  test('a range gives one row per student; a bad row says why and the others are computed', () => {
    expect(ASISTENCIA(column(40, '', 60, 'x'), column(50, '', 50, 50), column(0, '', '', ''))).toEqual([
      [0.8],
      [''],
      ['Error: asistencias 60 y justificadas 0 suman más que sesiones 50'],
      ['Error: asistencias «x» no es un número'],
    ]);
  });

  test('a date typed where a number goes is quoted as the day the sheet shows, in its zone', () => {
    // 15/03/2026 21:00 in Mexico City, the project's default zone: 03:00 UTC on the 16th.
    expect(ASISTENCIA(new Date(Date.UTC(2026, 2 /* Mar */, 16, 3)), 50)).toBe('Error: asistencias 15/03/2026 no es un número');
  });

  test('a single sesiones value applies to every row', () => {
    expect(ASISTENCIA(column(25, 40), 50)).toEqual([[0.5], [0.8]]);
  });

  test('the Configuración range can say justified absences do not count', () => {
    expect(ASISTENCIA(38, 50, 2, CONFIG_NOT_JUSTIFIED)).toBeCloseTo(0.76, 12);
  });
});

describe('DERECHO_EXAMEN', () => {
  test.each([
    ['exactly 80 % keeps the right', 40, 50, '', 'Con derecho'],
    ['just below loses it', 39, 50, '', 'Sin derecho'],
    ['justified absences reach 80 %', 38, 50, 2, 'Con derecho'],
    ['sesiones 0 is an error', 0, 0, '', 'Error: sesiones 0 debe ser mayor que 0'],
  ])('%s', (_l, a, s, j, want) => {
    expect(DERECHO_EXAMEN(a, s, j)).toBe(want);
  });

  test('over a range, blank rows stay blank', () => {
    expect(DERECHO_EXAMEN(column(40, '', 39), column(50, '', 50))).toEqual([['Con derecho'], [''], ['Sin derecho']]);
  });

  test('without justificadas_cuentan 38 + 2 of 50 has no right', () => {
    expect(DERECHO_EXAMEN(38, 50, 2, CONFIG_NOT_JUSTIFIED)).toBe('Sin derecho');
  });
});

describe('FALTAS_RESTANTES', () => {
  test.each([
    ['8 left after 2 absences of 20 sessions', [18, 20, 50], 8],
    ['justified absences are not spent', [16, 20, 50, 2], 8],
    ['the right already lost gives 0', [5, 20, 50], 0],
    ['a course not started', [0, 0, 50], 10],
    ['held above the course', [10, 60, 50], 'Error: sesiones_impartidas 60 es mayor que sesiones_del_curso 50'],
  ])('%s', (_l, args, want) => {
    expect(FALTAS_RESTANTES(...(args as [unknown, unknown, unknown, unknown]))).toBe(want);
  });

  test('a range with a single course length applies it to every row', () => {
    expect(FALTAS_RESTANTES(column(18, 10), column(20, 20), 50)).toEqual([[8], [0]]);
  });

  test('a single course length leaves the rows without a student blank', () => {
    expect(FALTAS_RESTANTES(column(18, '', 10), column(20, '', 20), 50)).toEqual([[8], [''], [0]]);
  });

  test('over ranges, blank rows stay blank', () => {
    expect(FALTAS_RESTANTES(column(18, '', 10), column(20, '', 20), column(50, '', 50))).toEqual([[8], [''], [0]]);
  });
});

describe('CALIFICACION_FINAL', () => {
  test.each([
    ['the grade with the right', [9, 40, 50], 9],
    ['5 without the right', [9, 35, 50], 5],
    ['NP with the right is 5', ['NP', 45, 50], 5],
    ['SD is 5', ['SD', 45, 50], 5],
    ['a grade off the scale', [12, 45, 50], 'Error: calificación 12 no válida: se esperaba un número de 5 a 10, NP o SD'],
  ])('%s', (_l, args, want) => {
    expect(CALIFICACION_FINAL(...(args as [unknown, unknown, unknown]))).toBe(want);
  });

  test('over ranges', () => {
    expect(CALIFICACION_FINAL(column(8.5, '', 10), column(45, '', 20), column(50, '', 50))).toEqual([[8.5], [''], [5]]);
  });

  test('a blank grade is pending ("") with the right, and 5 without it', () => {
    expect(CALIFICACION_FINAL(column('', ''), column(45, 20), column(50, 50))).toEqual([[''], [5]]);
  });
});

describe('ESTATUS_PROMOCION', () => {
  const grades = [
    [8, 9, 10, 7], // all passed
    [8, 5, '', 9], // one failed
    ['NP', 'SD', 5, 4.5], // a grade off the scale
    ['', '', '', ''], // no student
    [5, 5, 5, 9], // three failed
    [5, 5, 5, 5], // four failed
  ];

  test('one status per row of grades; blank rows blank; bad grades named', () => {
    expect(ESTATUS_PROMOCION(grades, column(0, 0, 0, '', '', ''))).toEqual([
      ['Regular'],
      ['Promovido con adeudo'],
      ['Error: calificación 4,5 no válida: se esperaba un número de 5 a 10, NP o SD'],
      [''],
      ['Promovido con adeudo'],
      ['Baja por adeudo'],
    ]);
  });

  test.each([
    ['no failures and nothing owed', [[8, 9]], 0, 'Regular'],
    ['owed before stops promotion', [[8, 9]], 1, 'No promovido'],
    ['3 in all', [[5, 9]], 2, 'No promovido'],
    ['4 in all is baja', [[5, 'NP']], 2, 'Baja por adeudo'],
  ])('%s', (_l, row, owed, want) => {
    expect(ESTATUS_PROMOCION(row, owed)).toEqual([[want]]);
  });

  test('a configured maximum of 2 owed subjects', () => {
    expect(ESTATUS_PROMOCION([[5, 5, 5]], 0, [['max_materias_adeudadas', 2]])).toEqual([['Baja por adeudo']]);
  });
});

describe('MATERIAS_REPROBADAS', () => {
  test('counts per row; NP and SD fail; blanks ignored', () => {
    expect(MATERIAS_REPROBADAS([[8, 5, 'NP', 9], ['', '', '', ''], [6, 'sd', '', 5.5], [9, 'nueve', 8, 8]])).toEqual([
      [2],
      [''],
      [2],
      ['Error: calificación «nueve» no válida: se esperaba un número de 5 a 10, NP o SD'],
    ]);
  });

  test('a range of grades on one row', () => {
    expect(MATERIAS_REPROBADAS([[6, 5.99]])).toEqual([[1]]);
  });
});
