// The monthly colegiatura after becas (Cap. XI, Art. 1 IV: colegiatura only) and payment discounts (Cap. III, Art. 1 X and XI).
import { combineBecas } from './becas';
import type { Rules } from './config';
import { memoText } from './memo';
import { isDate, partsOfDay } from './dates';
import { Cell, isBlank, parseAmount, parseChoice, parseDate, parseFraction } from './parse';
import { Result, fail, ok } from './result';

export type PaymentForm = 'monthly' | 'advance' | 'early';

const PAYMENT_FORMS: ReadonlyArray<readonly [PaymentForm, readonly string[]]> = [
  ['monthly', ['mensual', 'pago mensual', 'mensualidad', 'normal', 'ninguno', 'ninguna']],
  ['advance', ['anticipado', 'pago anticipado', 'adelantado', 'pago adelantado', 'semestre', 'semestral', 'pago total', 'pago del semestre', 'contado']],
  ['early', ['pronto pago', 'primeros 10 dias', 'en los primeros 10 dias', 'puntual', 'pago puntual']],
];

/** Blank is a monthly payment with no discount. */
export const parsePaymentForm = memoText((v: Cell): Result<PaymentForm> => {
  if (isBlank(v)) return ok('monthly');
  const form = parseChoice(v, PAYMENT_FORMS);
  return form ? ok(form) : fail('unknown_payment_form', { value: v });
});

/** Whether a cell holds a date: a Date, or dd/mm/aaaa or aaaa-mm-dd text (a number is an amount, not a serial). */
export function looksLikeDate(v: Cell): boolean {
  return isDate(v) || (typeof v === 'string' && DATE_TEXT.test(v));
}

const DATE_TEXT = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})\s*$/;

/**
 * A payment form, or a payment date: paid within the first dias_pronto_pago days of its month is
 * pronto pago (Cap. III, Art. 1 XI), later a monthly payment. The payment is for its own month's mensualidad.
 */
export function paymentFormAt(v: Cell, rules: Rules, timeZone: string): Result<PaymentForm> {
  if (!looksLikeDate(v)) return parsePaymentForm(v);
  const day = parseDate(v, timeZone);
  if (!day.ok) return fail(day.issue.code, { ...day.issue, field: 'forma_pago' });
  return ok(partsOfDay(day.value).day <= rules.earlyPaymentDays ? 'early' : 'monthly');
}

/** The discount a payment form earns: 10 % for the whole period in advance, the pronto-pago percentage from the configuration. */
export function paymentDiscount(form: PaymentForm, rules: Rules): number {
  if (form === 'advance') return rules.advancePaymentDiscount;
  if (form === 'early') return rules.earlyPaymentDiscount;
  return 0;
}

/** One student's becas from a row of cells (blank cells ignored), each 0 %–100 %, combined as configured. */
export function readBecas(cells: readonly Cell[], rules: Rules): Result<number> {
  const fractions: number[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const f = parseFraction(cell);
    if (!f.ok) return f;
    if (f.value < 0 || f.value > 1) return fail('beca_out_of_range', { value: cell });
    fractions.push(f.value);
  }
  return ok(combineBecas(fractions, rules));
}

/** Above this a double holds no cents, and × 100 could overflow. */
const NO_CENTS = 1e13;

/** To the cent, halves up; the tiny factor absorbs binary error (2137.4999999… is 2137.50). */
export function roundCents(amount: number): number {
  if (!(Math.abs(amount) < NO_CENTS)) return amount;
  return Math.round(amount * 100 * (1 + 1e-12)) / 100;
}

/**
 * The monthly colegiatura to pay: the beca on the colegiatura first, then the payment discount on
 * what remains (multiplicative), rounded to cents. Inscripción never carries a beca (Art. 1 IV).
 * @example netColegiatura(2500, ['30%'], 'pago anticipado', DEFAULT_RULES) //=> { ok: true, value: 1575 }
 */
export function netColegiatura(colegiaturaCell: Cell, becaCells: readonly Cell[], formCell: Cell, rules: Rules, timeZone = 'America/Mexico_City'): Result<number> {
  if (isBlank(colegiaturaCell)) return fail('required', { field: 'colegiatura' });
  const amount = parseAmount(colegiaturaCell);
  if (!amount.ok) return fail('field_not_a_number', { field: 'colegiatura', value: colegiaturaCell });
  if (amount.value < 0) return fail('negative', { field: 'colegiatura', value: colegiaturaCell });
  const beca = readBecas(becaCells, rules);
  if (!beca.ok) return beca;
  const form = paymentFormAt(formCell, rules, timeZone);
  if (!form.ok) return form;
  return ok(roundCents(amount.value * (1 - beca.value) * (1 - paymentDiscount(form.value, rules))));
}
