// Recalculating a book's custom-function formulas in sheet, row, column order, again while a formula
// reads what a later one spilled; `=TODAY()` and `=NOW()` cells follow the runtime's clock; formulas
// that read their own output are refused.
import { SheetModel, keyColumn, keyRow } from '../services/book';
import { wallOfInstant } from '../services/zone';
import { CIRCULAR_MESSAGE, Cell, FormulaEnv, callsVolatile, clearSpill, evaluate, messageOf, setError } from './evaluate';
import { memosOf } from './memo';
import { ParsedFormula, parseFormula } from './parse';
import { Rect, overlaps } from './rect';

/** `=TODAY()` / `=NOW()` alone in a cell, in en-US or Spanish names. */
const CLOCK_CELL = /^=\s*(TODAY|HOY|NOW|AHORA)\s*\(\s*\)\s*$/i;

/** The name of the function a formula calls first (`=BECA(…`, `=ARRAYFORMULA(BECA(…`), upper case. */
function outerCall(formula: string): string | undefined {
  const m = /^=\s*(?:ARRAYFORMULA\s*\(\s*)?([A-Za-z_][\w.]*)\s*\(/i.exec(formula.trim());
  return m ? m[1].toUpperCase() : undefined;
}

export interface RecalcReport {
  formulas: number;
  passes: number;
}

const MAX_PASSES = 4;

const DAY_MS = 86_400_000;

/** What a `=TODAY()` or `=NOW()` cell shows at the runtime's clock: the day (or instant) in the book's zone, as stored. */
function clockValue(env: FormulaEnv, name: string): Date {
  const wall = wallOfInstant(env.now().getTime(), env.book.timeZone);
  return new Date(/^(TODAY|HOY)$/i.test(name) ? Math.floor(wall / DAY_MS) * DAY_MS : wall);
}

/** The custom-function call of a formula, or the parser's message when it refuses the text: that becomes the cell's error. */
function callOf(formula: string): { call?: ParsedFormula; parseError?: string } {
  try {
    return { call: parseFormula(formula) };
  } catch (e) {
    return { parseError: messageOf(e) };
  }
}

/**
 * Evaluates every custom-function formula of the book in sheet, row, column order, after the
 * `=TODAY()` and `=NOW()` cells take the clock's value. A formula whose text and argument values
 * are as at its last evaluation keeps its result without calling the function, as in Sheets. When
 * a formula reads cells that a later one spills into, the book is evaluated again until nothing changes.
 */
export function recalculate(env: FormulaEnv): RecalcReport {
  const cells: Cell[] = [];
  const volatileCells = new Map<SheetModel, number[]>();
  for (const sheet of env.book.sheets) {
    const keys = [...sheet.formulas.keys()].sort((a, b) => a - b);
    const anchors = new Set<number>();
    const volatile: number[] = [];
    volatileCells.set(sheet, volatile);
    for (const key of keys) {
      const formula = sheet.formulas.get(key)!;
      if (callsVolatile(formula)) volatile.push(key);
      const clock = CLOCK_CELL.exec(formula);
      if (clock) {
        sheet.set(keyRow(key), keyColumn(key), clockValue(env, clock[1]));
        continue;
      }
      const { call, parseError } = callOf(formula);
      // A formula that is not valid en-US syntax shows Sheets' parse error, whatever function it calls.
      const unparsable = call?.error;
      const name = outerCall(formula);
      if (!unparsable && (!name || !env.customFunction(name))) continue;
      const readable = call && !unparsable && call.name === name ? call : undefined;
      cells.push({ sheet, key, formula, call: readable, parseError: unparsable ?? parseError, reads: [], cellsRead: 0, volatileCells });
      anchors.add(key);
    }
    // A spill whose formula was overwritten or deleted disappears with it, and so does what it remembered.
    for (const owner of new Set(sheet.spillOwner.values())) if (!anchors.has(owner)) clearSpill(sheet, owner);
    const remembered = memosOf(sheet);
    for (const key of remembered.keys()) if (!anchors.has(key)) remembered.delete(key);
  }
  let passes = 0;
  for (let again = cells.length > 0; again && passes < MAX_PASSES; ) {
    passes++;
    let changed = false;
    for (const cell of cells) changed = evaluate(env, cell) || changed;
    again =
      changed &&
      cells.some((reader, i) => cells.some((writer, j) => j > i && writer.spill !== undefined && reader.reads.some((r) => overlaps(r, writer.spill!))));
  }
  for (const cell of circular(cells)) {
    clearSpill(cell.sheet, cell.key);
    memosOf(cell.sheet).delete(cell.key);
    setError(cell.sheet, cell.key, '#REF!', CIRCULAR_MESSAGE);
  }
  return { formulas: cells.length, passes };
}

/** The formulas that read, through other formulas, their own cell or spill: Sheets refuses every one of them. */
function circular(cells: Cell[]): Cell[] {
  const output = (c: Cell): Rect => c.spill ?? { sheet: c.sheet, r1: keyRow(c.key), c1: keyColumn(c.key), r2: keyRow(c.key), c2: keyColumn(c.key) };
  const readers = cells.map((reader) => cells.filter((writer) => writer !== reader && reader.reads.some((r) => overlaps(r, output(writer)))));
  const index = new Map(cells.map((c, i) => [c, i]));
  return cells.filter((_cell, i) => {
    const seen = new Set<number>();
    const stack = [...readers[i]];
    while (stack.length) {
      const next = index.get(stack.pop()!)!;
      if (next === i) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...readers[next]);
    }
    return false;
  });
}
