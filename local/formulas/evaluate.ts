// Evaluating one custom-function formula as Sheets does: its arguments as the function receives them
// (ranges clipped to the grid, refused when volatile, circular or too large), its result spilled from
// its cell, again only when an argument's values change.
import { A1Ref, MAX_COLUMN, a1Notation } from '../services/a1';
import { Book, SheetModel, Stored, cellKey, keyColumn, keyRow } from '../services/book';
import { Fingerprint, memosOf, snapshot } from './memo';
import { Arg, ParsedFormula } from './parse';
import { Rect, overlaps } from './rect';

export interface FormulaEnv {
  book: Book;
  /** The custom function of that name (upper case), if the bundle declares one. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
  /** A stored value as the bundle receives it (Dates of its realm at midnight of the zone). */
  scriptValue(v: Stored): unknown;
  /** A result value as stored (Dates to wall time). */
  storedOfResult(v: unknown): Stored;
  /** The runtime's clock, which `=TODAY()` and `=NOW()` cells show in the book's time zone. */
  now(): Date;
}

export interface Cell {
  sheet: SheetModel;
  key: number;
  formula: string;
  /** Undefined when the formula calls a custom function in a way this evaluator cannot read. */
  call?: ParsedFormula;
  /** The parser's message, when it refused the formula's text. */
  parseError?: string;
  reads: Rect[];
  /** Cells its arguments span so far in this evaluation, against MAX_ARGUMENT_CELLS. */
  cellsRead: number;
  /** The cells of each sheet whose formula calls NOW(), RAND() or the like, found once per recalculation. */
  volatileCells: Map<SheetModel, number[]>;
  spill?: Rect;
}

/**
 * The cells one formula's arguments may span in all, after each range is clipped to its sheet's
 * grid. Sheets' own ceiling is 10 million cells per spreadsheet; a tenth of it is far above any
 * school list (10,000 students × 40 columns is 400,000) and keeps one hostile formula from taking
 * the process's memory.
 */
export const MAX_ARGUMENT_CELLS = 1_000_000;

/** Built-ins Sheets refuses as a custom function's argument, directly or through a referenced cell (en-US and Spanish names). */
const VOLATILE = /(?:^|[^\w.])(NOW|RAND|RANDBETWEEN|RANDARRAY|AHORA|ALEATORIO|ALEATORIO\.ENTRE|MATRIZALEAT)\s*\(/i;

/**
 * Sheets' message for a volatile argument (#ERROR!), as its cells show it today. Google's IMPORTRANGE
 * help quotes the older «…with NOW, RAND, or RANDBETWEEN»; current Sheets names RANDARRAY() too.
 */
export const VOLATILE_MESSAGE = 'This function is not allowed to reference a cell with NOW(), RAND(), RANDARRAY(), or RANDBETWEEN()';

/** Sheets' message when a formula reads its own cell (#REF!). */
export const CIRCULAR_MESSAGE = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

/** Whether a formula's text, outside its quoted strings, calls NOW(), RAND() or the like. */
export const callsVolatile = (formula: string) => VOLATILE.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));

export function clearSpill(sheet: SheetModel, anchor: number): void {
  for (const [k, owner] of sheet.spillOwner) {
    if (owner !== anchor) continue;
    sheet.spillOwner.delete(k);
    sheet.set(keyRow(k), keyColumn(k), '');
  }
}

/** An error value Sheets shows in the formula's cell (`#VALUE!`), with the message of its tooltip. */
class FormulaError extends Error {
  constructor(
    readonly value: string,
    message: string,
  ) {
    super(message);
  }
}

const count = (n: number) => n.toLocaleString('es-MX');

/**
 * The cells a reference names, as the bundle receives them; an open end stops at the sheet's last
 * row or column, and a reference past the grid stops at its edge. A formula that reads its own cell,
 * a cell holding NOW() or RAND(), or more than MAX_ARGUMENT_CELLS cells gets an error instead.
 */
