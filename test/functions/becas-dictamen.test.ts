// Becas as office workbooks keep them: a dictamen with one criterion column per plan
// (planes_del_criterio), «Sin beca» as a plan, «5 años», «1er lugar», «35 %». Expected values typed by
// hand from test/fixtures/registros/*.expected.json and Cap. XI, Art. 2 (plans I to VIII).
import { BECA, BECA_MOTIVO } from '../../src/functions/becas';
import { RENUEVA_BECA } from '../../src/functions/colegiatura';

const column = (...cells: unknown[]) => cells.map((c) => [c]);

/**
 * becas-dictamen-comite.xlsx, sheet «Dictamen 2026-1», columns D to J: Tipo beca, Prom., then the
 * criterion columns Nivel anterior (I), Lugar (II, III), % beca comité (V, VII), Años serv. padre
 * (VI), Parentesco (IV); and BECA by hand.
 */
const DICTAMEN_PLANS = [['I', 'II, III', 'V, VII', 'VI', 'IV']];
const DICTAMEN: [number, unknown, unknown, unknown[], number | string][] = [
  [7, 'Continuidad', 8.7, ['Sí', null, null, null, null], 0.1],
  [8, 'Plan I', 7.9, ['Sí', null, null, null, null], 0], // 7,9 < 8,0
  [9, 'Excelencia', 9.8, [null, 'Delfín', null, null, null], 0.7],
  [10, 'II', 9.6, [null, 2, null, null, null], 0], // second place is not first
  [11, 'Académica', null, [null, '1er lugar', null, null, null], 0.6],
  [12, 'III', null, [null, '3°', null, null, null], 0.4],
  [13, 'Parentesco', 8.2, [null, null, null, null, 'Mismo sistema'], 0.25],
  [14, 'IV', 8, [null, null, null, null, 'No escolarizado'], 0.1],
  [15, 'Protección y ayuda mutua', 7.5, [null, null, '35 %', null, null], 0.35],
  [16, 'Deportiva', 8, [null, null, '50%', null, null], 0.5],
  [17, 'Personal', 8.9, [null, null, null, '5 años', null], 0.4],
  [18, 'VI', 9, [null, null, null, '2 años de servicio', null], 0], // 2 < 3
  [19, 'Sin beca', 9.1, [null, null, null, null, null], 0],
  [20, 'Ninguna', 6.8, [null, null, null, null, null], 0],
  [21, 'Continuidad', '8,5', ['si', null, null, null, null], 0.1],
  [22, 'Plan VI', 8.1, [null, null, null, '3 años de servicio', null], 0.4], // exactly the minimum 3
  [23, 'I y IV', 8.9, ['Sí', null, null, null, 'Mismo sistema'], 'Error: plan de beca «I y IV» desconocido: se esperaba I a VIII o su nombre (Continuidad, Excelencia, …)'],
];

describe('becas-dictamen-comite: =BECA(D7:D23, E7:E23, F7:J23, , {"I", "II, III", "V, VII", "VI", "IV"})', () => {
  test('each row reads the criterion column of its plan', () => {
    const plans = column(...DICTAMEN.map((r) => r[1]));
    const averages = column(...DICTAMEN.map((r) => r[2]));
    const criteria = DICTAMEN.map((r) => r[3]);
    expect(BECA(plans, averages, criteria, undefined, DICTAMEN_PLANS)).toEqual(DICTAMEN.map((r) => [r[4]]));
  });

  const withCriterion = DICTAMEN.filter((r) => r[3].some((c) => c !== null));
  test.each(withCriterion)('row %i alone: =BECA(D7, E7, F7:J7, , …)', (_row, plan, average, criteria, want) => {
    expect(BECA(plan, average, [criteria], '', DICTAMEN_PLANS)).toEqual([[want]]);
  });

  test('alone, a row whose criterion cells are all blank is blank: the single plan value applies to every row and only ranges decide (README, Funciones)', () => {
    expect(BECA('Sin beca', 9.1, [[null, null, null, null, null]], '', DICTAMEN_PLANS)).toEqual([['']]);
    expect(BECA(column('Sin beca', 'Ninguna'), column(9.1, 6.8), [DICTAMEN[12][3], DICTAMEN[13][3]], '', DICTAMEN_PLANS)).toEqual([[0], [0]]);
  });

  test('the columns can be named in any order and by plan name', () => {
    const plans = [['Continuidad', 'Excelencia y Académica', 'Protección y ayuda mutua / Deportiva', 'Personal', 'Parentesco']];
    expect(BECA(column('III', 'V', 'VI'), '', [[null, '2do', null, null, null], [null, null, '0,3', null, null], [null, null, null, 4, null]], undefined, plans)).toEqual([[0.5], [0.3], [0.4]]);
  });

  test('BECA_MOTIVO gives the reason from the plan’s column, and says «Sin beca» in words', () => {
    const criteria = [DICTAMEN[10][3], DICTAMEN[12][3]];
    expect(BECA_MOTIVO(column('Personal', 'Sin beca'), column(8.9, 9.1), criteria, undefined, DICTAMEN_PLANS)).toEqual([
      ['40 %: Plan VI Personal, 5 años de servicio ≥ 3 (Cap. XI, Art. 2)'],
      ['0 %: sin plan de beca («Sin beca») (Cap. XI, Art. 2)'],
    ]);
  });
});

