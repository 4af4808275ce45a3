// The payment functions as a sheet calls them: a grid of payments beside a row of due dates, a fecha de corte cell, blank and bad rows.
import { COLEGIATURA_NETA, RENUEVA_BECA } from '../../src/functions/colegiatura';
import { ADEUDO_COLEGIATURA, ADEUDO_DESERCION, BECA_VIGENTE, DERECHO_EVALUACION, ESTADO_PAGOS, MENSUALIDADES_ADEUDADAS } from '../../src/functions/pagos';

const col = (...values: unknown[]) => values.map((v) => [v]);
/** A date typed in a cell reaches the script as a Date at midnight in Mexico City (06:00 UTC). */
const sheetDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 6));
/** The payment calendar row: the 10th of February to July 2026. */
const DUE = [[2, 3, 4, 5, 6, 7].map((month) => sheetDate(2026, month, 10))];
const HOY = sheetDate(2026, 4, 15);

/** One row per student, one cell per mensualidad (February to July). */
const PAGOS = [
  [sheetDate(2026, 2, 5), sheetDate(2026, 3, 9), sheetDate(2026, 4, 2), '', '', ''], // al corriente, early
  [sheetDate(2026, 2, 8), '', '', '', '', ''], // fell behind in March
  ['', '', '', '', '', ''], // blank row
  [2500, 'x', 'Sí', '', '', ''], // amounts and marks
  [sheetDate(2026, 2, 20), sheetDate(2026, 3, 10), sheetDate(2026, 4, 10), '', '', ''], // February paid late
  ['x', 'pagado', '', '', '', ''], // a bad cell
];

describe('MENSUALIDADES_ADEUDADAS', () => {
  test('one count per student against a shared due-date row; blank rows blank; a bad cell names its value and mensualidad', () => {
    expect(MENSUALIDADES_ADEUDADAS(PAGOS, DUE, HOY)).toEqual(
      col(0, 2, '', 0, 0, 'Error: pagos (mensualidad 2): «pagado» no es un pago: se esperaba la fecha del pago, el importe, sí o x; vacío, 0 o no si no ha pagado'),
    );
  });

  test.each([
    ['on the due date of April nothing new is overdue', sheetDate(2026, 4, 10), 1],
    ['the day after, April is overdue too', sheetDate(2026, 4, 11), 2],
    ['on the March due date, nothing is overdue', sheetDate(2026, 3, 10), 0],
  ])('%s', (_l, hoy, want) => {
    expect(MENSUALIDADES_ADEUDADAS([PAGOS[1]], DUE, hoy)).toEqual([[want]]);
  });

  test('a payment dated after the fecha de corte is not paid yet as of that day', () => {
    expect(MENSUALIDADES_ADEUDADAS([[sheetDate(2026, 2, 5), sheetDate(2026, 4, 20)]], [DUE[0].slice(0, 2)], HOY)).toEqual([[1]]);
  });

  test('one due-date row per student', () => {
    const due = [
      [sheetDate(2026, 2, 10), sheetDate(2026, 3, 10)],
      [sheetDate(2026, 2, 28), sheetDate(2026, 4, 30)],
    ];
    expect(MENSUALIDADES_ADEUDADAS([['', ''], ['', '']], due, HOY)).toEqual(col(2, 1));
  });

  test('a due-date row shorter than the payments is a row error naming the value', () => {
    expect(MENSUALIDADES_ADEUDADAS([['x', 'x', 'x']], [DUE[0].slice(0, 2)], HOY)).toEqual([['Error: pagos (mensualidad 3): «x» no tiene fecha de vencimiento: vencimientos da 2 fechas']]);
  });

  test('a bad due date names the mensualidad; every student reports it', () => {
    expect(MENSUALIDADES_ADEUDADAS([['x'], ['']], [['10/13/2026']], HOY)).toEqual(
      col('Error: vencimientos (mensualidad 1): «10/13/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)', ''),
    );
  });

  test('ranges of different sizes are refused naming both', () => {
    expect(() => MENSUALIDADES_ADEUDADAS([['x'], ['x'], ['x']], [[DUE[0][0]], [DUE[0][0]]], HOY)).toThrow(
      'los rangos tienen distinto número de filas: pagos tiene 3 y vencimientos tiene 2',
    );
  });

  test('without due dates, the configured calendar; without inicio_periodo, an error', () => {
    const config = [
      ['inicio_periodo', '02/02/2026'],
      ['dia_vencimiento', '5'],
    ];
    expect(MENSUALIDADES_ADEUDADAS([PAGOS[1]], '', sheetDate(2026, 4, 6), config)).toEqual([[2]]);
    expect(MENSUALIDADES_ADEUDADAS([PAGOS[1]], '', HOY, [['clave', 'valor']])).toEqual([
      ['Error: faltan los vencimientos: dé la fila de fechas de vencimiento (Calendario de pagos) o escriba inicio_periodo en la hoja Configuración'],
    ]);
  });

  test('a payment before inicio_periodo is a row error', () => {
    expect(MENSUALIDADES_ADEUDADAS([['15/01/2026']], [[DUE[0][0]]], HOY, [['inicio_periodo', '01/02/2026']])).toEqual([
      ['Error: pagos (mensualidad 1): la fecha «15/01/2026» es anterior al inicio del periodo, 01/02/2026 (clave inicio_periodo)'],
    ]);
  });
});

