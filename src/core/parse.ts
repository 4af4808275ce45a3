// Reading what secretaries type: numbers with comma or point, sí/no, dates in every usual form, names.
import { Day, dayFromParts, dayOfDate, isDate } from './dates';
import { Result, fail, ok } from './result';
import { normalizeName } from './text';

export type Cell = unknown;

/** Blank is "", null, undefined or text made only of spaces. */
export function isBlank(v: Cell): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const NUMBER_TEXT = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** A number from a number or from text with a decimal comma or point ("8,5", " 8.5 "). */
export function parseNumber(v: Cell): Result<number> {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? ok(v) : fail('not_a_number', { value: v });
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (NUMBER_TEXT.test(s)) return ok(Number(s.replace(',', '.')));
    return fail('not_a_number', { value: v });
  }
  return fail('not_a_number', { value: v });
}

/**
 * A money amount: like parseNumber, also "$2,500.00", "2.500,50", "S/ 300", "2,500" and "2.500": a
 * lone comma or point followed by exactly three digits groups thousands (no price has three decimals),
 * any other is decimal ("2,5", "2.50"). "0.500" stays half a unit: a group never follows a zero.
 */
export function parseAmount(v: Cell): Result<number> {
  if (typeof v !== 'string') return parseNumber(v);
  let s = v.replace(/^\s*(\$|mxn|s\/\.?|pen)\s*/i, '').replace(/\s*(mxn|pesos|soles)\s*$/i, '').replace(/[\s\u00a0]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (/^[+-]?[1-9]\d{0,2}([.,]\d{3})+$/.test(s)) {
    s = s.replace(/[.,]/g, '');
  }
  const n = parseNumber(s);
  return n.ok ? n : fail('not_a_number', { value: v });
}

const PERCENT_SIGN = /\s*(%|por ?ciento)\s*$/i;

/**
 * A fraction from 0.3, "0,3", "30%", "30 %", "30 por ciento" or 30. Whole numbers from 2 to 100 are read as
 * percentage points, because that is how most people type "30 %" into a cell. Other numbers above 1
 * up to 100 (1,2; 12,5) are ambiguous — a 120 % cell arrives as 1.2 — and are refused rather than guessed.
 */
export function parseFraction(v: Cell): Result<number> {
  if (typeof v === 'string' && PERCENT_SIGN.test(v)) {
    const n = parseNumber(v.replace(PERCENT_SIGN, ''));
    return n.ok ? ok(n.value / 100) : fail('not_a_percentage', { value: v });
  }
  const n = parseNumber(v);
  if (!n.ok) return fail('not_a_percentage', { value: v });
  if (n.value <= 1 || n.value > 100) return ok(n.value); // beyond 100: the caller's range check says so
  if (Number.isInteger(n.value)) return ok(n.value / 100);
  return fail('ambiguous_percentage', { value: v, number: n.value });
}

const YES = new Set(['si', 's', 'x', 'verdadero', 'true', '1', 'yes', 'y', 'cierto', '✓', '✔']);
const NO = new Set(['no', 'n', 'falso', 'false', '0']);

/** Sí/no in every usual spelling: Sí, si, SI, s, x, verdadero, TRUE, 1 / No, n, falso, FALSE, 0. */
export function parseYesNo(v: Cell): Result<boolean> {
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') {
    if (v === 1) return ok(true);
    if (v === 0) return ok(false);
    return fail('not_yes_no', { value: v });
  }
  if (typeof v === 'string') {
    const s = normalizeName(v);
    if (YES.has(s)) return ok(true);
    if (NO.has(s)) return ok(false);
  }
  return fail('not_yes_no', { value: v });
}

const MAX_SERIAL = 2958465; // 31/12/9999

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;

/**
 * A calendar day from a Date (read in the spreadsheet's zone), a Sheets serial, "dd/mm/aaaa",
 * "d/m/aaaa", "dd-mm-aaaa" or ISO "aaaa-mm-dd". Impossible dates such as 31/02/2026 are errors.
 */
export function parseDate(v: Cell, timeZone: string): Result<Day> {
  if (isDate(v)) {
    const day = dayOfDate(v, timeZone);
    return Number.isFinite(day) ? ok(day) : fail('not_a_date', { value: v });
  }
  if (typeof v === 'number') {
    if (Number.isFinite(v) && v >= 1 && v <= MAX_SERIAL) return ok(Math.floor(v));
    return fail('not_a_date', { value: v });
  }
  if (typeof v !== 'string') return fail('not_a_date', { value: v });
  const s = v.trim();
  let m = DMY.exec(s);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const day = dayFromParts(year, Number(m[2]), Number(m[1]));
    return Number.isFinite(day) ? ok(day) : fail('impossible_date', { value: v });
  }
  m = ISO.exec(s);
  if (m) {
    const day = dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return Number.isFinite(day) ? ok(day) : fail('impossible_date', { value: v, iso: true });
  }
  return fail('not_a_date', { value: v });
}

const PLACE_NUMBER = /^(\d+)\.? ?(?:°|º|o|a|er|ero|era|ra|do|da|ro|to|ta|vo|va|no|na|mo|ma)?\.?$/;
const ORDINAL_STEMS = ['primer', 'segund', 'tercer', 'cuart', 'quint', 'sext', 'septim', 'octav', 'noven', 'decim'];
const PLACE_WORD = new RegExp(`^(${ORDINAL_STEMS.join('|')})[oa]?$`);

/**
 * A place in a ranking (lugar en el examen, en la carrera): 2, "2", "2°", "2do", "3.er lugar",
 * "segundo lugar", "el primer puesto", "Lugar 1", "Primer lugar.". Undefined when the cell names no place of 1 or more.
 */
export function parsePlace(v: Cell): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = normalizeName(v)
    .replace(/[.:]+$/, '')
    .replace(/^el /, '')
    .replace(/^(lugar|puesto):? /, '')
    .replace(/ ?(lugar|puesto)$/, '');
  const number = PLACE_NUMBER.exec(s);
  if (number) return Number(number[1]) >= 1 ? Number(number[1]) : undefined;
  const word = PLACE_WORD.exec(s);
  return word ? ORDINAL_STEMS.indexOf(word[1]) + 1 : undefined;
}

/** The value of a cell that holds one of a fixed set of names, matched by normalized synonyms. */
export function parseChoice<T>(v: Cell, synonyms: ReadonlyArray<readonly [T, readonly string[]]>): T | undefined {
  const s = normalizeName(v);
  for (const [value, names] of synonyms) if (names.includes(s)) return value;
  return undefined;
}
