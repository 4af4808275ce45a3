// BECA and BECA_MOTIVO as a sheet calls them: plans and criterios written the way secretaries write them.
import { BECA, BECA_MOTIVO } from '../../src/functions/becas';

const column = (...cells: unknown[]) => cells.map((c) => [c]);

describe('BECA', () => {
  test.each([
    ['plan III, segundo lugar', ['III', '', 'segundo lugar'], 0.5],
    ['plan III, 3er lugar', ['III', '', '3er lugar'], 0.4],
    ['plan II, primer lugar', ['II Excelencia', 9.6, 'primer lugar'], 0.7],
    ['plan IV written with its name', ['Plan IV - Parentesco', '', ''], 0.25],
    ['two plans in one cell', ['I y IV', 9, 'sí'], 'Error: plan de beca «I y IV» desconocido: se esperaba I a VIII o su nombre (Continuidad, Excelencia, …)'],
  ])('%s', (_label, args, want) => {
    expect(BECA(...(args as [unknown, unknown, unknown]))).toBe(want);
  });

  test('a column of places written in words; its blank row stays blank', () => {
    expect(BECA('III', '', column('primer lugar', 'segundo lugar', 'tercer lugar', 'cuarto lugar', ''))).toEqual(column(0.6, 0.5, 0.4, 0, ''));
  });
});

describe('BECA_MOTIVO', () => {
  test('names the place read from words', () => {
    expect(BECA_MOTIVO('III', '', 'segundo lugar')).toBe('50 %: Plan III Académica, segundo lugar en el examen (Cap. XI, Art. 2)');
  });
});
