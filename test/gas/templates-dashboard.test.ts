// Crear plantillas and Crear tablero in the local runtime: new sheets only, formulas in place, tables and charts.
import { openRuntime } from '../../local/runtime';
import { Range } from '../../local/services/spreadsheet';
import { call } from '../../local/call';

describe('crearPlantillas', () => {
  test('the fecha de corte of Convenios and Compromisos holds =TODAY(), so their status changes each day without the daily job', async () => {
    let clock = new Date('2026-11-01T18:00:00Z');
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } }, { now: () => clock });
    call(rt, 'crearPlantillas');
    const cutoff = (name: string) => {
      const header = rt.sheetValues(name)[0];
      return rt.spreadsheet.getSheetByName(name).getRange(1, header.indexOf('Fecha de corte') + 2);
    };
    expect(['Convenios', 'Compromisos'].map((name) => [cutoff(name).getFormula(), cutoff(name).getNumberFormat()])).toEqual([
      ['=TODAY()', 'dd/mm/yyyy'],
      ['=TODAY()', 'dd/mm/yyyy'],
    ]);
    const vigencia = () => rt.sheetValues('Convenios')[1][rt.sheetValues('Convenios')[0].indexOf('Vigencia')];
    // The example convenio ends 28/02/2027: 119 days ahead is Vigente, 75 days is within the 90 of Por vencer.
    expect(vigencia()).toBe('Vigente');
    clock = new Date('2026-12-15T18:00:00Z');
    expect(vigencia()).toBe('Por vencer');
    expect(cutoff('Convenios').getValue()).toEqual(new Date('2026-12-15T06:00:00Z'));
  });

  test('creates the four student sheets and Configuración, each with its example row computed by live formulas', async () => {
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } });
    const lines = call(rt, 'crearPlantillas');
    expect(lines.slice(0, 4)).toEqual(['hoja «Alumnos» creada', 'hoja «Calificaciones» creada', 'hoja «Asistencia» creada', 'hoja «Becas» creada']);
    expect(rt.spreadsheet.getSheetByName('Configuración').getRange('A2').getValue()).toBe('escala_minima');
    const grades = rt.sheetValues('Calificaciones');
    expect(grades[0].slice(-2)).toEqual(['Adeudos anteriores', 'Estatus de promoción (calculado)']);
    expect(grades[1].slice(-1)).toEqual(['Promovido con adeudo']);
    expect(rt.sheetValues('Asistencia')[1].slice(-3)).toEqual(['Con derecho', expect.any(Number), 8.5]);
    const becas = rt.sheetValues('Becas');
    expect(becas[0].slice(-4)).toEqual(['Beca % (calculado)', 'Motivo de beca (calculado)', 'Renovación de beca (calculado)', 'Motivo de renovación (calculado)']);
    expect(becas[1].slice(-4)).toEqual([0.1, expect.stringMatching(/^10 %: Plan I Continuidad/), 'Renueva', expect.stringMatching(/^Plan I Continuidad, promedio 8,7/)]);
  });

  test('adds drop-downs, a frozen header and conditional formats', async () => {
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } });
    call(rt, 'crearPlantillas');
    const becas = rt.spreadsheet.getSheetByName('Becas');
    expect(becas.getFrozenRows()).toBe(1);
    expect(becas.getRange('D2').getDataValidation().getCriteriaValues()[0]).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    expect(becas.getRange('H5').getDataValidation().getCriteriaValues()[0]).toEqual(['Sí', 'No']);
    const rules = rt.spreadsheet.getSheetByName('Calificaciones').getConditionalFormatRules();
    const failing = [6, 'NP', 'SD'];
    expect(rules.map((r: any) => r.getBooleanCondition().getCriteriaValues()[0])).toEqual([...Array(8).fill(failing).flat(), 'Baja por adeudo', 'No promovido', 'Error']);
  });

  test('marks failed grades below the configured passing grade, and NP and SD', async () => {
    const rt = await openRuntime({ sheets: { Configuración: [['clave', 'valor'], ['calificacion_aprobatoria', 7]] } });
    call(rt, 'crearPlantillas');
    const rules = rt.spreadsheet.getSheetByName('Calificaciones').getConditionalFormatRules();
    const onC = rules.filter((r: any) => r.getRanges()[0].getA1Notation().startsWith('C2:C'));
    // The local runtime names a criterion by the builder method that set it.
    expect(onC.map((r: any) => [r.getBooleanCondition().getCriteriaType(), r.getBooleanCondition().getCriteriaValues()[0], r.getBooleanCondition().getBackground()])).toEqual([
      ['whenNumberLessThan', 7, '#f4c7c3'],
      ['whenTextEqualTo', 'NP', '#f4c7c3'],
      ['whenTextEqualTo', 'SD', '#f4c7c3'],
    ]);
  });

  test('a template that fails halfway is removed, so the next run makes it whole', async () => {
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } });
    const spy = jest.spyOn(Range.prototype, 'setDataValidation').mockImplementation(() => {
      throw new Error('sin conexión');
    });
    try {
      expect(rt.run('crearPlantillas')).toEqual({ ok: false, error: expect.stringContaining('sin conexión') });
    } finally {
      spy.mockRestore();
    }
    expect(rt.spreadsheet.getSheetByName('Alumnos')).toBeNull();
    expect(call(rt, 'crearPlantillas')[0]).toBe('hoja «Alumnos» creada');
  });

  test('never replaces a sheet that exists', async () => {
    const rt = await openRuntime({ sheets: { Becas: [['Lo que ya tenía la oficina']] } });
    const lines = call(rt, 'crearPlantillas');
    expect(lines[3]).toBe('la hoja «Becas» ya existe: no se modificó');
    expect(rt.sheetValues('Becas')).toEqual([['Lo que ya tenía la oficina']]);
    expect(call(rt, 'crearPlantillas')[0]).toBe('la hoja «Alumnos» ya existe: no se modificó');
  });
});