describe('planes_del_criterio at its edges', () => {
  test.each([
    ['a plan no column names reads a blank criterion: plan I needs one', 'I', 8.5, ['Sí', 1], [['II', 'III']], 'Error: falta el criterio del plan I: sí o no (cursó completo el nivel anterior en el sistema) (Cap. XI, Art. 2, Plan I)'],
    ['a plan no column names: plan VI without years is 0', 'VI', '', [5, 1], [['I', 'III']], 0],
    ['a blank cell is a column no plan reads', 'III', '', ['1', 2], [['', 'III']], 0.5],
    ['plan VIII reads no criterion', 'VIII', '', ['x', 'y'], [['I', 'II']], 'Error: el plan VIII (Empresas complementarias) no tiene porcentaje: escríbalo en la hoja Configuración, clave beca_empresas (Cap. XI, Art. 2, Plan VIII)'],
    ['two cells naming one plan', 'II', 9.6, [1, 2], [['II', 'II, III']], 'Error: planes_del_criterio nombra el plan II en las celdas 1 y 2: cada plan tiene una sola columna de criterio'],
    ['a cell naming no plan', 'I', 8.5, ['Sí', 1], [['I', 'IX']], 'Error: planes_del_criterio, celda 2: «IX» no nombra planes de beca: se esperaban planes I a VIII o sus nombres, separados por comas, por ejemplo «II, III»'],
    ['fewer cells than criterion columns', 'I', 8.5, ['Sí', 1, 2], [['I', 'II']], 'Error: planes_del_criterio tiene 2 celdas y criterio tiene 3 columnas: debe haber una celda por cada columna del criterio'],
    ['planes_del_criterio down a column instead of across', 'I', 8.5, ['Sí', 1], [['I'], ['II']], 'Error: planes_del_criterio debe ser una sola fila, con una celda por columna del criterio, y tiene 2 filas'],
  ])('%s', (_l, plan, average, criteria, planes, want) => {
    expect(BECA(plan, average, [criteria], undefined, planes)).toEqual([[want]]);
  });

  test('one plan cell and one criterion value: a single value in, a single value out', () => {
    expect(BECA('III', '', '3er lugar', undefined, 'II, III')).toBe(0.4);
    expect(BECA('I', 8.5, [['Sí']], undefined, [['I']])).toBe(0.1);
  });

  test('an argument error shows on every student row; blank rows stay blank', () => {
    const twice = 'Error: planes_del_criterio nombra el plan I en las celdas 1 y 2: cada plan tiene una sola columna de criterio';
    expect(BECA(column('I', '', 'III'), column(9, '', ''), [['Sí', ''], ['', ''], ['', 1]], undefined, [['I', 'I']])).toEqual([[twice], [''], [twice]]);
  });

  test('omitted or "" planes_del_criterio: criterio is one column, as before', () => {
    expect(BECA('I', 8.5, 'Sí', undefined, '')).toBe(0.1);
    expect(() => BECA(column('I'), column(8.5), [['Sí', 1]])).toThrow('criterio debe ser una sola columna y tiene 2');
  });
});

/** particular-relacion-becarios.xlsx, sheet «Relación de becarios»: Programa de beca, Promedio, Criterio → BECA. */
const RELACION: [number, unknown, unknown, unknown, number | string][] = [
  [5, 'I', 8.6, 'Sí', 0.1],
  [6, 'Continuidad', 7.9, 'Sí', 0], // the school applies 10 %; the rule gives 0
  [7, 'No aplica', 9, null, 0],
  [8, 'Excelencia', 9.5, 1, 0.7], // exactly 9,5 and first place
  [9, 'III', null, 'segundo lugar', 0.5],
  [10, 'Parentesco', 8, 'escolarizado', 0.2],
  [11, 'Deportiva', 8.2, '25 %', 0.25],
  [12, 'Protección y ayuda mutua', 7.1, '60 %', 'Error: porcentaje «60 %» fuera del rango del comité, de 25 % a 50 % (Cap. XI, Art. 2, Plan V)'],
  [13, 'Personal', 9, '4 años', 0.4],
  [14, 'Empresas complementarias', 8, null, 'Error: el plan VIII (Empresas complementarias) no tiene porcentaje: escríbalo en la hoja Configuración, clave beca_empresas (Cap. XI, Art. 2, Plan VIII)'],
];

describe('particular-relacion-becarios: =BECA(E5:E14, G5:G14, H5:H14)', () => {
  test('one criterion column for every plan', () => {
    expect(BECA(column(...RELACION.map((r) => r[1])), column(...RELACION.map((r) => r[2])), column(...RELACION.map((r) => r[3])))).toEqual(RELACION.map((r) => [r[4]]));
  });
});

