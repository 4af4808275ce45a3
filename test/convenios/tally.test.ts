// Tallies for the Tablero de convenios and the UGEL consolidation of school trackers.
import { COMPROMISO_FIELDS, CONVENIO_FIELDS, REQUIRED } from '../../src/core/convenios/columns';
import { readTable } from '../../src/core/table';
import { readConvenios } from '../../src/core/convenios/cycle';
import { CONSOLIDATED_HEADER, catalogKeys, commitmentTally, consolidate, convenioTallies, countBy, coverageByStrategy, readImported } from '../../src/core/convenios/tally';
import { COMMITMENT_SUMMARY_WORDS } from '../../src/core/es/words';
import { commitments, day, TZ } from './factories';

describe('convenioTallies', () => {
  const values = [
    ['N°', 'Objeto', 'Sector', 'Tipo de apoyo', 'Etapa', 'Fecha de firma'],
    ['CV-1', 'Becas', 'Privado', 'Becas', 'Ejecución', '15/02/2025'],
    ['CV-2', 'Estadías', 'Público', 'Estadías; Servicio social', 'Seguimiento', '2026-01-10'],
    ['CV-3', 'Deporte', 'Social', 'Actividades culturales, deportivas o recreativas', '1', ''],
    ['CV-4', 'Agua', '', 'Agua', 'Evaluación', '01/03/2026'],
  ];
  const t = convenioTallies(readConvenios(readTable(values, CONVENIO_FIELDS, REQUIRED.convenios).rows, TZ), COMMITMENT_SUMMARY_WORDS.noGroup);

  test('counts signed convenios per year, sector and support; every convenio per stage', () => {
    expect(t.signed).toBe(3);
    expect(t.perYear).toEqual([['2025', 1], ['2026', 2]]);
    expect(t.perSector).toEqual([['Privado', 1], ['Público', 1], ['(sin grupo)', 1]]);
    expect(t.perSupport).toEqual([['Agua', 1], ['Becas', 1], ['Estadías', 1], ['Servicio social', 1]]);
    expect(t.perStage).toEqual([['1. Planeación', 1], ['3. Ejecución', 1], ['4. Seguimiento', 1], ['5. Evaluación', 1]]);
  });

  test('countBy orders in Spanish, numbers by value, blanks last', () => {
    expect(countBy(['IE 10', 'IE 2', '', 'Ñaña', 'Nazca'], (s) => [s], COMMITMENT_SUMMARY_WORDS.noGroup)).toEqual([['IE 2', 1], ['IE 10', 1], ['Nazca', 1], ['Ñaña', 1], ['(sin grupo)', 1]]);
  });
});

describe('commitments per group and coverage per strategy', () => {
  const list = commitments([
    { aliado: 'Ejército', iiee: 'IE 1', fecha: '2026-02-01', estado: 'Cumplido' },
    { aliado: 'Ejército', iiee: 'IE 2', fecha: '2026-02-01' },
    { aliado: 'Municipalidad', iiee: 'IE 3', fecha: '2026-04-01' },
    { aliado: 'Municipalidad', iiee: 'IE 3', fecha: '2026-04-01', estado: 'Cancelado' },
  ]).map((c, i) => ({ ...c, estrategia: i < 2 ? 'Adopto una escuela' : 'MEDIAT' }));

  test('tallies per ally with pendientes and vencidos on the day', () => {
    const s = commitmentTally(list, (c) => c.aliado, day('2026-03-01'), TZ);
    expect(s.groups.map((g) => [g.label, g.total, g.done, g.pending, g.overdue, g.cancelled])).toEqual([
      ['Ejército', 2, 1, 1, 1, 0],
      ['Municipalidad', 2, 0, 1, 0, 1],
    ]);
  });

  test('the share of the catalog’s schools with a fulfilled commitment, per strategy', () => {
    const cov = coverageByStrategy(list, ['IE 1', 'IE 2', 'IE 3', 'IE 4'], COMMITMENT_SUMMARY_WORDS.noGroup);
    expect(cov.map((c) => [c.strategy, c.benefited, c.share.ok && c.share.value])).toEqual([['Adopto una escuela', 1, 0.25], ['MEDIAT', 0, 0]]);
  });

  test('the catalog column that matches the commitments: codes or names', () => {
    const rows = [{ codigo: 234567, nombre: 'IE 1' }, { codigo: 345678, nombre: 'IE 2' }];
    expect(catalogKeys(rows, list)).toEqual(['IE 1', 'IE 2']);
    expect(catalogKeys(rows, commitments([{ iiee: '234567' }]))).toEqual([234567, 345678]);
  });
});

describe('readImported and consolidate', () => {
  const school = (aliado: string) => [
    ['Item', 'Aliado', 'I.E.', 'Acción', 'Plazo', 'Situación'],
    [1, aliado, 'IE 1', 'Pintado', '15/03/2026', 'Pendiente'],
    ['', '', '', '', '', ''],
  ];

  test.each([
    ['an IMPORTRANGE without access', [['#REF!']], 'Sin acceso'],
    ['an empty block (the local runtime cannot reach Google)', [['']], 'Sin acceso'],
    ['a wrong address', [['#N/A']], 'Sin acceso'],
    ['Sheets still loading', [['Loading...']], 'Cargando'],
    ['a sheet of students', [['Alumno', 'Promedio'], ['Ana', 9]], 'Formato no reconocido'],
    ['a commitments tracker with its own headers', school('Ejército'), 'OK'],
  ])('%s → %s', (_l, block, want) => expect(readImported(block).state).toBe(want));

  test('puts every source’s rows under the template’s columns with the source first', () => {
    const { rows, results } = consolidate([
      { name: 'IE 42015', block: school('Ejército') },
      { name: 'IE 42200', block: [['#REF!']] },
      { name: 'IE 43000', block: school('Municipalidad') },
    ]);
    expect(results).toEqual([{ state: 'OK', rows: 1 }, { state: 'Sin acceso', rows: 0 }, { state: 'OK', rows: 1 }]);
    const at = (f: string) => CONSOLIDATED_HEADER.indexOf(f);
    expect(rows.map((r) => [r[0], r[at('Aliado')], r[at('Fecha límite')], r[at('Correo')]])).toEqual([
      ['IE 42015', 'Ejército', '15/03/2026', ''],
      ['IE 43000', 'Municipalidad', '15/03/2026', ''],
    ]);
    expect(CONSOLIDATED_HEADER).toHaveLength(COMPROMISO_FIELDS.length + 1);
  });
});
