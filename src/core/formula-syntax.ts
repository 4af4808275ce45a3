// Formula syntax by spreadsheet locale (comma locales such as es_MX, semicolon locales such as es_ES) and the one converter between them.

/**
 * `comma`: `,` between arguments, `.` for decimals, `{a, b; c, d}`; this is also the en-US form that
 * Apps Script's setFormula takes and .xlsx files store. `semicolon`: `;` between arguments, `,` for
 * decimals, `{a \ b; c \ d}`.
 */
export type FormulaSyntax = 'comma' | 'semicolon';

/**
 * Sheets' locales by formula syntax. Source: the separators Sheets shows for each locale, collected
 * by hand in gist.github.com/rtwalz/99f962981e2bd42eacfe97af03a090af (2023); es_ES, which it does not
 * list, from Spain's Sheets (issue 7); tr_TR from googleapis/google-api-nodejs-client#1994. The
 * Spanish-speaking American locales the gist does not list (Peru's UGELs among our users) follow the
 * rule Sheets applies everywhere: a comma syntax where the locale's decimal mark is a point, a
 * semicolon one where it is a comma, with the decimal mark from CLDR (`Intl.NumberFormat`); the
 * Diagnóstico confirms it in a real spreadsheet. A locale not listed is refused rather than guessed.
 */
const LOCALE_SYNTAX: Record<string, FormulaSyntax> = {
  es_MX: 'comma',
  en_US: 'comma',
  en_AU: 'comma',
  en_CA: 'comma',
  en_IE: 'comma',
  ar_EG: 'comma',
  zh_CN: 'comma',
  zh_HK: 'comma',
  hi_IN: 'comma',
  ja_JP: 'comma',
  vi_VN: 'comma',
  es_PE: 'comma',
  es_GT: 'comma',
  es_HN: 'comma',
  es_NI: 'comma',
  es_SV: 'comma',
  es_PA: 'comma',
  es_DO: 'comma',
  es_PR: 'comma',
  es_US: 'comma',
  es_419: 'comma',
  es_CU: 'comma',
  es_ES: 'semicolon',
  es_UY: 'semicolon',
  es_VE: 'semicolon',
  es_PY: 'semicolon',
  es_CR: 'semicolon',
  es_AR: 'semicolon',
  es_BO: 'semicolon',
  es_CL: 'semicolon',
  es_CO: 'semicolon',
  es_EC: 'semicolon',
  pt_BR: 'semicolon',
  fr_FR: 'semicolon',
  fr_CA: 'semicolon',
  de_DE: 'semicolon',
  it_IT: 'semicolon',
  cs_CZ: 'semicolon',
  da_DK: 'semicolon',
  fi_FI: 'semicolon',
  el_GR: 'semicolon',
  hu_HU: 'semicolon',
  hr_HR: 'semicolon',
  bg_BG: 'semicolon',
  lv_LV: 'semicolon',
  lt_LT: 'semicolon',
  tr_TR: 'semicolon',
};

/** The formula syntax of a Sheets locale (`es_MX`, `es_ES`, …); undefined when the locale is not in the table. */
export function syntaxOfLocale(locale: string): FormulaSyntax | undefined {
  return Object.prototype.hasOwnProperty.call(LOCALE_SYNTAX, locale) ? LOCALE_SYNTAX[locale] : undefined;
}

/** The locales of the table, for messages that list them. */
export const KNOWN_LOCALES = Object.keys(LOCALE_SYNTAX);

/** A formula that does not parse in the syntax it was read in; Sheets shows #ERROR! with this message. */
export class FormulaParseError extends Error {
  constructor(readonly formula: string) {
    super('Formula parse error.');
  }
}

const SEPARATORS: Record<FormulaSyntax, { argument: string; column: string; row: string; decimal: string }> = {
  comma: { argument: ',', column: ',', row: ';', decimal: '.' },
  semicolon: { argument: ';', column: '\\', row: ';', decimal: ',' },
};

