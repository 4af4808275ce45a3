// Follow-up rules (seeds 000 and 001): deadline states, days left, vigencias, tallies per group and school coverage.
import { DEFAULT_RULES } from '../../src/core/config';
import { dayFromParts } from '../../src/core/dates';
import {
  Clock,
  CommitmentCells,
  clockFor,
  coverage,
  daysLeft,
  deadlineState,
  followUpState,
  fulfilment,
  isIndefinite,
  summarizeCommitments,
  vigenciaState,
} from '../../src/core/followup';
import { describe as describeIssue } from '../../src/core/es/issues';
import type { Result } from '../../src/core/result';

const MX = 'America/Mexico_City';
const MAR_15 = dayFromParts(2026, 3, 15);
/** The clock of a call made on 15/03/2026. */
const clockAt = (day = MAR_15, timeZone = MX): Clock => clockFor(timeZone, () => day);
/** The value, or the Spanish message of the issue. */
const shown = <T>(r: Result<T>): T | string => (r.ok ? r.value : describeIssue(r.issue));
/** 15/03/2026 as Sheets hands it to a script in Mexico City: midnight there, 06:00 UTC. */
const sheetDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 6));

describe('deadlineState', () => {
  test.each([
    ['one day late is overdue', -1, 7, 'overdue'],
    ['the day itself is due soon', 0, 7, 'due_soon'],
    ['exactly the warning days ahead is due soon', 7, 7, 'due_soon'],
    ['one day beyond the warning is on time', 8, 7, 'on_time'],
    ['with no warning, tomorrow is on time', 1, 0, 'on_time'],
    ['with no warning, today is still due soon', 0, 0, 'due_soon'],
  ])('%s', (_label, left, warning, want) => expect(deadlineState(left, warning)).toBe(want));
});

