// The README's `Fórmula | Resultado` examples, in Mexico's syntax or (one table) a semicolon locale's, read into calls; results shown as Sheets shows them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FormulaSyntax, convertFormula, showValue } from '../../src/core/formula-syntax';

export const README = join(__dirname, '../../README.md');

/** One table row of the README: the formula as written and the result it shows. */
export interface ReadmeExample {
  line: number;
  formula: string;
  shown: string;
  /** The function the formula calls. */
  name: string;
  /** The syntax of its table: `comma` (Mexico), or `semicolon` in the table headed «Fórmula con punto y coma». */
  syntax: FormulaSyntax;
}

/** A formula whose syntax this reader does not take: only literal arguments are allowed in examples. */
export class FormulaSyntaxError extends Error {}

/**
 * `=NAME(arg, arg, …)` with literal arguments, as a sheet of that syntax writes them (Mexico's unless
 * told; `;`, decimal comma and `{a \ b}` for semicolon locales, read through the add-on's converter):
 * "text" (with "" for a quote), numbers and percentages, VERDADERO/FALSO, empty arguments, and array
 * literals. A formula not valid in that syntax throws.
 */
export function parseFormula(formula: string, syntax: FormulaSyntax = 'comma'): { name: string; args: unknown[] } {
  let canonical: string;
  try {
    canonical = convertFormula(formula, syntax, 'comma');
  } catch {
    throw new FormulaSyntaxError(`no se lee con la sintaxis ${syntax}: ${formula}`);
  }
  const m = /^=\s*([A-ZÁÉÍÓÚÑ_][A-ZÁÉÍÓÚÑ0-9_]*)\s*\(([\s\S]*)\)\s*$/.exec(canonical.trim());
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
    const num = /^[+-]?(\d+(\.\d+)?|\.\d+)(e[+-]?\d+)?%?/i.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      return num[0].endsWith('%') ? Number(num[0].slice(0, -1)) / 100 : Number(num[0]);
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
      else if (sep !== ',') fail(`separador «${sep ?? ''}» inesperado en la matriz`);
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
    else if (src[i] === ',' || i === src.length) v = '';
    else {
      v = scalar();
      if (v === undefined) fail('argumento no literal (solo textos, números, VERDADERO/FALSO y matrices {…})');
    }
    args.push(v);
    skip();
    if (i === src.length) break;
    if (src[i] !== ',') fail('se esperaba un separador de argumentos');
    i++;
  }
  return { name: m[1], args };
}

/** A result as the README shows it in that syntax (Mexico's unless told): a cell's value, or a spilled range. */
export function showResult(v: unknown, syntax: FormulaSyntax = 'comma'): string {
  return showValue(v, syntax);
}

/** The text between the first pair of backticks of a table cell ("" when the cell is `` `` `` or empty). */
function code(cell: string): string | undefined {
  const m = /^`(.*)`$/.exec(cell.trim());
  return m ? m[1] : cell.trim() === '' ? '' : undefined;
}

/** The header of the README's one table in semicolon syntax. */
export const SEMICOLON_HEADER = 'Fórmula con punto y coma';

/** Every row of every `Fórmula | Resultado` (or `Fórmula con punto y coma | Resultado`) table in the README. */
export function readmeExamples(text = readFileSync(README, 'utf8')): ReadmeExample[] {
  const lines = text.split('\n');
  const out: ReadmeExample[] = [];
  let inTable = false;
  let syntax: FormulaSyntax = 'comma';
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line.startsWith('|')) {
      inTable = false;
      return;
    }
    const cells = line.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
    const header = cells[0]?.trim() ?? '';
    if ((header === 'Fórmula' || header === SEMICOLON_HEADER) && /^Resultado$/.test(cells[1]?.trim() ?? '')) {
      inTable = true;
      syntax = header === SEMICOLON_HEADER ? 'semicolon' : 'comma';
      return;
    }
    if (!inTable || /^[\s:|-]+$/.test(line)) return;
    const formula = code(cells[0].replace(/\\\|/g, '|')) ?? cells[0].trim();
    const shown = code((cells[1] ?? '').replace(/\\\|/g, '|')) ?? `(sin comillas invertidas) ${cells[1] ?? ''}`;
    out.push({ line: index + 1, formula, shown, name: /^=\s*([^(\s]+)/.exec(formula)?.[1] ?? '', syntax });
  });
  return out;
}