function rangeValues(env: FormulaEnv, cell: Cell, ref: A1Ref): unknown[][] {
  const sheet = ref.sheet === undefined ? cell.sheet : env.book.sheet(ref.sheet);
  if (!sheet) throw new Error(`Unresolved sheet name '${ref.sheet}'.`);
  const r1 = ref.row - 1;
  const c1 = ref.column - 1;
  const rowsOnly = ref.lastColumn === MAX_COLUMN;
  const r2 = Math.min(ref.lastRow !== undefined ? ref.lastRow - 1 : Math.max(r1, sheet.lastRow() - 1), sheet.maxRows - 1);
  const c2 = Math.min((rowsOnly ? Math.max(ref.column, sheet.lastColumn()) : ref.lastColumn) - 1, sheet.maxColumns - 1);
  const where = `${ref.sheet === undefined ? '' : `'${sheet.name}'!`}${a1Notation(ref.row, ref.column, (ref.lastRow ?? r2 + 1) - ref.row + 1, (rowsOnly ? c2 + 1 : ref.lastColumn) - ref.column + 1)}`;
  if (r1 > r2 || c1 > c2) throw new FormulaError('#REF!', `El rango ${where} queda fuera de la hoja «${sheet.name}», que tiene ${count(sheet.maxRows)} filas y ${count(sheet.maxColumns)} columnas.`);
  cell.cellsRead += (r2 - r1 + 1) * (c2 - c1 + 1);
  if (cell.cellsRead > MAX_ARGUMENT_CELLS) {
    throw new FormulaError('#ERROR!', `El rango ${where} es demasiado grande: los argumentos de una fórmula pueden abarcar hasta ${count(MAX_ARGUMENT_CELLS)} celdas y con él suman ${count(cell.cellsRead)}. Use solo las filas y columnas con datos (por ejemplo A2:F500).`);
  }
  const read = { sheet, r1, c1, r2, c2 };
  if (sheet === cell.sheet && overlaps(read, { sheet, r1: keyRow(cell.key), c1: keyColumn(cell.key), r2: keyRow(cell.key), c2: keyColumn(cell.key) })) throw new FormulaError('#REF!', CIRCULAR_MESSAGE);
  for (const k of cell.volatileCells.get(sheet) ?? []) {
    const r = keyRow(k);
    const c = keyColumn(k);
    if (r >= r1 && r <= r2 && c >= c1 && c <= c2) throw new FormulaError('#ERROR!', VOLATILE_MESSAGE);
  }
  cell.reads.push(read);
  const out: unknown[][] = new Array(r2 - r1 + 1);
  for (let r = r1; r <= r2; r++) {
    const row: unknown[] = new Array(c2 - c1 + 1);
    for (let c = c1; c <= c2; c++) row[c - c1] = env.scriptValue(sheet.get(r, c));
    out[r - r1] = row;
  }
  return out;
}

/**
 * An array literal as Sheets builds it: the elements of a row are joined side by side and must
 * have the same number of rows (ARRAY_ROW); the rows are stacked and must have the same number of
 * columns (ARRAY_LITERAL). Either mismatch is Sheets' #VALUE!, with its message.
 */
function literalValues(env: FormulaEnv, cell: Cell, rows: Arg[][]): unknown[][] {
  const out: unknown[][] = [];
  let width: number | undefined;
  for (const row of rows) {
    const parts = row.map((element) => gridOf(env, cell, element));
    const height = parts[0].length;
    parts.forEach((part, j) => {
      if (part.length !== height) throw new FormulaError('#VALUE!', `Function ARRAY_ROW parameter ${j + 1} has mismatched row size. Expected: ${height}. Actual: ${part.length}.`);
    });
    const rowWidth = parts.reduce((sum, part) => sum + part[0].length, 0);
    if (width !== undefined && rowWidth !== width) throw new FormulaError('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
    width = rowWidth;
    for (let r = 0; r < height; r++) out.push(parts.flatMap((part) => part[r]));
  }
  return out;
}

/** An element of an array literal as a grid: a value is one cell, a reference its cells, a literal its rows. */
function gridOf(env: FormulaEnv, cell: Cell, arg: Arg): unknown[][] {
  if (arg.kind === 'ref') return rangeValues(env, cell, arg.ref);
  if (arg.kind === 'array') return literalValues(env, cell, arg.rows);
  return [[arg.kind === 'value' ? arg.value : '']];
}

/** An argument as the custom function receives it: one cell as its value, a range or literal as rows (one cell of a literal as its value). */
function resolve(env: FormulaEnv, cell: Cell, arg: Arg): unknown {
  if (arg.kind === 'empty') return '';
  if (arg.kind === 'value') return arg.value;
  const grid = arg.kind === 'ref' ? rangeValues(env, cell, arg.ref) : literalValues(env, cell, arg.rows);
  const oneCell = arg.kind === 'ref' ? arg.single : grid.length === 1 && grid[0].length === 1;
  return oneCell ? grid[0][0] : grid;
}

export function setError(sheet: SheetModel, key: number, value: string, message: string): void {
  sheet.set(keyRow(key), keyColumn(key), value);
  sheet.errors.set(key, message);
}

export const messageOf = (e: unknown) => (e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e));

