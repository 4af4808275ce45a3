// The Alumnos panel offers Colegiatura neta and Derecho a evaluación when their columns are there, as values or live formulas.
import type { Answer } from '../../src/api';
import { call } from '../../local/call';
import { Range } from '../../local/services/spreadsheet';
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

/**
 * A group's control de colegiaturas as an office keeps it: two title rows, abbreviated months, a
 * row of due dates under the headers, a totals row, and beside it the group's monthly attendance
 * register (the same month headers, counts of classes attended). Expected values worked by hand at
 * 20/11/2026 from Cap. IX, Art. 2 and Cap. XI, Art. 1 VII and IX: due dates 10/09, 10/10, 10/11, 10/12.
 */
const GRID_HEADERS = ['No.', 'Matrícula', 'Alumno', 'Colegiatura', '% Beca', 'Fecha de dictamen', 'Sep', 'Oct', 'Nov', 'Dic', 'Fecha de abandono', 'Aviso de baja'];
const GRID: unknown[][] = [
  ['Colegio Juan Escutia, A.C. — Control de colegiaturas 2026-2027', '', '', '', '', '', '', '', '', '', '', ''],
  ['Grupo: 3° A   Turno matutino', '', '', '', '', '', '', '', '', '', '', ''],
  GRID_HEADERS,
  ['', '', 'Vencimiento', '', '', '', '10/09/2026', '10/10/2026', '10/11/2026', '10/12/2026', '', ''],
  [1, '26A01', 'Ana Torres Gil', 2800, '50 %', '01/08/2026', '05/09/2026', '10/10/2026', '', '', '', ''],
  [2, '26A02', 'Bruno Díaz Peña', 2800, '', '', 'Sí', 2800, '12/11/2026', '', '', ''],
  [3, '26A03', 'Carla Ruiz Soto', 3000, 0.2, '01/10/2026', '', '09/10/2026', '', '', '', ''],
  [4, '26A04', 'Diego Mora Luna', 3000, '', '', '08/09/2026', '', '', '', '01/10/2026', ''],
  [5, '26A05', 'Elena Vega Ríos', 2500, 0.3, '15/11/2026', '03/09/2026', '10/10/2026', '18/11/2026', '', '', ''],
  ['', '', 'TOTAL', 14100, '', '', '', '', '', '', '', ''],
];
const ATTENDANCE: unknown[][] = [
  ['Asistencia mensual 3° A', '', '', '', ''],
  ['Alumno', 'Sep', 'Oct', 'Nov', 'Dic'],
  ['Ana Torres Gil', 18, 20, 12, ''],
  ['Bruno Díaz Peña', 17, 21, 13, ''],
];
const GRID_OUTPUTS = ['adeudadas', 'estadoPagos', 'adeudo', 'becaVigente', 'desercion'];
/** By hand: overdue (due before the day, unpaid by it) and what is owed; the beca from the dictamen until the first day a mensualidad was owed. */
const BY_HAND = [
  // Ana: November unpaid, owed with her beca (it fell due before the beca was lost, on 11/11).
  [1, 'Con adeudo', '1 mensualidad: noviembre', 1400, 'Cancelada', 'cancelada: la mensualidad de noviembre venció el 10/11/2026 sin pago (Cap. XI, Art. 1 VII)', ''],
  // Bruno: sí, an amount and a date on time; no beca.
  [0, 'Al corriente', 'ninguna mensualidad vencida sin pago', 0, 'Sin beca', 'sin beca: el porcentaje es 0 o está vacío', ''],
  // Carla: September (before her dictamen) and November, both in full: September still owed on 01/10 cancelled the beca.
  [2, 'Con adeudo', '2 mensualidades: septiembre y noviembre', 6000, 'Cancelada', 'cancelada desde el dictamen del 01/10/2026: la mensualidad de septiembre venció el 10/09/2026 sin pago (Cap. XI, Art. 1 VII)', ''],
  // Diego left on 01/10 without notice: October and November fell due since, in full (Cap. IV, Art. 1 XVI).
  [2, 'Con adeudo', '2 mensualidades: octubre y noviembre', 6000, 'Sin beca', 'sin beca: el porcentaje es 0 o está vacío', 6000],
  // Elena paid November on the 18th; her beca began on the 15th, when November was owed: cancelled, nothing owed.
  [0, 'Al corriente', 'ninguna mensualidad vencida sin pago', 0, 'Cancelada', 'cancelada desde el dictamen del 15/11/2026: la mensualidad de noviembre venció el 10/11/2026 y se pagó el 18/11/2026 (Cap. XI, Art. 1 VII)', ''],
];
const RESULT_HEADERS = [
  'Mensualidades adeudadas (calculado)',
  'Estado de pagos (calculado)',
  'Detalle de pagos (calculado)',
  'Adeudo (calculado)',
  'Beca vigente (calculado)',
  'Motivo de beca vigente (calculado)',
  'Adeudo por deserción (calculado)',
];

