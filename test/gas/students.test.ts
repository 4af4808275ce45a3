// The Alumnos panel's calls on a sheet the office already has, run in the local runtime over the built bundle.
import { Range, Sheet } from '../../local/services/spreadsheet';
import { openRuntime, Runtime } from '../../local/runtime';

const HEADERS = ['Nombre del alumno', 'Tipo de beca', 'Prom. gral.', 'Criterio', 'Asist.', 'Sesiones', 'Faltas justificadas', 'Química', 'Física'];
const ana = ['Ana López', 'I', '8,5', 'sí', 40, 50, 2, 9, 8];
const luis = ['Luis Pérez', 'III', '', 2, 30, 50, 0, 'NP', 5];

/** A sheet of `n` students (Ana and Luis alternating) plus any extra columns given per row. */
function students(n: number, extra: (i: number) => unknown[] = () => []): unknown[][] {
  return Array.from({ length: n }, (_, i) => [...(i % 2 ? luis : ana), ...extra(i)]);
}

async function open(rows: unknown[][], headers: unknown[] = HEADERS): Promise<Runtime> {
  return openRuntime({ sheets: { Alumnos: [headers, ...rows] } });
}

import type { Answer } from '../../src/api';
const data = <T>(a: unknown): T => {
  const r = a as Answer<T>;
  if (!r.ok) throw new Error(r.error);
  return r.data;
};

function request(rt: Runtime, over: Record<string, unknown> = {}) {
  const view = data<any>(rt.run('detectarAlumnos'));
  const columns = Object.fromEntries(view.fields.map((f: any) => [f.field, f.column]));
  return { sheet: view.sheet, columns, subjects: view.subjects, outputs: ['beca', 'derecho', 'estatus'], mode: 'valores', ...over };
}

describe('detectarAlumnos', () => {
  test('maps the usual headers and finds the subjects by their grades', async () => {
    const rt = await open(students(4));
    const view = data<any>(rt.run('detectarAlumnos'));
    const byField = Object.fromEntries(view.fields.map((f: any) => [f.field, f.column]));
    expect(byField).toMatchObject({ nombre: 0, plan: 1, promedio: 2, criterio: 3, asistencias: 4, sesiones: 5, justificadas: 6, calificacion: null });
    expect(view.subjects).toEqual([7, 8]);
    expect(view.students).toBe(4);
    expect(view.remembered).toBe(false);
    expect(view.outputs.find((o: any) => o.id === 'faltasRestantes').missing).toEqual(['Sesiones del curso']);
  });

  test('remembers the confirmed mapping, and follows a column that moved', async () => {
    const rt = await open(students(2));
    const req = request(rt, { columns: { ...request(rt).columns, criterio: null } });
    data(rt.run('guardarMapeo', req));
    let view = data<any>(rt.run('detectarAlumnos'));
    expect(view.remembered).toBe(true);
    expect(view.fields.find((f: any) => f.field === 'criterio').column).toBeNull();
    rt.spreadsheet.getSheetByName('Alumnos').insertColumnsBefore(1, 1);
    view = data<any>(rt.run('detectarAlumnos'));
    expect(view.fields.find((f: any) => f.field === 'nombre').column).toBe(1);
    expect(view.subjects).toEqual([8, 9]);
  });
});

