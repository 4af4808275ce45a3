// Evaluates the formulas that call the bundle's custom functions, `=NAME(B2:B, 'Alumnos'!C2:C, 8.5, "x")`,
// and spills their results as Sheets does; every other formula keeps the value the workbook cached.
import { types } from 'node:util';
import { FormulaParseError, FormulaSyntax, KNOWN_LOCALES, convertFormula, syntaxOfLocale } from '../src/core/formula-syntax';
import { A1Ref, MAX_COLUMN, a1Notation, columnLetters, columnNumber, parseA1 } from './services/a1';
import { Book, SheetModel, Stored, cellKey, keyColumn, keyRow } from './services/book';

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
  call: ParsedFormula;
  reads: Rect[];
  spill?: Rect;
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

/** The cells a reference names, as the bundle receives them; an open end stops at the sheet's last row or column. */
function rangeValues(env: FormulaEnv, cell: Cell, ref: A1Ref): unknown[][] {
  const sheet = ref.sheet === undefined ? cell.sheet : env.book.sheet(ref.sheet);
  if (!sheet) throw new Error(`Unresolved sheet name '${ref.sheet}'.`);
  const r1 = ref.row - 1;
  const c1 = ref.column - 1;
  const r2 = ref.lastRow !== undefined ? ref.lastRow - 1 : Math.max(r1, sheet.lastRow() - 1);
  const rowsOnly = ref.lastColumn === MAX_COLUMN;
  const c2 = (rowsOnly ? Math.max(ref.column, sheet.lastColumn()) : ref.lastColumn) - 1;
  cell.reads.push({ sheet, r1, c1, r2, c2 });
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

/** Evaluates one formula and spills its result; returns whether any stored value changed. */
function evaluate(env: FormulaEnv, cell: Cell): boolean {
  const { sheet, key } = cell;
  const row = keyRow(key);
  const column = keyColumn(key);
  const before = snapshot(sheet, key);
  clearSpill(sheet, key);
  sheet.errors.delete(key);
  cell.reads = [];
  cell.spill = undefined;
  let result: unknown;
  try {
    if (cell.call.error) throw new FormulaError('#ERROR!', cell.call.error);
    const fn = env.customFunction(cell.call.name)!;
    result = fn(...cell.call.args.map((a) => resolve(env, cell, a)));
  } catch (e) {
    setError(sheet, key, e instanceof FormulaError ? e.value : '#ERROR!', e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e));
    return before !== snapshot(sheet, key);
  }
  const grid: unknown[][] = Array.isArray(result) ? (result.length && Array.isArray(result[0]) ? (result as unknown[][]) : [result]) : [[result]];
  if (grid.length === 0 || grid[0].length === 0) {
    setError(sheet, key, '#N/A', 'El resultado de la fórmula está vacío.');
    return before !== snapshot(sheet, key);
  }
  const width = Math.max(...grid.map((r) => (Array.isArray(r) ? r.length : 1)));
  const missingRows = row + grid.length - sheet.maxRows;
  const missingColumns = column + width - sheet.maxColumns;
  if (missingRows > 0 || missingColumns > 0) {
    const what = missingRows > 0 ? `rows (${missingRows})` : `columns (${missingColumns})`;
    setError(sheet, key, '#REF!', `Result was not automatically expanded, please insert more ${what}.`);
    return before !== snapshot(sheet, key);
  }
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < width; j++) {
      if (i === 0 && j === 0) continue;
      const k = cellKey(row + i, column + j);
      if (sheet.formulas.has(k) || sheet.get(row + i, column + j) !== '') {
        const blocked = a1Notation(row + i + 1, column + j + 1, 1, 1);
        setError(sheet, key, '#REF!', `Array result was not expanded because it would overwrite data in ${blocked}.`);
        return before !== snapshot(sheet, key);
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
  return before !== snapshot(sheet, key);
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

/**
 * Evaluates every custom-function formula of the book in sheet, row, column order. When a formula
 * reads cells that a later one spills into, the book is evaluated again until nothing changes.
 */
export function recalculate(env: FormulaEnv): RecalcReport {
  const cells: Cell[] = [];
  for (const sheet of env.book.sheets) {
    const keys = [...sheet.formulas.keys()].sort((a, b) => a - b);
    const anchors = new Set<number>();
    for (const key of keys) {
      const call = parseFormula(sheet.formulas.get(key)!);
      if (!call || (!call.error && !env.customFunction(call.name))) continue;
      cells.push({ sheet, key, call, reads: [] });
      anchors.add(key);
    }
    // A spill whose formula was overwritten or deleted disappears with it.
    for (const owner of new Set(sheet.spillOwner.values())) if (!anchors.has(owner)) clearSpill(sheet, owner);
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
  return { formulas: cells.length, passes };
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
