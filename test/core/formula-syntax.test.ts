// The converter between comma (Mexico, en-US) and semicolon (Spain) formula syntax, and the locale table behind it.
import { FormulaParseError, convertFormula, showValue, syntaxOfLocale } from '../../src/core/formula-syntax';
import { FUNCTION_HELP } from '../../src/functions/help';

describe('syntaxOfLocale', () => {
  test.each([
    ['es_MX', 'comma'],
    ['en_US', 'comma'],
    ['es_ES', 'semicolon'],
    ['pt_BR', 'semicolon'],
    ['es_CO', 'semicolon'],
  ])('%s writes formulas with %s syntax', (locale, syntax) => {
    expect(syntaxOfLocale(locale)).toBe(syntax);
  });

  test.each([['es'], ['xx_YY'], ['toString'], ['']])('%s is not guessed', (locale) => {
    expect(syntaxOfLocale(locale)).toBeUndefined();
  });

  test.each(['es_PE', 'es_GT', 'es_HN', 'es_NI', 'es_SV', 'es_PA', 'es_DO', 'es_PR', 'es_US', 'es_419', 'es_CU', 'es_UY', 'es_VE', 'es_PY', 'es_CR', 'es_AR', 'es_BO', 'es_CL', 'es_CO', 'es_EC', 'es_ES', 'es_MX'])(
    "%s: comma syntax exactly where CLDR's decimal mark is a point",
    (locale) => {
      const decimal = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
      expect(syntaxOfLocale(locale)).toBe(decimal === '.' ? 'comma' : 'semicolon');
    },
  );
});

describe('convertFormula', () => {
  test.each([
    ['arguments and decimals', '=BECA("I", 8.5, "Sí")', '=BECA("I"; 8,5; "Sí")'],
    ['an array literal across and down', '=F({8, 9.5, "NP"; 6, 7, 8})', '=F({8\\9,5\\"NP"; 6\\7\\8})'],
    ['empty arguments', '=BECA("III", , 2)', '=BECA("III"; ; 2)'],
    ['text and quoted sheet names keep their punctuation', "=F('Hoja, 1; b'!A2:A, \"8.5, x; \\\\\")", "=F('Hoja, 1; b'!A2:A; \"8.5, x; \\\\\")"],
    ['nested calls, references and percentages', "=ARRAYFORMULA(BECA(Configuración!A:B, $H$1, 30%, .5))", "=ARRAYFORMULA(BECA(Configuración!A:B; $H$1; 30%; ,5))"],
  ])('%s: comma ↔ semicolon', (_label, comma, semicolon) => {
    expect(convertFormula(comma, 'comma', 'semicolon')).toBe(semicolon);
    expect(convertFormula(semicolon, 'semicolon', 'comma')).toBe(comma);
  });

  test.each(FUNCTION_HELP.map((h) => [h.name, h.call] as const))('the Ayuda example of %s comes back unchanged from semicolon syntax', (_name, call) => {
    expect(convertFormula(convertFormula(call, 'comma', 'semicolon'), 'semicolon', 'comma')).toBe(call);
  });

  test.each([
    ['`;` between arguments in comma syntax', '=BECA("I"; 8)', 'comma'],
    ['`\\` in comma syntax', '=F({8\\9})', 'comma'],
    ['`,` between arguments in semicolon syntax', '=BECA("I", 8)', 'semicolon'],
    ['a decimal point in semicolon syntax', '=BECA("I"; 8.5)', 'semicolon'],
    ['`\\` between arguments in semicolon syntax', '=BECA("I"\\ 8)', 'semicolon'],
    ['an unclosed quote', '=BECA("I, 8)', 'comma'],
    ['a bracket closed by the other kind', '=F({1, 2)}', 'comma'],
    ['an unclosed parenthesis', '=F(1', 'semicolon'],
  ] as const)('refuses %s with Sheets’ parse error', (_label, formula, from) => {
    expect(() => convertFormula(formula, from, from)).toThrow(FormulaParseError);
    expect(() => convertFormula(formula, from, from)).toThrow('Formula parse error.');
  });

  test('a `;` between arguments typed in a comma locale is corrected to `,`, as Sheets does', () => {
    expect(convertFormula('=BECA("I"; 8,5; "Sí")', 'comma', 'comma', { typed: true })).toBe('=BECA("I", 8,5, "Sí")');
    expect(() => convertFormula('=BECA("I", 8,5)', 'semicolon', 'comma', { typed: true })).toThrow(FormulaParseError);
  });
});

describe('showValue', () => {
  test.each([
    ['a fraction', 0.1, '0.1', '0,1'],
    ['a float sum as Sheets rounds it', 0.1 + 0.2, '0.3', '0,3'],
    ['a column with a blank', [[0.1], [''], [0.6]], '{0.1; ; 0.6}', '{0,1; ; 0,6}'],
    ['a row', [['Renueva', 'motivo']], '{Renueva, motivo}', '{Renueva \\ motivo}'],
    ['one cell of a range', [[5]], '5', '5'],
  ])('shows %s in each syntax', (_label, value, comma, semicolon) => {
    expect(showValue(value, 'comma')).toBe(comma);
    expect(showValue(value, 'semicolon')).toBe(semicolon);
  });
});
