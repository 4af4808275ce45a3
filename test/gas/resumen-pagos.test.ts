// The Resumen and the Tablero read the book's Pagos grid: debts per group and plan of study, becas cancelled, students without the right to evaluation (values by hand).
import { openRuntime } from '../../local/runtime';
import { call } from '../../local/call';

const ALUMNOS = [
  ['Matrícula', 'Nombre', 'Grupo', 'Plan de estudios', 'Asistencias', 'Sesiones impartidas'],
  ['A-1', 'Ana López', '1A', 'Bachillerato general', 45, 50],
  ['A-2', 'Luis Pérez', '1A', 'Bachillerato general', 45, 50],
  ['A-3', 'Eva Ruiz', '2B', 'Técnico en informática', 45, 50],
  ['A-4', 'Raúl Díaz', '2B', 'Técnico en informática', 45, 50],
  ['A-5', 'Sara Gil', '2B', 'Técnico en informática', 45, 50],
];

const HEAD = ['Matrícula', 'Nombre', 'Colegiatura mensual', 'Porcentaje de beca', 'Fecha de dictamen', 'Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3', 'Fecha de corte', '15/04/2026'];
/** Due on the 10th of February, March and April; the cutoff 15/04/2026 is past all three. */
const DUE = ['', 'Vencimiento', '', '', '', '10/02/2026', '10/03/2026', '10/04/2026'];
const PAGOS = [
  // Paid each on time (April on its due date): no debt, beca in force.
  ['A-1', 'Ana López', 2000, 0.3, '', '05/02/2026', '10/03/2026', '10/04/2026'],
  // March and April unpaid: March with the 50 % (1000), the beca cancelled on 11/03, April full (2000) = 3000.
  ['A-2', 'Luis Pérez', 2000, 0.5, '', '05/02/2026', '', ''],
  // No beca, April unpaid: 2500.
  ['A-3', 'Eva Ruiz', 2500, '', '', 'x', 'x', ''],
  // Everything paid, March late (20/03): no debt today, but the beca was cancelled on 11/03.
  ['A-4', 'Raúl Díaz', 2500, 0.2, '', '05/02/2026', '20/03/2026', '09/04/2026'],
  // No payment at all: a word that is none, so the row is left out of every figure and named.
  ['A-5', 'Sara Gil', 2500, '', '', 'transferencia', '', ''],
];

const book = (extra: Record<string, unknown[][]> = {}) => ({ sheets: { Alumnos: ALUMNOS, Pagos: [HEAD, DUE, ...PAGOS], ...extra } });

describe('the payment figures of the Resumen', () => {
  test('per group and per plan of study, with the groups taken from the student list by matrícula', async () => {
    const rt = await openRuntime(book());
    const p = call(rt, 'leerResumen').pagos!;
    expect([p.sheet, p.cutoff, p.students, p.withDebt, p.owed]).toEqual(['Pagos', '15/04/2026', 4, 2, 5500]);
    expect(p.perGroup).toEqual([
      { name: '1A', students: 2, withDebt: 1, owed: 3000 },
      { name: '2B', students: 2, withDebt: 1, owed: 2500 },
    ]);
    expect(p.perStudyPlan).toEqual([
      { name: 'Bachillerato general', students: 2, withDebt: 1, owed: 3000 },
      { name: 'Técnico en informática', students: 2, withDebt: 1, owed: 2500 },
    ]);
    expect(p.becasCancelled).toEqual([
      { name: 'Luis Pérez', group: '1A', since: '11/03/2026' },
      { name: 'Raúl Díaz', group: '2B', since: '11/03/2026' },
    ]);
    expect([p.withoutEvaluation, p.debtBlocksEvaluation]).toEqual([2, true]);
    expect(p.problems).toEqual([expect.stringMatching(/^fila 7 \(Sara Gil\): pagos \(mensualidad 1\): «transferencia» no es un pago/)]);
  });

  test('on the due date itself nothing is overdue yet; the day after, it is', async () => {
    const at = (cutoff: string) => book({ Pagos: [[...HEAD.slice(0, 9), cutoff], DUE, ...PAGOS.slice(1, 3)] });
    const onTheDay = call(await openRuntime(at('10/03/2026')), 'leerResumen').pagos!;
    // Only Luis (March unpaid) and Eva (paid by mark) are in the sheet; on 10/03 March is still payable.
    expect([onTheDay.withDebt, onTheDay.owed, onTheDay.becasCancelled.length]).toEqual([0, 0, 0]);
    const dayAfter = call(await openRuntime(at('11/03/2026')), 'leerResumen').pagos!;
    expect([dayAfter.withDebt, dayAfter.owed, dayAfter.becasCancelled]).toEqual([1, 1000, [{ name: 'Luis Pérez', group: '1A', since: '11/03/2026' }]]);
  });

  test('a grid without its own due-date row takes the Calendario de pagos; adeudo_bloquea_evaluacion no leaves everyone the right', async () => {
    const rt = await openRuntime(
      book({
        Pagos: [HEAD, ...PAGOS.slice(0, 3)],
        'Calendario de pagos': [['Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3'], ['10/02/2026', '10/03/2026', '10/04/2026']],
        Configuración: [['clave', 'valor'], ['adeudo_bloquea_evaluacion', 'no']],
      }),
    );
    const p = call(rt, 'leerResumen').pagos!;
    expect([p.students, p.withDebt, p.owed, p.withoutEvaluation, p.debtBlocksEvaluation]).toEqual([3, 2, 5500, 0, false]);
  });

  test('a book without a payment grid has no payment figures', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ALUMNOS } });
    expect(call(rt, 'leerResumen').pagos).toBeNull();
  });
});

