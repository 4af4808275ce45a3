// Recalculation as Sheets does it: a custom formula runs again only when its arguments change, TODAY() cells follow the clock, hostile formulas end in their cell's error.
import { CIRCULAR_MESSAGE, MAX_ARGUMENT_CELLS, VOLATILE_MESSAGE } from '../../local/formulas';
import { openRuntime } from '../../local/runtime';
import { cellKey } from '../../local/services/book';
import { sheetOf, sheetRuntime } from './factories';

/** A clock the test moves: the runtime's services, the bundle's `new Date()` and `=TODAY()` cells read it. */
function movableClock(iso: string) {
  let at = new Date(iso);
  return { now: () => at, set: (next: string) => (at = new Date(next)) };
}

/** Wraps a custom function of the bundle to count its calls; the runtime looks it up on each recalculation. */
function countCalls(rt: { context: Record<string, any> }, name: string): { calls: number } {
  const counter = { calls: 0 };
  const original = rt.context[name];
  rt.context[name] = (...args: unknown[]) => {
    counter.calls++;
    return original(...args);
  };
  return counter;
}

/** Compromisos with one commitment due 22/03/2026 and its status formula in C2, reading the fecha de corte in E1. */
const tracker = (formula: string, cutoff: unknown = '') => [
  ['Fecha límite', 'Estado', 'Seguimiento', 'Fecha de corte', cutoff],
  ['22/03/2026', 'Pendiente', formula],
];

const errorAt = (rt: { book: any }, sheet: string, a1: [number, number]) => rt.book.sheet(sheet)!.errors.get(cellKey(...a1));

describe('a custom formula recalculates only when its arguments change', () => {
  test.each([
    ['SEGUIMIENTO', '=SEGUIMIENTO(A2:A, B2:B, $E$1)', 'Por vencer', 'Vencido'],
    ['VIGENCIA_CONVENIO', '=VIGENCIA_CONVENIO(A2:A, $E$1)', 'Por vencer', 'Vencido'],
  ])('%s over a blank fecha de corte keeps the day it was computed after the clock moves on (the freeze Sheets shows)', async (_name, formula, before, after) => {
    const clock = movableClock('2026-03-15T18:00:00Z');
    const rt = await sheetRuntime(formula.startsWith('=VIGENCIA') ? [['Fin', 'x', 'Vigencia', 'Fecha de corte', ''], ['22/03/2026', '', formula]] : tracker(formula), 'Hoja', { now: clock.now });
    expect(rt.sheetValues('Hoja')[1][2]).toBe(before);
    clock.set('2026-04-15T18:00:00Z');
    sheetOf(rt, 'Hoja').getRange('G5').setValue('una nota');
    expect(rt.sheetValues('Hoja')[1][2]).toBe(before);
    // Editing the formula evaluates it again, with today's date.
    sheetOf(rt, 'Hoja').getRange('C2').setFormula(formula.replace(', $E$1)', ')'));
    expect(rt.sheetValues('Hoja')[1][2]).toBe(after);
  });

  test('with =TODAY() in the fecha de corte, the status changes when the clock crosses midnight in the sheet’s zone, and only then', async () => {
    // 22/03/2026 23:59 in Mexico City (UTC-6): the commitment is due today.
    const clock = movableClock('2026-03-23T05:59:00Z');
    const rt = await sheetRuntime(tracker('=SEGUIMIENTO(A2:A, B2:B, $E$1)', '=TODAY()'), 'Hoja', { now: clock.now });
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Por vencer');
    const counter = countCalls(rt, 'SEGUIMIENTO');
    sheetOf(rt, 'Hoja').getRange('G1').setValue('forzar un recálculo');
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Por vencer');
    expect(rt.sheetValues('Hoja')[0][4]).toEqual(new Date('2026-03-22T06:00:00Z'));
    expect(counter.calls).toBe(0);
    clock.set('2026-03-23T06:01:00Z');
    expect(rt.sheetValues('Hoja')[0][4]).toEqual(new Date('2026-03-23T06:00:00Z'));
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Vencido');
    expect(counter.calls).toBe(1);
    clock.set('2026-03-23T20:00:00Z');
    sheetOf(rt, 'Hoja').getRange('G1').setValue('otra nota');
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Vencido');
    expect(counter.calls).toBe(1);
  });

  test('HOY() in a cell, as a Spanish sheet shows it, follows the clock the same way', async () => {
    const clock = movableClock('2026-03-15T18:00:00Z');
    const rt = await sheetRuntime(tracker('=DIAS_RESTANTES(A2:A, $E$1)', '=HOY()'), 'Hoja', { now: clock.now });
    expect(rt.sheetValues('Hoja')[1][2]).toBe(7);
    clock.set('2026-03-18T18:00:00Z');
    expect(rt.sheetValues('Hoja')[1][2]).toBe(4);
  });

  test('an unrelated write does not call the function again; a write to one of its cells does', async () => {
    const rt = await sheetRuntime(tracker('=SEGUIMIENTO(A2:A, B2:B, "15/03/2026")'), 'Hoja');
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Por vencer');
    const counter = countCalls(rt, 'SEGUIMIENTO');
    const sheet = sheetOf(rt, 'Hoja');
    sheet.getRange('G2').setValue('nota');
    sheet.getRange('E1').setValue('texto al lado');
    rt.recalculate();
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Por vencer');
    expect(counter.calls).toBe(0);
    sheet.getRange('B2').setValue('Cumplido');
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Cumplido');
    expect(counter.calls).toBe(1);
    // The same value written again is no change to the arguments.
    sheet.getRange('B2').setValue('Cumplido');
    expect(rt.sheetValues('Hoja')[1][2]).toBe('Cumplido');
    expect(counter.calls).toBe(1);
  });

  test('a write over a spilled cell lays the result out again: the formula shows #REF!, and spills once the cell is cleared', async () => {
    const rt = await sheetRuntime([['Fecha límite', 'Estado', 'Seguimiento'], ['22/03/2026', 'Pendiente', '=SEGUIMIENTO(A2:A3, B2:B3, "15/03/2026")'], ['10/03/2026', 'Pendiente']], 'Hoja');
    expect(rt.sheetValues('Hoja').map((r) => r[2])).toEqual(['Seguimiento', 'Por vencer', 'Vencido']);
    sheetOf(rt, 'Hoja').getRange('C3').setValue('a mano');
    expect(rt.sheetValues('Hoja').map((r) => r[2])).toEqual(['Seguimiento', '#REF!', 'a mano']);
    sheetOf(rt, 'Hoja').getRange('C3').clearContent();
    expect(rt.sheetValues('Hoja').map((r) => r[2])).toEqual(['Seguimiento', 'Por vencer', 'Vencido']);
  });
});