describe('forgiving plan and criterion values', () => {
  test.each([
    ['Sin beca', 0],
    ['Ninguna', 0],
    ['ninguno', 0],
    ['No aplica', 0],
    ['Sin plan', 0],
    ['—', 0],
    ['-', 0],
    ['N/A', 0],
    ['n/a', 0],
    ['No', 0],
  ])('plan «%s» is no plan: 0, not an error', (plan, want) => {
    expect(BECA(plan, 9, 'Sí')).toBe(want);
    expect(BECA_MOTIVO(plan, 9, 'Sí')).toBe(`0 %: sin plan de beca («${plan}») (Cap. XI, Art. 2)`);
  });

  test.each([
    // Plan VI: at least 3 years of service (Cap. XI, Art. 2, Plan VI) give 40 %.
    ['5 años', 0.4],
    ['3 años de servicio', 0.4],
    ['3 años', 0.4],
    ['2 años', 0],
    ['2 años de servicio', 0],
    ['1 año', 0],
    ['2,5 años', 0],
    ['4 años de antigüedad', 0.4],
    ['cinco años', 'Error: criterio «cinco años» no válido para el plan VI: se esperaban los años de servicio del padre o madre (Cap. XI, Art. 2, Plan VI)'],
    ['-3 años', 'Error: criterio «-3 años» no válido para el plan VI: se esperaban los años de servicio del padre o madre (Cap. XI, Art. 2, Plan VI)'],
  ])('plan VI, years «%s»', (years, want) => {
    expect(BECA('VI', '', years)).toBe(want);
  });

  test.each([
    // Plan III: 60 %, 50 %, 40 % for the first three places.
    ['1er lugar', 0.6],
    ['primer lugar', 0.6],
    ['Primer lugar.', 0.6],
    ['Lugar 1', 0.6],
    ['3°', 0.4],
    ['3er. lugar', 0.4],
    ['segundo lugar', 0.5],
    ['4° lugar', 0],
  ])('plan III, place «%s»', (place, want) => {
    expect(BECA('III', '', place)).toBe(want);
  });

  test.each([
    // Plans V and VII: the committee's percentage, from 25 % to 50 %.
    ['35 %', 0.35],
    ['50%', 0.5],
    ['25 %', 0.25],
    ['40 por ciento', 0.4],
    ['0,3', 0.3],
  ])('plan V, committee «%s»', (pct, want) => {
    expect(BECA('V', '', pct)).toBe(want);
  });

  test.each([
    // Plan IV: 25 % in the same system; in different ones 20 % escolarizado, 10 % no escolarizado.
    ['Mismo sistema', 0.25],
    ['mismo', 0.25],
    ['escolarizado', 0.2],
    ['Sistema escolarizado', 0.2],
    ['Distinto sistema, escolarizado', 0.2],
    ['No escolarizado', 0.1],
    ['Sistema no escolarizado', 0.1],
    ['semiescolarizado', 'Error: criterio «semiescolarizado» no válido para el plan IV: se esperaba mismo sistema, escolarizado o no escolarizado (Cap. XI, Art. 2, Plan IV)'],
  ])('plan IV, system «%s»', (system, want) => {
    expect(BECA('IV', '', system)).toBe(want);
  });
});

/** particular-renovacion-becas.xlsx, sheet «Renovación»: Beca, Prom. ordinario, Mat. adeudadas, Adeudo colegiatura, Horas → RENUEVA_BECA's state. */
const RENOVACION: [number, unknown, unknown, unknown, unknown, unknown, string][] = [
  [5, 'I Continuidad', 8.4, 0, 'No', null, 'Renueva'],
  [6, 'Excelencia', 9.7, 0, 'No', 30, 'Renueva'],
  [7, 'II', 9.6, 0, 'No', 20, 'No renueva'], // 20 < 25 hours
  [8, 'Académica', 9.4, 0, 'No', 25, 'No renueva'], // 9,4 < 9,5
  [9, 'Parentesco', 8.5, 1, 'No', 10, 'No renueva'], // owes a subject
  [10, 'Plan IV', 8, 0, 'No', null, 'Renueva'], // exactly 8
  [11, 'Continuidad', 9.1, 0, '$1,575.00', null, 'Cancelada'],
  [12, 'Personal', 7.8, 0, 'No', null, 'No renueva'],
  [13, 'Deportiva', 7, 1, 'no', null, 'No renueva'],
  [14, 'Protección y ayuda mutua', 6.4, 0, 'No', null, 'Renueva'],
  [15, 'Sin beca', 8.8, 0, 'No', null, 'Sin beca'],
  [16, 'Académica', 9.8, null, 'Sí', 40, 'Cancelada'],
];

describe('particular-renovacion-becas: =RENUEVA_BECA(D5:D16, F5:F16, G5:G16, H5:H16, I5:I16)', () => {
  test('the state of each row, «Sin beca» included', () => {
    const col = (i: number) => column(...RENOVACION.map((r) => r[i]));
    const got = RENUEVA_BECA(col(1), col(2), col(3), col(4), col(5)) as unknown[][];
    expect(got.map((row) => row[0])).toEqual(RENOVACION.map((r) => r[6]));
  });
});