describe('the payment part of the Tablero', () => {
  test('tables per group and plan of study, the other figures and the cancelled becas, and a column chart of the debt per group', async () => {
    const rt = await openRuntime(book());
    call(rt, 'crearTablero');
    const rows = rt.sheetValues('Tablero').map((r) => r.slice(0, 4));
    const after = (title: string, n: number) => {
      const at = rows.findIndex((r) => r[0] === title);
      return rows.slice(at + 1, at + 1 + n);
    };
    expect(rows).toContainEqual(['Colegiaturas de la hoja «Pagos» al 15/04/2026', '', '', '']);
    expect(after('Adeudo por grupo', 3)).toEqual([
      ['Grupo', 'Adeudo total', 'Alumnos', 'Con adeudo'],
      ['1A', 3000, 2, 1],
      ['2B', 2500, 2, 1],
    ]);
    expect(after('Adeudo por plan de estudios', 3).slice(1)).toEqual([
      ['Bachillerato general', 3000, 2, 1],
      ['Técnico en informática', 2500, 2, 1],
    ]);
    expect(after('Pagos', 6)).toEqual([
      ['Alumnos en la hoja de pagos', 4, '', ''],
      ['Alumnos con adeudo', 2, '', ''],
      ['Adeudo total', 5500, '', ''],
      ['Becas canceladas (Cap. XI, Art. 1 VII)', 2, '', ''],
      ['Sin derecho a evaluación por adeudo (Cap. IX, Art. 2 II)', 2, '', ''],
      ['Filas de pagos por revisar', 1, '', ''],
    ]);
    expect(after('Becas canceladas', 3)).toEqual([
      ['Alumno', 'Grupo', 'Cancelada desde', ''],
      // Written as dd/mm/aaaa text, which Sheets (and the local runtime) reads as the date.
      ['Luis Pérez', '1A', new Date('2026-03-11T06:00:00Z'), ''],
      ['Raúl Díaz', '2B', new Date('2026-03-11T06:00:00Z'), ''],
    ]);
    const sheet = rt.spreadsheet.getSheetByName('Tablero');
    const group = rows.findIndex((r) => r[0] === 'Adeudo por grupo') + 3;
    expect(sheet.getRange(group, 2).getNumberFormat()).toBe('$#,##0.00');
    expect(sheet.getCharts().map((c: any) => c.getType())).toEqual(['BAR', 'PIE', 'COLUMN']);
    // The debt chart draws the header and the two groups: columns Grupo and Adeudo total.
    const debt = sheet.getCharts()[2].getRanges().map((r: any) => r.getA1Notation());
    expect(debt).toEqual([`A${group - 1}:B${group + 1}`]);
  });

  test('with no group column anywhere, the payment tables stay and no empty debt chart is drawn', async () => {
    const roster = ALUMNOS.map((r) => r.filter((_, i) => i !== 2));
    const rt = await openRuntime({ sheets: { Alumnos: roster, Pagos: [HEAD, DUE, ...PAGOS] } });
    call(rt, 'crearTablero');
    const rows = rt.sheetValues('Tablero').map((r) => r[0]);
    expect(rows).toContain('Adeudo por plan de estudios');
    expect(rows).toContain('(sin grupo)');
    expect(rt.spreadsheet.getSheetByName('Tablero').getCharts().map((c: any) => c.getType())).not.toContain('COLUMN');
  });
});

