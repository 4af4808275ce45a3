// The Alumnos panel offers Colegiatura neta and Derecho a evaluación when their columns are there, as values or live formulas.
import type { Answer } from '../../src/api';
import { openRuntime, Runtime } from '../../local/runtime';

const HEADERS = ['Nombre del alumno', 'Colegiatura mensual', 'Porcentaje de beca', 'Forma de pago', 'Asistencias', 'Sesiones', 'Adeudo de colegiatura'];
const ROWS = [
  ['Ana López', 2500, '30 %', 'Pago anticipado', 45, 50, 'No'],
  ['Luis Pérez', '$2,000.00', '', '05/03/2026', 45, 50, 'Sí'],
  ['Eva Ruiz', 2000, 0.1, 'Mensual', 30, 50, '$1,750.00'],
];

const data = <T>(a: unknown): T => {
  const r = a as Answer<T>;
  if (!r.ok) throw new Error(r.error);
  return r.data;
};

async function open(): Promise<Runtime> {
  return openRuntime({ sheets: { Alumnos: [HEADERS, ...ROWS] } });
}

function request(rt: Runtime, over: Record<string, unknown>) {
  const view = data<any>(rt.run('detectarAlumnos'));
  const columns = Object.fromEntries(view.fields.map((f: any) => [f.field, f.column]));
  return { sheet: view.sheet, columns, subjects: view.subjects, mode: 'valores', ...over };
}

describe('the payment results of the Alumnos panel', () => {
  test('are offered, and chosen, when the colegiatura, beca, attendance and adeudo columns are there', async () => {
    const rt = await open();
    const view = data<any>(rt.run('detectarAlumnos'));
    const byField = Object.fromEntries(view.fields.map((f: any) => [f.field, f.column]));
    expect(byField).toMatchObject({ colegiatura: 1, porcentajeBeca: 2, formaPago: 3, asistencias: 4, sesiones: 5, adeudoColegiatura: 6 });
    const offered = (id: string) => view.outputs.find((o: any) => o.id === id);
    expect([offered('colegiaturaNeta').missing, offered('derechoEvaluacion').missing]).toEqual([[], []]);
    expect(view.chosen).toEqual(expect.arrayContaining(['colegiaturaNeta', 'derechoEvaluacion']));
  });

  test('as values: the net colegiatura (a payment date on the 5th is pronto pago) and the right to evaluation', async () => {
    const rt = await open();
    data(rt.run('calcularAlumnos', request(rt, { outputs: ['colegiaturaNeta', 'derechoEvaluacion'] })));
    const [header, ...rows] = rt.sheetValues('Alumnos');
    expect(header.slice(7)).toEqual(['Colegiatura neta (calculado)', 'Derecho a evaluación (calculado)']);
    expect(rows.map((r) => r.slice(7))).toEqual([
      [1575, 'Con derecho'],
      [1900, 'Sin derecho por adeudo'],
      [1800, 'Sin derecho por asistencia y adeudo'],
    ]);
  });

  test('as live formulas over the whole columns', async () => {
    const rt = await open();
    data(rt.run('calcularAlumnos', request(rt, { outputs: ['colegiaturaNeta', 'derechoEvaluacion'], mode: 'formulas' })));
    const sheet = rt.spreadsheet.getSheetByName('Alumnos');
    expect([sheet.getRange('H2').getFormula(), sheet.getRange('I2').getFormula()]).toEqual([
      "=COLEGIATURA_NETA(B2:B, C2:C, D2:D, 'Configuración'!A:B)",
      "=DERECHO_EVALUACION(E2:E, F2:F, \"\", G2:G, 'Configuración'!A:B)",
    ]);
    expect(rt.sheetValues('Alumnos')[2].slice(7)).toEqual([1900, 'Sin derecho por adeudo']);
  });
});
