// The average of a row of grades (PROMEDIO_FINAL) and the rounding the Configuración states; the reglamento sets only the scale (Cap. XII, Art. 1 II).
import type { Rules } from '../config';
import { Cell, isBlank } from '../parse';
import { readGrade } from '../promotion';
import { Result, ok } from '../result';

/** Tolerance for sums of decimals: 9.7 + 9.5 + 9.3 is 28.499999999999996 in binary, and its average is 9.5. */
const EPSILON = 1e-9;

/**
 * The average cut to `averageDecimals` decimals, truncated (9.46 → 9.4) or rounded half up
 * (9.45 → 9.5) as `averageRounding` says.
 * @example roundAverage(9.46, DEFAULT_RULES) //=> 9.4
 */
export function roundAverage(value: number, rules: Rules): number {
  const scale = 10 ** rules.averageDecimals;
  const scaled = value * scale;
  const cut = rules.averageRounding === 'redondear' ? Math.floor(scaled + 0.5 + EPSILON) : Math.floor(scaled + EPSILON);
  // A whole number over a power of ten is correctly rounded: 95 / 10 is the double 9.5 typed in a cell.
  return cut / scale;
}

/** A grade as a number for an average: NP and SD count as `npAverageValue`, or the scale's minimum when it is blank. */
export function gradeValue(cell: Cell, rules: Rules): Result<number> {
  if (typeof cell === 'number' && cell >= rules.gradeMin && cell <= rules.gradeMax) return ok(cell);
  const g = readGrade(cell, rules);
  if (!g.ok) return g;
  return ok(typeof g.value === 'number' ? g.value : (rules.npAverageValue ?? rules.gradeMin));
}

/**
 * The grades of one row with a value: blank cells are subjects without a grade yet and do not count.
 * A bad cell is the row's error.
 */
export function readGrades(cells: readonly Cell[], rules: Rules): Result<number[]> {
  const out: number[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const g = gradeValue(cell, rules);
    if (!g.ok) return g;
    out.push(g.value);
  }
  return ok(out);
}

/** The plain mean, unrounded; undefined for no grades. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The final average of a row of grades, rounded as configured; undefined when no cell has a grade.
 * @example finalAverage([9, 10, 'NP'], DEFAULT_RULES) //=> { ok: true, value: 8 }
 */
export function finalAverage(cells: readonly Cell[], rules: Rules): Result<number | undefined> {
  // One loop without an array: a whole-column PROMEDIO_FINAL reads 8 cells on each of 50,000 rows.
  let sum = 0;
  let count = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === 'number' && cell >= rules.gradeMin && cell <= rules.gradeMax) {
      sum += cell;
      count++;
      continue;
    }
    if (isBlank(cell)) continue;
    const g = gradeValue(cell, rules);
    if (!g.ok) return g;
    sum += g.value;
    count++;
  }
  return ok(count === 0 ? undefined : roundAverage(sum / count, rules));
}
