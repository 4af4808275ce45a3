// Registers of absences (días hábiles, inasistencias, justificadas): the attendance functions derive
// asistencias = sesiones − inasistencias when given the trailing `inasistencias` argument. Expected
// values typed by hand from test/fixtures/registros/*.expected.json and Cap. XII, Art. 1 III (80 %).
import { ASISTENCIA, CALIFICACION_FINAL, DERECHO_EXAMEN, FALTAS_RESTANTES } from '../../src/functions/students';

const column = (...cells: unknown[]) => cells.map((c) => [c]);
const cfg = (...rows: [string, unknown][]) => [['clave', 'valor'], ...rows];
const NOT_JUSTIFIED = cfg(['justificadas_cuentan', 'no']);
const PERU = cfg(['asistencia_minima', '70 %']);

/** Rows of secundaria-inasistencias.xlsx, sheet «2° B»: días hábiles, inasistencias, justificadas → ASISTENCIA, DERECHO_EXAMEN. */
const SECUNDARIA: [number, unknown, unknown, unknown, number | string, string][] = [
  [6, 60, 2, 0, 0.966667, 'Con derecho'],
  [7, 60, 12, 0, 0.8, 'Con derecho'], // 48 / 60, exactly 80 %
  [8, 60, 14, 2, 0.8, 'Con derecho'], // (46 + 2) / 60: only with the justified ones
  [9, 60, 13, 0, 0.783333, 'Sin derecho'],
  [10, 60, 0, null, 1, 'Con derecho'],
  [11, 60, 20, 8, 0.8, 'Con derecho'],
  [12, 60, 25, 3, 0.633333, 'Sin derecho'],
  [13, 50, 5, 0, 0.9, 'Con derecho'], // enrolled late: his own 50 días hábiles
  [14, 60, '3', null, 0.95, 'Con derecho'], // «3» as text; blank justificadas is 0
  [15, null, null, null, '', ''], // dado de baja: no data, no result
  [16, 60, 15, 1, 0.766667, 'Sin derecho'],
  [17, 60, 11, 0, 0.816667, 'Con derecho'],
];

/** Rows of peru-asistencia-por-grado.xlsx (asistencia_minima 70 % in its Configuración). */
const PERU_ROWS: [number, unknown, unknown, unknown, number, string][] = [
  [6, 100, 4, 0, 0.96, 'Con derecho'],
  [7, 100, 30, 0, 0.7, 'Con derecho'], // exactly 70 %
  [8, 100, 35, 4, 0.69, 'Sin derecho'],
  [9, 100, 40, 12, 0.72, 'Con derecho'],
  [10, 100, 0, 0, 1, 'Con derecho'],
  [11, 100, 31, 0, 0.69, 'Sin derecho'],
  [12, 100, 12, 2, 0.9, 'Con derecho'],
  [15, 100, 8, 1, 0.93, 'Con derecho'],
  [16, 100, 25, 10, 0.85, 'Con derecho'],
  [17, 100, 45, 14, 0.69, 'Sin derecho'],
  [18, 100, 2, null, 0.98, 'Con derecho'],
  [19, 100, 33, 3, 0.7, 'Con derecho'], // 70 % exactly, with the justified ones
  [20, 100, '18', 0, 0.82, 'Con derecho'],
  [21, 100, 60, 0, 0.4, 'Sin derecho'],
];

const near = (got: unknown, want: number | string) => (typeof want === 'number' ? expect(got as number).toBeCloseTo(want, 6) : expect(got).toBe(want));

describe('secundaria-inasistencias: one formula over the columns of the sheet', () => {
  const dias = column(...SECUNDARIA.map((r) => r[1]));
  const inasist = column(...SECUNDARIA.map((r) => r[2]));
  const justif = column(...SECUNDARIA.map((r) => r[3]));

  test('ASISTENCIA("", C6:C17, E6:E17, , D6:D17)', () => {
    const got = ASISTENCIA('', dias, justif, undefined, inasist) as unknown[][];
    expect(got).toHaveLength(SECUNDARIA.length);
    SECUNDARIA.forEach((r, i) => near(got[i][0], r[4]));
  });

  test('DERECHO_EXAMEN("", C6:C17, E6:E17, , D6:D17)', () => {
    expect(DERECHO_EXAMEN('', dias, justif, undefined, inasist)).toEqual(SECUNDARIA.map((r) => [r[5]]));
  });

  test.each(SECUNDARIA.filter((r) => r[1] !== null))('row %i alone, cell by cell', (_row, d, i, j, asistencia, derecho) => {
    near(ASISTENCIA('', d, j, '', i), asistencia);
    expect(DERECHO_EXAMEN('', d, j, '', i)).toBe(derecho);
  });
});

describe('peru-asistencia-por-grado, with the book’s asistencia_minima of 70 %', () => {
  const dias = column(...PERU_ROWS.map((r) => r[1]));
  const inasist = column(...PERU_ROWS.map((r) => r[2]));
  const justif = column(...PERU_ROWS.map((r) => r[3]));

  test('ASISTENCIA', () => {
    const got = ASISTENCIA('', dias, justif, PERU, inasist) as unknown[][];
    PERU_ROWS.forEach((r, i) => near(got[i][0], r[4]));
  });

  test('DERECHO_EXAMEN', () => {
    expect(DERECHO_EXAMEN('', dias, justif, PERU, inasist)).toEqual(PERU_ROWS.map((r) => [r[5]]));
  });

  test('with the default 80 % rows 7, 9 and 19 lose the right', () => {
    const got = DERECHO_EXAMEN('', dias, justif, undefined, inasist) as unknown[][];
    expect([got[1][0], got[3][0], got[11][0]]).toEqual(['Sin derecho', 'Sin derecho', 'Sin derecho']);
  });
});

