// Crear plantillas makes Calendario de pagos and Pagos: the example student's debt and beca are live formulas over the due dates and the fecha de corte.
import { call } from '../../local/call';
import { openRuntime } from '../../local/runtime';

describe('the Pagos template', () => {
  test('creates Calendario de pagos and Pagos after the other templates, with live debt and beca columns that follow the fecha de corte', async () => {
    let clock = new Date('2026-04-20T18:00:00Z');
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } }, { now: () => clock });
    const lines = call(rt, 'crearPlantillas');
    expect(lines.slice(-3)).toEqual(['hoja «Calendario de pagos» creada', 'hoja «Pagos» creada', 'hoja «Calificaciones del periodo» creada']);
    const calendar = rt.sheetValues('Calendario de pagos');
    expect(calendar[0]).toEqual(['Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3', 'Mensualidad 4', 'Mensualidad 5', 'Mensualidad 6']);
    const pagos = () => {
      const [header, row] = rt.sheetValues('Pagos');
      const at = (h: string) => row[header.indexOf(h)];
      return [
        at('Mensualidades adeudadas (calculado)'),
        at('Estado de pagos (calculado)'),
        at('Detalle de pagos (calculado)'),
        at('Adeudo (calculado)'),
        at('Beca vigente (calculado)'),
        at('Motivo de beca vigente (calculado)'),
      ];
    };
    // 20/04: April was paid on the 15th, five days late: nothing owed, but the beca is gone (Cap. XI, Art. 1 VII).
    expect(pagos()).toEqual([
      0,
      'Al corriente',
      'ninguna mensualidad vencida sin pago',
      0,
      'Cancelada',
      'cancelada: la mensualidad de abril venció el 10/04/2026 y se pagó el 15/04/2026 (Cap. XI, Art. 1 VII)',
    ]);
    // 11/05: May fell due on the 10th unpaid, and is owed in full since the beca was cancelled in April.
    clock = new Date('2026-05-11T18:00:00Z');
    expect(pagos().slice(0, 4)).toEqual([1, 'Con adeudo', '1 mensualidad: mayo', 2500]);
    // The example student did not desert: blank. Typed in, the abandonment on 20/03 and the notice on 05/05 owe April in full.
    const sheet = rt.spreadsheet.getSheetByName('Pagos');
    const head = rt.sheetValues('Pagos')[0];
    const desercion = () => rt.sheetValues('Pagos')[1][head.indexOf('Adeudo por deserción (calculado)')];
    expect(desercion()).toBe('');
    sheet.getRange(2, head.indexOf('Fecha de abandono') + 1, 1, 2).setValues([['20/03/2026', '05/05/2026']]);
    expect(desercion()).toBe(2500);
    const header = rt.sheetValues('Pagos')[0];
    const cutoff = rt.spreadsheet.getSheetByName('Pagos').getRange(1, header.indexOf('Fecha de corte') + 2);
    expect(cutoff.getFormula()).toBe('=TODAY()');
  });
});
