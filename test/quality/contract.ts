// The contract every custom function keeps whatever it is given, checked the same way by the corpus and property tests.
import vm from 'node:vm';
import { isBlank } from '../../src/core/parse';
import type { FunctionHelp } from '../../src/functions/help';
import * as server from '../../src/server';
import { loadBundle } from '../helpers/bundle';

export type Call = (...args: unknown[]) => unknown;

/** Error texts quote the user's value shortened, so even a 10,000-character cell gives a short message. */
export const MAX_ERROR_LENGTH = 300;
/** Sentences of 'text' outputs (BECA_MOTIVO, …) stay readable in a cell. */
export const MAX_TEXT_LENGTH = 500;

const LEAKS = /undefined|NaN|\[object|Infinity/;
/** An internal value shown to the user, outside the «quoted» copy of what the user typed. */
const leaks = (text: string) => LEAKS.test(text.replace(/«[^»]*»/g, '«»'));

/** The two ways Apps Script code is reached: the TypeScript source and the built bundle in a fresh V8 context. */
export interface Target {
  label: string;
  call: (name: string, args: unknown[]) => unknown;
}

export function sourceTarget(): Target {
  const fns = server as unknown as Record<string, Call>;
  return { label: 'source', call: (name, args) => fns[name](...args) };
}

/** The bundle as Apps Script loads it; Dates are rebuilt in its realm, as Sheets hands them over. */
export function bundleTarget(): Target {
  const context = loadBundle();
  const RealmDate = vm.runInContext('Date', context) as DateConstructor;
  const inRealm = (v: unknown): unknown =>
    v instanceof Date ? new RealmDate(v.getTime()) : Array.isArray(v) ? v.map(inRealm) : v;
  return { label: 'bundle', call: (name, args) => (context[name] as Call)(...args.map(inRealm)) };
}

/** What is wrong with one output cell of `help`'s function, or undefined when the cell keeps the contract. */
export function cellProblem(help: FunctionHelp, cell: unknown): string | undefined {
  if (cell === '') return undefined;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return `número no finito ${cell}`;
    if (help.output === 'fraction' && (cell < 0 || cell > 1)) return `fracción fuera de 0–1: ${cell}`;
    if (help.output === 'word' || help.output === 'text') return `número ${cell} donde se esperaba texto`;
    return undefined;
  }
  if (typeof cell !== 'string') return `celda de tipo ${Object.prototype.toString.call(cell)}`;
  if (cell.startsWith('Error: ')) {
    if (leaks(cell)) return `error con un valor interno: ${cell}`;
    if (cell.length >= MAX_ERROR_LENGTH) return `error de ${cell.length} caracteres`;
    return undefined;
  }
  switch (help.output) {
    case 'word':
      return help.words?.includes(cell) ? undefined : `«${cell.slice(0, 80)}» no es una de las palabras de ${help.name}`;
    case 'text':
    case 'table':
      if (leaks(cell)) return `texto con un valor interno: ${cell.slice(0, 200)}`;
      return cell.length < MAX_TEXT_LENGTH ? undefined : `texto de ${cell.length} caracteres`;
    default:
      return `texto «${cell.slice(0, 80)}» donde se esperaba un número`;
  }
}

type Param = FunctionHelp['params'][number];

/** An argument as rows of cells, or undefined when it is a single value (a 1×1 range is one too, unless row-shaped). */
function gridOf(p: Param, v: unknown): unknown[][] | undefined {
  // The configuration and a 'call' argument (planes_del_criterio) are read once for the whole call, never by row.
  if (p.name === 'configuracion' || p.shape === 'call' || !Array.isArray(v)) return undefined;
  const grid = v.length > 0 && Array.isArray(v[0]) ? (v as unknown[][]) : [v];
  return grid.length === 1 && grid[0].length === 1 && p.shape !== 'row' ? undefined : grid;
}

/** The rows a call's ranges have, by the rule of src/functions/rows.ts; undefined when every argument is a single value. */
export function inputRows(help: FunctionHelp, args: unknown[]): number | undefined {
  let rows: number | undefined;
  help.params.forEach((p, i) => {
    const grid = gridOf(p, args[i]);
    if (grid) rows = grid.length;
  });
  return rows;
}

/**
 * Whether row `r` of the call is blank. With ranges, only the ranges decide (a single value such as a
 * fecha de corte applies to every row); with single values only (`r` undefined), all of them.
 */
export function rowIsBlank(help: FunctionHelp, args: unknown[], r: number | undefined): boolean {
  return help.params.every((p, i) => {
    if (p.name === 'configuracion' || p.shape === 'call') return true;
    const grid = gridOf(p, args[i]);
    if (r !== undefined) return !grid || grid[r].every((c) => isBlank(c));
    const v = args[i];
    if (!Array.isArray(v)) return isBlank(v);
    const cells = (Array.isArray(v[0]) ? (v as unknown[][])[0] : v) as unknown[];
    return cells.every((c) => isBlank(c));
  });
}

/** Every breach of the contract in one result: cell kinds, one row per input row, blank rows blank. */
export function resultProblems(help: FunctionHelp, args: unknown[], result: unknown): string[] {
  const problems: string[] = [];
  const check = (cell: unknown, where: string) => {
    const p = cellProblem(help, cell);
    if (p) problems.push(`${where}: ${p}`);
  };
  if (help.output === 'table') {
    // A 1-D array is one row of cells, as Sheets spills it. When a table declares words, its first
    // column holds them (RENUEVA_BECA: the status, then the reason).
    const table = !Array.isArray(result) ? [[result]] : Array.isArray(result[0]) ? (result as unknown[][]) : [result];
    table.forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== table[0].length) problems.push(`fila ${r}: la tabla no es rectangular`);
      else
        row.forEach((c, j) => {
          const first = j === 0 && help.words && typeof c === 'string' && !c.startsWith('Error: ') && c !== '';
          if (first && !help.words!.includes(c)) problems.push(`fila ${r}: «${c.slice(0, 80)}» no es una de las palabras de ${help.name}`);
          else check(c, `celda ${r},${j}`);
        });
    });
    return problems;
  }
  const rows = inputRows(help, args);
  const cellsOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
  const checkRow = (value: unknown, r: number | undefined, where: string) => {
    const cells = cellsOf(value);
    cells.forEach((c) => check(c, where));
    if (rowIsBlank(help, args, r) && cells.some((c) => c !== '')) problems.push(`${where}: una fila vacía debe dar ""`);
  };
  if (rows === undefined) {
    checkRow(result, undefined, 'resultado');
    return problems;
  }
  if (!Array.isArray(result)) return [`se esperaban ${rows} filas y llegó ${String(result).slice(0, 80)}`];
  if (result.length !== rows) problems.push(`se esperaban ${rows} filas y llegaron ${result.length}`);
  result.forEach((row, r) => checkRow(row, r, `fila ${r}`));
  return problems;
}

/** The documented error for ranges of different sizes, with both sizes in its text. */
export const MISMATCH = /los rangos tienen distinto número de filas: (.+) tiene (\d+) y (.+) tiene (\d+)/;

/** Calls and returns either the result or the thrown message, so a test can assert on both. */
export function attempt(target: Target, name: string, args: unknown[]): { result?: unknown; thrown?: string } {
  try {
    return { result: target.call(name, args) };
  } catch (e) {
    return { thrown: e instanceof Error || (e && typeof (e as Error).message === 'string') ? (e as Error).message : String(e) };
  }
}
