// The follow-up custom functions as a sheet calls them: ranges, a fecha de corte cell, blank rows, tables and examples.
import { COBERTURA, DIAS_RESTANTES, RESUMEN_COMPROMISOS, SEGUIMIENTO, VIGENCIA_CONVENIO } from '../../src/functions/followup';
import { FUNCTION_HELP } from '../../src/functions/help';
import * as server from '../../src/server';
import { parseFormula, showResult } from '../helpers/readme-examples';

/** A column range as Sheets passes it: one single-cell row per value. */
const col = (...values: unknown[]) => values.map((v) => [v]);
/** 15/03/2026 typed in a cell reaches the script as a Date at midnight in Mexico City (06:00 UTC). */
const sheetDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 6));
const HOY = sheetDate(2026, 3, 15);
const HEADER = ['Grupo', 'Total', 'Cumplidos', 'Pendientes', 'Vencidos', 'Cancelados', '% Cumplimiento'];

describe('SEGUIMIENTO', () => {
  test('one state per row, with a fecha de corte cell for every row; blank rows stay blank', () => {
    const fechas = col(sheetDate(2026, 3, 10), sheetDate(2026, 3, 20), sheetDate(2026, 4, 30), '', sheetDate(2026, 1, 1), '', '', '31/02/2026');
    const estados = col('Pendiente', 'En proceso', 'Pendiente', 'Pendiente', 'Cumplida', 'Cancelado', '', 'Pendiente');
    expect(SEGUIMIENTO(fechas, estados, HOY)).toEqual(
      col(
        'Vencido',
        'Por vencer',
        'En plazo',
        'Sin fecha',
        'Cumplido',
        'Cancelado',
        '',
        'Error: fecha_limite «31/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)',
      ),
    );
  });

  test('a whole-column range of mostly blank rows gives blanks there', () => {
    const fechas = [[sheetDate(2026, 3, 16)], ...col(...new Array(999).fill(''))];
    const estados = [['Pendiente'], ...col(...new Array(999).fill(''))];
    const out = SEGUIMIENTO(fechas, estados, HOY, 7) as unknown[][];
    expect(out).toHaveLength(1000);
    expect(out[0]).toEqual(['Por vencer']);
    expect(out.slice(1).every((r) => r.length === 1 && r[0] === '')).toBe(true);
  });

  test('dias_aviso per row or from the Configuración range', () => {
    expect(SEGUIMIENTO(col('25/03/2026', '25/03/2026'), 'Pendiente', '15/03/2026', col(7, 10))).toEqual(col('En plazo', 'Por vencer'));
    const config = [['clave', 'valor'], ['dias_aviso_compromisos', 10]];
    expect(SEGUIMIENTO('25/03/2026', 'Pendiente', '15/03/2026', '', config)).toBe('Por vencer');
  });

  test('a note typed in a Configuración row does not stop the formulas; its other keys apply', () => {
    const config = [['clave', 'valor'], ['Nota: revisado por Marta', ''], ['dias_aviso_compromisos', 10]];
    expect(SEGUIMIENTO(col('25/03/2026', ''), col('Pendiente', ''), '15/03/2026', '', config)).toEqual(col('Por vencer', ''));
  });

  test('a broken Configuración is named in every row', () => {
    const config = [['dias_aviso_compromisos', 'una semana']];
    expect(SEGUIMIENTO(col('25/03/2026', ''), col('Pendiente', ''), HOY, '', config)).toEqual(
      col('Error: Configuración, fila 1 (dias_aviso_compromisos): el valor «una semana» no sirve; se esperaba un número entero', ''),
    );
  });

  test('ranges of different sizes throw the Spanish error naming both', () => {
    expect(() => SEGUIMIENTO(col('20/03/2026', '21/03/2026', '22/03/2026'), col('Pendiente', 'Pendiente'))).toThrow(
      'los rangos tienen distinto número de filas: fecha_limite tiene 3 y estado tiene 2',
    );
  });
});