const ROSTER = [
  ['Nombre', 'Carrera', 'Plan de beca', 'Promedio', 'Criterio', 'Asistencias', 'Sesiones', 'Física', 'Química'],
  ['Ana', 'Técnico en informática', 'I', 9, 'sí', 40, 50, 9, 9],
  ['Luis', 'Técnico en informática', 'I', 7, 'sí', 30, 50, 5, 5],
  ['Eva', 'Bachillerato general', 'III', '', 1, 45, 50, 8, 'NP'],
  ['Sol', 'Bachillerato general', '', '', '', 49, 50, 10, 10],
];

describe('leerResumen and crearTablero', () => {
  test('tallies the active student sheet', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER, Notas: [['pendientes']] } });
    const view = call(rt, 'leerResumen');
    expect(view.sheet).toBe('Alumnos');
    expect(view.sheets).toEqual(['Alumnos']);
    expect(view.summary.students).toBe(4);
    expect(view.summary.perPlan[0]).toEqual({ plan: 'I', name: 'Continuidad', students: 2, granted: 1 });
    expect(view.summary.perStudyPlan.map((g: any) => [g.studyPlan, g.withBeca, g.meetsMinimum])).toEqual([
      ['Bachillerato general', 1, true],
      ['Técnico en informática', 1, true],
    ]);
    expect(view.summary.statuses.map((s: any) => s.students)).toEqual([2, 2, 0, 0]);
    expect(view.summary.withoutRight).toBe(1);
  });

  test('writes the Tablero with its tables and two charts, and refreshes it in place', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    expect(call(rt, 'crearTablero')).toBe('hoja «Tablero» actualizada con el resumen de «Alumnos» (4 alumnos)');
    const tablero = rt.sheetValues('Tablero');
    expect(tablero).toContainEqual(['I', 'Continuidad', 2, 1, '']);
    expect(tablero).toContainEqual(['Sin derecho a examen', 1, '', '', '']);
    const sheet = rt.spreadsheet.getSheetByName('Tablero');
    expect(sheet.getCharts().map((c: any) => c.getType())).toEqual(['BAR', 'PIE']);
    call(rt, 'crearTablero');
    expect(sheet.getCharts()).toHaveLength(2);
  });

  test('writes the office\'s texts that look like formulas as text', async () => {
    const hostile = ['=HYPERLINK("http://x.example","Técnico")', '+Técnico', '-', '@plan'];
    // The apostrophe makes the source cells text, as a secretary's typed "'=…" would be.
    const roster = [ROSTER[0], ...hostile.map((plan, i) => [`Alumno ${i}`, `'${plan}`, 'I', 9, 'sí', 40, 50, 9, 9])];
    const rt = await openRuntime({ sheets: { Alumnos: roster } });
    call(rt, 'crearTablero');
    const sheet = rt.spreadsheet.getSheetByName('Tablero');
    const rows = rt.sheetValues('Tablero');
    const first = rows.findIndex((r) => r[0] === 'Plan de estudios') + 1;
    expect(rows.slice(first, first + 4).map((r) => r[0]).sort()).toEqual([...hostile].sort());
    const formulas = sheet.getRange(1, 1, rows.length, 5).getFormulas().flat().filter((f: string) => f !== '');
    expect(formulas).toEqual([]);
  });

  test('does not take over a Tablero sheet the office made', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER, Tablero: [['mío']] } });
    expect(rt.run('crearTablero')).toEqual({ ok: false, error: 'ya existe una hoja «Tablero» que no creó el complemento: cámbiele el nombre y vuelva a intentarlo' });
    expect(rt.sheetValues('Tablero')).toEqual([['mío']]);
  });

  test('says so when no sheet holds students', async () => {
    const rt = await openRuntime({ sheets: { Notas: [['pendientes'], ['llamar']] } });
    expect(rt.run('leerResumen')).toEqual({ ok: false, error: expect.stringContaining('no parece una lista de alumnos') });
  });
});
