// Every `Fórmula | Resultado` example of the README, typed into a book of its locale (es_MX, or es_ES for the semicolon table) and evaluated by the local runtime, gives the result it shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FormulaParseError, FormulaSyntax, convertFormula } from '../src/core/formula-syntax';
import { FUNCTION_HELP } from '../src/functions/help';
import { typedFormula } from '../local/formulas';
import { DIST, Runtime } from '../local/runtime';
import { keyColumn, keyRow } from '../local/services/book';
import { README, ReadmeExample, parseFormula, readmeExamples, showResult } from './helpers/readme-examples';
import { sheetRuntime } from './local/factories';

const examples = readmeExamples();
const LOCALE_OF: Record<FormulaSyntax, string> = { comma: 'es_MX', semicolon: 'es_ES' };
const books: Partial<Record<string, Runtime>> = {};

beforeAll(async () => {
  for (const locale of ['es_MX', 'es_ES']) books[locale] = await sheetRuntime([[]], 'Hoja 1', { locale });
});

/**
 * What the cell shows after a user types `formula` into A1 of a new sheet of the book: its value, or
 * the range it spills into, written as that book's locale writes results. Sheets' parse error is `#ERROR!`.
 */
function typeIn(locale: string, formula: string): string {
  const rt = books[locale]!;
  const syntax: FormulaSyntax = locale === 'es_ES' ? 'semicolon' : 'comma';
  let stored: string;
  try {
    stored = typedFormula(formula, locale);
  } catch (e) {
    if (e instanceof FormulaParseError) return '#ERROR!';
    throw e;
  }
  const sheet = rt.spreadsheet.insertSheet();
  try {
    sheet.getRange('A1').setFormula(stored);
    rt.sheetValues(sheet.getName());
    const model = rt.book.sheet(sheet.getName())!;
    let lastRow = 0;
    let lastColumn = 0;
    for (const [k, owner] of model.spillOwner) {
      if (owner !== 0) continue;
      lastRow = Math.max(lastRow, keyRow(k));
      lastColumn = Math.max(lastColumn, keyColumn(k));
    }
    const grid = Array.from({ length: lastRow + 1 }, (_, r) => Array.from({ length: lastColumn + 1 }, (_, c) => model.get(r, c)));
    return showResult(grid, syntax);
  } finally {
    rt.spreadsheet.deleteSheet(sheet);
  }
}

const matches = (actual: string, e: ReadmeExample) => (e.shown.endsWith('…') ? actual.startsWith(e.shown.slice(0, -1)) : actual === e.shown);

describe('README examples', () => {
  test.each(examples.map((e) => [`README.md:${e.line} ${e.formula} → ${e.shown} (${LOCALE_OF[e.syntax]})`, e] as const))('%s', (_label, e) => {
    const actual = typeIn(LOCALE_OF[e.syntax], e.formula);
    if (e.shown.endsWith('…')) expect(actual.slice(0, e.shown.length - 1)).toBe(e.shown.slice(0, -1));
    else expect(actual).toBe(e.shown);
  });

  // Sections after the function reference («Calificaciones del periodo») keep Mexico's syntax; the semicolon rows stay in the one table.
  test('come in Mexico’s syntax first, with one table in semicolon syntax', () => {
    const first = examples.findIndex((e) => e.syntax === 'semicolon');
    const count = examples.filter((e) => e.syntax === 'semicolon').length;
    expect(first).toBeGreaterThan(0);
    expect(examples.slice(0, first).every((e) => e.syntax === 'comma')).toBe(true);
    expect(examples.slice(first, first + count).every((e) => e.syntax === 'semicolon')).toBe(true);
    expect(count).toBeGreaterThanOrEqual(10);
  });

  // Every example that a book of the other syntax reads differently (a `;` alone is corrected to `,` in Mexico, so it reads the same).
  const otherLocale = (e: ReadmeExample) => LOCALE_OF[e.syntax === 'comma' ? 'semicolon' : 'comma'];
  const readIn = (e: ReadmeExample, locale: string) => {
    try {
      return typedFormula(e.formula, locale);
    } catch {
      return undefined;
    }
  };
  const crossed = examples.filter((e) => readIn(e, otherLocale(e)) !== readIn(e, LOCALE_OF[e.syntax]));
  test('most examples read differently in the other syntax', () => {
    expect(crossed.length).toBeGreaterThan(examples.length / 2);
  });
  test.each(crossed.map((e) => [`README.md:${e.line} ${e.formula}`, e] as const))('%s does not give its result in a book of the other syntax', (_label, e) => {
    expect(matches(typeIn(otherLocale(e), e.formula), e)).toBe(false);
  });

  test('name only functions the add-on has', () => {
    const known = new Set(FUNCTION_HELP.map((f) => f.name));
    expect(examples.map((e) => e.name).filter((n) => !known.has(n))).toEqual([]);
  });

  test.each(FUNCTION_HELP.map((f) => [f.name, f] as const))('show %s with its syntax and at least two examples', (name, f) => {
    const text = readFileSync(README, 'utf8');
    expect(text).toContain(`\`${f.syntax}\``);
    expect(examples.filter((e) => e.name === name && e.syntax === 'comma').length).toBeGreaterThanOrEqual(2);
  });

  test('teach to pass a fecha de corte cell instead of HOY()', () => {
    expect(readFileSync(README, 'utf8')).toMatch(/HOY\(\)[^\n]*argumento/);
  });

  test('explain the syntax for Mexico first, without Spain’s as the rule', () => {
    const text = readFileSync(README, 'utf8');
    expect(text).not.toMatch(/como en Hojas de\s+cálculo en español/);
    expect(text.indexOf('=BECA("I", 8.5, "Sí")')).toBeLessThan(text.indexOf('=BECA("I"; 8,5; "Sí")'));
  });
});