const NAME_START = /[A-Za-z_$\u00C0-\u024F]/;
const NAME_PART = /[\w.$\u00C0-\u024F]/;

/**
 * The formula written in `to`'s syntax, read in `from`'s: separators and decimal marks change,
 * text in quotes and quoted sheet names stay. Throws FormulaParseError when the text is not valid in
 * `from` (a `\` in a comma locale, a `,` that is not a decimal in a semicolon locale, unbalanced
 * brackets, unclosed quotes). `typed` applies what Sheets does to a formula typed in a comma locale:
 * a `;` between arguments becomes `,`.
 */
export function convertFormula(formula: string, from: FormulaSyntax, to: FormulaSyntax, options: { typed?: boolean } = {}): string {
  const source = SEPARATORS[from];
  const target = SEPARATORS[to];
  const fail = (): never => {
    throw new FormulaParseError(formula);
  };
  const open: string[] = [];
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const inside = open[open.length - 1];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) fail();
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (NAME_START.test(ch)) {
      let j = i + 1;
      while (j < formula.length && NAME_PART.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
    } else if (/\d/.test(ch) || (ch === source.decimal && /\d/.test(formula[i + 1] ?? ''))) {
      const m = (from === 'comma' ? /^(\d*)(?:\.(\d+))?/ : /^(\d*)(?:,(\d+))?/).exec(formula.slice(i))!;
      i += m[0].length;
      // A decimal point in a semicolon locale (or a second one anywhere) is not a number there.
      if (formula[i] === '.' && /\d/.test(formula[i + 1] ?? '')) fail();
      out += m[2] === undefined ? m[1] : `${m[1]}${target.decimal}${m[2]}`;
    } else if (ch === '(' || ch === '{') {
      open.push(ch);
      out += ch;
      i++;
    } else if (ch === ')' || ch === '}') {
      if (open.pop() !== (ch === ')' ? '(' : '{')) fail();
      out += ch;
      i++;
    } else if (ch === ',' || ch === ';' || ch === '\\') {
      let separator: 'argument' | 'column' | 'row' | undefined;
      if (inside === '{') separator = ch === source.row ? 'row' : ch === source.column ? 'column' : undefined;
      else if (inside === '(') separator = ch === source.argument || (options.typed && from === 'comma' && ch === ';') ? 'argument' : undefined;
      if (!separator) fail();
      out += target[separator!];
      i++;
      // Sheets writes `{8\9}` in semicolon locales and `{8, 9}` in comma ones.
      if (separator === 'column' && from !== to) {
        while (formula[i] === ' ') i++;
        if (to === 'comma') out += ' ';
      }
    } else {
      out += ch;
      i++;
    }
  }
  if (open.length) fail();
  return out;
}

/** A number as Sheets shows it in automatic format: ten significant digits, the locale's decimal mark, no thousands separator. */
export function showNumber(n: number, syntax: FormulaSyntax): string {
  return String(Number(n.toPrecision(10))).replace('.', SEPARATORS[syntax].decimal);
}

/** A cell's value, or a range as `{a, b; c, d}` (comma locales) or `{a \ b; c \ d}` (semicolon locales); a 1×1 range is its cell. */
export function showValue(v: unknown, syntax: FormulaSyntax): string {
  const cell = (c: unknown) => (typeof c === 'number' ? showNumber(c, syntax) : typeof c === 'boolean' ? (c ? 'VERDADERO' : 'FALSO') : String(c ?? ''));
  if (!Array.isArray(v)) return cell(v);
  const rows = (Array.isArray(v[0]) ? v : [v]) as unknown[][];
  if (rows.length === 1 && rows[0].length === 1) return cell(rows[0][0]);
  const column = syntax === 'comma' ? ', ' : ' \\ ';
  return `{${rows.map((row) => row.map(cell).join(column)).join('; ')}}`;
}