describe('a payment grid in the Alumnos panel and Calcular', () => {
  const clock = () => new Date('2026-11-20T18:00:00Z');
  const openGrid = () => openRuntime({ sheets: { 'Colegiaturas 3° A': GRID, 'Asistencia mensual': ATTENDANCE } }, { now: clock });
  const activate = (rt: Runtime, name: string) => rt.spreadsheet.getSheetByName(name).activate();
  const results = (rt: Runtime) => {
    const [, , header, , ...rows] = rt.sheetValues('Colegiaturas 3° A');
    const at = RESULT_HEADERS.map((h) => header.indexOf(h));
    return rows.map((r) => at.map((i) => r[i]));
  };

  test('offers the debts, the beca in force and the deserter’s debt, reading the mensualidades, the due row and no fecha de corte', async () => {
    const rt = await openGrid();
    activate(rt, 'Colegiaturas 3° A');
    const view = data<any>(rt.run('detectarAlumnos'));
    expect([view.headerRow, view.students]).toEqual([3, 5]);
    const offered = Object.fromEntries(view.outputs.map((o: any) => [o.id, o.missing]));
    expect(GRID_OUTPUTS.map((id) => offered[id])).toEqual([[], [], [], [], []]);
    expect(view.chosen).toEqual(expect.arrayContaining(GRID_OUTPUTS));
    expect(view.notes).toEqual(
      expect.arrayContaining([
        'mensualidades: columnas G a J; vencimientos: la fila 4',
        expect.stringMatching(/^sin celda «Fecha de corte»: con valores, los adeudos se cuentan al día en que se calcula; con fórmulas se añade «Fecha de corte» con =HOY\(\)/),
      ]),
    );
    // A mensualidad column is neither a subject nor a field.
    expect(view.subjects).toEqual([]);
  });

  test('as values: each student’s debt, state, beca and deserter’s debt as worked by hand; the totals row stays as typed', async () => {
    const rt = await openGrid();
    activate(rt, 'Colegiaturas 3° A');
    data(rt.run('calcularAlumnos', request(rt, { outputs: GRID_OUTPUTS })));
    const all = results(rt);
    expect(all.slice(0, 5)).toEqual(BY_HAND);
    expect(all[5]).toEqual(['', '', '', '', '', '', '']);
    expect(rt.sheetValues('Colegiaturas 3° A')[9].slice(0, 12)).toEqual(GRID[9]);
    expect(rt.sheetValues('Colegiaturas 3° A')[2].slice(0, 12)).toEqual(GRID_HEADERS);
  });

  test('as live formulas: over the grid’s own due row and a new «Fecha de corte» with =TODAY(), giving the same values, and following the day', async () => {
    let now = clock();
    const rt = await openRuntime({ sheets: { 'Colegiaturas 3° A': GRID } }, { now: () => now });
    data(rt.run('calcularAlumnos', request(rt, { outputs: GRID_OUTPUTS, mode: 'formulas' })));
    const sheet = rt.spreadsheet.getSheetByName('Colegiaturas 3° A');
    const header = rt.sheetValues('Colegiaturas 3° A')[2];
    // Results from M; the fecha de corte right of the last one: label in T3, =TODAY() in U3.
    expect(header.slice(12, 20)).toEqual([...RESULT_HEADERS, 'Fecha de corte']);
    expect(sheet.getRange('U3').getFormula()).toBe('=TODAY()');
    expect(['M5', 'N5', 'P5', 'Q5', 'S5'].map((a) => sheet.getRange(a).getFormula())).toEqual([
      "=MENSUALIDADES_ADEUDADAS(G5:J9, $G$4:$J$4, $U$3, 'Configuración'!A:B)",
      "=ESTADO_PAGOS(G5:J9, $G$4:$J$4, $U$3, 'Configuración'!A:B)",
      "=ADEUDO_COLEGIATURA(D5:D9, E5:E9, G5:J9, $G$4:$J$4, $U$3, F5:F9, 'Configuración'!A:B)",
      "=BECA_VIGENTE(E5:E9, G5:J9, $G$4:$J$4, $U$3, F5:F9, 'Configuración'!A:B)",
      "=ADEUDO_DESERCION(D5:D9, K5:K9, L5:L9, $G$4:$J$4, $U$3, 'Configuración'!A:B)",
    ]);
    expect(results(rt).slice(0, 5)).toEqual(BY_HAND);
    // 11/12: December fell due on the 10th; Bruno owes it now, and Diego's desertion counts it too.
    now = new Date('2026-12-11T18:00:00Z');
    const later = results(rt);
    expect(later[1].slice(0, 4)).toEqual([1, 'Con adeudo', '1 mensualidad: diciembre', 2800]);
    expect(later[3][6]).toBe(9000);
    // A second run finds its own fecha de corte: the same formulas, no second label.
    data(rt.run('calcularAlumnos', request(rt, { outputs: GRID_OUTPUTS, mode: 'formulas' })));
    const again = rt.sheetValues('Colegiaturas 3° A')[2];
    expect(again.filter((h) => h === 'Fecha de corte').length).toBe(1);
    expect(again.length).toBe(header.length);
    expect(sheet.getRange('M5').getFormula()).toBe("=MENSUALIDADES_ADEUDADAS(G5:J9, $G$4:$J$4, $U$3, 'Configuración'!A:B)");
  });

  test('a monthly attendance register with the same month headers gets no payment results', async () => {
    const rt = await openGrid();
    activate(rt, 'Asistencia mensual');
    const view = data<any>(rt.run('detectarAlumnos'));
    const offered = Object.fromEntries(view.outputs.map((o: any) => [o.id, o.missing]));
    for (const id of ['adeudadas', 'estadoPagos', 'adeudo', 'becaVigente']) expect(offered[id]).toContain('mensualidades');
    expect(view.chosen.filter((id: string) => GRID_OUTPUTS.includes(id))).toEqual([]);
    expect(view.notes.some((n: string) => n.startsWith('mensualidades:'))).toBe(false);
  });

  test('a grid without its own due row takes the Calendario de pagos row in its formulas, and its values from the same dates', async () => {
    const headers = ['Matrícula', 'Nombre', 'Colegiatura', 'Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3'];
    const rt = await openRuntime(
      {
        sheets: {
          Pagos: [headers, ['B-01', 'Iván Soto', 2000, '10/09/2026', '', ''], ['B-02', 'Julia Paz', 2000, '10/09/2026', '10/10/2026', '09/11/2026']],
          'Calendario de pagos': [['Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3'], ['10/09/2026', '10/10/2026', '10/11/2026']],
        },
      },
      { now: clock },
    );
    data(rt.run('calcularAlumnos', request(rt, { outputs: ['adeudadas', 'adeudo'], mode: 'formulas' })));
    const sheet = rt.spreadsheet.getSheetByName('Pagos');
    expect(sheet.getRange('G2').getFormula()).toBe("=MENSUALIDADES_ADEUDADAS(D2:F, 'Calendario de pagos'!$A$2:$C$2, $J$1, 'Configuración'!A:B)");
    const values = rt.sheetValues('Pagos').slice(1).map((r) => [r[6], r[7]]);
    // Iván owes October and November; Julia nothing.
    expect(values).toEqual([[2, 4000], [0, 0]]);
    data(rt.run('calcularAlumnos', request(rt, { outputs: ['adeudadas', 'adeudo'], mode: 'valores' })));
    expect(rt.sheetValues('Pagos').slice(1).map((r) => [r[6], r[7]])).toEqual([[2, 4000], [0, 0]]);
  });

  test('the Pagos template is calculated in place: its own columns and fecha de corte are reused, the missing result is added after them', async () => {
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } }, { now: () => new Date('2026-05-11T18:00:00Z') });
    call(rt, 'crearPlantillas');
    rt.spreadsheet.getSheetByName('Pagos').activate();
    const view = data<any>(rt.run('detectarAlumnos'));
    expect(view.notes).toContain('fecha de corte: la celda V1');
    expect(view.notes).toContain('mensualidades: columnas F a K; vencimientos: la hoja «Calendario de pagos»');
    const answer = data<any>(rt.run('calcularAlumnos', request(rt, { outputs: view.chosen, mode: 'formulas' })));
    expect(answer.written.map((w: any) => `${w.id} ${w.letter}`)).toEqual(['colegiaturaNeta W', 'adeudadas N', 'estadoPagos O', 'adeudo Q', 'becaVigente R', 'desercion T']);
    const sheet = rt.spreadsheet.getSheetByName('Pagos');
    expect(sheet.getRange('T2').getFormula()).toBe("=ADEUDO_DESERCION(C2:C, L2:L, M2:M, 'Calendario de pagos'!$A$2:$F$2, $V$1, 'Configuración'!A:B)");
    expect(sheet.getRange('V1').getFormula()).toBe('=TODAY()');
    // 11/05, as the template's own test: May unpaid, owed in full (the beca went in April); 2500 less 30 % is the net colegiatura.
    const [header, row] = rt.sheetValues('Pagos');
    expect(header.length).toBe(23);
    expect([row[13], row[14], row[15], row[16], row[17], row[22]]).toEqual([1, 'Con adeudo', '1 mensualidad: mayo', 2500, 'Cancelada', 1750]);
  });
  test('Calcular on a grid that reads the Calendario de pagos stays within 10 round trips, as values and as formulas', async () => {
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } }, { now: () => new Date('2026-05-11T18:00:00Z') });
    call(rt, 'crearPlantillas');
    rt.spreadsheet.getSheetByName('Pagos').activate();
    const view = data<any>(rt.run('detectarAlumnos'));
    // The sheets, the lock, the sheet, Configuración, the properties, the Calendario, the formulas there, the zone (values) or the
    // protections (a second run), the writes, the memory: 10; the lock goes with the execution.
    const trips = (mode: string) => {
      const asked = request(rt, { outputs: view.chosen, mode });
      rt.resetCalls();
      data(rt.run('calcularAlumnos', asked));
      return rt.roundTrips;
    };
    const figures = { valores: trips('valores'), formulas: trips('formulas') };
    expect(figures.valores).toBeGreaterThan(5);
    expect(figures.valores).toBeLessThanOrEqual(10);
    expect(figures.formulas).toBeGreaterThan(5);
    expect(figures.formulas).toBeLessThanOrEqual(10);
  });

  test('a grid with neither a due row nor a Calendario de pagos says its due dates come from the Configuración', async () => {
    const rt = await openRuntime({ sheets: { Pagos: [['Nombre', 'Colegiatura', 'Mensualidad 1', 'Mensualidad 2'], ['Iván Soto', 2000, 'x', '']] } }, { now: clock });
    const view = data<any>(rt.run('detectarAlumnos'));
    expect(view.notes).toContain(
      'mensualidades: columnas C a D; vencimientos: el calendario de la Configuración (inicio_periodo, dia_vencimiento), porque la hoja no tiene fila «Vencimiento» ni hay hoja «Calendario de pagos»',
    );
  });

  test('a formulas run that fails on its new fecha de corte leaves the sheet as it was, the label and =TODAY() included', async () => {
    const rt = await openRuntime({ sheets: { 'Colegiaturas 3° A': GRID } }, { now: clock });
    const before = rt.sheetValues('Colegiaturas 3° A');
    const asked = request(rt, { outputs: GRID_OUTPUTS, mode: 'formulas' });
    const original = Range.prototype.setNumberFormat;
    const spy = jest.spyOn(Range.prototype, 'setNumberFormat').mockImplementation(function (this: Range, format: string) {
      if (format === 'dd/mm/yyyy') throw new Error('se perdió la conexión');
      return original.call(this, format);
    });
    try {
      expect(rt.run('calcularAlumnos', asked)).toEqual({ ok: false, error: expect.stringContaining('se perdió la conexión') });
    } finally {
      spy.mockRestore();
    }
    expect(rt.sheetValues('Colegiaturas 3° A')).toEqual(before);
  });

  test('a Calendario de pagos with dates still to type is read as wide as the grid: a date typed later counts', async () => {
    const rt = await openRuntime(
      {
        sheets: {
          Pagos: [['Nombre', 'Colegiatura', 'Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3'], ['Iván Soto', 2000, 'x', 'x', '']],
          'Calendario de pagos': [['Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3'], ['10/09/2026', '10/10/2026', '']],
        },
      },
      { now: clock },
    );
    data(rt.run('calcularAlumnos', request(rt, { outputs: ['adeudadas'], mode: 'formulas' })));
    expect(rt.spreadsheet.getSheetByName('Pagos').getRange('F2').getFormula()).toBe("=MENSUALIDADES_ADEUDADAS(C2:E, 'Calendario de pagos'!$A$2:$C$2, $H$1, 'Configuración'!A:B)");
    expect(rt.sheetValues('Pagos')[1][5]).toBe(0);
    // At 20/11 the third mensualidad, due 10/11 once the office types it, is owed.
    rt.spreadsheet.getSheetByName('Calendario de pagos').getRange('C2').setValue('10/11/2026');
    expect(rt.sheetValues('Pagos')[1][5]).toBe(1);
  });

  test('a student list with a Fecha de abandono but no payment grid: its live deserter’s debt also follows a new fecha de corte', async () => {
    let now = clock();
    const rt = await openRuntime(
      {
        sheets: {
          Bajas: [['Nombre', 'Colegiatura', 'Fecha de abandono', 'Fecha de aviso de baja'], ['Diego Mora Luna', 3000, '01/10/2026', '']],
          'Calendario de pagos': [['Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3', 'Mensualidad 4'], ['10/09/2026', '10/10/2026', '10/11/2026', '10/12/2026']],
        },
      },
      { now: () => now },
    );
    data(rt.run('calcularAlumnos', request(rt, { outputs: ['desercion'], mode: 'formulas' })));
    const sheet = rt.spreadsheet.getSheetByName('Bajas');
    expect(sheet.getRange('E2').getFormula()).toBe("=ADEUDO_DESERCION(B2:B, C2:C, D2:D, 'Calendario de pagos'!$A$2:$D$2, $G$1, 'Configuración'!A:B)");
    expect([sheet.getRange('F1').getValue(), sheet.getRange('G1').getFormula()]).toEqual(['Fecha de corte', '=TODAY()']);
    // 20/11: October and November; 11/12: December too.
    expect(rt.sheetValues('Bajas')[1][4]).toBe(6000);
    now = new Date('2026-12-11T18:00:00Z');
    expect(rt.sheetValues('Bajas')[1][4]).toBe(9000);
  });
});
