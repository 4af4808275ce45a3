// Reading a formula that calls a custom function, `=NAME(B2:B, 'Alumnos'!C2:C, 8.5, "x", {…})`, into
// its name and arguments; a formula typed in a locale's syntax into en-US. The README example tests use it too.
import { FormulaParseError, FormulaSyntax, KNOWN_LOCALES, convertFormula, syntaxOfLocale } from '../../src/core/formula-syntax';
import { A1Ref, parseA1 } from '../services/a1';

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