describe('calcularAlumnos as values', () => {
  test('writes each result under a recognizable header, computed by the custom functions', async () => {
    const rt = await open(students(2));
    const answer = data<any>(rt.run('calcularAlumnos', request(rt)));
    expect(answer.status).toBe('hecho');
    expect(answer.written.map((w: any) => [w.header, w.letter])).toEqual([
      ['Beca % (calculado)', 'J'],
      ['Derecho a examen (calculado)', 'K'],
      ['Estatus de promoción (calculado)', 'L'],
    ]);
    const values = rt.sheetValues('Alumnos');
    expect(values[1].slice(9)).toEqual([0.1, 'Con derecho', 'Regular']);
    expect(values[2].slice(9)).toEqual([0.5, 'Sin derecho', 'Promovido con adeudo']);
    expect(rt.spreadsheet.getSheetByName('Alumnos').getRange('J2').getFormula()).toBe('');
  });

  test('gives a result that spills (renovación and its motivo) both of its columns', async () => {
    const rt = await open(students(2));
    const answer = data<any>(rt.run('calcularAlumnos', request(rt, { outputs: ['renovacion', 'beca'] })));
    expect(answer.written.map((w: any) => w.letter)).toEqual(['J', 'L']);
    const values = rt.sheetValues('Alumnos');
    expect(values[0].slice(9)).toEqual(['Renovación de beca (calculado)', 'Motivo de renovación (calculado)', 'Beca % (calculado)']);
    expect(values[1].slice(9)).toEqual(['Renueva', expect.stringContaining('Plan I Continuidad'), 0.1]);
  });

  test('a result whose spill column holds the office\'s data asks before replacing it', async () => {
    const headers = [...HEADERS, 'Renovación de beca (calculado)', 'Observaciones'];
    const rt = await open(students(2, () => ['Renueva', 'llamar a su madre']), headers);
    const before = rt.sheetValues('Alumnos');
    const answer = data<any>(rt.run('calcularAlumnos', request(rt, { outputs: ['renovacion'] })));
    expect(answer).toEqual({ status: 'confirmar', sheet: 'Alumnos', conflicts: [expect.stringMatching(/^la columna K tiene 3 celdas .*«Observaciones»/)], huella: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(rt.sheetValues('Alumnos')).toEqual(before);
  });

  test('a new result is never placed on the spill column of one already in the sheet', async () => {
    const rt = await open(students(2, () => ['Renueva', 'motivo sin encabezado']), [...HEADERS, 'Renovación de beca (calculado)', '']);
    const answer = data<any>(rt.run('calcularAlumnos', request(rt, { outputs: ['beca'] })));
    expect(answer.written).toEqual([{ id: 'beca', header: 'Beca % (calculado)', letter: 'L' }]);
    expect(rt.sheetValues('Alumnos')[1].slice(9)).toEqual(['Renueva', 'motivo sin encabezado', 0.1]);
  });

  test('re-running updates its own columns in place', async () => {
    const rt = await open(students(2));
    data(rt.run('calcularAlumnos', request(rt)));
    rt.spreadsheet.getSheetByName('Alumnos').getRange('B2').setValue('Plan X');
    data(rt.run('calcularAlumnos', request(rt)));
    const values = rt.sheetValues('Alumnos');
    expect(values[0]).toHaveLength(12);
    expect(values[1][9]).toMatch(/^Error: /);
  });

  test('makes the same number of service calls for 10 students as for 400', async () => {
    const counts = [];
    for (const n of [10, 400]) {
      const rt = await open(students(n));
      const req = request(rt);
      rt.resetCalls();
      data(rt.run('calcularAlumnos', req));
      counts.push({ ...rt.calls });
    }
    expect(counts[0]['Range.getValues']).toBeLessThanOrEqual(3);
    expect(counts[0]['Range.setValues']).toBe(1);
    expect(counts[1]).toEqual(counts[0]);
  });

  test('protects its columns with a warning only', async () => {
    const rt = await open(students(2));
    data(rt.run('calcularAlumnos', request(rt)));
    data(rt.run('calcularAlumnos', request(rt)));
    const protections = rt.spreadsheet.getSheetByName('Alumnos').getProtections('RANGE');
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(protections[0].getRange().getA1Notation()).toMatch(/^J1:L/);
  });
});

describe('calcularAlumnos as live formulas', () => {
  test('writes one formula per column in the first data row, over whole columns, ending with Configuración', async () => {
    const rt = await open(students(3));
    data(rt.run('calcularAlumnos', request(rt, { mode: 'formulas' })));
    const sheet = rt.spreadsheet.getSheetByName('Alumnos');
    expect(sheet.getRange('J2').getFormula()).toBe("=BECA(B2:B, C2:C, D2:D, 'Configuración'!A:B)");
    expect(sheet.getRange('L2').getFormula()).toBe("=ESTATUS_PROMOCION(H2:I, \"\", 'Configuración'!A:B)");
    expect(sheet.getRange('J3').getFormula()).toBe('');
    expect(rt.sheetValues('Alumnos').slice(1, 4).map((r) => r.slice(9))).toEqual([
      [0.1, 'Con derecho', 'Regular'],
      [0.5, 'Sin derecho', 'Promovido con adeudo'],
      [0.1, 'Con derecho', 'Regular'],
    ]);
    expect(rt.spreadsheet.getSheetByName('Configuración')).not.toBeNull();
  });

  /** Química (H), then Observaciones (I), then Física and Historia side by side (J, K): the subjects are apart. */
  const APART = {
    rows: students(4).map((r, i) => [...r.slice(0, 8), 'nota', r[8], [9, 'SD', 5, 7][i]]),
    headers: [...HEADERS.slice(0, 8), 'Observaciones', 'Física', 'Historia'],
  };

  test('over subjects apart writes the array literal of their columns in the order of the sheet, and spills what a run as values writes', async () => {
    const live = await open(APART.rows, APART.headers);
    const req = request(live, { mode: 'formulas', outputs: ['estatus', 'beca'] });
    expect(req.subjects).toEqual([7, 9, 10]);
    live.resetCalls();
    data(live.run('calcularAlumnos', { ...req, subjects: [10, 7, 9] }));
    const side = await open(students(4));
    const sideRequest = request(side, { mode: 'formulas', outputs: ['estatus', 'beca'] });
    side.resetCalls();
    data(side.run('calcularAlumnos', sideRequest));
    expect(live.calls).toEqual(side.calls);
    expect(live.spreadsheet.getSheetByName('Alumnos').getRange('L2').getFormula()).toBe("=ESTATUS_PROMOCION({H2:H, J2:K}, \"\", 'Configuración'!A:B)");
    const frozen = await open(APART.rows, APART.headers);
    data(frozen.run('calcularAlumnos', { ...req, mode: 'valores' }));
    const computed = (rt: Runtime) => rt.sheetValues('Alumnos').map((r) => r.slice(11));
    expect(computed(live)).toEqual(computed(frozen));
    expect(computed(live).slice(1).map((r) => r[0])).toEqual(['Regular', 'Promovido con adeudo', 'Promovido con adeudo', 'Promovido con adeudo']);
  });

  test('with subjects apart the proposed choice keeps Estatus, so Calcular hoja actual writes it live too', async () => {
    const rt = await open(APART.rows, APART.headers);
    expect(data<any>(rt.run('detectarAlumnos')).chosen).toContain('estatus');
    rt.run('calcularHojaActual');
    expect(rt.ui.alerts).toEqual([expect.stringMatching(/fórmulas vivas de Beca %, .*Estatus de promoción para 4 alumnos$/)]);
    const headers = rt.sheetValues('Alumnos')[0];
    const estatus = headers.indexOf('Estatus de promoción (calculado)');
    expect(rt.spreadsheet.getSheetByName('Alumnos').getRange(2, estatus + 1).getFormula()).toMatch(/^=ESTATUS_PROMOCION\(\{H2:H, J2:K\}, /);
    expect(rt.sheetValues('Alumnos')[2][estatus]).toBe('Promovido con adeudo');
  });
});

describe('a Configuración sheet with a bad value', () => {
  const BAD = [['clave', 'valor'], ['asistencia_minima', 'ochenta']];
  const STOPPED = 'no se escribió nada: Configuración, fila 2 (asistencia_minima): el valor «ochenta» no sirve';

  test.each(['valores', 'formulas'])('stops a run in %s before writing anything, naming the row', async (mode) => {
    const rt = await openRuntime({ sheets: { Alumnos: [[...HEADERS, 'Beca % (calculado)'], ...students(2, () => [0.1])], Configuración: BAD } });
    const before = rt.sheetValues('Alumnos');
    const answer = rt.run('calcularAlumnos', request(rt, { mode, outputs: ['beca'] })) as Answer<unknown>;
    expect(answer).toEqual({ ok: false, error: expect.stringContaining(STOPPED) });
    expect(rt.sheetValues('Alumnos')).toEqual(before);
  });

  test('stops Crear tablero before it makes the sheet', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: [HEADERS, ...students(2)], Configuración: BAD } });
    expect(rt.run('crearTablero')).toEqual({ ok: false, error: expect.stringContaining(STOPPED) });
    expect(rt.spreadsheet.getSheetByName('Tablero')).toBeNull();
  });

  test('an unknown key is only a warning: the run writes, and the panel lists it apart', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: [HEADERS, ...students(2)], Configuración: [['clave', 'valor'], ['nota de la directora', 'revisar en junio']] } });
    expect(data<any>(rt.run('calcularAlumnos', request(rt))).status).toBe('hecho');
    const view = data<any>(rt.run('leerConfiguracion'));
    expect(view.issues).toEqual([]);
    expect(view.warnings).toEqual([{ clave: 'nota de la directora', message: 'Configuración, fila 2: la clave «nota de la directora» no existe' }]);
    expect(data<any>(rt.run('guardarConfiguracion', { asistencia_minima: '90 %' })).saved).toBe(true);
  });
});

