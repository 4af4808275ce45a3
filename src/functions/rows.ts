// The custom-function contract: ranges or single values in, one result row per input row out.
import { errorText } from '../core/es/issues';
import { Cell, isBlank } from '../core/parse';
import { IssueError, Result } from '../core/result';
import { describe } from '../core/es/issues';

/** How a parameter is read: one cell per row, or every cell of the row (e.g. one student's grades). */
export type Shape = 'cell' | 'row';

export interface Param {
  name: string;
  value: unknown;
  shape?: Shape;
}

export type Out = string | number;

/** The arguments of a call lined up by row: each range's grid, each single value, and the common row count. */
export interface Aligned {
  /** -1 when every argument is a single value. */
  rows: number;
  grids: (Cell[][] | undefined)[];
  scalars: Cell[];
}

/**
 * Checks the ranges of a call as every custom function does: one column each (unless `shape` is
 * 'row'), the same number of rows; a 1×1 range is a single value. Throws the Spanish error otherwise.
 * For functions that answer with a table rather than one row per input row.
 */
export function alignRanges(params: Param[]): Aligned {
  let rows = -1;
  let sizedBy = '';
  const grids: (Cell[][] | undefined)[] = params.map((p) => {
    if (!Array.isArray(p.value)) return undefined;
    const grid = p.value as Cell[][];
    const isRange = grid.length > 0 && Array.isArray(grid[0]);
    const g = isRange ? grid : [grid as unknown as Cell[]];
    if (g.length === 1 && g[0].length === 1 && p.shape !== 'row') return undefined;
    if ((p.shape ?? 'cell') === 'cell' && g[0].length > 1) {
      throwIssue({ code: 'too_many_columns', name: p.name, columns: g[0].length });
    }
    if (rows === -1) {
      rows = g.length;
      sizedBy = p.name;
    } else if (g.length !== rows) {
      throwIssue({ code: 'ranges_mismatch', name1: sizedBy, rows1: rows, name2: p.name, rows2: g.length });
    }
    return g;
  });
  const scalars: Cell[] = params.map((p, i) => (grids[i] ? undefined : unwrap(p.value)));
  return { rows, grids, scalars };
}

/**
 * Applies `compute` to each row of parallel arguments. A single value applies to every row; ranges
 * must have the same number of rows; a row whose inputs are all blank gives ""; a bad row gives
 * "Error: …" and the other rows are still computed. With only single values, returns a single value
 * (or a one-row range when `width` > 1), as a formula on one cell expects. Dates quoted in errors
 * are read in `timeZone`, the spreadsheet's.
 */
export function byRow(params: Param[], compute: (cells: Cell[]) => Result<Out | Out[]>, width = 1, timeZone?: string): Out | Out[][] {
  const { rows, grids, scalars } = alignRanges(params);
  const rowShaped = params.map((p) => p.shape === 'row');
  const singles: Cell[] = params.map((p, i) => (rowShaped[i] ? asRow(p.value) : scalars[i]));
  const blankAt = (c: Cell, i: number) => (rowShaped[i] ? rowIsBlank(c as Cell[]) : isBlank(c));
  const emptyRow = new Array<Out>(width).fill('');
  const blankRow = (): Out[] => emptyRow.slice();
  const answer = (cells: Cell[]): Out | Out[] => {
    const r = compute(cells);
    if (r.ok) return r.value;
    if (width === 1) return errorText(r.issue, timeZone);
    const row = blankRow();
    row[0] = errorText(r.issue, timeZone);
    return row;
  };

  if (rows === -1) {
    if (singles.every(blankAt)) return width === 1 ? '' : [blankRow()];
    const v = answer(singles);
    // Several columns go back as one row: Sheets would spill a flat array down a column.
    return Array.isArray(v) ? [v] : v;
  }

  // A single value applies to every row, so only the ranges decide whether a row is blank: a whole
  // column beside a fecha de corte cell gives "" below the data. Those rows are most of a
  // whole-column range (A2:A), so they are recognised while their cells are read, in one plain loop.
  const ranged = grids.map((g, i) => (g ? i : -1)).filter((i) => i >= 0);
  const out: Out[][] = new Array(rows);
  const cells: Cell[] = singles.slice();
  for (let r = 0; r < rows; r++) {
    let blank = true;
    for (let k = 0; k < ranged.length; k++) {
      const i = ranged[k];
      const row = (grids[i] as Cell[][])[r];
      if (rowShaped[i]) {
        cells[i] = row;
        if (blank && !rowIsBlank(row)) blank = false;
      } else {
        cells[i] = row[0];
        if (blank && !isBlank(row[0])) blank = false;
      }
    }
    if (blank) {
      out[r] = width === 1 ? [''] : blankRow();
      continue;
    }
    const v = answer(cells);
    out[r] = Array.isArray(v) ? v : [v];
  }
  return out;
}

function unwrap(v: unknown): Cell {
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
}

function asRow(v: unknown): Cell[] {
  if (!Array.isArray(v)) return [v];
  return Array.isArray(v[0]) ? (v[0] as Cell[]) : (v as Cell[]);
}

function rowIsBlank(row: Cell[]): boolean {
  for (const c of row) if (!isBlank(c)) return false;
  return true;
}

function throwIssue(issue: IssueError['issue']): never {
  throw new IssueError(issue, describe(issue));
}