describe('hoy left blank is today in the spreadsheet zone', () => {
  afterEach(() => jest.useRealTimers());

  test.each([
    ['noon of 15/03/2026 in Mexico City', Date.UTC(2026, 2, 15, 18), 5],
    ['21:00 of 15/03/2026 in Mexico City, already the 16th in UTC', Date.UTC(2026, 2, 16, 3), 5],
    ['00:30 of 16/03/2026 in Mexico City', Date.UTC(2026, 2, 16, 6, 30), 4],
  ])('%s', (_label, now, want) => {
    jest.useFakeTimers({ now, doNotFake: ['nextTick', 'setImmediate'] });
    expect(DIAS_RESTANTES('20/03/2026')).toBe(want);
    expect(SEGUIMIENTO(col('20/03/2026', '14/03/2026'), 'Pendiente')).toEqual(col('Por vencer', 'Vencido'));
  });
});

describe('DIAS_RESTANTES', () => {
  test('calendar days per row, negative when past, blank rows blank', () => {
    const fechas = col(sheetDate(2026, 3, 20), '10/03/2026', '', 46096, 'el viernes');
    expect(DIAS_RESTANTES(fechas, HOY)).toEqual(col(5, -5, '', 0, 'Error: fecha_limite «el viernes» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'));
  });

  test('hoy as a parallel range', () => {
    expect(DIAS_RESTANTES(col('20/03/2026', '20/03/2026'), col('15/03/2026', '21/03/2026'))).toEqual(col(5, -1));
  });

  test('counts calendar days across the 2022 daylight-saving change in Mexico City', () => {
    const before = new Date(Date.UTC(2022, 3, 2, 6)); // 02/04/2022 00:00 CST
    const after = new Date(Date.UTC(2022, 3, 4, 5)); // 04/04/2022 00:00 CDT: 47 hours later
    expect(DIAS_RESTANTES(after, before)).toBe(2);
  });
});

describe('VIGENCIA_CONVENIO', () => {
  test('one vigencia per row; blank fecha de fin is a blank row, «indefinida» is Indefinida', () => {
    const fines = col(sheetDate(2027, 12, 31), '31/05/2026', '15/03/2026', '14/03/2026', 'Indefinida', '', 'sin fecha', '2026-13-01');
    expect(VIGENCIA_CONVENIO(fines, HOY)).toEqual(
      col('Vigente', 'Por vencer', 'Por vencer', 'Vencido', 'Indefinida', '', 'Indefinida', 'Error: fecha_fin «2026-13-01» no es una fecha que exista (se lee como aaaa-mm-dd)'),
    );
  });

  test('dias_aviso and the Configuración key change the window', () => {
    expect(VIGENCIA_CONVENIO('31/05/2026', '15/03/2026', 30)).toBe('Vigente');
    expect(VIGENCIA_CONVENIO('31/05/2026', '15/03/2026', '', [['dias_aviso_vigencia', 30]])).toBe('Vigente');
  });
});

