// Trackers the add-on did not make: other headers, a title row, other column orders; and the convenio stage cycle.
import { COMPROMISO_FIELDS, CONVENIO_FIELDS, IIEE_FIELDS, REQUIRED } from '../../src/core/convenios/columns';
import { readTable } from '../../src/core/table';
import { convenioFlags, readConvenios, stageIndex } from '../../src/core/convenios/cycle';
import { explain } from '../../src/core/es/reasons';
import { commitments, day, rules, TZ } from './factories';

describe('Compromisos with other headers', () => {
  const values = [
    ['UGEL Jorge Basadre: compromisos COMUSET 2026', '', '', '', '', '', ''],
    ['Item', 'Aliado estratégico', 'I.E.', 'Acción', 'Plazo', 'Situación', 'E-mail'],
    [7, 'Ejército del Perú', 'IE 42015', 'Pintado de carpetas', '15/03/2026', 'en proceso', 'jefe@ie42015.edu.pe'],
    ['', '', '', '', '', '', ''],
    [8, 'Municipalidad de Ite', 'IE 42200', 'Cisterna de agua', 46097, 'Cumplido', 'ite@muni.pe'],
  ];

  test('finds every column by synonym below a title row', () => {
    const t = readTable(values, COMPROMISO_FIELDS, REQUIRED.compromisos);
    expect(t.headerRow).toBe(1);
    expect(t.mapping).toEqual({ numero: 0, aliado: 1, iiee: 2, compromiso: 3, fechaLimite: 4, estado: 5, correo: 6 });
    expect(t.missing).toEqual([]);
    expect(t.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  test('reads the commitments with their keys, dates and closure', () => {
    const list = commitments(values);
    expect(list.map((c) => [c.key, c.aliado, c.deadline, c.closure, c.correo])).toEqual([
      ['7', 'Ejército del Perú', day('2026-03-15'), 'pendiente', 'jefe@ie42015.edu.pe'],
      ['8', 'Municipalidad de Ite', 46097, 'cumplido', 'ite@muni.pe'],
    ]);
  });

  test('a sheet without compromiso or fecha límite is not taken for a Compromisos tracker', () => {
    expect(readTable([['Alumno', 'Promedio', 'Plan']], COMPROMISO_FIELDS, REQUIRED.compromisos).missing).toEqual(['compromiso', 'fechaLimite']);
  });

  test('Convenios and II.EE. catalogs are found by their usual headers', () => {
    expect(readTable([['N°', 'Objeto del convenio', 'Institución', 'Sector', 'Tipo', 'Tipo de apoyo', 'Fase', 'Enlace al producto', 'Fecha de firma', 'Vigencia']], CONVENIO_FIELDS, REQUIRED.convenios).mapping).toEqual({
      numero: 0, objeto: 1, contraparte: 2, sector: 3, tipo: 4, apoyo: 5, etapa: 6, producto: 7, firma: 8, fin: 9,
    });
    expect(readTable([['Cód. modular', 'Nombre de la IE', 'Nivel', 'Ámbito', 'Distrito']], IIEE_FIELDS, REQUIRED.iiee).mapping).toEqual({ codigo: 0, nombre: 1, nivel: 2, zona: 3, distrito: 4 });
  });
});

describe('stageIndex', () => {
  test.each([
    ['Planeación', 0], ['programacion', 1], ['3. Ejecución', 2], ['Etapa 4 - Seguimiento', 3], [5, 4], ['EVALUACIÓN', 4], ['Firma', -1], [6, -1],
  ])('%p → %i', (v, want) => expect(stageIndex(v)).toBe(want));
});

describe('convenioFlags', () => {
  const header = ['Número', 'Objeto', 'Etapa', 'Producto de la etapa', 'Fecha de firma', 'Fecha de fin', 'Estado'];
  const flagsOf = (row: unknown[], on = '2026-06-01') => {
    const t = readTable([header, row], CONVENIO_FIELDS, REQUIRED.convenios);
    const [c] = readConvenios(t.rows, TZ);
    return convenioFlags(c, day(on), rules()).map(explain);
  };

  test.each([
    ['a stage without its product', ['CV-1', 'Becas', 'Planeación', '', '', '', 'Vigente'], ['etapa Planeación sin su producto (Diagnóstico)']],
    ['a stage with its product', ['CV-1', 'Becas', 'Programación', 'https://docs/programa', '', '', 'Vigente'], []],
    ['signed 6 months ago, still in Ejecución', ['CV-2', 'Estadías', 'Ejecución', 'https://docs/convenio', '01/12/2025', 'indefinida', ''], ['firmado el 01/12/2025 y sin reporte de seguimiento 6 meses después']],
    ['signed 5 months and 30 days ago', ['CV-2', 'Estadías', 'Ejecución', 'https://docs/convenio', '02/12/2025', '', ''], []],
    ['signed long ago with its report', ['CV-3', 'Servicio social', 'Seguimiento', 'https://docs/reporte', '01/01/2025', '', ''], []],
    ['in Seguimiento without the report', ['CV-3', 'Servicio social', 'Seguimiento', '', '01/01/2025', '', ''], ['etapa Seguimiento sin su producto (Reporte)', 'firmado el 01/01/2025 y sin reporte de seguimiento 6 meses después']],
    ['vigencia ending in 90 days', ['CV-4', 'Transporte', 'Evaluación', 'https://docs/informe', '', '30/08/2026', ''], ['su vigencia termina el 30/08/2026, en 90 días']],
    ['vigencia ending in 91 days', ['CV-4', 'Transporte', 'Evaluación', 'https://docs/informe', '', '31/08/2026', ''], []],
    ['vigencia ended', ['CV-5', 'Agua', 'Evaluación', 'x', '', '31/05/2026', ''], ['su vigencia terminó el 31/05/2026']],
    ['a cancelled convenio is not flagged', ['CV-6', 'Agua', 'Planeación', '', '', '31/05/2026', 'Cancelado'], []],
  ])('%s', (_l, row, want) => expect(flagsOf(row)).toEqual(want));

  test('an unknown stage is an issue naming the value', () => {
    const t = readTable([header, ['CV-7', 'Becas', 'Firma', '', '', '', '']], CONVENIO_FIELDS, REQUIRED.convenios);
    expect(readConvenios(t.rows, TZ)[0].issues).toEqual([{ code: 'unknown_stage', value: 'Firma', row: 2 }]);
  });
});