describe('a formula typed in the other locale’s syntax', () => {
  test.each([
    ['Spain’s `;` in Mexico is corrected to `,`, so 8,5 becomes two arguments', 'es_MX', '=BECA("I"; 8,5; "Sí")', 'Error: criterio 5'],
    ['Spain’s `\\` in Mexico does not parse', 'es_MX', '=ESTATUS_PROMOCION({8\\9\\5\\"NP"}; 0)', '#ERROR!'],
    ['Mexico’s `,` in Spain does not parse', 'es_ES', '=BECA("I", 8.5, "Sí")', '#ERROR!'],
    ['Mexico’s decimal point in Spain does not parse', 'es_ES', '=BECA("I"; 8.5; "Sí")', '#ERROR!'],
  ])('%s', (_label, locale, formula, shown) => {
    expect(typeIn(locale, formula).slice(0, shown.length)).toBe(shown);
  });
});

describe('the Ayuda dialog', () => {
  test.each([
    ['es_MX', '=BECA(&quot;I&quot;, 8.5, &quot;Sí&quot;) → 0.1', 'BECA(plan, promedio, criterio, [configuracion], [planes_del_criterio])'],
    ['es_ES', '=BECA(&quot;I&quot;; 8,5; &quot;Sí&quot;) → 0,1', 'BECA(plan; promedio; criterio; [configuracion]; [planes_del_criterio])'],
    ['pt_BR', '=ESTATUS_PROMOCION({8\\9\\5\\&quot;NP&quot;}; 0) → Promovido con adeudo', 'RESUMEN_COMPROMISOS(grupos; estados;'],
    ['en_US', '=ESTATUS_PROMOCION({8, 9, 5, &quot;NP&quot;}, 0) → Promovido con adeudo', 'RESUMEN_COMPROMISOS(grupos, estados,'],
  ])('in a %s spreadsheet shows the examples in its syntax', async (locale, example, syntax) => {
    const rt = await sheetRuntime([[]], 'Hoja 1', { locale });
    rt.run('mostrarAyuda');
    const html = rt.ui.dialogs[0].html;
    expect(html).toContain(example);
    expect(html).toContain(syntax);
  });

  test.each(FUNCTION_HELP.map((f) => [f.name, f] as const))('%s: its example gives what it shows in either syntax', (name, f) => {
    for (const syntax of ['comma', 'semicolon'] as const) {
      const shown = f.example.split(' → ')[1];
      const formula = convertFormula(f.call, 'comma', syntax);
      expect(parseFormula(formula, syntax).name).toBe(name);
      expect(typeIn(LOCALE_OF[syntax], formula)).toBe(syntax === 'comma' ? shown : showResult(f.result, 'semicolon'));
    }
  });
});

describe('the JSDoc of the custom functions', () => {
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  const lines = [...code.matchAll(/^\s*\* Ejemplo: (.*)$/gm)].map((m) => m[1]);
  test('every wrapper of dist/Code.js shows an example', () => {
    expect(lines.length).toBe(FUNCTION_HELP.length);
  });
  test.each(lines.flatMap((line) => line.split(' → ')[0].split(' o ')).map((f) => [f]))('%s is written in Mexico’s syntax', (formula) => {
    expect(() => convertFormula(formula, 'comma', 'comma')).not.toThrow();
    expect(typedFormula(formula, 'es_MX')).toBe(formula);
  });
});

describe('the README example reader', () => {
  test.each([
    ['text, decimal point and empty arguments', '=BECA("I", 8.5, , "Sí")', 'comma', ['I', 8.5, '', 'Sí']],
    ['semicolon syntax with a decimal comma', '=BECA("I"; 8,5; ; "Sí")', 'semicolon', ['I', 8.5, '', 'Sí']],
    ['a quote inside text', '=F("dijo ""sí""")', 'comma', ['dijo "sí"']],
    ['an array literal with , columns and ; rows', '=F({8, 9.5, "NP"; 6, 7, 8})', 'comma', [[[8, 9.5, 'NP'], [6, 7, 8]]]],
    ['an array literal with \\ columns and ; rows', '=F({8\\9,5\\"NP"; 6\\7\\8})', 'semicolon', [[[8, 9.5, 'NP'], [6, 7, 8]]]],
    ['percentages and booleans', '=F(30%, VERDADERO, falso)', 'comma', [0.3, true, false]],
  ] as const)('reads %s', (_label, formula, syntax, args) => {
    expect(parseFormula(formula, syntax).args).toEqual(args);
  });

  test.each([['=F(HOY())'], ['=F(B2:B)'], ['=F({1, 2; 3})'], ['BECA("I")'], ['=F({8\\9})'], ['=F("I"; 8)']])('rejects %s in comma syntax', (formula) => {
    expect(() => parseFormula(formula)).toThrow();
  });

  test.each([
    ['a fraction with decimal point', 0.1, 'comma', '0.1'],
    ['a fraction with decimal comma', 0.1, 'semicolon', '0,1'],
    ['a float sum as Sheets rounds it', 0.1 + 0.2, 'comma', '0.3'],
    ['a spilled range', [['Renueva', 'motivo'], ['', '']], 'comma', '{Renueva, motivo; , }'],
    ['a spilled range in semicolon syntax', [['Renueva', 'motivo'], ['', '']], 'semicolon', '{Renueva \\ motivo;  \\ }'],
  ] as const)('shows %s', (_label, value, syntax, shown) => {
    expect(showResult(value, syntax)).toBe(shown);
  });
});