describe('a payment sheet in log shape (one row per payment)', () => {
  const ROSTER = [
    ['Matrícula', 'Nombre', 'Grupo', 'Plan de estudios', 'Colegiatura mensual', 'Porcentaje de beca', 'Asistencias', 'Sesiones impartidas'],
    ['A-1', 'Ana López', '1A', 'Bachillerato general', 2000, 0.3, 45, 50],
    ['A-2', 'Luis Pérez', '1A', 'Bachillerato general', 2000, 0.5, 45, 50],
    ['A-3', 'Eva Ruiz', '2B', 'Técnico en informática', 2500, '', 45, 50],
  ];
  const LOG = [
    ['Matrícula', 'Nombre', 'Mensualidad', 'Fecha de pago', 'Importe'],
    // Ana names her mensualidades by number, by month and by «Mensualidad 3»: all three paid on time.
    ['A-1', 'Ana López', 1, '05/02/2026', 1400],
    ['A-1', 'Ana López', 'marzo', '10/03/2026', 1400],
    ['A-1', 'Ana López', 'Mensualidad 3', '10/04/2026', 1400],
    // Luis paid February only: March owed with the 50 % (1000), April full (2000).
    ['A-2', 'Luis Pérez', 1, '05/02/2026', 1000],
    // Eva paid February twice (rows 6 and 7): her row is an error, never a balance.
    ['A-3', 'Eva Ruiz', 1, '05/02/2026', 2500],
    ['A-3', 'Eva Ruiz', 1, '06/02/2026', 2500],
    // Pedro is in no student list (row 8).
    ['A-9', 'Pedro Gil', 1, '05/02/2026', 2500],
  ];
  const CALENDARIO = [['Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3'], ['10/02/2026', '10/03/2026', '10/04/2026']];

  test('is read into the grid against the student list: colegiatura and beca from the list, row errors for two payments and an unknown student', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER, Pagos: LOG, 'Calendario de pagos': CALENDARIO } }, { now: () => new Date('2026-04-15T18:00:00Z') });
    const p = call(rt, 'leerResumen').pagos!;
    expect([p.sheet, p.cutoff, p.students, p.withDebt, p.owed]).toEqual(['Pagos', '15/04/2026', 2, 1, 3000]);
    expect(p.perGroup).toEqual([{ name: '1A', students: 2, withDebt: 1, owed: 3000 }]);
    expect(p.becasCancelled).toEqual([{ name: 'Luis Pérez', group: '1A', since: '11/03/2026' }]);
    expect(p.problems).toEqual([
      expect.stringMatching(/^fila 6 \(Eva Ruiz\): registro de pagos, filas 6 y 7: dos pagos de la mensualidad .?1.?; deje uno/),
      expect.stringMatching(/^fila 8 \(Pedro Gil\): registro de pagos, fila 8: «Pedro Gil» no está en la lista de alumnos/),
    ]);
  });

  test('a mensualidad the calendar does not have, and an amount that is not a number, are row errors; a student with no payment owes every overdue mensualidad', async () => {
    const log = [
      LOG[0],
      ['A-1', 'Ana López', 4, '05/02/2026', 1400],
      ['A-2', 'Luis Pérez', 1, '05/02/2026', 'mil'],
    ];
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER, Pagos: log, 'Calendario de pagos': CALENDARIO } }, { now: () => new Date('2026-04-15T18:00:00Z') });
    const p = call(rt, 'leerResumen').pagos!;
    // Eva paid nothing: February, March and April at 2500 (no beca).
    expect([p.students, p.withDebt, p.owed]).toEqual([1, 1, 7500]);
    expect(p.problems).toEqual([
      expect.stringMatching(/^fila 2 \(Ana López\): registro de pagos, fila 2: .?4.? no es una mensualidad: se esperaba su número \(1 a 3\) o el mes en que vence/),
      expect.stringMatching(/^fila 3 \(Luis Pérez\): pagos \(mensualidad 1\): «mil» no es un pago/),
    ]);
  });
});
