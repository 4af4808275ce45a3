// The row contract for functions whose answer for a row depends on the other rows (places, winners): read each row, then decide over all of them.
import { errorText } from '../core/es/issues';
import { Cell, isBlank } from '../core/parse';
import { Result } from '../core/result';
import { Context, functionContext } from './context';
import { Out, Param, alignRanges } from './rows';

/** One row read: undefined when it gives "" (its key cell is blank). */
export type Read<T> = Result<T | undefined>;

/**
 * Like byRow, but in two steps: `read` each row (a bad row gives «Error: …»), then `decide` the
 * answers of the rows read, all at once (rows that gave "" or an error are left out). Ranges must
 * have the same number of rows, as in every function; rows blank in every range give ""; with only
 * single values the answer is a single value.
 */
export function byColumns<T>(
  params: Param[],
  configuracion: unknown,
  read: (cells: Cell[], ctx: Context) => Read<T>,
  decide: (items: T[], ctx: Context) => Out[],
): Out | Out[][] {
  const { rows, grids, scalars } = alignRanges(params);
  const ctx = functionContext(configuracion);
  const rowShaped = params.map((p) => p.shape === 'row');
  // Single values, read once: a row-shaped one is a row of one cell.
  const singles = scalars.map((v, i): Cell => (rowShaped[i] && !Array.isArray(v) ? [v] : v));
  const count = rows === -1 ? 1 : rows;
  const out: Out[] = new Array<Out>(count).fill('');
  const items: T[] = [];
  const at: number[] = [];
  // With ranges only the ranges decide whether a row is blank; with single values, all of them.
  const deciding = params.map((_, i) => i).filter((i) => rows === -1 || grids[i]);
  const n = params.length;
  // One array for every row: `read` takes what it needs from the cells before the next row.
  const cells: Cell[] = new Array<Cell>(n);
  for (let r = 0; r < count; r++) {
    for (let i = 0; i < n; i++) {
      const g = grids[i];
      cells[i] = !g ? singles[i] : rowShaped[i] ? g[r] : g[r][0];
    }
    if (blankRow(cells, deciding, rowShaped)) continue;
    if (ctx.configIssue) {
      out[r] = errorText(ctx.configIssue, ctx.timeZone);
      continue;
    }
    const v = read(cells, ctx);
    if (!v.ok) out[r] = errorText(v.issue, ctx.timeZone);
    else if (v.value !== undefined) {
      items.push(v.value);
      at.push(r);
    }
  }
  const answers = decide(items, ctx);
  at.forEach((r, k) => (out[r] = answers[k]));
  return rows === -1 ? out[0] : out.map((v) => [v]);
}

/** Whether every deciding argument of the row is blank (a row-shaped one, in all its cells). */
function blankRow(cells: Cell[], deciding: number[], rowShaped: boolean[]): boolean {
  for (const i of deciding) {
    if (!rowShaped[i]) {
      if (!isBlank(cells[i])) return false;
      continue;
    }
    for (const c of cells[i] as Cell[]) if (!isBlank(c)) return false;
  }
  return true;
}
