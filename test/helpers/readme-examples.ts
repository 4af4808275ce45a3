// The README's `Fórmula | Resultado` examples: Sheets' Spanish-locale formulas parsed into calls, results shown as Sheets shows them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const README = join(__dirname, '../../README.md');

/** One table row of the README: the formula as written and the result it shows. */
export interface ReadmeExample {
  line: number;
  formula: string;
  shown: string;
  /** The function the formula calls. */
  name: string;
}

/** A formula whose syntax this reader does not take: only literal arguments are allowed in examples. */
export class FormulaSyntaxError extends Error {}

/**
 * `=NAME(arg; arg; …)` with literal arguments as a Spanish-locale sheet writes them: "text" (with ""
 * for a quote), numbers with decimal comma, VERDADERO/FALSO, empty arguments, and array literals
 * `{a \ b; c \ d}` (`;` separates rows, `\` or `,` columns; a comma between digits is decimal).
 */
export function parseFormula(formula: string): { name: string; args: unknown[] } {
  const m = /^=\s*([A-ZÁÉÍÓÚÑ_][A-ZÁÉÍÓÚÑ0-9_]*)\s*\(([\s\S]*)\)\s*$/.exec(formula.trim());
  if (!m) throw new FormulaSyntaxError(`no es una llamada =NOMBRE(…): ${formula}`);
  const src = m[2];
  let i = 0;
  const skip = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const fail = (what: string): never => {
    throw new FormulaSyntaxError(`${what} en la posición ${i} de ${formula}`);
  };

  const scalar = (): unknown => {
    skip();
    if (src[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) fail('texto sin cerrar');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          return s;
        }
        s += src[i++];
      }
    }
    const num = /^[+-]?(\d+(,\d+)?|,\d+)(e[+-]?\d+)?%?/i.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      const text = num[0].replace(',', '.');
      return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    }
    const word = /^(VERDADERO|FALSO)\b/i.exec(src.slice(i));
    if (word) {
      i += word[0].length;
      return word[1].toUpperCase() === 'VERDADERO';
    }
    return undefined;
  };

  const array = (): unknown[][] => {
    i++; // {
    const rows: unknown[][] = [[]];
    for (;;) {
      const v = scalar();
      if (v === undefined) fail('valor de matriz no literal');
      rows[rows.length - 1].push(v);
      skip();
      const sep = src[i++];
      if (sep === '}') break;
      if (sep === ';') rows.push([]);
      else if (sep !== '\\' && sep !== ',') fail(`separador «${sep ?? ''}» inesperado en la matriz`);
    }
    if (rows.some((r) => r.length !== rows[0].length)) fail('filas de distinto largo en la matriz');
    return rows;
  };

  const args: unknown[] = [];
  skip();
  if (i === src.length) return { name: m[1], args };
  for (;;) {
    skip();
    let v: unknown;
    if (src[i] === '{') v = array();
    else if (src[i] === ';' || i === src.length) v = '';
    else {
      v = scalar();
      if (v === undefined) fail('argumento no literal (solo textos, números, VERDADERO/FALSO y matrices {…})');
    }
    args.push(v);
    skip();
    if (i === src.length) break;
    if (src[i] !== ';') fail('se esperaba «;»');
    i++;
  }
  return { name: m[1], args };
}

/** A number as a Spanish-locale sheet shows it in automatic format: decimal comma, no thousands separator. */
export function showNumber(n: number): string {
  return String(Number(n.toPrecision(10))).replace('.', ',');
}

/** A result as the README shows it: a cell's value, or a spilled range as `{a \ b; c \ d}` (a 1×1 range is one cell). */
export function showResult(v: unknown): string {
  const cell = (c: unknown) => (typeof c === 'number' ? showNumber(c) : typeof c === 'boolean' ? (c ? 'VERDADERO' : 'FALSO') : String(c ?? ''));
  if (!Array.isArray(v)) return cell(v);
  const rows = (Array.isArray(v[0]) ? v : [v]) as unknown[][];
  if (rows.length === 1 && rows[0].length === 1) return cell(rows[0][0]);
  return `{${rows.map((row) => row.map(cell).join(' \\ ')).join('; ')}}`;
}

/** The text between the first pair of backticks of a table cell ("" when the cell is `` `` `` or empty). */
function code(cell: string): string | undefined {
  const m = /^`(.*)`$/.exec(cell.trim());
  return m ? m[1] : cell.trim() === '' ? '' : undefined;
}

/** Every row of every `Fórmula | Resultado` table in the README. */
export function readmeExamples(text = readFileSync(README, 'utf8')): ReadmeExample[] {
  const lines = text.split('\n');
  const out: ReadmeExample[] = [];
  let inTable = false;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line.startsWith('|')) {
      inTable = false;
      return;
    }
    const cells = line.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
    if (/^Fórmula$/.test(cells[0]?.trim() ?? '') && /^Resultado$/.test(cells[1]?.trim() ?? '')) {
      inTable = true;
      return;
    }
    if (!inTable || /^[\s:|-]+$/.test(line)) return;
    const formula = code(cells[0].replace(/\\\|/g, '|')) ?? cells[0].trim();
    const shown = code((cells[1] ?? '').replace(/\\\|/g, '|')) ?? `(sin comillas invertidas) ${cells[1] ?? ''}`;
    out.push({ line: index + 1, formula, shown, name: /^=\s*([^(\s]+)/.exec(formula)?.[1] ?? '' });
  });
  return out;
}