describe('ESTADO_PAGOS', () => {
  test('two columns: the state and the months owed, named by the month they fall due in', () => {
    expect(ESTADO_PAGOS(PAGOS.slice(0, 3), DUE, HOY)).toEqual([
      ['Al corriente', 'ninguna mensualidad vencida sin pago'],
      ['Con adeudo', '2 mensualidades: marzo y abril'],
      ['', ''],
    ]);
    expect(ESTADO_PAGOS([PAGOS[1]], DUE, sheetDate(2026, 3, 11))).toEqual([['Con adeudo', '1 mensualidad: marzo']]);
  });
});

describe('ADEUDO_COLEGIATURA', () => {
  test('the first unpaid month with the beca, the next ones without; a late payment cancelled it before', () => {
    expect(ADEUDO_COLEGIATURA(col(2500, 2500, '', 3000, 2500), col('30%', 0.3, '', '', 0.3), PAGOS.slice(0, 5), DUE, HOY)).toEqual(col(0, 1750 + 2500, '', 0, 0));
    // February paid late (20/02), March and April unpaid: both owed in full.
    expect(ADEUDO_COLEGIATURA(2500, 0.3, [[sheetDate(2026, 2, 20), '', '']], DUE, HOY)).toEqual([[5000]]);
  });

  test.each([
    ['the dictamen on the March due date: March with the beca', sheetDate(2026, 3, 10), 1750 + 2500],
    ['the dictamen the day after: March in full', sheetDate(2026, 3, 11), 2500 + 2500],
  ])('%s', (_l, dictamen, want) => {
    expect(ADEUDO_COLEGIATURA(2500, '30 %', [PAGOS[1]], DUE, HOY, dictamen)).toEqual([[want]]);
  });

  test('a student who has paid nothing still owes when the colegiatura column is there', () => {
    expect(ADEUDO_COLEGIATURA(col(2000, 2000), col('', ''), [['', '', ''], ['x', 'x', 'x']], DUE, HOY)).toEqual(col(6000, 0));
  });

  test('bad input names the value', () => {
    expect(ADEUDO_COLEGIATURA(col('dos mil', 2000), col('', '150%'), [['x'], ['x']], DUE, HOY)).toEqual(
      col('Error: colegiatura «dos mil» no es un número', 'Error: porcentaje de beca «150%» fuera del rango de 0 % a 100 %'),
    );
  });
});

