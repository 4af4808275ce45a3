// The add-on in two files, as Apps Script runs them: every execution compiles Code.js; only one that calls
// the menu, the panel or the daily job reads aplicacion.html and compiles it, again in every such execution.
import { sheetRuntime } from './factories';

const READ_APP = 'HtmlService.createHtmlOutputFromFile';

describe('Code.js and aplicacion.html in the local runtime', () => {
  test('recalculating custom functions never reads the rest of the add-on', async () => {
    const rt = await sheetRuntime([['Nivel', 'Promedio', 'Indígena', 'Beca'], ['I', 8.5, 'Sí', '=BECA(A2, B2, C2)']]);
    expect(rt.sheetValues('Alumnos')[1][3]).toBe(0.1);
    rt.resetCalls();
    rt.spreadsheet.getSheetByName('Alumnos').getRange('D2').setFormula('=BECA(A2, 7.5, C2)');
    rt.recalculate();
    // Below 8 of average, level I gets no beca (the reglamento's table): the formula was computed, by Code.js alone.
    expect(rt.sheetValues('Alumnos')[1][3]).toBe(0);
    expect(rt.calls[READ_APP]).toBeUndefined();
    expect(rt.context.SecretariaEscolarAplicacion_).toBeUndefined();
  });

  test('each execution that calls the rest reads and compiles it anew, as a new Apps Script execution would', async () => {
    const rt = await sheetRuntime([['Nombre'], ['Ana']]);
    rt.resetCalls();
    const first = rt.run('leerConfiguracion') as { ok: boolean };
    const second = rt.run('leerConfiguracion') as { ok: boolean };
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(rt.calls[READ_APP]).toBe(2);
  });
});
