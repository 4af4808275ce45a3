// One criterion column per plan, as dictamen sheets keep them («Lugar», «% beca comité», «Años serv.
// padre»…): which column of a row's criterio holds the criterion of each plan (Cap. XI, Art. 2).
import { Plan, isNoPlan, parsePlan } from './becas';
import { Cell, isBlank } from './parse';
import { Result, fail, ok } from './result';

export interface PlanColumns {
  /** How many criterion columns the call names plans for. */
  width: number;
  /** The 0-based criterion column of each plan named; a plan named by no column has none. */
  byPlan: ReadonlyMap<Plan, number>;
}

/** Parts of a cell that name plans: «II, III», «V y VII», «Excelencia / Académica», «I; II». */
const SEPARATORS = /[,;/+&]/;

/** The plans one cell names, or undefined when a part names none («IX», «todos»). */
function plansIn(v: Cell): Plan[] | undefined {
  const whole = parsePlan(v);
  if (whole.ok) return [whole.value];
  if (typeof v !== 'string') return undefined;
  const plans: Plan[] = [];
  for (const part of v.split(SEPARATORS)) {
    if (isBlank(part)) continue;
    // «Protección y ayuda mutua» is one plan; «V y VII» is two.
    const one = parsePlan(part);
    const pieces = one.ok ? [one] : part.split(/\s+y\s+/i).map(parsePlan);
    for (const p of pieces) {
      if (!p.ok) return undefined;
      if (!plans.includes(p.value)) plans.push(p.value);
    }
  }
  return plans.length ? plans : undefined;
}

/**
 * Reads planes_del_criterio: a single row, one cell per criterion column, each naming the plans
 * whose criterion is in that column (a blank cell: a column no plan reads). A cell that names no
 * plan, a plan named by two columns, or more than one row is an error naming the value.
 * @example readPlanColumns([['II, III', 'I', 'V']]) //=> ok: width 3, II → 0, III → 0, I → 1, V → 2
 */
export function readPlanColumns(v: unknown): Result<PlanColumns> {
  const grid = Array.isArray(v) ? (Array.isArray(v[0]) ? (v as Cell[][]) : [v as Cell[]]) : [[v]];
  if (grid.length !== 1) return fail('criterion_plans_rows', { rows: grid.length });
  const cells = grid[0];
  const byPlan = new Map<Plan, number>();
  for (let i = 0; i < cells.length; i++) {
    if (isBlank(cells[i])) continue;
    const plans = plansIn(cells[i]);
    if (!plans) return fail('criterion_plans_unknown', { value: cells[i], column: i + 1 });
    for (const plan of plans) {
      const first = byPlan.get(plan);
      if (first !== undefined) return fail('criterion_plans_twice', { plan, first: first + 1, second: i + 1 });
      byPlan.set(plan, i);
    }
  }
  return ok({ width: cells.length, byPlan });
}

/**
 * The criterion of a row: the cell of the column that names the row's plan; blank when no column
 * names it, or when the plan is blank, «Sin beca» or unknown (BECA then says what the plan is).
 */
export function criterionOf(planCell: Cell, row: Cell[], columns: PlanColumns): Result<Cell> {
  if (row.length !== columns.width) return fail('criterion_plans_count', { cells: columns.width, columns: row.length });
  if (isBlank(planCell) || isNoPlan(planCell)) return ok('');
  const plan = parsePlan(planCell);
  const column = plan.ok ? columns.byPlan.get(plan.value) : undefined;
  return ok(column === undefined ? '' : row[column]);
}