describe('derived attendance at the boundaries (Cap. XII, Art. 1 III: 80 %)', () => {
  test.each([
    ['exactly 80 %: 10 absences of 50', 50, 10, '', 'Con derecho'],
    ['one more absence loses it', 50, 11, '', 'Sin derecho'],
    ['80 % reached with the justified ones', 50, 12, 2, 'Con derecho'],
    ['inasistencias = sesiones', 50, 50, '', 'Sin derecho'],
    ['inasistencias = sesiones, all justified', 50, 50, 50, 'Con derecho'],
    ['blank inasistencias is 0', 50, '', '', 'Con derecho'],
    ['decimal hours', 40, '7,5', 0, 'Con derecho'],
  ])('%s', (_l, s, i, j, want) => {
    expect(DERECHO_EXAMEN('', s, j, undefined, i)).toBe(want);
  });

  test.each([
    ['inasistencias = sesiones', 50, 50, '', 0],
    ['blank inasistencias', 60, '', '', 1],
    ['a blank inasistencias beside a blank asistencias in a one-row formula', 60, '', 0, 1],
    ['justified absences not counted by the configuration', 50, 12, 2, 0.76],
  ])('ASISTENCIA: %s', (label, s, i, j, want) => {
    const config = label.includes('configuration') ? NOT_JUSTIFIED : undefined;
    expect(ASISTENCIA('', s, j, config, i)).toBeCloseTo(want, 12);
  });

  test.each([
    ['more absences than sessions', 60, 61, 0, 'Error: inasistencias 61 es mayor que sesiones 60'],
    ['negative absences', 60, -2, 0, 'Error: inasistencias -2 no puede ser un número negativo'],
    ['absences that are not a number', 60, 'muchas', 0, 'Error: inasistencias «muchas» no es un número'],
    ['more justified than absences', 60, 3, 5, 'Error: justificadas 5 es mayor que inasistencias 3'],
    ['no sesiones', '', 4, 0, 'Error: falta el dato «sesiones»'],
    ['sesiones 0', 0, 0, 0, 'Error: sesiones 0 debe ser mayor que 0'],
  ])('a row error names the value: %s', (_l, s, i, j, want) => {
    expect(ASISTENCIA('', s, j, undefined, i)).toBe(want);
  });

  test('asistencias given with inasistencias: every row says both arguments', () => {
    const both = 'Error: asistencias 40 e inasistencias no se dan juntas: con inasistencias, el argumento asistencias debe ser "" (las asistencias son sesiones − inasistencias)';
    expect(ASISTENCIA(40, column(50, 50), '', undefined, column(10, 2))).toEqual([[both], [both]]);
    expect(DERECHO_EXAMEN(column(40, ''), column(50, 50), '', undefined, column(10, 2))).toEqual([[both], ['Con derecho']]);
  });

  test('inasistencias omitted or "" leaves the call as it was', () => {
    expect(ASISTENCIA(38, 50, 2, undefined, '')).toBe(0.8);
    expect(ASISTENCIA(38, 50, 2)).toBe(0.8);
    expect(ASISTENCIA('', 50, 2, undefined, undefined)).toBe('Error: falta el dato «asistencias»');
  });

  test('a bad row does not stop the others; a blank row stays blank', () => {
    expect(ASISTENCIA('', column(60, '', 60), column(0, '', 0), undefined, column(12, '', 70))).toEqual([[0.8], [''], ['Error: inasistencias 70 es mayor que sesiones 60']]);
  });

  test('ranges of different sizes name inasistencias', () => {
    expect(() => ASISTENCIA('', column(60, 60, 60), '', undefined, column(1, 2))).toThrow('los rangos tienen distinto número de filas: sesiones tiene 3 y inasistencias tiene 2');
  });
});

describe('FALTAS_RESTANTES with inasistencias so far', () => {
  test.each([
    // 50 sessions in the course, 80 % = 40: at most 10 absences in all.
    ['2 absences of 20 held: 8 left', 20, 2, '', 8],
    ['justified absences are not spent', 20, 4, 2, 8],
    ['10 absences: none left', 20, 10, '', 0],
    ['a course not started', 0, '', '', 10],
    ['absences above the sessions held', 20, 21, '', 'Error: inasistencias 21 es mayor que sesiones_impartidas 20'],
  ])('%s', (_l, held, i, j, want) => {
    expect(FALTAS_RESTANTES('', held, 50, j, undefined, i)).toBe(want);
  });
});

describe('CALIFICACION_FINAL with inasistencias', () => {
  test.each([
    ['with the right, the grade: 10 absences of 50', 9, 50, 10, '', 9],
    ['without it, 5: 11 absences of 50', 9, 50, 11, '', 5],
    ['justified absences keep it', 8.5, 50, 12, 2, 8.5],
    ['a blank grade with the right is pending', '', 50, '', '', ''],
  ])('%s', (_l, grade, s, i, j, want) => {
    expect(CALIFICACION_FINAL(grade, '', s, j, undefined, i)).toBe(want);
  });

  test('over ranges', () => {
    expect(CALIFICACION_FINAL(column(9, '', 7), '', column(60, '', 60), column(0, '', 2), undefined, column(12, '', 15))).toEqual([[9], [''], [5]]);
  });
});