describe('BECA_VIGENTE', () => {
  test('Vigente, Cancelada by an unpaid or a late month, Sin beca, Aún no vigente; each with its article', () => {
    const pagos = [PAGOS[0], PAGOS[1], PAGOS[4], PAGOS[0], PAGOS[0]];
    const becas = col(0.3, 0.3, 0.3, '', 0.5);
    const dictamen = col('', '01/02/2026', '', '', sheetDate(2026, 5, 1));
    expect(BECA_VIGENTE(becas, pagos, DUE, HOY, dictamen)).toEqual([
      ['Vigente', 'al corriente en colegiaturas (Cap. XI, Art. 1 VII)'],
      ['Cancelada', 'cancelada: la mensualidad de marzo venció el 10/03/2026 sin pago (Cap. XI, Art. 1 VII)'],
      ['Cancelada', 'cancelada: la mensualidad de febrero venció el 10/02/2026 y se pagó el 20/02/2026 (Cap. XI, Art. 1 VII)'],
      ['Sin beca', 'sin beca: el porcentaje es 0 o está vacío'],
      ['Aún no vigente', 'la beca inicia a partir de la fecha del dictamen, 01/05/2026 (Cap. XI, Art. 1 IX)'],
    ]);
  });

  test('on the March due date it is still in force, the day after it is cancelled', () => {
    expect(BECA_VIGENTE(0.3, [PAGOS[1]], DUE, sheetDate(2026, 3, 10), '01/02/2026')).toEqual([
      ['Vigente', 'al corriente en colegiaturas, vigente desde el dictamen del 01/02/2026 (Cap. XI, Art. 1 VII)'],
    ]);
    expect((BECA_VIGENTE(0.3, [PAGOS[1]], DUE, sheetDate(2026, 3, 11)) as unknown[][])[0]).toEqual([
      'Cancelada',
      'cancelada: la mensualidad de marzo venció el 10/03/2026 sin pago (Cap. XI, Art. 1 VII)',
    ]);
  });

  test.each([
    // Due 10/03, judged on 15/03 with the beca from 01/02.
    ['paid on its due date: in force', sheetDate(2026, 3, 10), 'Vigente'],
    ['paid the day after its due date: late, cancelled', sheetDate(2026, 3, 11), 'Cancelada'],
    ['paid two days after: cancelled', sheetDate(2026, 3, 12), 'Cancelada'],
  ])('March %s', (_l, paid, want) => {
    const row = [sheetDate(2026, 2, 5), paid, '', '', '', ''];
    expect((BECA_VIGENTE(0.3, [row], DUE, sheetDate(2026, 3, 15), '01/02/2026') as unknown[][])[0][0]).toBe(want);
  });

  test.each([
    // February due 10/02 paid on 20/02; the dictamen before, on, or after that payment.
    ['the dictamen before the late payment: cancelled from the dictamen', '15/02/2026', 'Cancelada'],
    ['the dictamen on the day of the late payment: owed that day, cancelled', '20/02/2026', 'Cancelada'],
    ['the dictamen after the late payment: in force', '21/02/2026', 'Vigente'],
  ])('%s', (_l, dictamen, want) => {
    expect((BECA_VIGENTE(0.3, [PAGOS[4]], DUE, sheetDate(2026, 3, 15), dictamen) as unknown[][])[0][0]).toBe(want);
  });

  test('RENUEVA_BECA takes its result as the adeudo: a cancelled beca is never renewed', () => {
    const standing = BECA_VIGENTE(col(0.1, 0.1), [PAGOS[0], PAGOS[1]], DUE, HOY) as unknown[][];
    expect(RENUEVA_BECA(col('I', 'I'), col(9, 9), col(0, 0), standing.map((row) => [row[0]]))).toEqual([
      ['Renueva', 'Plan I Continuidad, promedio 9,0 ≥ 8,0 (Cap. XI, Art. 2, Plan I)'],
      ['Cancelada', 'Plan I Continuidad: adeuda colegiaturas; la beca se cancela sin posibilidad de recuperarla (Cap. XI, Art. 1 VII)'],
    ]);
  });
});

describe('DERECHO_EVALUACION', () => {
  test.each([
    ['attendance and payments in order', [40, 50, 0, 0], 'Con derecho'],
    ['80 % exactly keeps it', [40, 50, '', ''], 'Con derecho'],
    ['one month owed', [45, 50, 0, 1], 'Sin derecho por adeudo'],
    ['ESTADO_PAGOS word', [45, 50, 0, 'Con adeudo'], 'Sin derecho por adeudo'],
    ['ESTADO_PAGOS word al corriente', [45, 50, 0, 'Al corriente'], 'Con derecho'],
    ['low attendance', [39, 50, 0, 0], 'Sin derecho por asistencia'],
    ['both', [30, 50, 0, 2], 'Sin derecho por asistencia y adeudo'],
    ['an Adeudo de colegiatura column: sí', [45, 50, 0, 'Sí'], 'Sin derecho por adeudo'],
    ['an Adeudo de colegiatura column: no', [45, 50, 0, 'No'], 'Con derecho'],
    ['an amount owed', [45, 50, 0, '$1,750.00'], 'Sin derecho por adeudo'],
    ['a negative count', [45, 50, 0, -1], 'Error: mensualidades_adeudadas -1 no válido: se esperaba un número de 0 en adelante, sí, no, «Con adeudo» o «Al corriente»'],
    ['a bad count', [45, 50, 0, 'mucho'], 'Error: mensualidades_adeudadas «mucho» no válido: se esperaba un número de 0 en adelante, sí, no, «Con adeudo» o «Al corriente»'],
  ])('%s', (_l, args, want) => {
    expect(DERECHO_EVALUACION(...(args as [unknown, unknown, unknown, unknown]))).toBe(want);
  });

  test('adeudo_bloquea_evaluacion: no leaves only attendance', () => {
    expect(DERECHO_EVALUACION(col(45, 30), col(50, 50), '', col(1, 1), [['adeudo_bloquea_evaluacion', 'no']])).toEqual(col('Con derecho', 'Sin derecho por asistencia'));
  });
});