describe('NOW(), RAND() and RANDBETWEEN() cannot be arguments, as Sheets refuses them', () => {
  test.each([
    ['NOW() as an argument', '=SEGUIMIENTO(A2:A, B2:B, NOW())', ''],
    ['RAND() as an argument', '=DIAS_RESTANTES(A2, RAND())', ''],
    ['RANDBETWEEN() as an argument', '=DIAS_RESTANTES(A2, RANDBETWEEN(1, 9))', ''],
    ['AHORA(), its Spanish name', '=SEGUIMIENTO(A2:A; B2:B; AHORA())', ''],
    ['ALEATORIO.ENTRE(), its Spanish name', '=DIAS_RESTANTES(A2; ALEATORIO.ENTRE(1; 9))', ''],
    ['a referenced cell holding NOW()', '=SEGUIMIENTO(A2:A, B2:B, $E$1)', '=NOW()'],
    ['a referenced range with RAND() in one cell', '=DIAS_RESTANTES(A2, D1:E1)', '=RAND()'],
  ])('%s gives #ERROR! with Sheets’ message and never calls the function', async (_label, formula, cutoff) => {
    const rt = await sheetRuntime(tracker(formula, cutoff), 'Hoja');
    const counter = countCalls(rt, formula.slice(1, formula.indexOf('(')));
    sheetOf(rt, 'Hoja').getRange('G1').setValue('recalcular');
    expect(rt.sheetValues('Hoja')[1][2]).toBe('#ERROR!');
    expect(errorAt(rt, 'Hoja', [1, 2])).toBe(VOLATILE_MESSAGE);
    expect(counter.calls).toBe(0);
  });

  test('NOW() inside quoted text is only text', async () => {
    const rt = await sheetRuntime(tracker('=DIAS_RESTANTES(A2, "NOW()")'), 'Hoja');
    expect(errorAt(rt, 'Hoja', [1, 2]) ?? '').not.toBe(VOLATILE_MESSAGE);
    expect(String(rt.sheetValues('Hoja')[1][2])).toMatch(/^Error: /);
  });

  test('a cell holding NOW() shows the runtime’s clock', async () => {
    const clock = movableClock('2026-03-15T18:30:00Z');
    const rt = await sheetRuntime([['=NOW()', '=AHORA()']], 'Hoja', { now: clock.now });
    expect(rt.sheetValues('Hoja')[0]).toEqual([new Date('2026-03-15T18:30:00Z'), new Date('2026-03-15T18:30:00Z')]);
  });
});

