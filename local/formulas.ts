// Evaluates the formulas that call the bundle's custom functions, `=NAME(B2:B, 'Alumnos'!C2:C, 8.5, "x")`,
// and spills their results as Sheets does, again only when an argument's values change; `=TODAY()` and
// `=NOW()` cells follow the runtime's clock; a custom call it cannot read shows an error; every other
// formula keeps the value the workbook cached.
import { types } from 'node:util';
import { FormulaParseError, FormulaSyntax, KNOWN_LOCALES, convertFormula, syntaxOfLocale } from '../src/core/formula-syntax';
import { A1Ref, MAX_COLUMN, a1Notation, columnLetters, columnNumber, parseA1 } from './services/a1';
import { Book, SheetModel, Stored, cellKey, keyColumn, keyRow } from './services/book';
import { wallOfInstant } from './services/zone';

export type Arg =
  | { kind: 'empty' }
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'ref'; ref: A1Ref; single: boolean }
  /** `{A2:A, C2:C; 1, 2}`: rows of elements, each a value, a reference or another literal. */
  | { kind: 'array'; rows: Arg[][] };

export interface ParsedFormula {
  name: string;
  args: Arg[];
  /** Sheets' message when the formula does not parse ("Formula parse error."): the cell shows #ERROR!. */
  error?: string;
}

/** Splits at top-level separators, outside quotes, parentheses and array-literal braces. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = text[i + 1] === quote ? (i++, quote) : '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const CALL = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)$/;

/** The inside of `{…}` in en-US syntax: `;` stacks rows, `,` joins columns. Every element must be there: `{1,,2}` is not read. */
function parseArray(inner: string): Arg | undefined {
  const rows: Arg[][] = [];
  for (const rowText of splitTopLevel(inner, ';')) {
    const row: Arg[] = [];
    for (const text of splitTopLevel(rowText, ',')) {
      const element = text.trim() === '' ? undefined : parseArg(text);
      if (!element) return undefined;
      row.push(element);
    }
    rows.push(row);
  }
  return { kind: 'array', rows };
}

function parseArg(text: string): Arg | undefined {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (t.startsWith('{') && t.endsWith('}')) return parseArray(t.slice(1, -1));
  if (/^"([^"]|"")*"$/.test(t)) return { kind: 'value', value: t.slice(1, -1).replace(/""/g, '"') };
  const number = /^[+-]?(\d+(\.\d+)?|\.\d+)(%?)$/.exec(t);
  if (number) return { kind: 'value', value: number[3] ? Number(t.slice(0, -1)) / 100 : Number(t) };
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'VERDADERO') return { kind: 'value', value: true };
  if (upper === 'FALSE' || upper === 'FALSO') return { kind: 'value', value: false };
  const ref = parseA1(t);
  if (ref) return { kind: 'ref', ref, single: !t.includes(':') };
  return undefined;
}

/**
 * The custom-function call of a stored formula, unwrapping ARRAYFORMULA. Stored formulas are in
 * en-US syntax whatever the locale, as Sheets keeps them and setFormula and .xlsx files write them:
 * one that does not parse there (`;` between arguments, `\` in a literal) comes back with Sheets'
 * parse error. Undefined when the formula is anything else (a built-in function, arithmetic, a
 * nested call), which the runtime leaves alone.
 */
export function parseFormula(formula: string): ParsedFormula | undefined {
  try {
    convertFormula(formula, 'comma', 'comma');
  } catch (e) {
    if (e instanceof FormulaParseError) return { name: '', args: [], error: e.message };
    throw e;
  }
  let body = formula.trim().replace(/^=/, '').trim();
  let m = CALL.exec(body);
  if (m && m[1].toUpperCase() === 'ARRAYFORMULA') {
    body = m[2].trim();
    m = CALL.exec(body);
  }
  if (!m) return undefined;
  const parts = splitTopLevel(m[2], ',');
  if (parts.length === 1 && parts[0].trim() === '') return { name: m[1].toUpperCase(), args: [] };
  const args: Arg[] = [];
  for (const p of parts) {
    const arg = parseArg(p);
    if (!arg) return undefined;
    args.push(arg);
  }
  return { name: m[1].toUpperCase(), args };
}

/**
 * A formula as a user types it into a book of `locale` (`=BECA("I"; 8,5; "Sí")` in es_ES), in the
 * en-US form the book stores. In a comma locale a `;` between arguments becomes `,`, as Sheets
 * corrects it; anything else that is not that locale's syntax throws FormulaParseError.
 */
export function typedFormula(text: string, locale: string): string {
  return convertFormula(text, localeSyntax(locale), 'comma', { typed: true });
}

/** The syntax of a locale the runtime knows; a Spanish error naming the locale otherwise. */
export function localeSyntax(locale: string): FormulaSyntax {
  const syntax = syntaxOfLocale(locale);
  if (!syntax) throw new Error(`Configuración regional «${locale}» desconocida: use una de ${KNOWN_LOCALES.join(', ')}.`);
  return syntax;
}

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

