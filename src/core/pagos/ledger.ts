// Reading a payment grid: one cell per mensualidad (a date, an amount, sí/x; blank, 0 or no unpaid) and the due dates (Cap. IV, Art. 1 V; Cap. IX, Art. 2 I).
import type { Rules } from '../config';
import { Day, addMonths, dayFromParts, isDate, partsOfDay } from '../dates';
import { looksLikeDate } from '../payments';
import { Cell, isBlank, parseAmount, parseDate, parseYesNo } from '../parse';
import { Result, fail, ok } from '../result';

/** One mensualidad of one student: when it falls due and whether (and when) it was paid. */
export interface Mensualidad {
  /** 1-based position in the row: «mensualidad 3». */
  number: number;
  due: Day;
  paid: boolean;
  /** The payment date, when the cell holds one; an amount or sí/x is a payment with no known date. */
  payDay?: Day;
}

/** The due date of each column of the grid; undefined where the row has a blank cell. */
export type DueDates = (Day | undefined)[];

type Payment = { paid: false } | { paid: true; day?: Day };
const UNPAID: Payment = { paid: false };
const PAID: Payment = { paid: true };

/**
 * One payment cell. A Date or date text is a payment on that day; a number or amount text above 0,
 * sí, x or VERDADERO a payment with no known date; blank, 0, no or FALSO no payment. A date before
 * the period (inicio_periodo) and anything else are errors naming the mensualidad.
 */
export function readPayment(v: Cell, number: number, timeZone: string, periodStart: Day | null): Result<Payment> {
  if (isBlank(v)) return ok(UNPAID);
  const where = { value: v, month: number };
  if (typeof v === 'number') {
    if (v === 0) return ok(UNPAID);
    return Number.isFinite(v) && v > 0 ? ok(PAID) : fail('bad_payment', where);
  }
  if (typeof v === 'boolean') return ok(v ? PAID : UNPAID);
  if (looksLikeDate(v)) {
    const d = parseDate(v, timeZone);
    if (!d.ok) return fail(d.issue.code, { ...d.issue, field: `pagos (mensualidad ${number}):` });
    if (periodStart !== null && d.value < periodStart) return fail('payment_before_period', { ...where, start: periodStart });
    return ok({ paid: true, day: d.value });
  }
  if (typeof v !== 'string') return fail('bad_payment', where);
  const yes = parseYesNo(v);
  if (yes.ok) return ok(yes.value ? PAID : UNPAID);
  const amount = parseAmount(v);
  if (amount.ok && amount.value >= 0) return ok(amount.value > 0 ? PAID : UNPAID);
  return fail('bad_payment', where);
}

export type PaymentReader = typeof readPayment;

/**
 * readPayment for one call: a payment column repeats the same few dates and marks, so each distinct
 * text and each distinct instant is read once (only readings that succeed: an error names its mensualidad).
 */
export function paymentReader(): PaymentReader {
  const texts = new Map<string, Payment>();
  const instants = new Map<number, Payment>();
  return (v, number, timeZone, periodStart) => {
    const instant = isDate(v) ? v.getTime() : undefined;
    const known = typeof v === 'string' ? texts.get(v) : instant !== undefined ? instants.get(instant) : undefined;
    if (known) return ok(known);
    const r = readPayment(v, number, timeZone, periodStart);
    if (r.ok) {
      if (typeof v === 'string') texts.set(v, r.value);
      else if (instant !== undefined) instants.set(instant, r.value);
    }
    return r;
  };
}

/** A row of due dates: each cell a date, blank where a column has none. */
export function readDueDates(cells: readonly Cell[], timeZone: string): Result<DueDates> {
  const out: DueDates = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isBlank(c)) continue;
    const d = parseDate(c, timeZone);
    if (!d.ok) return fail(d.issue.code, { ...d.issue, field: `vencimientos (mensualidad ${i + 1}):` });
    out[i] = d.value;
  }
  return ok(out);
}

/**
 * The payment calendar of the configuration: mensualidades_por_periodo due dates on dia_vencimiento
 * of each month from the month of inicio_periodo on (the 31st is the last day of shorter months).
 */
export function configuredDueDates(rules: Rules): Result<DueDates> {
  if (rules.periodStart === null) return fail('no_due_dates');
  const p = partsOfDay(rules.periodStart);
  const first = dayFromParts(p.year, p.month, 1);
  const out: DueDates = [];
  for (let i = 0; i < rules.monthsPerPeriod; i++) {
    const month = partsOfDay(addMonths(first, i));
    const last = partsOfDay(addMonths(first, i + 1) - 1).day;
    out.push(dayFromParts(month.year, month.month, Math.min(rules.dueDay, last)));
  }
  return ok(out);
}

/** The due dates a row gives, or the configured calendar when the row is blank. */
export function dueDatesOf(cells: readonly Cell[], rules: Rules, timeZone: string): Result<DueDates> {
  return cells.every(isBlank) ? configuredDueDates(rules) : readDueDates(cells, timeZone);
}

/**
 * One student's mensualidades: each payment cell beside its due date. A column without a due date
 * must have no payment (a due-date row shorter than the payments is an error, never a guess).
 */
export function readLedger(payments: readonly Cell[], due: DueDates, timeZone: string, rules: Rules, read: PaymentReader = readPayment): Result<Mensualidad[]> {
  const out: Mensualidad[] = [];
  const width = Math.max(payments.length, due.length);
  const dueCount = due.filter((d) => d !== undefined).length;
  for (let i = 0; i < width; i++) {
    const cell = payments[i];
    const day = due[i];
    if (day === undefined) {
      if (!isBlank(cell)) return fail('payment_without_due_date', { value: cell, month: i + 1, dues: dueCount });
      continue;
    }
    const p = read(cell, i + 1, timeZone, rules.periodStart);
    if (!p.ok) return p;
    out.push(p.value.paid ? { number: i + 1, due: day, paid: true, payDay: p.value.day } : { number: i + 1, due: day, paid: false });
  }
  return ok(out);
}

/** The monthly colegiatura, without beca or discount: required, a number, not negative. */
export function readColegiatura(v: Cell): Result<number> {
  if (isBlank(v)) return fail('required', { field: 'colegiatura' });
  const amount = parseAmount(v);
  if (!amount.ok) return fail('field_not_a_number', { field: 'colegiatura', value: v });
  if (amount.value < 0) return fail('negative', { field: 'colegiatura', value: v });
  return amount;
}