describe('hostile formulas end in their own cell’s error', () => {
  const grades = [
    ['Alumno', 'Matemáticas', 'Química', 'Estatus'],
    ['Ana', 8, 9],
    ['Luis', 5, 'NP'],
  ];

  test('a reference past the grid stops at its edge, as a whole-sheet range does', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: grades, Resumen: [['=ESTATUS_PROMOCION(Alumnos!B2:C3)', '=ESTATUS_PROMOCION(Alumnos!B2:C1048576)', '=ESTATUS_PROMOCION(Alumnos!B2:XFD1048576)']] } });
    const values = rt.sheetValues('Resumen');
    expect(values.slice(0, 2)).toEqual([
      ['Regular', 'Regular', 'Regular'],
      ['Promovido con adeudo', 'Promovido con adeudo', 'Promovido con adeudo'],
    ]);
    // Rows 2 to 1000 of Alumnos, the grid's last: one result each, 998 of them spilled below the formula.
    const owners = [...rt.book.sheet('Resumen')!.spillOwner.values()];
    expect([cellKey(0, 1), cellKey(0, 2)].map((k) => owners.filter((o) => o === k).length)).toEqual([998, 998]);
    expect(errorAt(rt, 'Resumen', [0, 2])).toBeUndefined();
  });

  test(`a range of more than ${MAX_ARGUMENT_CELLS} cells gives #ERROR! and a Spanish note, without taking the memory`, async () => {
    const rt = await sheetRuntime(grades, 'Alumnos');
    const model = rt.book.sheet('Alumnos')!;
    model.maxRows = 1048576;
    model.maxColumns = 16384;
    const heap = process.memoryUsage().heapUsed;
    sheetOf(rt, 'Alumnos').getRange('D2').setFormula('=ESTATUS_PROMOCION(A2:XFD1048576)');
    expect(rt.sheetValues('Alumnos')[1][3]).toBe('#ERROR!');
    expect(errorAt(rt, 'Alumnos', [1, 3])).toBe(
      'El rango A2:XFD1048576 es demasiado grande: los argumentos de una fórmula pueden abarcar hasta 1,000,000 celdas y con él suman 17,179,852,800. Use solo las filas y columnas con datos (por ejemplo A2:F500).',
    );
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50 * 1024 * 1024);
  });

  test('the cap counts every argument of the formula together', async () => {
    const rt = await sheetRuntime(grades, 'Alumnos');
    const model = rt.book.sheet('Alumnos')!;
    model.maxRows = 600_000;
    sheetOf(rt, 'Alumnos').getRange('D2').setFormula('=ESTATUS_PROMOCION(B2:B600000, C2:C600000)');
    expect(rt.sheetValues('Alumnos')[1][3]).toBe('#ERROR!');
    expect(errorAt(rt, 'Alumnos', [1, 3])).toMatch(/^El rango C2:C600000 es demasiado grande: .* con él suman 1,199,998\./);
  });

  test('a range that starts past the grid gives #REF! naming the sheet’s size', async () => {
    const rt = await sheetRuntime(grades, 'Alumnos');
    sheetOf(rt, 'Alumnos').getRange('D2').setFormula('=ESTATUS_PROMOCION(B2000:C2001)');
    expect(rt.sheetValues('Alumnos')[1][3]).toBe('#REF!');
    expect(errorAt(rt, 'Alumnos', [1, 3])).toBe('El rango B2000:C2001 queda fuera de la hoja «Alumnos», que tiene 1,000 filas y 26 columnas.');
  });

  test.each([
    ['its own cell', { D2: '=ESTATUS_PROMOCION(B2:D3)' }, ['D2']],
    ['a formula that reads it back', { D2: '=ESTATUS_PROMOCION(B2:C2, E2)', E2: '=DIAS_RESTANTES(D2)' }, ['D2', 'E2']],
  ])('a formula reading %s gives #REF! with Sheets’ circular dependency message', async (_label, formulas, circular) => {
    const rt = await sheetRuntime(grades, 'Alumnos');
    for (const [a1, f] of Object.entries(formulas)) sheetOf(rt, 'Alumnos').getRange(a1).setFormula(f);
    const values = rt.sheetValues('Alumnos');
    for (const a1 of circular) {
      const [r, c] = [Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65];
      expect([a1, values[r][c], errorAt(rt, 'Alumnos', [r, c])]).toEqual([a1, '#REF!', CIRCULAR_MESSAGE]);
    }
  });

  test.each([
    ['an operation on a range', '=ESTATUS_PROMOCION(B2:C3*2)'],
    ['a built-in function inside', '=ESTATUS_PROMOCION(SUMA(B2:C3))'],
    ['TODAY() as an argument', '=DIAS_RESTANTES(B2, TODAY())'],
  ])('a custom formula the evaluator cannot read (%s) gives #ERROR! with a Spanish note, not its stale value', async (_label, formula) => {
    const rt = await sheetRuntime([...grades, ['Eva', 7, 7, formula]], 'Alumnos');
    expect(rt.sheetValues('Alumnos')[3][3]).toBe('#ERROR!');
    expect(errorAt(rt, 'Alumnos', [3, 3])).toMatch(/^El entorno local no puede evaluar esta fórmula: .*HOY\(\) va en una celda aparte/);
  });

  test('a formula Sheets could not parse (a missing parenthesis) gives #ERROR! with Sheets’ parse error, not its stale value', async () => {
    const rt = await sheetRuntime([...grades, ['Eva', 7, 7, '=ESTATUS_PROMOCION(B2:C3']], 'Alumnos');
    expect([rt.sheetValues('Alumnos')[3][3], errorAt(rt, 'Alumnos', [3, 3])]).toEqual(['#ERROR!', 'Formula parse error.']);
  });
});