interface Rect {
  sheet: SheetModel;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

interface Cell {
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
 * What a formula's last evaluation saw and left: Sheets calls a custom function again only when the
 * formula or its argument values change, so the same formula over the same values keeps its result.
 */
interface Memo {
  formula: string;
  args: string;
  /** snapshot() after the evaluation: any other value means a write touched the cell or its spill. */
  left: string;
  spill?: Rect;
}

const memos = new WeakMap<SheetModel, Map<number, Memo>>();

function memosOf(sheet: SheetModel): Map<number, Memo> {
  let m = memos.get(sheet);
  if (!m) memos.set(sheet, (m = new Map()));
  return m;
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
const callsVolatile = (formula: string) => VOLATILE.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));

/** `=TODAY()` / `=NOW()` alone in a cell, in en-US or Spanish names. */
const CLOCK_CELL = /^=\s*(TODAY|HOY|NOW|AHORA)\s*\(\s*\)\s*$/i;

/** The name of the function a formula calls first (`=BECA(…`, `=ARRAYFORMULA(BECA(…`), upper case. */
function outerCall(formula: string): string | undefined {
  const m = /^=\s*(?:ARRAYFORMULA\s*\(\s*)?([A-Za-z_][\w.]*)\s*\(/i.exec(formula.trim());
  return m ? m[1].toUpperCase() : undefined;
}

const overlaps = (a: Rect, b: Rect) => a.sheet === b.sheet && a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

function clearSpill(sheet: SheetModel, anchor: number): void {
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

function setError(sheet: SheetModel, key: number, value: string, message: string): void {
  sheet.set(keyRow(key), keyColumn(key), value);
  sheet.errors.set(key, message);
}

const isBlankRow = (row: unknown) => Array.isArray(row) && row.every((v) => v === '');

const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

/**
 * Two independent 32-bit hashes of argument values (Dates by instant), to tell whether any of them
 * changed without building their text: a change goes unseen only if both collide. Blank rows at the
 * end of a range do not count: an open range (`F2:F`) stops at the sheet's last row here, where
 * Sheets passes every row of the grid, so a write further down changes no argument.
 */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x9747b28c;

  private word(n: number): void {
    this.a = Math.imul(this.a ^ n, 0x01000193);
    this.b = Math.imul(this.b ^ n, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }

  private number(n: number): void {
    float[0] = n;
    this.word(floatWords[0]);
    this.word(floatWords[1]);
  }

  add(v: unknown): this {
    if (Array.isArray(v)) {
      let end = v.length;
      while (end > 0 && isBlankRow(v[end - 1])) end--;
      this.word(1);
      for (let i = 0; i < end; i++) this.add(v[i]);
      this.word(2);
    } else if (typeof v === 'string') {
      this.word(3);
      this.word(v.length);
      for (let i = 0; i < v.length; i++) this.word(v.charCodeAt(i));
    } else if (typeof v === 'number') {
      this.word(4);
      this.number(v);
    } else if (typeof v === 'boolean') this.word(v ? 5 : 6);
    else if (types.isDate(v)) {
      this.word(7);
      this.number((v as Date).getTime());
    } else this.add(String(v));
    return this;
  }

  text(): string {
    return `${this.a >>> 0}:${this.b >>> 0}`;
  }
}

const messageOf = (e: unknown) => (e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e));

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
function evaluate(env: FormulaEnv, cell: Cell): boolean {
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

/** A cheap fingerprint of a formula's output: anchor value, error and spill size. */
function snapshot(sheet: SheetModel, key: number): string {
  let owned = 0;
  let sum = '';
  for (const [k, owner] of sheet.spillOwner) {
    if (owner !== key) continue;
    owned++;
    if (owned <= 64) sum += `${k}=${String(sheet.get(keyRow(k), keyColumn(k)))};`;
  }
  const v = sheet.get(keyRow(key), keyColumn(key));
  return `${types.isDate(v) ? (v as Date).getTime() : String(v)}|${sheet.errors.get(key) ?? ''}|${owned}|${sum}`;
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

/** One A1 reference at a position: optional sheet, a start cell or column, an optional end. */
const REF_AT = /(?:('(?:[^']|'')*'|[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)?(?=[^\w(!]|$)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+)?(?=[^\w(!]|$))?/y;

/**
 * The formula with its references to `sheet` moved as Sheets moves them when rows or columns are
 * inserted there: every reference at or after `at` (1-based) shifts by `count`.
 */
export function shiftReferences(formula: string, formulaSheet: string, sheet: string, axis: 'row' | 'column', at: number, count: number): string {
  let out = '';
  for (let i = 0; i < formula.length; ) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    REF_AT.lastIndex = i;
    const m = /[\w.$'\u00C0-\u024F]/.test(prev) ? null : REF_AT.exec(formula);
    const isRef = m && (m[5] !== undefined || m[7] !== undefined);
    if (!m || !isRef) {
      out += ch;
      i++;
      continue;
    }
    const named = m[1] === undefined ? formulaSheet : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    if (named !== sheet) {
      out += m[0];
      i += m[0].length;
      continue;
    }
    const moveColumn = (letters: string) => {
      const n = columnNumber(letters);
      return axis === 'column' && n >= at ? columnLetters(n + count) : letters.toUpperCase();
    };
    const moveRow = (digits: string | undefined) => (digits === undefined ? '' : axis === 'row' && Number(digits) >= at ? String(Number(digits) + count) : digits);
    let text = `${m[1] !== undefined ? `${m[1]}!` : ''}${m[2]}${moveColumn(m[3])}${m[4]}${moveRow(m[5])}`;
    if (m[7] !== undefined) text += `:${m[6]}${moveColumn(m[7])}${m[8]}${moveRow(m[9])}`;
    out += text;
    i += m[0].length;
  }
  return out;
}

/** Moves every formula's references after rows or columns were inserted into `sheet`. */
export function shiftBookReferences(book: Book, sheet: string, axis: 'row' | 'column', at: number, count: number): void {
  for (const s of book.sheets) {
    for (const [k, f] of s.formulas) {
      const moved = shiftReferences(f, s.name, sheet, axis, at, count);
      if (moved !== f) s.formulas.set(k, moved);
    }
  }
}
