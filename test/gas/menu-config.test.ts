// The menu (built in AuthMode.NONE, its actions answered in dialogs) and the Configuración panel's calls.
import { openRuntime } from '../../local/runtime';
import { call } from '../../local/call';

const ROSTER = [
  ['Nombre', 'Plan de beca', 'Promedio', 'Criterio', ''],
  ['Ana', 'I', 9, 'sí', ''],
  ['Luis', 'III', '', 1, 'nota suelta'],
];

describe('menu', () => {
  test('onOpen builds the menu in AuthMode.NONE without touching the sheets', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    rt.resetCalls();
    rt.context.onOpen({ authMode: rt.context.ScriptApp.AuthMode.NONE });
    expect(rt.ui.menu.map((m) => [m.caption, m.functionName])).toEqual([
      ['Abrir panel', 'abrirPanel'],
      ['Calcular hoja actual', 'calcularHojaActual'],
      ['Crear plantillas', 'crearPlantillasMenu'],
      ['Crear tablero', 'crearTableroMenu'],
      ['Listas del periodo', 'listasPeriodoMenu'],
      ['Crear boletas', 'crearBoletasMenu'],
      ['Configuración', 'abrirConfiguracion'],
      ['Ayuda', 'mostrarAyuda'],
      ['Diagnóstico', 'mostrarDiagnostico'],
    ]);
    expect(Object.keys(rt.calls).filter((k) => /^(Range|Sheet|Properties)/.test(k))).toEqual([]);
  });

  test('Configuración opens the sidebar on its panel', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    rt.run('abrirConfiguracion');
    expect(rt.ui.sidebar?.title).toBe('Secretaría escolar');
    expect(rt.ui.sidebar?.html).toContain('<div id="panel-inicial" hidden data-panel="configuracion"></div>');
  });

  test('Calcular hoja actual asks before replacing a note, and a No leaves the sheet as it was', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    const before = rt.sheetValues('Alumnos');
    rt.run('calcularHojaActual');
    expect(rt.ui.alerts).toEqual([
      expect.stringMatching(/la columna E tiene 1 celda con datos que el complemento no escribió \(por ejemplo «nota suelta»\)[\s\S]*¿Reemplazar esos datos/),
      'Secretaría escolar\nNo se cambió nada.',
    ]);
    expect(rt.sheetValues('Alumnos')).toEqual(before);
  });

  test('Calcular hoja actual writes live formulas by default and says so', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER.map((r) => r.slice(0, 4)) } });
    rt.run('calcularHojaActual');
    expect(rt.ui.alerts).toEqual(['Secretaría escolar\nhoja «Alumnos»: fórmulas vivas de Beca %, Motivo de beca, Renovación de beca para 2 alumnos']);
    expect(rt.sheetValues('Alumnos')[2][4]).toBe(0.6);
  });

  test('a menu action on a sheet without students explains it in a dialog', async () => {
    const rt = await openRuntime({ sheets: { Notas: [['pendientes'], ['llamar a la UGEL']] } });
    rt.run('calcularHojaActual');
    expect(rt.ui.alerts).toEqual([expect.stringContaining('la hoja «Notas» no parece una lista de alumnos')]);
  });
});

describe('Configuración panel', () => {
  test('lists every key with the reglamento value when the sheet is missing', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    const view = call(rt, 'leerConfiguracion');
    expect(view.sheetExists).toBe(false);
    expect(view.keys.find((k: any) => k.clave === 'asistencia_minima')).toMatchObject({ value: '80 %', defaultValue: '80 %' });
  });

  test('saves a valid value in its row, and live formulas see it', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER.map((r) => r.slice(0, 4)) } });
    rt.run('calcularHojaActual');
    const saved = call(rt, 'guardarConfiguracion', { beca_academica_1: '65 %' });
    expect(saved.saved).toBe(true);
    expect(rt.sheetValues('Configuración').find((r) => r[0] === 'beca_academica_1')?.[1]).toBe('65 %');
    expect(rt.sheetValues('Alumnos')[2][4]).toBe(0.65);
  });

  test('saving keeps the formulas a director put in valor, and writes only the changed cells', async () => {
    const rt = await openRuntime({
      sheets: {
        Parámetros: [['asistencia', 0.9]],
        Configuración: [['clave', 'valor'], ['asistencia_minima', "=Parámetros!B1"], ['beca_academica_1', '60 %'], ['escala_minima', 5]],
      },
    });
    const sheet = rt.spreadsheet.getSheetByName('Configuración');
    const view = call(rt, 'leerConfiguracion');
    const form = Object.fromEntries(view.keys.map((k: any) => [k.clave, k.value]));
    rt.resetCalls();
    expect(call(rt, 'guardarConfiguracion', { ...form, beca_academica_1: '65 %' }).saved).toBe(true);
    expect(sheet.getRange('B2').getFormula()).toBe('=Parámetros!B1');
    expect(sheet.getRange('B3').getValue()).toBe('65 %');
    expect(rt.calls['Range.setValues']).toBe(2);
  });

  test('writes nothing when a value is wrong, and names the row and the key', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    call(rt, 'restablecerConfiguracion');
    const before = rt.sheetValues('Configuración');
    const answer = call(rt, 'guardarConfiguracion', { escala_minima: '11', asistencia_minima: '90 %' });
    expect(answer).toEqual({ saved: false, issues: [{ clave: 'escala_minima', message: expect.stringMatching(/^Configuración, fila 2 \(escala_minima\)/) }] });
    expect(rt.sheetValues('Configuración')).toEqual(before);
  });

  test('restablecer puts the defaults back and keeps the office\'s own rows', async () => {
    const rt = await openRuntime({ sheets: { Configuración: [['clave', 'valor'], ['# notas de la dirección', 'no tocar'], ['asistencia_minima', '90 %']] } });
    call(rt, 'restablecerConfiguracion');
    const rows = rt.sheetValues('Configuración');
    expect(rows[1]).toEqual(['# notas de la dirección', 'no tocar', '']);
    expect(rows[2]).toEqual(['asistencia_minima', '80 %', '']);
    expect(rows.find((r) => r[0] === 'escala_minima')).toEqual(['escala_minima', 5, 'Calificación más baja de la escala (Cap. XII, Art. 1 II)']);
  });
});
