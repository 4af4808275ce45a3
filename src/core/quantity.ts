// Reading counts typed into a cell (sessions, owed subjects, hours): numbers that may not be negative.
import { Cell, isBlank, parseNumber } from './parse';
import { Result, fail, ok } from './result';

export interface QuantityOptions {
  /** Only whole numbers (subjects, sessions counted one by one). */
  integer?: boolean;
  /** What a blank cell means; without it a blank cell is missing data. */
  blank?: number;
}

const NO_OPTIONS: QuantityOptions = {};

/**
 * A non-negative number from a cell, for the parameter `field` of a custom function.
 * @example readQuantity('3', 'materias_adeudadas', { integer: true }) //=> { ok: true, value: 3 }
 */
export function readQuantity(v: Cell, field: string, options: QuantityOptions = NO_OPTIONS): Result<number> {
  if (isBlank(v)) return options.blank === undefined ? fail('required', { field }) : ok(options.blank);
  const n = parseNumber(v);
  if (!n.ok) return fail('field_not_a_number', { field, value: v });
  if (n.value < 0) return fail('negative', { field, value: v });
  if (options.integer && !Number.isInteger(n.value)) return fail('not_an_integer', { field, value: v });
  return n;
}

/** Relative tolerance for comparisons of products of fractions: 0.7 × 10 is 7.000000000000001 in binary. */
const EPSILON = 1e-9;

/** part ≥ share × whole, with exact shares kept: 40 of 50 meets 80 %, 39 of 50 does not. */
export function meetsShare(part: number, whole: number, share: number): boolean {
  return part >= share * whole - EPSILON * Math.max(1, whole);
}

/** How many whole units `available` exceeds share × whole by, the same tolerance as meetsShare. */
export function unitsAboveShare(available: number, whole: number, share: number): number {
  return Math.floor(available - share * whole + EPSILON * Math.max(1, whole));
}