describe('safety of the user\'s data', () => {
  test('asks before replacing cells it did not write, and writes only once confirmed', async () => {
    const rows = students(3);
    const rt = await openRuntime({ sheets: { Alumnos: [HEADERS, ...rows, [], ['', '', '', '', '', '', '', '', '', 'nota de la directora']] } });
    const before = rt.sheetValues('Alumnos');
    const first = data<any>(rt.run('calcularAlumnos', request(rt)));
    expect(first.status).toBe('confirmar');
    expect(first.conflicts).toEqual([expect.stringContaining('la columna J tiene 1 celda con datos que el complemento no escribió')]);
    expect(rt.sheetValues('Alumnos')).toEqual(before);
    const second = data<any>(rt.run('calcularAlumnos', request(rt, { confirmar: first.huella })));
    expect(second.status).toBe('hecho');
    expect(rt.sheetValues('Alumnos')[1][9]).toBe(0.1);
  });

  test.each([
    ['no huella at all', () => undefined],
    ['a huella from another request', (_first: any, other: any) => other.huella],
    ['a huella from before someone typed more in that column', (first: any, _other: any, rt: Runtime) => {
      rt.spreadsheet.getSheetByName('Alumnos').getRange('J3').setValue('otra nota');
      return first.huella;
    }],
  ])('asks again, writing nothing, when the confirmation carries %s', async (_label, huella) => {
    const rt = await openRuntime({ sheets: { Alumnos: [HEADERS, ...students(3), [], ['', '', '', '', '', '', '', '', '', 'nota de la directora']] } });
    const first = data<any>(rt.run('calcularAlumnos', request(rt)));
    const other = data<any>(rt.run('calcularAlumnos', request(rt, { outputs: ['derecho'] })));
    const confirmar = huella(first, other, rt);
    const before = rt.sheetValues('Alumnos');
    const again = data<any>(rt.run('calcularAlumnos', request(rt, { confirmar })));
    expect(again.status).toBe('confirmar');
    expect(rt.sheetValues('Alumnos')).toEqual(before);
  });

  describe('cells typed by hand into its own computed columns', () => {
    /** Ana and Luis computed as values into J (Beca %) and K (Derecho a examen), then typed over: J3 as text, K4 as a formula. */
    async function editedAfterValues() {
      const rt = await open(students(3));
      const req = request(rt, { outputs: ['beca', 'derecho'] });
      expect(data<any>(rt.run('calcularAlumnos', req)).status).toBe('hecho');
      const sheet = rt.spreadsheet.getSheetByName('Alumnos');
      sheet.getRange('J3').setValue('beca manual');
      sheet.getRange('K4').setValue('=1+1');
      return { rt, req, sheet };
    }

    test('as values: asks, naming the columns and cells, and writes nothing until confirmed', async () => {
      const { rt, req, sheet } = await editedAfterValues();
      const before = rt.sheetValues('Alumnos');
      const first = data<any>(rt.run('calcularAlumnos', req));
      expect(first).toEqual({
        status: 'confirmar',
        sheet: 'Alumnos',
        conflicts: [
          'la columna J («Beca % (calculado)») tiene cambios hechos a mano desde el último cálculo: 1 celda tiene otro dato que el que se calcula ahora (por ejemplo J3: «beca manual»); se reemplazarían',
          'la columna K («Derecho a examen (calculado)») tiene cambios hechos a mano desde el último cálculo: 1 celda tiene otro dato que el que se calcula ahora (por ejemplo K4: «=1+1»); se reemplazarían',
        ],
        huella: expect.stringMatching(/^[0-9a-f]{8}$/),
      });
      expect(rt.sheetValues('Alumnos')).toEqual(before);
      expect(sheet.getRange('K4').getFormula()).toBe('=1+1');
    });

    test('as values: once confirmed it writes, and the next run without edits writes without asking', async () => {
      const { rt, req, sheet } = await editedAfterValues();
      const first = data<any>(rt.run('calcularAlumnos', req));
      expect(data<any>(rt.run('calcularAlumnos', { ...req, confirmar: first.huella })).status).toBe('hecho');
      expect(rt.sheetValues('Alumnos').slice(1).map((r) => r.slice(9))).toEqual([
        [0.1, 'Con derecho'],
        [0.5, 'Sin derecho'],
        [0.1, 'Con derecho'],
      ]);
      expect(sheet.getRange('K4').getFormula()).toBe('');
      expect(data<any>(rt.run('calcularAlumnos', req)).status).toBe('hecho');
    });

    test.each([
      ['an input changed', (sheet: Sheet) => sheet.getRange('B2').setValue('III')],
      ['a cell of its column was emptied', (sheet: Sheet) => sheet.getRange('J3').setValue('')],
      ['a new student was added below', (sheet: Sheet) => sheet.getRange(5, 1, 1, 9).setValues([ana])],
      ['a column was inserted before its own', (sheet: Sheet) => sheet.insertColumnsBefore(1, 1)],
    ])('as values: re-runs without asking when %s', async (_label, change) => {
      const rt = await open(students(3));
      const req = () => request(rt, { outputs: ['beca', 'derecho'] });
      data(rt.run('calcularAlumnos', req()));
      change(rt.spreadsheet.getSheetByName('Alumnos'));
      expect(data<any>(rt.run('calcularAlumnos', req())).status).toBe('hecho');
    });

    test('as values: a typed cell that holds what is computed now loses nothing, so it does not ask', async () => {
      const rt = await open(students(3));
      const req = request(rt, { outputs: ['beca'] });
      data(rt.run('calcularAlumnos', req));
      rt.spreadsheet.getSheetByName('Alumnos').getRange('J3').setValue(0.5);
      rt.spreadsheet.getSheetByName('Alumnos').getRange('J6').setValue('');
      expect(data<any>(rt.run('calcularAlumnos', req)).status).toBe('hecho');
    });

    test('as live formulas: a value typed below the formula blocks its spill (#REF!), and the next run asks before replacing it', async () => {
      const rt = await open(students(3));
      const req = request(rt, { mode: 'formulas', outputs: ['beca'] });
      data(rt.run('calcularAlumnos', req));
      const sheet = rt.spreadsheet.getSheetByName('Alumnos');
      sheet.getRange('J3').setValue('beca manual');
      expect(rt.sheetValues('Alumnos')[1][9]).toBe('#REF!');
      const before = rt.sheetValues('Alumnos');
      for (const mode of ['formulas', 'valores']) {
        const answer = data<any>(rt.run('calcularAlumnos', { ...req, mode }));
        expect(answer.conflicts).toEqual([expect.stringMatching(/^la columna J tiene 1 celda con datos que el complemento no escribió \(por ejemplo «beca manual»\)/)]);
        expect(rt.sheetValues('Alumnos')).toEqual(before);
      }
      const answer = data<any>(rt.run('calcularAlumnos', req));
      expect(data<any>(rt.run('calcularAlumnos', { ...req, confirmar: answer.huella })).status).toBe('hecho');
      expect(rt.sheetValues('Alumnos').slice(1, 4).map((r) => r[9])).toEqual([0.1, 0.5, 0.1]);
    });

    test('as live formulas: a formula that spills is its own, so switching to values does not ask', async () => {
      const rt = await open(students(3));
      const req = request(rt, { mode: 'formulas', outputs: ['beca'] });
      data(rt.run('calcularAlumnos', req));
      expect(data<any>(rt.run('calcularAlumnos', { ...req, mode: 'valores' })).status).toBe('hecho');
      expect(rt.spreadsheet.getSheetByName('Alumnos').getRange('J2').getFormula()).toBe('');
    });

    test('as live formulas: a formula replaced by typed values asks before replacing them', async () => {
      const rt = await open(students(3));
      const req = request(rt, { mode: 'formulas', outputs: ['beca'] });
      data(rt.run('calcularAlumnos', req));
      rt.spreadsheet.getSheetByName('Alumnos').getRange('J2').setValue('50 %');
      const answer = data<any>(rt.run('calcularAlumnos', req));
      expect(answer.conflicts).toEqual([expect.stringMatching(/^la columna J tiene 1 celda .*«50 %»/)]);
    });
  });

  test('a confirmed run whose target cells were emptied meanwhile just writes', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: [HEADERS, ...students(3), [], ['', '', '', '', '', '', '', '', '', 'nota']] } });
    const first = data<any>(rt.run('calcularAlumnos', request(rt)));
    rt.spreadsheet.getSheetByName('Alumnos').getRange('J6').setValue('');
    expect(data<any>(rt.run('calcularAlumnos', request(rt, { confirmar: first.huella }))).status).toBe('hecho');
  });

  test('a run that fails halfway puts back what it had written', async () => {
    const headers = [...HEADERS, 'Beca % (calculado)', 'Observaciones'];
    const rt = await open(students(2, () => [0.99, 'ok']), headers);
    const before = rt.sheetValues('Alumnos');
    const original = Range.prototype.setValues;
    let writes = 0;
    const spy = jest.spyOn(Range.prototype, 'setValues').mockImplementation(function (this: Range, values: unknown[][]) {
      if (++writes === 2) throw new Error('disco lleno');
      return original.call(this, values);
    });
    try {
      const answer = rt.run('calcularAlumnos', request(rt)) as Answer<unknown>;
      expect(answer).toEqual({ ok: false, error: expect.stringContaining('disco lleno') });
    } finally {
      spy.mockRestore();
    }
    expect(writes).toBe(3);
    expect(rt.sheetValues('Alumnos')).toEqual(before);
  });

  test('a failed run over live formulas puts the formulas back, not their spilled values', async () => {
    const rt = await open(students(3, () => ['', 'ok']), [...HEADERS, 'Beca % (calculado)', 'Observaciones']);
    data(rt.run('calcularAlumnos', request(rt, { mode: 'formulas', outputs: ['beca'] })));
    const sheet = rt.spreadsheet.getSheetByName('Alumnos');
    const before = rt.sheetValues('Alumnos');
    const original = Range.prototype.setValues;
    let writes = 0;
    const spy = jest.spyOn(Range.prototype, 'setValues').mockImplementation(function (this: Range, values: unknown[][]) {
      if (++writes === 2) throw new Error('sin conexión');
      return original.call(this, values);
    });
    try {
      expect(rt.run('calcularAlumnos', request(rt, { outputs: ['beca', 'derecho', 'estatus'] }))).toEqual({ ok: false, error: expect.stringContaining('sin conexión') });
    } finally {
      spy.mockRestore();
    }
    expect(sheet.getRange('J2').getFormula()).toBe("=BECA(B2:B, C2:C, D2:D, 'Configuración'!A:B)");
    expect(sheet.getRange('J3').getFormula()).toBe('');
    expect(rt.sheetValues('Alumnos')).toEqual(before);
  });

  test('a run that fails after writing puts back a user column cell by cell, drops the columns it inserted and adds no protection', async () => {
    // Column J has no header: a formula in row 2 and typed values below, which the user agreed to replace.
    const rows = students(3, (i) => [i === 0 ? '=E2*2' : `nota ${i}`]);
    const rt = await open(rows, [...HEADERS, '']);
    const sheet = rt.spreadsheet.getSheetByName('Alumnos');
    // The grid ends at J, as in a sheet whose spare columns were deleted: the run must insert K and L.
    sheet.model.maxColumns = 10;
    const before = rt.sheetValues('Alumnos');
    const columnsBefore = sheet.getMaxColumns();
    const deleted = jest.spyOn(Sheet.prototype, 'deleteColumns');
    const spy = jest.spyOn(Range.prototype, 'setNumberFormat').mockImplementation(() => {
      throw new Error('sin conexión');
    });
    try {
      const answer = rt.run('calcularAlumnos', request(rt, { confirmar: data<any>(rt.run('calcularAlumnos', request(rt))).huella })) as Answer<unknown>;
      expect(answer).toEqual({ ok: false, error: expect.stringContaining('sin conexión') });
    } finally {
      spy.mockRestore();
    }
    expect(sheet.getRange('J2').getFormula()).toBe('=E2*2');
    expect(rt.sheetValues('Alumnos').slice(2).map((r) => r[9])).toEqual(['nota 1', 'nota 2']);
    expect(rt.sheetValues('Alumnos').map((r) => r.slice(0, 9))).toEqual(before.map((r) => r.slice(0, 9)));
    expect(deleted.mock.calls).toEqual([[columnsBefore + 1, 12 - columnsBefore]]);
    deleted.mockRestore();
    expect(sheet.getMaxColumns()).toBe(columnsBefore);
    expect(sheet.getProtections('RANGE')).toEqual([]);
  });

  test('a failed re-run keeps the protection of the previous run', async () => {
    const rt = await open(students(2));
    data(rt.run('calcularAlumnos', request(rt)));
    const sheet = rt.spreadsheet.getSheetByName('Alumnos');
    const spy = jest.spyOn(Range.prototype, 'protect').mockImplementation(() => {
      throw new Error('sin conexión');
    });
    try {
      expect(rt.run('calcularAlumnos', request(rt))).toEqual({ ok: false, error: expect.stringContaining('sin conexión') });
    } finally {
      spy.mockRestore();
    }
    const protections = sheet.getProtections('RANGE');
    expect(protections.map((p: any) => [p.getRange().getA1Notation(), p.isWarningOnly()])).toEqual([[expect.stringMatching(/^J1:L/), true]]);
  });

  test('waits for the document lock and says so when someone else holds it', async () => {
    const rt = await open(students(2));
    const req = request(rt);
    const holder = rt.context.LockService.getDocumentLock();
    expect(holder.tryLock(0)).toBe(true);
    const answer = rt.context.calcularAlumnos(req);
    expect(answer).toEqual({ ok: false, error: 'otra persona está escribiendo en este libro; intente de nuevo en unos segundos' });
  }, 20000);

  test('refuses one of its own computed columns as an input', async () => {
    const rt = await open(students(2, () => [0.1]), [...HEADERS, 'Beca % (calculado)']);
    const req = request(rt);
    expect(rt.run('calcularAlumnos', { ...req, columns: { ...req.columns, promedio: 9 } })).toEqual({
      ok: false,
      error: 'la columna J («Beca % (calculado)») la calculó el complemento: no puede usarse como Promedio; elija la columna con los datos de la escuela',
    });
  });

  test('names a problem in plain words: a sheet that does not exist', async () => {
    const rt = await open(students(1));
    expect(rt.run('calcularAlumnos', request(rt, { sheet: 'Hoja borrada' }))).toEqual({ ok: false, error: 'no existe la hoja «Hoja borrada»' });
  });
});
