// What the columns a run takes hold now: data the add-on did not write, cells typed by hand into its own, and what to put back.
import { hashText } from '../text';
import { Cell, isBlank } from '../parse';
import { OUTPUTS, columnLetter, outputSpec } from './fields';
import { asCellText } from '../a1';
import type { Block, Target } from './placement';

/** A sheet's values as read in one call (0-based rows) and how many columns it has. */
export interface Grid {
  rows: Cell[][];
  lastColumn: number;
}

/** The mark of a column the last run filled with its live formula. */
export const LIVE = '=';

/** Formulas whose result spills down (and right): the add-on's own, and ARRAYFORMULA. Their spilled cells come back with them. */
export const SPILLING = new RegExp(`^=\\s*(ARRAYFORMULA|${OUTPUTS.map((o) => o.fn).join('|')})\\s*\\(`, 'i');

/** The error values Sheets shows in a formula's cell, as getValues returns them (#REF!, #N/A, #ERROR!). */
const SHEETS_ERROR = /^#[A-Z0-9/]+[!?]?$/;

export const textOf = (v: unknown): string => (isBlank(v as Cell) ? '' : String(v));

/** A cell as the fingerprint reads it: its formula where there is one, else its value as text. */
function contentOf(grid: Grid, formulas: string[][], r: number, c: number): string {
  return formulas[r]?.[c] || textOf(grid.rows[r]?.[c]);
}

/** One short hash of a column's cells from its first data row (0-based) down to its last non-blank one. */
export function fingerprint(firstRow: number, cells: string[]): string {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return hashText(JSON.stringify([firstRow, cells.slice(0, end)]));
}

/** A cell the user typed where a result goes: 0-based row and column and what it holds. */
export interface HandCell {
  r: number;
  c: number;
  content: string;
}

/** The non-blank cells of column `c` from row `from` down (0-based) that `keep` accepts. */
function filledCells(grid: Grid, formulas: string[][], from: number, c: number, keep: (r: number, content: string) => boolean = () => true): HandCell[] {
  const cells: HandCell[] = [];
  for (let r = from; r < grid.rows.length; r++) {
    const content = contentOf(grid, formulas, r, c);
    if (content !== '' && keep(r, content)) cells.push({ r, c, content });
  }
  return cells;
}

/**
 * The cells of one of the add-on's own columns that the user typed: when the last run left values
 * there and the column no longer matches their fingerprint, every cell that holds something other
 * than what is computed now (`edited`); when the column's live formula shows an error (a typed cell
 * blocks its spill) or is gone, every non-blank cell but the formula itself.
 */
export function handCells(grid: Grid, formulas: string[][], anchorRow: number, t: Target, j: number, mark: string | undefined, fresh: () => (string | number)[][]): { edited: boolean; cells: HandCell[] } {
  const c = t.column + j;
  const filled = (keep?: (r: number, content: string) => boolean) => filledCells(grid, formulas, anchorRow, c, keep);
  if (mark && mark !== LIVE) {
    const current = grid.rows.slice(anchorRow).map((_, i) => contentOf(grid, formulas, anchorRow + i, c));
    if (fingerprint(anchorRow, current) === mark) return { edited: false, cells: [] };
    const now = fresh();
    return { edited: true, cells: filled((r, content) => content !== textOf(now[r - anchorRow]?.[j])) };
  }
  // One live formula per block of students: any spilling formula of the result's first column is one of its anchors.
  const anchors = anchorRows(formulas, anchorRow, t.column);
  if (anchors.length) {
    if (!anchors.some((r) => SHEETS_ERROR.test(textOf(grid.rows[r]?.[t.column])))) return { edited: false, cells: [] };
    return { edited: false, cells: filled((r) => j !== 0 || !anchors.includes(r)) };
  }
  return { edited: false, cells: mark === LIVE ? filled() : [] };
}

/** The rows (from `from` down, 0-based) whose cell in `column` holds a spilling formula. */
function anchorRows(formulas: string[][], from: number, column: number): number[] {
  const rows: number[] = [];
  for (let r = from; r < formulas.length; r++) if (SPILLING.test(formulas[r]?.[column] ?? '')) rows.push(r);
  return rows;
}

/** One column of conflicts, as data for the boundary's words (reasons batch_conflict and batch_edited). */
export type Conflict =
  | { code: 'batch_conflict'; column: string; cells: number; example: string }
  | { code: 'batch_edited'; column: string; header: string; cells: number; cell: string; example: string };

/**
 * Cells holding data the add-on did not write, in the columns it is about to take: every non-blank
 * cell of a column whose header is not its own, and the cells typed by hand into its own columns
 * (handCells). One conflict per column, and a fingerprint of where they go and every such cell.
 */
export function conflictsOf(
  grid: Grid,
  headerRow: number,
  targets: Target[],
  formulas: string[][],
  written: Record<string, string>,
  fresh: (t: Target) => (string | number)[][],
): { conflicts: Conflict[]; huella: string } {
  const conflicts: Conflict[] = [];
  const seen: unknown[] = targets.map((t) => [t.id, t.column]);
  for (const t of targets) {
    const headers = outputSpec(t.id).headers;
    t.own.forEach((own, j) => {
      const column = t.column + j;
      if (column >= grid.lastColumn) return;
      const { edited, cells } = own
        ? handCells(grid, formulas, headerRow + 1, t, j, written[headers[j]], () => fresh(t))
        : { edited: false, cells: filledCells(grid, formulas, headerRow, column) };
      if (cells.length === 0) return;
      for (const cell of cells) seen.push([cell.r, cell.c, cell.content]);
      const example = cells[0];
      conflicts.push(
        edited
          ? { code: 'batch_edited', column: columnLetter(column), header: headers[j], cells: cells.length, cell: `${columnLetter(column)}${example.r + 1}`, example: example.content }
          : { code: 'batch_conflict', column: columnLetter(column), cells: cells.length, example: example.content },
      );
    });
  }
  return { conflicts, huella: hashText(JSON.stringify(seen)) };
}

/**
 * What a block's cells held before, so a failed run can put them back cell by cell: the formula
 * where there is one, else the value (text kept as text). A cell spilled from its result's
 * spilling formula comes back blank, so that the formula, put back, spills again.
 */
export function originalsOf(grid: Grid, headerRow: number, blocks: Block[], targets: Target[], formulas: string[][]): unknown[][][] {
  const anchorRow = headerRow + 1;
  const anchorOf = new Map<number, number>();
  for (const t of targets) t.own.forEach((_, j) => anchorOf.set(t.column + j, t.column));
  const anchorsOf = new Map<number, number[]>();
  const spilled = (r: number, c: number) => {
    const anchor = anchorOf.get(c);
    if (anchor === undefined) return false;
    if (!anchorsOf.has(anchor)) anchorsOf.set(anchor, anchorRows(formulas, anchorRow, anchor));
    return anchorsOf.get(anchor)!.some((a) => a < r || (a === r && c !== anchor));
  };
  return blocks.map((b) =>
    b.values.map((_, i) => {
      const r = headerRow + i;
      return Array.from({ length: b.width }, (__, j) => {
        const c = b.column + j;
        if (c >= grid.lastColumn || r >= grid.rows.length) return '';
        const f = formulas[r]?.[c];
        if (f) return f;
        return spilled(r, c) ? '' : asCellText(grid.rows[r][c]);
      });
    }),
  );
}