describe('daysLeft', () => {
  test.each<[string, unknown, unknown, number | string]>([
    ['five days ahead, text dates', '20/03/2026', '15/03/2026', 5],
    ['the same day', '15/03/2026', '15/03/2026', 0],
    ['three days past', '12/03/2026', '15/03/2026', -3],
    ['Date cells at midnight in Mexico City', sheetDate(2026, 4, 1), sheetDate(2026, 3, 15), 17],
    ['a serial and an ISO date', 46101, '2026-03-15', 5],
    ['across the year', '01/01/2027', '31/12/2026', 1],
    ['across 29/02 of a leap year', '01/03/2024', '28/02/2024', 2],
    ['blank hoy is today (15/03/2026)', '25/03/2026', '', 10],
    ['a bad fecha límite names the argument', 'próximo lunes', '15/03/2026', 'fecha_limite «próximo lunes» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['an impossible fecha límite', '31/02/2026', '15/03/2026', 'fecha_limite «31/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
    ['a US-order hoy', '20/03/2026', '03/15/2026', 'hoy «03/15/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
  ])('%s', (_label, date, today, want) => expect(shown(daysLeft(date, today, clockAt()))).toBe(want));

  test('counts calendar days across a daylight-saving change (Madrid, 29/03/2026)', () => {
    const before = new Date(Date.UTC(2026, 2, 27, 23)); // 28/03 00:00 CET
    const after = new Date(Date.UTC(2026, 2, 29, 22)); // 30/03 00:00 CEST: 47 hours later
    expect(shown(daysLeft(after, before, clockAt(MAR_15, 'Europe/Madrid')))).toBe(2);
  });

  test('asks for today only when hoy is blank, and once per call', () => {
    let asked = 0;
    const clock = clockFor(MX, () => (asked++, MAR_15));
    daysLeft('20/03/2026', '15/03/2026', clock);
    expect(asked).toBe(0);
    expect(['', null, '', undefined].map((blank) => shown(daysLeft('20/03/2026', blank, clock)))).toEqual([5, 5, 5, 5]);
    expect(asked).toBe(1);
  });

  test('a fecha de corte repeated on every row gives the same day as a fresh read', () => {
    const clock = clockAt();
    const cut = sheetDate(2026, 3, 1);
    expect([cut, cut, '15/03/2026', cut].map((c) => shown(clock.hoy(c)))).toEqual([MAR_15 - 14, MAR_15 - 14, MAR_15, MAR_15 - 14]);
  });
});

describe('followUpState (SEGUIMIENTO)', () => {
  const state = (date: unknown, estado: unknown, today: unknown = '15/03/2026', warning: unknown = '') =>
    shown(followUpState(date, estado, today, warning, clockAt(), DEFAULT_RULES));

  test.each<[string, unknown, unknown, unknown, unknown, string]>([
    ['Cumplido closes it, even overdue', '01/01/2026', 'Cumplido', '15/03/2026', '', 'done'],
    ['Cumplida, any case and spaces', '01/01/2026', '  CUMPLIDA ', '15/03/2026', '', 'done'],
    ['Cancelado closes it', '01/01/2026', 'Cancelado', '15/03/2026', '', 'cancelled'],
    ['Cancelada', '01/01/2026', 'cancelada', '15/03/2026', '', 'cancelled'],
    ['Cumplido without a date', '', 'Cumplido', '15/03/2026', '', 'done'],
    ['Cumplido with a bad date is still cumplido (estado comes first)', 'mañana', 'Cumplido', '15/03/2026', '', 'done'],
    ['pending without a date', '', 'Pendiente', '15/03/2026', '', 'no_date'],
    ['blank estado is pending', '14/03/2026', '', '15/03/2026', '', 'overdue'],
    ['yesterday is overdue', '14/03/2026', 'Pendiente', '15/03/2026', '', 'overdue'],
    ['today is due soon', '15/03/2026', 'En proceso', '15/03/2026', '', 'due_soon'],
    ['7 days ahead is due soon (default 7)', '22/03/2026', 'Pendiente', '15/03/2026', '', 'due_soon'],
    ['8 days ahead is on time', '23/03/2026', 'Pendiente', '15/03/2026', '', 'on_time'],
    ['dias_aviso 10 makes 8 days due soon', '23/03/2026', 'Pendiente', '15/03/2026', 10, 'due_soon'],
    ['dias_aviso 0: tomorrow is on time', '16/03/2026', 'Pendiente', '15/03/2026', '0', 'on_time'],
    ['an unknown estado is pending', '10/03/2026', 'Ya casi', '15/03/2026', '', 'overdue'],
    ['blank hoy is today (15/03/2026)', '14/03/2026', 'Pendiente', '', '', 'overdue'],
  ])('%s', (_label, date, estado, today, warning, want) => expect(state(date, estado, today, warning)).toBe(want));

  test.each<[string, unknown, unknown, unknown, string]>([
    ['a bad date', '32/03/2026', '15/03/2026', '', 'fecha_limite «32/03/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
    ['a bad hoy', '20/03/2026', 'hoy', '', 'hoy «hoy» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['negative dias_aviso', '20/03/2026', '15/03/2026', -2, 'dias_aviso -2 no puede ser un número negativo'],
    ['fractional dias_aviso', '20/03/2026', '15/03/2026', '2,5', 'dias_aviso «2,5» debe ser un número entero'],
    ['dias_aviso as a word', '20/03/2026', '15/03/2026', 'una semana', 'dias_aviso «una semana» no es un número'],
  ])('%s is an error naming the value', (_label, date, today, warning, want) => expect(state(date, 'Pendiente', today, warning)).toBe(want));

  test('the configured warning days apply when dias_aviso is blank', () => {
    const r = followUpState('25/03/2026', 'Pendiente', '15/03/2026', '', clockAt(), { followUpWarningDays: 10 });
    expect(shown(r)).toBe('due_soon');
  });
});

describe('vigenciaState (VIGENCIA_CONVENIO)', () => {
  const vigencia = (end: unknown, today: unknown = '15/03/2026', warning: unknown = '') =>
    shown(vigenciaState(end, today, warning, clockAt(), DEFAULT_RULES));

  test.each<[string, unknown, unknown, unknown, string]>([
    ['a year ahead is in force', '15/03/2027', '15/03/2026', '', 'in_force'],
    ['91 days ahead is in force (default 90)', '14/06/2026', '15/03/2026', '', 'in_force'],
    ['90 days ahead is ending', '13/06/2026', '15/03/2026', '', 'ending'],
    ['the last day is still ending, not ended', '15/03/2026', '15/03/2026', '', 'ending'],
    ['the day after is ended', '14/03/2026', '15/03/2026', '', 'ended'],
    ['dias_aviso 30 makes 60 days in force', '14/05/2026', '15/03/2026', 30, 'in_force'],
    ['indefinida', 'Indefinida', '15/03/2026', '', 'indefinite'],
    ['INDEFINIDO', ' INDEFINIDO ', '15/03/2026', '', 'indefinite'],
    ['sin fecha', 'Sin fecha', '15/03/2026', '', 'indefinite'],
    ['indefinida needs no hoy nor valid dias_aviso', 'indefinida', 'ayer', 'x', 'indefinite'],
    ['a Date cell', sheetDate(2026, 12, 31), sheetDate(2026, 3, 15), '', 'in_force'],
    ['a bad fecha de fin', 'pronto', '15/03/2026', '', 'fecha_fin «pronto» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['an impossible fecha de fin', '30/02/2027', '15/03/2026', '', 'fecha_fin «30/02/2027» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
  ])('%s', (_label, end, today, warning, want) => expect(vigencia(end, today, warning)).toBe(want));

  test.each([
    ['indefinida', true],
    ['Indefinido', true],
    ['sin vencimiento', true],
    ['definida', false],
    ['', false],
    [0, false],
  ])('isIndefinite(%p) is %p', (v, want) => expect(isIndefinite(v)).toBe(want));
});

/** Commitment rows for RESUMEN_COMPROMISOS from [group, estado, fecha límite, hoy?]. */
const commitments = (rows: unknown[][]): CommitmentCells[] =>
  rows.map(([group, estado, deadline, today = '15/03/2026'], i) => ({ row: i + 1, group, estado, deadline, today }));

describe('summarizeCommitments (RESUMEN_COMPROMISOS)', () => {
  test('tallies per group: pending is neither cumplido nor cancelado, overdue is pending before hoy', () => {
    const s = summarizeCommitments(
      commitments([
        ['MEDIAT', 'Cumplido', '01/03/2026'],
        ['MEDIAT', 'Pendiente', '10/03/2026'], // overdue
        ['MEDIAT', 'En proceso', '15/03/2026'], // due today: pending, not overdue
        ['MEDIAT', 'Cancelado', '01/01/2026'], // cancelled, never overdue
        ['ESYA', 'Pendiente', ''], // no date: pending, not overdue
        ['ESYA', 'cumplida', ''],
      ]),
      clockAt(),
    );
    expect(s.groups).toEqual([
      { label: 'ESYA', total: 2, done: 1, pending: 1, overdue: 0, cancelled: 0 },
      { label: 'MEDIAT', total: 4, done: 1, pending: 2, overdue: 1, cancelled: 1 },
    ]);
    expect(s.total).toEqual({ label: undefined, total: 6, done: 2, pending: 3, overdue: 1, cancelled: 1 });
    expect(s.errors).toEqual([]);
  });

  test('groups ignore case, accents and spaces and show the first spelling', () => {
    const s = summarizeCommitments(commitments([['Adopto una escuela', 'Cumplido', ''], ['ADOPTO  UNA ESCUELA ', 'Pendiente', ''], ['adoptó una escuela', 'Cumplido', '']]), clockAt());
    expect(s.groups.map((g) => [g.label, g.total])).toEqual([['Adopto una escuela', 3]]);
  });

  test('orders groups the Spanish way: accents and case do not matter, ñ after n, numbers by value', () => {
    const groups = ['Ñuñoa', 'Zapata', 'árbol', 'IE 10', 'Nube', 'IE 2', 'Beta', 'alfa'];
    const s = summarizeCommitments(commitments(groups.map((g) => [g, 'Pendiente', ''])), clockAt());
    expect(s.groups.map((g) => g.label)).toEqual(['alfa', 'árbol', 'Beta', 'IE 2', 'IE 10', 'Nube', 'Ñuñoa', 'Zapata']);
  });

  test('rows without a group are tallied last, under no label', () => {
    const s = summarizeCommitments(commitments([['', 'Pendiente', '01/03/2026'], ['Zeta', 'Cumplido', '']]), clockAt());
    expect(s.groups).toEqual([
      { label: 'Zeta', total: 1, done: 1, pending: 0, overdue: 0, cancelled: 0 },
      { label: undefined, total: 1, done: 0, pending: 1, overdue: 1, cancelled: 0 },
    ]);
  });

  test('numbers, booleans and dates are groups too, shown as the sheet shows them', () => {
    const s = summarizeCommitments(commitments([[234567, 'Cumplido', ''], ['234567', 'Pendiente', ''], [12.5, 'Pendiente', ''], [sheetDate(2026, 3, 1), 'Pendiente', '']]), clockAt());
    expect(s.groups.map((g) => [g.label, g.total])).toEqual([['01/03/2026', 1], ['12,5', 1], ['234567', 2]]);
  });

  test('a long group name is shortened so the table stays readable', () => {
    const s = summarizeCommitments(commitments([['x'.repeat(5000), 'Pendiente', '']]), clockAt());
    expect(s.groups[0].label).toBe(`${'x'.repeat(100)}…`);
  });

  test('rows with a bad value count nowhere and are listed with their row', () => {
    const s = summarizeCommitments(
      commitments([
        ['MEDIAT', 'Pendiente', '31/02/2026'],
        ['MEDIAT', 'Cumplido', '31/02/2026'], // closed: its date is not read
        ['MEDIAT', 'Pendiente', '20/03/2026', 'ayer'],
        [NaN, 'Pendiente', ''],
        ['ESYA', 'Pendiente', '20/03/2026'],
      ]),
      clockAt(),
    );
    expect(s.groups.map((g) => [g.label, g.total])).toEqual([['ESYA', 1], ['MEDIAT', 1]]);
    expect(s.total.total).toBe(2);
    expect(s.errors.map((e) => [e.row, describeIssue(e.issue)])).toEqual([
      [1, 'fecha_limite «31/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
      [3, 'hoy «ayer» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
      [4, 'grupo (número no válido) no válido: se esperaba un texto o un número'],
    ]);
  });

  test('no rows: an empty total', () => {
    expect(summarizeCommitments([], clockAt())).toEqual({ groups: [], total: { label: undefined, total: 0, done: 0, pending: 0, overdue: 0, cancelled: 0 }, errors: [] });
  });
});

describe('fulfilment', () => {
  const tally = (total: number, done: number, cancelled: number) => ({ total, done, cancelled, pending: total - done - cancelled, overdue: 0 });
  test.each([
    ['cumplidos over the commitments not cancelled', tally(5, 2, 1), 0.5],
    ['all done', tally(3, 3, 0), 1],
    ['none done', tally(2, 0, 0), 0],
    ['everything cancelled has no percentage', tally(2, 0, 2), undefined],
    ['nothing at all has no percentage', tally(0, 0, 0), undefined],
  ])('%s', (_label, t, want) => expect(fulfilment(t)).toBe(want));
});

describe('coverage (COBERTURA)', () => {
  test.each<[string, unknown[], { count: unknown } | { catalog: unknown[] }, number | string]>([
    ['distinct schools over a number', ['IE 1', 'IE 2', 'IE 1', ''], { count: 4 }, 0.5],
    ['86 % as COMUSET reports it', Array.from({ length: 43 }, (_, i) => `IE ${i}`), { count: 50 }, 0.86],
    ['names match without case, accents or spaces', ['José Olaya', ' JOSE  OLAYA', 'jose olaya'], { count: '2' }, 0.5],
    ['codes match without leading zeros, text or number', ['0234567', 234567, '234567'], { count: 1 }, 1],
    ['nothing benefited is 0', ['', null], { count: 10 }, 0],
    ['against a catalog: its distinct non-blank schools', ['0234567', 'IE Bolognesi'], { catalog: [234567, '0345678', 'ie bolognesi', '', '0345678'] }, 2 / 3],
    ['a total that is not a number', ['IE 1'], { count: 'todas' }, 'total de II.EE. «todas» no válido: se esperaba un número entero mayor que 0 o el rango del catálogo'],
    ['a total of 0', ['IE 1'], { count: 0 }, 'total de II.EE. 0 no válido: se esperaba un número entero mayor que 0 o el rango del catálogo'],
    ['a fractional total', ['IE 1'], { count: 2.5 }, 'total de II.EE. 2,5 no válido: se esperaba un número entero mayor que 0 o el rango del catálogo'],
    ['more benefited than the total', ['A', 'B', 'C'], { count: 2 }, 'hay 3 II.EE. beneficiadas distintas y el total es 2'],
    ['an empty catalog', ['A'], { catalog: ['', ' '] }, 'el catálogo de II.EE. está vacío'],
    ['one school missing from the catalog', ['A', 'Z'], { catalog: ['A', 'B'] }, 'una II.EE. beneficiada no está en el catálogo: «Z»'],
    [
      'several missing: the first three are named',
      ['A', 'W', 'X', 'Y', 'Z', 'w'],
      { catalog: ['A', 'B'] },
      '4 II.EE. beneficiadas no están en el catálogo: «W», «X», «Y», …',
    ],
    ['a value that is no school', ['A', true], { count: 5 }, 'VERDADERO no es un código modular ni un nombre de II.EE.'],
  ])('%s', (_label, benefited, total, want) => {
    const got = shown(coverage(benefited, total));
    if (typeof want === 'number') expect(got).toBeCloseTo(want, 12);
    else expect(got).toBe(want);
  });
});
