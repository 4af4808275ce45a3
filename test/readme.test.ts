// Every `Fórmula | Resultado` example of the README, evaluated through the built bundle, gives the result it shows.
import { readFileSync } from 'node:fs';
import { FUNCTION_HELP } from '../src/functions/help';
import { bundleTarget } from './quality/contract';
import { README, parseFormula, readmeExamples, showResult } from './helpers/readme-examples';

const examples = readmeExamples();
const bundle = bundleTarget();

/** What the formula shows in the sheet, through dist/Code.js. */
function evaluate(formula: string): string {
  const { name, args } = parseFormula(formula);
  return showResult(bundle.call(name, args));
}

describe('README examples', () => {
  test.each(examples.map((e) => [`README.md:${e.line} ${e.formula} → ${e.shown}`, e] as const))('%s', (_label, e) => {
    const actual = evaluate(e.formula);
    if (e.shown.endsWith('…')) expect(actual.slice(0, e.shown.length - 1)).toBe(e.shown.slice(0, -1));
    else expect(actual).toBe(e.shown);
  });

  test('name only functions the add-on has', () => {
    const known = new Set(FUNCTION_HELP.map((f) => f.name));
    expect(examples.map((e) => e.name).filter((n) => !known.has(n))).toEqual([]);
  });

  test.each(FUNCTION_HELP.map((f) => [f.name, f] as const))('show %s with its syntax and at least two examples', (name, f) => {
    const text = readFileSync(README, 'utf8');
    expect(text).toContain(`\`${f.syntax}\``);
    expect(examples.filter((e) => e.name === name).length).toBeGreaterThanOrEqual(2);
  });

  test('teach to pass a fecha de corte cell instead of HOY()', () => {
    expect(readFileSync(README, 'utf8')).toMatch(/HOY\(\)[^\n]*argumento/);
  });
});

describe('the README example reader', () => {
  test.each([
    ['text, decimal comma and empty arguments', '=BECA("I"; 8,5; ; "Sí")', ['I', 8.5, '', 'Sí']],
    ['a quote inside text', '=F("dijo ""sí""")', ['dijo "sí"']],
    ['an array literal with \\ columns and ; rows', '=F({8\\9,5\\"NP"; 6\\7\\8})', [[[8, 9.5, 'NP'], [6, 7, 8]]]],
    ['comma columns between non-digits', '=F({"a", "b"})', [[['a', 'b']]]],
    ['percentages and booleans', '=F(30%; VERDADERO; falso)', [0.3, true, false]],
  ])('reads %s', (_label, formula, args) => {
    expect(parseFormula(formula).args).toEqual(args);
  });

  test.each([['=F(HOY())'], ['=F(B2:B)'], ['=F({1\\2; 3})'], ['BECA("I")']])('rejects %s, which is not a literal call', (formula) => {
    expect(() => parseFormula(formula)).toThrow();
  });

  test.each([
    ['a fraction with decimal comma', 0.1, '0,1'],
    ['a float sum as Sheets rounds it', 0.1 + 0.2, '0,3'],
    ['a spilled range', [['Renueva', 'motivo'], ['', '']], '{Renueva \\ motivo;  \\ }'],
  ])('shows %s', (_label, value, shown) => {
    expect(showResult(value)).toBe(shown);
  });
});
