// «Revisión de becas» in the Resumen (leerResumen) and on the Tablero: flags with the students and the article, never a decision.
import { openRuntime } from '../../local/runtime';
import { call } from '../../local/call';

const BECAS = [
  ['Alumno', 'Plan de estudios', 'Sistema', 'Semestre', 'Plan de beca', 'Promedio', 'Criterio', 'Fecha de dictamen'],
  ['Ana López', 'Bachillerato general', 'Escolarizado', 4, 'II', 9.8, 'Ganador', '10/08/2026'],
  ['Luis Pérez', 'Bachillerato general', 'Escolarizado', 4, 'II', 9.6, 'Delfín', ''],
  ['Eva Ruiz', 'Bachillerato general', 'Escolarizado', 3, 'III', '', 1, ''],
  ['Iván Sosa', 'Bachillerato general', 'Mixto', 1, '', 8, '', ''],
];

describe('Revisión de becas', () => {
  test('the Resumen names each flag, its students and its article', async () => {
    const rt = await openRuntime({ sheets: { Becas: BECAS } });
    const view = call(rt, 'leerResumen');
    expect(view.revision).toEqual({
      title: 'Revisión de becas (solo señala; decide la Comisión Dictaminadora)',
      header: ['Revisar', 'Alumnos', 'Artículo'],
      nothing: 'Nada que señalar.',
      lines: [
        ['2 becas de excelencia en Bachillerato general, Escolarizado: el reglamento da una por carrera y sistema', 'Ana López, Luis Pérez', 'Cap. XI, Art. 2, Plan II a)'],
        ['Beca académica después del primer semestre: solo aplica a los primeros semestres', 'Eva Ruiz', 'Cap. XI, Art. 2, Plan III'],
        ['Beca sin fecha de dictamen: la vigencia empieza en esa fecha', 'Luis Pérez', 'Cap. XI, Art. 1 IX'],
      ],
    });
  });

  test('the Tablero ends with the same table, and the sheet itself is not changed', async () => {
    const rt = await openRuntime({ sheets: { Becas: BECAS } });
    const before = rt.sheetValues('Becas');
    call(rt, 'crearTablero');
    const rows = rt.sheetValues('Tablero');
    const title = rows.findIndex((r) => r[0] === 'Revisión de becas (solo señala; decide la Comisión Dictaminadora)');
    expect(title).toBeGreaterThan(0);
    expect(rows.slice(title + 1, title + 3).map((r) => r.slice(0, 3))).toEqual([
      ['Revisar', 'Alumnos', 'Artículo'],
      ['2 becas de excelencia en Bachillerato general, Escolarizado: el reglamento da una por carrera y sistema', 'Ana López, Luis Pérez', 'Cap. XI, Art. 2, Plan II a)'],
    ]);
    expect(rt.sheetValues('Becas')).toEqual(before);
  });

  test('a clean sheet says there is nothing to flag', async () => {
    const clean = BECAS.filter((_, i) => i !== 2 && i !== 3).map((r, i) => (i === 1 ? [...r.slice(0, 7), '10/08/2026'] : r));
    const rt = await openRuntime({ sheets: { Becas: clean } });
    expect(call(rt, 'leerResumen').revision?.lines).toEqual([]);
    call(rt, 'crearTablero');
    expect(rt.sheetValues('Tablero').map((r) => r[0])).toContain('Nada que señalar.');
  });
});
