// RENUEVA_BECA (two columns per student) and COLEGIATURA_NETA (becas in a row) over ranges.
import { COLEGIATURA_NETA, RENUEVA_BECA } from '../../src/functions/colegiatura';

const column = (...cells: unknown[]) => cells.map((c) => [c]);

describe('RENUEVA_BECA', () => {
  test('single values give one row of two cells: estado and motivo', () => {
    expect(RENUEVA_BECA('I', 8.5, 0, 'No')).toEqual([['Renueva', 'Plan I Continuidad, promedio 8,5 ≥ 8,0 (Cap. XI, Art. 2, Plan I)']]);
  });

  test('ranges give two columns per student; blank rows blank; a bad row has its error first', () => {
    const out = RENUEVA_BECA(column('I', '', 'II', 'IX', 'VII'), column(7.5, '', 9.7, 9, ''), column(0, '', 0, 0, 1), column('no', '', 'sí', 'no', 'no'), column('', '', 30, '', ''));
    expect(out).toEqual([
      ['No renueva', 'Plan I Continuidad, promedio 7,5 menor que el mínimo 8,0 para renovar (Cap. XI, Art. 2, Plan I)'],
      ['', ''],
      ['Cancelada', 'Plan II Excelencia: adeuda colegiaturas; la beca se cancela sin posibilidad de recuperarla (Cap. XI, Art. 1 VII)'],
      ['Error: plan de beca «IX» desconocido: se esperaba I a VIII o su nombre (Continuidad, Excelencia, …)', ''],
      ['No renueva', 'Plan VII Deportiva, adeuda 1 materia: para renovar no debe adeudar materias (Cap. XI, Art. 2, Plan VII)'],
    ]);
  });

  test('a colegiatura debt cancels the beca even with a blank promedio (Cap. XI, Art. 1 VII)', () => {
    expect(RENUEVA_BECA('I', '', 0, 'Sí')).toEqual([['Cancelada', 'Plan I Continuidad: adeuda colegiaturas; la beca se cancela sin posibilidad de recuperarla (Cap. XI, Art. 1 VII)']]);
  });

  test('the configured hours of servicio becario', () => {
    expect(RENUEVA_BECA('II', 9.6, 0, 'no', 20, [['horas_servicio_excelencia', 20]])).toEqual([['Renueva', expect.stringContaining('20 horas de servicio becario ≥ 20')]]);
  });
});

describe('COLEGIATURA_NETA', () => {
  test.each([
    ['beca then advance payment', [2500, 0.3, 'pago anticipado'], 1575],
    ['beca only', [2500, '30%'], 1750],
    ['pronto pago only', [2000, '', 'pronto pago'], 1900],
    ['a price typed with a thousands point', ['2.500', '10 %'], 2250],
    ['a price typed with two decimals after a point', ['2.50', ''], 2.5],
    ['all blank', ['', '', ''], ''],
  ])('%s', (_l, args, want) => {
    expect(COLEGIATURA_NETA(...(args as [unknown, unknown, unknown]))).toBe(want);
  });

  test('several becas per student in a row: the highest applies', () => {
    expect(COLEGIATURA_NETA(column(2000, '', 1000), [[0.1, 0.25], ['', ''], ['', 0.5]], column('', '', 'anticipado'))).toEqual([[1500], [''], [450]]);
  });

  test('a bad row names its value, the others are computed', () => {
    expect(COLEGIATURA_NETA(column(1000, 1000), column('150%', 0.2))).toEqual([['Error: porcentaje de beca «150%» fuera del rango de 0 % a 100 %'], [800]]);
  });

  test('configured sum of becas', () => {
    expect(COLEGIATURA_NETA(2000, [[0.1, 0.25]], '', [['combinacion_becas', 'suma']])).toEqual([[1300]]);
  });
});