describe('ADEUDO_DESERCION', () => {
  test('full colegiaturas due from the abandonment to the notice; blank abandonment is no deserter', () => {
    const out = ADEUDO_DESERCION(col(2500, 2500, 2500, 2500), col('20/03/2026', sheetDate(2026, 3, 10), '', '20/03/2026'), col('05/05/2026', '10/05/2026', '', '01/03/2026'), DUE);
    expect(out).toEqual(col(2500, 3 * 2500, '', 'Error: fecha_aviso «01/03/2026» es anterior a fecha_abandono 20/03/2026'));
  });

  test('without a notice it counts up to hoy, the fecha de corte: abandoned 20/03, cut on 15/04 is April; on 10/06, April to June', () => {
    expect(ADEUDO_DESERCION(2500, '20/03/2026', '', DUE, HOY)).toEqual([[2500]]);
    expect(ADEUDO_DESERCION(2500, '20/03/2026', '', DUE, sheetDate(2026, 6, 10))).toEqual([[3 * 2500]]);
  });

  test('a formula written before hoy, with the Configuración fifth, still reads it as the configuration', () => {
    // Due on the 20th from February: abandoned 15/03, notice 05/05 owes March and April; without the configuration there is no calendar.
    const config = [
      ['inicio_periodo', '01/02/2026'],
      ['dia_vencimiento', 20],
    ];
    expect(ADEUDO_DESERCION(2500, '15/03/2026', '05/05/2026', '', config)).toBe(5000);
    expect(ADEUDO_DESERCION(2500, '15/03/2026', '05/05/2026', '', '', config)).toBe(5000);
    expect(ADEUDO_DESERCION(2500, '15/03/2026', '05/05/2026', '')).toMatch(/^Error: faltan los vencimientos/);
  });
});

describe('COLEGIATURA_NETA with a payment date', () => {
  test.each([
    ['paid on the 10th: pronto pago', sheetDate(2026, 3, 10), 1900],
    ['paid on the 11th: no discount', sheetDate(2026, 3, 11), 2000],
    ['date text', '05/03/2026', 1900],
  ])('%s', (_l, date, want) => {
    expect(COLEGIATURA_NETA(2000, '', date)).toBe(want);
  });

  test('dias_pronto_pago changes the window', () => {
    expect(COLEGIATURA_NETA(2000, '', sheetDate(2026, 3, 8), [['dias_pronto_pago', 7]])).toBe(2000);
  });
});

describe('a calendar typed down a column', () => {
  const calendar = col(sheetDate(2026, 2, 10), sheetDate(2026, 3, 10), sheetDate(2026, 4, 10));
  test('is one shared row of due dates, even when there are as many students as mensualidades', () => {
    const pagos = [
      [sheetDate(2026, 2, 5), '', ''],
      ['x', 'x', ''],
      ['x', 'x', 'x'],
    ];
    expect(MENSUALIDADES_ADEUDADAS(pagos, calendar, HOY)).toEqual(col(2, 1, 0));
    expect(ADEUDO_DESERCION(col(2500, 2500, 2500), col('20/03/2026', '', '01/02/2026'), col('05/05/2026', '', '05/03/2026'), calendar)).toEqual(col(2500, '', 2500));
  });

  test('with one mensualidad per student, a column is each student’s own due date', () => {
    expect(MENSUALIDADES_ADEUDADAS(col('', '', 'x'), calendar, sheetDate(2026, 3, 1))).toEqual(col(1, 0, 0));
  });
});

describe('RENUEVA_BECA reads the payment words as its adeudo', () => {
  test.each([
    ['Cancelada', 'Cancelada'],
    ['Con adeudo', 'Cancelada'],
    ['Vigente', 'Renueva'],
    ['Al corriente', 'Renueva'],
    ['Aún no vigente', 'Renueva'],
    ['Sin beca', 'Renueva'],
  ])('%s', (adeudo, state) => {
    expect((RENUEVA_BECA('I', 9, 0, adeudo) as unknown[][])[0][0]).toBe(state);
  });
});