/**
 * The note of a custom-function formula this evaluator cannot read (a nested call, arithmetic on a
 * range): it shows an error rather than the value the workbook last cached, which would look current.
 */
const UNREADABLE_MESSAGE =
  'El entorno local no puede evaluar esta fórmula: sus argumentos deben ser celdas, rangos, textos, números o matrices {…}, sin otras funciones ni operaciones. HOY() va en una celda aparte, la fecha de corte.';

/**
 * Evaluates one formula when its text or argument values changed since its last evaluation (or a
 * write touched its cells), and spills its result; returns whether any stored value changed.
 */
export function evaluate(env: FormulaEnv, cell: Cell): boolean {
  const { sheet, key } = cell;
  const before = snapshot(sheet, key);
  cell.reads = [];
  cell.cellsRead = 0;
  const fail = (value: string, message: string) => {
    clearSpill(sheet, key);
    cell.spill = undefined;
    memosOf(sheet).delete(key);
    setError(sheet, key, value, message);
    return before !== snapshot(sheet, key);
  };
  if (callsVolatile(cell.formula)) return fail('#ERROR!', VOLATILE_MESSAGE);
  if (!cell.call) return fail('#ERROR!', cell.parseError ?? UNREADABLE_MESSAGE);
  let args: unknown[];
  try {
    args = cell.call.args.map((a) => resolve(env, cell, a));
  } catch (e) {
    return fail(e instanceof FormulaError ? e.value : '#ERROR!', messageOf(e));
  }
  const argsText = new Fingerprint().add(args).text();
  const memo = memosOf(sheet).get(key);
  if (memo && memo.formula === cell.formula && memo.args === argsText && memo.left === before) {
    cell.spill = memo.spill;
    return false;
  }
  clearSpill(sheet, key);
  sheet.errors.delete(key);
  cell.spill = undefined;
  const laidOut = layout(env, cell, args);
  const after = snapshot(sheet, key);
  if (laidOut) memosOf(sheet).set(key, { formula: cell.formula, args: argsText, left: after, spill: cell.spill });
  else memosOf(sheet).delete(key);
  return before !== after;
}

/**
 * Calls the custom function and writes its result from the formula's cell. False when the result
 * could not spill (the grid is too small, or cells in the way): that must be tried again once they clear.
 */
function layout(env: FormulaEnv, cell: Cell, args: unknown[]): boolean {
  const { sheet, key } = cell;
  const row = keyRow(key);
  const column = keyColumn(key);
  let result: unknown;
  try {
    result = env.customFunction(cell.call!.name)!(...args);
  } catch (e) {
    setError(sheet, key, e instanceof FormulaError ? e.value : '#ERROR!', messageOf(e));
    return true;
  }
  const grid: unknown[][] = Array.isArray(result) ? (result.length && Array.isArray(result[0]) ? (result as unknown[][]) : [result]) : [[result]];
  if (grid.length === 0 || grid[0].length === 0) {
    setError(sheet, key, '#N/A', 'El resultado de la fórmula está vacío.');
    return true;
  }
  const width = Math.max(...grid.map((r) => (Array.isArray(r) ? r.length : 1)));
  const missingRows = row + grid.length - sheet.maxRows;
  const missingColumns = column + width - sheet.maxColumns;
  if (missingRows > 0 || missingColumns > 0) {
    const what = missingRows > 0 ? `rows (${missingRows})` : `columns (${missingColumns})`;
    setError(sheet, key, '#REF!', `Result was not automatically expanded, please insert more ${what}.`);
    return false;
  }
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < width; j++) {
      if (i === 0 && j === 0) continue;
      const k = cellKey(row + i, column + j);
      if (sheet.formulas.has(k) || sheet.get(row + i, column + j) !== '') {
        const blocked = a1Notation(row + i + 1, column + j + 1, 1, 1);
        setError(sheet, key, '#REF!', `Array result was not expanded because it would overwrite data in ${blocked}.`);
        return false;
      }
    }
  }
  for (let i = 0; i < grid.length; i++) {
    const values = Array.isArray(grid[i]) ? grid[i] : [grid[i]];
    for (let j = 0; j < width; j++) {
      sheet.set(row + i, column + j, env.storedOfResult(values[j]));
      if (i || j) sheet.spillOwner.set(cellKey(row + i, column + j), key);
    }
  }
  cell.spill = { sheet, r1: row, c1: column, r2: row + grid.length - 1, c2: column + width - 1 };
  return true;
}
