// The payment ledger's rules at their boundaries: the due date itself, the 10th day, the dictamen date, the first unpaid month, a late payment.
import { DEFAULT_RULES, readConfigRows } from '../../src/core/config';
import { dayFromParts } from '../../src/core/dates';
import { describe as describeIssue } from '../../src/core/es/issues';
import { configuredDueDates, readLedger, readPayment, type Mensualidad } from '../../src/core/pagos/ledger';
import { amountOwed, becaStanding, desertionDebt, evaluationRight, isOverdue } from '../../src/core/pagos/rules';
import { netColegiatura, paymentFormAt } from '../../src/core/payments';

const TZ = 'America/Mexico_City';
const d = (day: number, month: number, year = 2026) => dayFromParts(year, month, day);
/** A mensualidad due on the 10th of `month`, unpaid, paid with no date ('x'), or paid on `paid`. */
const m = (number: number, month: number, paid?: number | 'x'): Mensualidad =>
  paid === undefined ? { number, due: d(10, month), paid: false } : paid === 'x' ? { number, due: d(10, month), paid: true } : { number, due: d(10, month), paid: true, payDay: paid };

describe('readPayment: what a payment cell says', () => {
  test.each([
    ['blank', '', { paid: false }],
    ['0', 0, { paid: false }],
    ['no', 'No', { paid: false }],
    ['FALSO', false, { paid: false }],
    ['x', 'x', { paid: true }],
    ['sí', 'Sí', { paid: true }],
    ['an amount', 2500, { paid: true }],
    ['a partial amount is a payment', 100, { paid: true }],
    ['amount text', '$2,500.00', { paid: true }],
    ['amount text of zero', '$0.00', { paid: false }],
    ['a date text', '05/03/2026', { paid: true, day: d(5, 3) }],
    ['an ISO date', '2026-03-05', { paid: true, day: d(5, 3) }],
    ['a Date at midnight in Mexico', new Date(Date.UTC(2026, 2, 5, 6)), { paid: true, day: d(5, 3) }],
  ])('%s', (_l, cell, want) => {
    expect(readPayment(cell, 1, TZ, null)).toEqual({ ok: true, value: want });
  });

  test.each([
    ['text that is no payment', 'pagó', 'pagos (mensualidad 2): «pagó» no es un pago: se esperaba la fecha del pago, el importe, sí o x; vacío, 0 o no si no ha pagado'],
    ['a negative amount', -100, 'pagos (mensualidad 2): -100 no es un pago: se esperaba la fecha del pago, el importe, sí o x; vacío, 0 o no si no ha pagado'],
    ['an impossible date', '31/02/2026', 'pagos (mensualidad 2): «31/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
  ])('%s is an error naming the value and the mensualidad', (_l, cell, message) => {
    const r = readPayment(cell, 2, TZ, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeIssue(r.issue, TZ)).toBe(message);
  });

  test('a payment before inicio_periodo is an error; on the first day it is a payment', () => {
    const start = d(2, 2);
    const before = readPayment('01/02/2026', 1, TZ, start);
    expect(before.ok ? '' : describeIssue(before.issue, TZ)).toBe(
      'pagos (mensualidad 1): la fecha «01/02/2026» es anterior al inicio del periodo, 02/02/2026 (clave inicio_periodo)',
    );
    expect(readPayment('02/02/2026', 1, TZ, start)).toEqual({ ok: true, value: { paid: true, day: start } });
  });
});

describe('the due dates', () => {
  test('from the configuration: dia_vencimiento of each month from inicio_periodo, six of them', () => {
    const rules = { ...DEFAULT_RULES, periodStart: d(2, 2) };
    expect(configuredDueDates(rules)).toEqual({ ok: true, value: [d(10, 2), d(10, 3), d(10, 4), d(10, 5), d(10, 6), d(10, 7)] });
  });

  test('the 31st falls on the last day of shorter months; the period may cross the year', () => {
    const rules = { ...DEFAULT_RULES, periodStart: d(15, 11, 2025), dueDay: 31, monthsPerPeriod: 4 };
    expect(configuredDueDates(rules)).toEqual({ ok: true, value: [d(30, 11, 2025), d(31, 12, 2025), d(31, 1), d(28, 2)] });
  });

  test('without inicio_periodo there is no calendar to make', () => {
    const r = configuredDueDates(DEFAULT_RULES);
    expect(r.ok ? '' : describeIssue(r.issue)).toBe(
      'faltan los vencimientos: dé la fila de fechas de vencimiento (Calendario de pagos) o escriba inicio_periodo en la hoja Configuración',
    );
  });

  test('a payment in a column without a due date is an error, a blank one is ignored', () => {
    const due = [d(10, 2), d(10, 3)];
    const r = readLedger(['x', 'x', '05/04/2026'], due, TZ, DEFAULT_RULES);
    expect(r.ok ? '' : describeIssue(r.issue, TZ)).toBe('pagos (mensualidad 3): «05/04/2026» no tiene fecha de vencimiento: vencimientos da 2 fechas');
    expect(readLedger(['x', '', ''], due, TZ, DEFAULT_RULES)).toEqual({ ok: true, value: [m(1, 2, 'x'), m(2, 3)] });
  });

  test('inicio_periodo is read from the Configuración sheet as a date', () => {
    expect(readConfigRows([['inicio_periodo', '02/02/2026']]).rules.periodStart).toBe(d(2, 2));
    expect(readConfigRows([['inicio_periodo', new Date(Date.UTC(2026, 1, 2, 6))]]).rules.periodStart).toBe(d(2, 2));
    expect(readConfigRows([['inicio_periodo', new Date(Date.UTC(2026, 1, 1, 23))]]).rules.periodStart).toBe(d(2, 2)); // midnight in Madrid
    const bad = readConfigRows([['clave', 'valor'], ['inicio_periodo', 'febrero']]);
    expect(describeIssue(bad.issues[0])).toBe('Configuración, fila 2 (inicio_periodo): el valor «febrero» no sirve; se esperaba una fecha dd/mm/aaaa, o nada');
  });
});

describe('isOverdue: due on the day itself is not yet overdue', () => {
  test.each([
    ['unpaid, hoy is the due date', m(1, 3), d(10, 3), false],
    ['unpaid, the day after', m(1, 3), d(11, 3), true],
    ['paid the day after, hoy that day', m(1, 3, d(11, 3)), d(11, 3), false],
    ['paid after hoy: unpaid as of hoy', m(1, 3, d(20, 3)), d(15, 3), true],
    ['paid with no date', m(1, 3, 'x'), d(15, 3), false],
    ['unpaid, not yet due', m(1, 4), d(15, 3), false],
  ])('%s', (_l, mensualidad, hoy, want) => {
    expect(isOverdue(mensualidad, hoy)).toBe(want);
  });
});

describe('amountOwed: each overdue mensualidad at what it cost when it fell due', () => {
  const FEB_PAID = m(1, 2, d(5, 2));
  test.each([
    ['nothing overdue on the due date itself', [FEB_PAID, m(2, 3), m(3, 4)], d(10, 3), undefined, 0],
    ['the first unpaid month is owed with the beca', [FEB_PAID, m(2, 3), m(3, 4)], d(11, 3), undefined, 1750],
    ['the next ones without it', [FEB_PAID, m(2, 3), m(3, 4)], d(15, 4), undefined, 1750 + 2500],
    ['a late payment cancelled the beca before March', [m(1, 2, d(12, 2)), m(2, 3), m(3, 4)], d(15, 3), undefined, 2500],
    ['paid on the due date itself is on time', [m(1, 2, d(10, 2)), m(2, 3), m(3, 4)], d(15, 3), undefined, 1750],
    ['a month due on the dictamen date carries the beca', [FEB_PAID, m(2, 3), m(3, 4)], d(15, 3), d(10, 3), 1750],
    ['a month due the day before the dictamen does not', [FEB_PAID, m(2, 3), m(3, 4)], d(15, 3), d(11, 3), 2500],
    ['a debt from before the dictamen cancels the beca from the dictamen on', [m(1, 2), m(2, 3), m(3, 4)], d(15, 3), d(1, 3), 2500 + 2500],
    ['all paid', [FEB_PAID, m(2, 3, 'x'), m(3, 4, d(1, 4))], d(15, 4), undefined, 0],
  ])('%s', (_l, ledger, hoy, dictamen, want) => {
    expect(amountOwed(2500, 0.3, ledger, hoy, dictamen)).toBe(want);
  });

  test('without beca every month is owed in full; amounts to the cent', () => {
    expect(amountOwed(2500, 0, [m(1, 2), m(2, 3)], d(15, 3), undefined)).toBe(5000);
    expect(amountOwed(2333.33, 0.3, [m(1, 2), m(2, 3)], d(15, 3), undefined)).toBe(1633.33 + 2333.33);
  });
});

describe('becaStanding (Cap. XI, Art. 1 VII and IX)', () => {
  test.each([
    ['no beca', 0, [m(1, 2)], d(15, 3), undefined, { state: 'none' }],
    ['the day before the dictamen', 0.3, [m(1, 2, 'x')], d(28, 2), d(1, 3), { state: 'not_yet' }],
    ['on the dictamen date', 0.3, [m(1, 2, 'x')], d(1, 3), d(1, 3), { state: 'in_force' }],
    ['al corriente, March not yet overdue on its due date', 0.3, [m(1, 2, d(1, 2)), m(2, 3)], d(10, 3), undefined, { state: 'in_force' }],
    ['March unpaid the day after', 0.3, [m(1, 2, d(1, 2)), m(2, 3)], d(11, 3), undefined, { state: 'cancelled', cancelledOn: d(11, 3), by: m(2, 3) }],
    ['paid late cancels even once paid', 0.3, [m(1, 2, d(12, 2)), m(2, 3, 'x')], d(15, 3), undefined, { state: 'cancelled', cancelledOn: d(11, 2), by: m(1, 2, d(12, 2)) }],
    ['paid late before the dictamen does not', 0.3, [m(1, 2, d(12, 2)), m(2, 3, 'x')], d(15, 3), d(1, 3), { state: 'in_force' }],
  ])('%s', (_l, beca, ledger, hoy, dictamen, want) => {
    expect(becaStanding(beca, ledger, hoy, dictamen)).toEqual(want);
  });
});

describe('evaluationRight', () => {
  const noBlock = { ...DEFAULT_RULES, debtBlocksEvaluation: false };
  test.each([
    [true, 0, DEFAULT_RULES, 'with'],
    [true, 1, DEFAULT_RULES, 'debt'],
    [false, 0, DEFAULT_RULES, 'attendance'],
    [false, 2, DEFAULT_RULES, 'both'],
    [true, 1, noBlock, 'with'],
    [false, 1, noBlock, 'attendance'],
  ] as const)('attendance %s, %s owed', (attendanceOk, owed, rules, want) => {
    expect(evaluationRight(attendanceOk, owed, rules)).toBe(want);
  });
});

describe('desertionDebt: from the abandonment to the notice, both days included', () => {
  const due = [d(10, 2), d(10, 3), d(10, 4), d(10, 5)];
  test.each([
    ['abandoned 20/03, notice 05/05: April', d(20, 3), d(5, 5), 2500],
    ['abandoned on a due date: that month counts', d(10, 3), d(5, 5), 5000],
    ['notice on a due date: that month counts', d(20, 3), d(10, 5), 5000],
    ['notice the day before a due date: it does not', d(20, 3), d(9, 4), 0],
  ])('%s', (_l, abandoned, notice, want) => {
    expect(desertionDebt(2500, due, abandoned, notice)).toBe(want);
  });
});

describe('a payment date as forma_pago (Cap. III, Art. 1 XI)', () => {
  test.each([
    ['the 1st', '01/03/2026', DEFAULT_RULES, 'early'],
    ['the 10th day is still pronto pago', '10/03/2026', DEFAULT_RULES, 'early'],
    ['the 11th is not', '11/03/2026', DEFAULT_RULES, 'monthly'],
    ['dias_pronto_pago 5: the 6th is not', '06/03/2026', { ...DEFAULT_RULES, earlyPaymentDays: 5 }, 'monthly'],
    ['a Date', new Date(Date.UTC(2026, 2, 10, 6)), DEFAULT_RULES, 'early'],
    ['a word still works', 'pronto pago', DEFAULT_RULES, 'early'],
  ])('%s', (_l, cell, rules, want) => {
    expect(paymentFormAt(cell, rules, TZ)).toEqual({ ok: true, value: want });
  });

  test('netColegiatura with a payment date: 5 % off on the 10th, nothing on the 11th', () => {
    expect(netColegiatura(2000, [], '10/03/2026', DEFAULT_RULES, TZ)).toEqual({ ok: true, value: 1900 });
    expect(netColegiatura(2000, [0.3], '11/03/2026', DEFAULT_RULES, TZ)).toEqual({ ok: true, value: 1400 });
    const bad = netColegiatura(2000, [], '31/02/2026', DEFAULT_RULES, TZ);
    expect(bad.ok ? '' : describeIssue(bad.issue, TZ)).toBe('forma_pago «31/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)');
  });
});

describe('the payment keys of the Configuración sheet', () => {
  test.each([
    ['dias_pronto_pago', '40', 'Configuración, fila 1 (dias_pronto_pago): el valor «40» no sirve; se esperaba un número entero menor o igual que 31'],
    ['dia_vencimiento', '0', 'Configuración, fila 1 (dia_vencimiento): el valor «0» no sirve; se esperaba un número entero mayor o igual que 1'],
    ['adeudo_bloquea_evaluacion', 'tal vez', 'Configuración, fila 1 (adeudo_bloquea_evaluacion): el valor «tal vez» no sirve; se esperaba sí o no'],
    ['correo_administracion', 'administracion@', 'Configuración, fila 1 (correo_administracion): el valor «administracion@» no sirve; se esperaba un correo electrónico válido, o nada'],
  ])('%s %s is refused naming the row and the key', (clave, valor, message) => {
    const reading = readConfigRows([[clave, valor]]);
    expect(reading.issues.map((i) => describeIssue(i))).toEqual([message]);
  });

  test('good values are read', () => {
    const { rules } = readConfigRows([
      ['dias_pronto_pago', '5'],
      ['mensualidades_por_periodo', 5],
      ['adeudo_bloquea_evaluacion', 'no'],
      ['correo_administracion', 'administracion@escuela.mx'],
    ]);
    expect([rules.earlyPaymentDays, rules.monthsPerPeriod, rules.debtBlocksEvaluation, rules.adminEmail]).toEqual([5, 5, false, 'administracion@escuela.mx']);
  });
});