describe('RESUMEN_COMPROMISOS', () => {
  const grupos = col('MEDIAT', 'ESYA', 'mediat', '', 'Adopto una escuela', 'ESYA', '', 'MEDIAT');
  const estados = col('Cumplido', 'Pendiente', 'Pendiente', '', 'Cancelado', 'En proceso', 'Pendiente', 'Pendiente');
  const fechas = col('', sheetDate(2026, 3, 10), sheetDate(2026, 3, 20), '', '', sheetDate(2026, 3, 1), '', '31/02/2026');

  test('a table per group in Spanish order, a Total row, and a last row for rows with errors', () => {
    expect(RESUMEN_COMPROMISOS(grupos, estados, fechas, HOY)).toEqual([
      HEADER,
      ['Adopto una escuela', 1, 0, 0, 0, 1, ''],
      ['ESYA', 2, 0, 2, 2, 0, 0],
      ['MEDIAT', 2, 1, 1, 0, 0, 0.5],
      ['(sin grupo)', 1, 0, 1, 0, 0, 0],
      ['Total', 6, 1, 4, 2, 1, 0.2],
      ['Filas con error', 1, 'Error: fila 8 del rango: fecha_limite «31/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)', '', '', '', ''],
    ]);
  });

  test('without fechas_limite nothing is overdue', () => {
    expect(RESUMEN_COMPROMISOS(col('A', 'A', 'B'), col('Cumplido', 'Pendiente', 'Cumplido'))).toEqual([
      HEADER,
      ['A', 2, 1, 1, 0, 0, 0.5],
      ['B', 1, 1, 0, 0, 0, 1],
      ['Total', 3, 2, 1, 0, 0, 2 / 3],
    ]);
  });

  test('more than one bad row: the first is named and the rest counted', () => {
    const out = RESUMEN_COMPROMISOS(col('A', 'A', 'A'), 'Pendiente', col('x', 'y', 'z'), HOY) as unknown[][];
    expect(out[out.length - 1]).toEqual(['Filas con error', 3, 'Error: fila 1 del rango: fecha_limite «x» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd (y 2 filas más)', '', '', '', '']);
  });

  test('blank rows of a whole column are skipped, even with a fecha de corte cell', () => {
    const out = RESUMEN_COMPROMISOS([['A'], ...col(...new Array(500).fill(''))], [['Pendiente'], ...col(...new Array(500).fill(''))], '', HOY);
    expect(out).toEqual([HEADER, ['A', 1, 0, 1, 0, 0, 0], ['Total', 1, 0, 1, 0, 0, 0]]);
  });

  test('no commitments: the header and an empty Total', () => {
    expect(RESUMEN_COMPROMISOS(col('', ''), col('', ''))).toEqual([HEADER, ['Total', 0, 0, 0, 0, 0, '']]);
  });

  test('ranges of different sizes throw the Spanish error naming both', () => {
    expect(() => RESUMEN_COMPROMISOS(col('A', 'B'), col('Cumplido', 'Cumplido', 'Pendiente'))).toThrow(
      'los rangos tienen distinto número de filas: grupos tiene 2 y estados tiene 3',
    );
  });

  test('a two-column range throws the Spanish error', () => {
    expect(() => RESUMEN_COMPROMISOS([['A', 'B']], 'Cumplido')).toThrow('grupos debe ser una sola columna y tiene 2');
  });
});

describe('COBERTURA', () => {
  test('distinct schools over a number, from a column with repeats and blanks', () => {
    expect(COBERTURA(col('0234567', 234567, '', 'IE Bolognesi', 'ie bolognesi'), 4)).toBe(0.5);
  });

  test('against the II.EE. catalog range', () => {
    expect(COBERTURA(col('0234567', 'IE Bolognesi'), col('0234567', '0345678', 'IE Bolognesi', 'IE 42', '', ''))).toBe(0.5);
  });

  test('a benefited school outside the catalog is an error naming it', () => {
    expect(COBERTURA(col('0234567', '0999999'), col('0234567', '0345678'))).toBe('Error: una II.EE. beneficiada no está en el catálogo: «0999999»');
  });

  test('a block of several columns counts every cell', () => {
    expect(COBERTURA([['A', 'B'], ['B', 'C']], 6)).toBe(0.5);
  });

  test('all blank is blank; a blank total is an error', () => {
    expect(COBERTURA(col('', ''), '')).toBe('');
    expect(COBERTURA(col('A'), '')).toBe('Error: total de II.EE. (vacío) no válido: se esperaba un número entero mayor que 0 o el rango del catálogo');
  });
});

describe('the Ayuda examples of the follow-up functions', () => {
  const NAMES = ['SEGUIMIENTO', 'DIAS_RESTANTES', 'VIGENCIA_CONVENIO', 'RESUMEN_COMPROMISOS', 'COBERTURA'];
  test.each(FUNCTION_HELP.filter((h) => NAMES.includes(h.name)).map((h) => [h.name, h.example] as const))('%s gives what its example shows', (name, example) => {
    const [formula, shownResult] = example.split('→').map((s) => s.trim());
    const { name: called, args } = parseFormula(formula);
    expect(called).toBe(name);
    const fn = (server as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    expect(showResult(fn(...args))).toBe(shownResult);
  });

  test('every follow-up function is public and listed in the Ayuda', () => {
    for (const name of NAMES) {
      expect(typeof (server as unknown as Record<string, unknown>)[name]).toBe('function');
      expect(FUNCTION_HELP.some((h) => h.name === name)).toBe(true);
    }
  });
});
