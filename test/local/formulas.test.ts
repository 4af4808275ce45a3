// Formulas that call the bundle's custom functions evaluate locally, spill like Sheets and recompute; stored formulas are en-US, typed ones follow the book's locale.
import { parseFormula, shiftReferences, typedFormula } from '../../local/formulas';
import { openRuntime } from '../../local/runtime';
import { cellKey } from '../../local/services/book';
import { sheetOf, sheetRuntime } from './factories';

const students = () => [
  ['Plan', 'Promedio', 'Criterio', 'Beca'],
  ['I', 8.5, 'Sí', '=BECA(A2:A, B2:B, C2:C)'],
  ['II', 9.7, 'no'],
  ['', '', ''],
];

describe('parseFormula', () => {
  test.each([
    ['commas with a decimal point', '=BECA(A2:A, 8.5, "Sí")', { name: 'BECA', args: [{ kind: 'ref', single: false }, { kind: 'value', value: 8.5 }, { kind: 'value', value: 'Sí' }] }],
    ['a quoted sheet and a percentage', "=beca('Alumnos'!C2:C, 30%)", { name: 'BECA', args: [{ kind: 'ref', single: false }, { kind: 'value', value: 0.3 }] }],
    ['ARRAYFORMULA and an empty argument', '=ARRAYFORMULA(BECA(A2,,Configuración!A:B))', { name: 'BECA', args: [{ kind: 'ref', single: true }, { kind: 'empty' }, { kind: 'ref', single: false }] }],
    ['a comma between digits as two arguments', '=BECA("I", 8,5)', { name: 'BECA', args: [{ kind: 'value', value: 'I' }, { kind: 'value', value: 8 }, { kind: 'value', value: 5 }] }],
  ])('reads %s', (_label, formula, want) => {
    expect(parseFormula(formula)).toMatchObject(want);
  });

  test.each([['arithmetic', '=A1+1'], ['a nested call', '=BECA(SUMA(A1:A2))'], ['a bare reference', '=A1']])('leaves %s alone', (_label, formula) => {
    expect(parseFormula(formula)).toBeUndefined();
  });

  test.each([
    ['Spain’s `;` between arguments', '=BECA(A2:A; 8,5; "Sí")'],
    ['Spain’s `\\` between columns', '=MATERIAS_REPROBADAS({8\\5\\"NP"})'],
    ['`;` between the arguments of a built-in', '=SUMA(A1;A2)'],
    ['an unclosed parenthesis', '=BECA(A2:A, 9'],
    ['an unclosed quote', '=BECA("I, 9)'],
    ['a comma outside any call', '=A1,B1'],
  ])('gives Sheets’ parse error for %s, as setFormula would', (_label, formula) => {
    expect(parseFormula(formula)).toEqual({ name: '', args: [], error: 'Formula parse error.' });
  });
});

describe('shiftReferences', () => {
  test.each([
    ['columns at or after the insertion move right', '=BECA(A2:A, B2:B, C2:C, Configuración!A:B)', 'Alumnos', 'column', '=BECA(A2:A, C2:C, D2:D, Configuración!A:B)'],
    ['references to other sheets, text and function names stay', "=BECA('Alumnos'!C2:C500, $D$2, \"B2\", LOG10(C3))", 'Otra', 'column', "=BECA('Alumnos'!D2:D500, $D$2, \"B2\", LOG10(C3))"],
    ['rows at or after the insertion move down', '=BECA(A2:A10, B1)', 'Alumnos', 'row', '=BECA(A4:A12, B1)'],
    ['references inside an array literal move too', '=ESTATUS_PROMOCION({A2:A, B2:B, D2:D}, "")', 'Alumnos', 'column', '=ESTATUS_PROMOCION({A2:A, C2:C, E2:E}, "")'],
  ])('%s', (_label, formula, formulaSheet, axis, want) => {
    expect(shiftReferences(formula, formulaSheet, 'Alumnos', axis as 'row' | 'column', 2, axis === 'row' ? 2 : 1)).toBe(want);
  });

  test('inserting a column keeps a live formula pointing at its inputs', async () => {
    const rt = await sheetRuntime(students());
    sheetOf(rt, 'Alumnos').insertColumnAfter(1);
    expect(sheetOf(rt, 'Alumnos').getRange('E2').getFormula()).toBe('=BECA(A2:A, C2:C, D2:D)');
    expect(rt.sheetValues('Alumnos').map((r) => r[4])).toEqual(['Beca', rt.context.BECA('I', 8.5, 'Sí'), rt.context.BECA('II', 9.7, 'no')]);
  });
});

describe('recalculation', () => {
  test('an array result spills down beside the inputs, one row per row up to the last row', async () => {
    const rt = await sheetRuntime(students());
    expect(rt.sheetValues('Alumnos').map((r) => r[3])).toEqual(['Beca', rt.context.BECA('I', 8.5, 'Sí'), rt.context.BECA('II', 9.7, 'no')]);
    expect(rt.sheetValues('Alumnos')).toHaveLength(3);
  });

  test('changing an input recomputes the spill', async () => {
    const rt = await sheetRuntime(students());
    sheetOf(rt, 'Alumnos').getRange('B2').setValue(7);
    expect(sheetOf(rt, 'Alumnos').getRange('D2').getValue()).toBe(rt.context.BECA('I', 7, 'Sí'));
    sheetOf(rt, 'Alumnos').getRange(4, 1, 1, 3).setValues([['I', 9.5, 'Sí']]);
    expect(rt.sheetValues('Alumnos').map((r) => r[3])).toEqual(['Beca', rt.context.BECA('I', 7, 'Sí'), rt.context.BECA('II', 9.7, 'no'), rt.context.BECA('I', 9.5, 'Sí')]);
  });

  test('a spill never writes over a value or another formula: the formula shows #REF!', async () => {
    const rt = await sheetRuntime([
      ['Plan', 'Promedio', 'Criterio', 'Beca'],
      ['I', 8.5, 'Sí', '=BECA(A2:A, B2:B, C2:C)'],
      ['II', 9.7, 'no', 'escrito a mano'],
    ]);
    expect(rt.sheetValues('Alumnos').map((r) => r[3])).toEqual(['Beca', '#REF!', 'escrito a mano']);
    expect(rt.book.sheet('Alumnos')!.errors.get(20000 + 3)).toBe('Array result was not expanded because it would overwrite data in D3.');
  });

  test('clearing the blocking cell lets the spill through on the next recalculation', async () => {
    const rt = await sheetRuntime([
      ['Plan', 'Promedio', 'Criterio', 'Beca'],
      ['I', 8.5, 'Sí', '=BECA(A2:A, B2:B, C2:C)'],
      ['II', 9.7, 'no', 'escrito a mano'],
    ]);
    sheetOf(rt, 'Alumnos').getRange('D3').clearContent();
    expect(rt.sheetValues('Alumnos').map((r) => r[3])).toEqual(['Beca', 0.1, rt.context.BECA('II', 9.7, 'no')]);
  });

  test('a spill that would leave the grid shows #REF! and asks for rows, as Sheets does', async () => {
    const rows = [['Plan', 'Promedio', 'Criterio', 'Beca'], ...Array.from({ length: 999 }, () => ['I', 9, 'Sí'])];
    rows[999][3] = '=BECA(A2:A3, B2:B3, C2:C3)';
    const rt = await sheetRuntime(rows);
    expect(rt.sheetValues('Alumnos')[999][3]).toBe('#REF!');
    expect(rt.book.sheet('Alumnos')!.errors.get(999 * 20000 + 3)).toBe('Result was not automatically expanded, please insert more rows (1).');
  });

  test('a thrown error shows #ERROR! and unknown functions keep their cached value', async () => {
    const rt = await sheetRuntime([
      ['Plan', 'Promedio'],
      ['I', 8, '=BECA(A2:A3, B2:B5, B2:B5)', '=SUMA(B2:B3)'],
    ]);
    const row = rt.sheetValues('Alumnos')[1];
    expect(row[2]).toBe('#ERROR!');
    expect(row[3]).toBe('');
    expect(rt.book.sheet('Alumnos')!.errors.get(20000 + 2)).toMatch(/filas/);
  });

  test('a formula reading another sheet recomputes when that sheet changes through run()', async () => {
    const rt = await openRuntime({
      sheets: {
        Resumen: [['Beca'], ["=BECA('Datos'!A1, 'Datos'!B1, 'Datos'!C1)"]],
        Datos: [['I', 8.5, 'Sí']],
      },
    });
    expect(rt.sheetValues('Resumen')[1][0]).toBe(0.1);
    rt.context.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Datos').getRange('B1').setValue(7);
    rt.recalculate();
    expect(rt.sheetValues('Resumen')[1][0]).toBe(rt.context.BECA('I', 7, 'Sí'));
  });
});

describe('array literals', () => {
  const ref = { kind: 'ref', single: false };
  test.each([
    ['en-US: `,` joins ranges side by side', '=ESTATUS_PROMOCION({B2:B, D2:D, F2:F}, G2:G)', [{ kind: 'array', rows: [[ref, ref, ref]] }, ref]],
    ['en-US: `;` stacks rows of constants', '=MATERIAS_REPROBADAS({1, 2; 3, "NP"})', [{ kind: 'array', rows: [[{ value: 1 }, { value: 2 }], [{ value: 3 }, { value: 'NP' }]] }]],
    ['en-US: a decimal point inside', '=MATERIAS_REPROBADAS({8, 5.5; 6.5, "SD"}, B1)', [{ kind: 'array', rows: [[{ value: 8 }, { value: 5.5 }], [{ value: 6.5 }, { value: 'SD' }]] }, { kind: 'ref', single: true }]],
    ['a literal inside a literal', '=MATERIAS_REPROBADAS({{8, 5}, B2})', [{ kind: 'array', rows: [[{ kind: 'array', rows: [[{ value: 8 }, { value: 5 }]] }, { kind: 'ref', single: true }]] }]],
  ])('reads %s', (_label, formula, args) => {
    expect(parseFormula(formula)?.args).toMatchObject(args);
  });

  test.each([['a missing element', '=MATERIAS_REPROBADAS({8,,5})'], ['a formula inside', '=MATERIAS_REPROBADAS({SUMA(A1:A2), 5})']])('leaves %s alone', (_label, formula) => {
    expect(parseFormula(formula)).toBeUndefined();
  });

  /** Students with their three subjects apart (Observaciones between them): passing, failing, NP, SD, blanks, a bad grade, owed subjects. */
  const GRADES: unknown[][] = [
    ['Ana', 9, 8, 10, 0],
    ['Luis', 5, 'NP', 8, 0],
    ['Eva', 6, 'sd', 5.5, 1],
    ['', '', '', '', ''],
    ['Raúl', 7, '', 9, 2],
    ['Sofía', 'X', 8, 8, ''],
    ['Iván', 5, 5, 5, 1],
  ];
  const apart = (formulas: string[]) => [
    ['Nombre', 'Química', 'Obs.', 'Física', 'Obs.', 'Historia', 'Adeudos', 'Estatus', 'Reprobadas'],
    ...GRADES.map(([name, a, b, c, owed], i) => [name, a, i % 2 ? 'nota' : '', b, '', c, owed, ...(i === 0 ? formulas : [])]),
  ];
  const contiguous = [
    ['Nombre', 'Química', 'Física', 'Historia', 'Adeudos', 'Estatus', 'Reprobadas'],
    ...GRADES.map((r, i) => [...r, ...(i === 0 ? ['=ESTATUS_PROMOCION(B2:D, E2:E)', '=MATERIAS_REPROBADAS(B2:D)'] : [])]),
  ];
  const computed = (rows: unknown[][], from: number) => rows.slice(1).map((r) => r.slice(from, from + 2));

  test.each([
    ['en-US, as setFormula writes it', ['=ESTATUS_PROMOCION({B2:B, D2:D, F2:F}, G2:G)', '=MATERIAS_REPROBADAS({B2:B, D2:D, F2:F})']],
    ['typed in a semicolon locale, as a sheet in Spain shows it', ['=ESTATUS_PROMOCION({B2:B\\D2:D\\F2:F}; G2:G)', '=MATERIAS_REPROBADAS({B2:B\\D2:D\\F2:F})'].map((f) => typedFormula(f, 'es_ES'))],
    ['with the sheet named', ["=ESTATUS_PROMOCION({'Alumnos'!B2:B, D2:D, F2:F}, G2:G)", '=MATERIAS_REPROBADAS({B2:B, D2:D, F2:F})']],
  ])('over columns apart (%s) spill what the same functions give on a contiguous copy', async (_label, formulas) => {
    const rt = await openRuntime({ sheets: { Alumnos: apart(formulas), Contigua: contiguous } });
    const got = computed(rt.sheetValues('Alumnos'), 7);
    expect(got).toEqual(computed(rt.sheetValues('Contigua'), 5));
    expect(got).toHaveLength(GRADES.length);
    expect(got.map((r) => r[0])).toEqual(['Regular', 'Promovido con adeudo', 'No promovido', '', 'No promovido', expect.stringMatching(/^Error: .*«X»/), 'Baja por adeudo']);
  });

  test('a change in a subject column apart recomputes the spill', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: apart(['=ESTATUS_PROMOCION({B2:B, D2:D, F2:F}, G2:G)']) } });
    expect(rt.sheetValues('Alumnos')[1][7]).toBe('Regular');
    sheetOf(rt, 'Alumnos').getRange('F2').setValue(5);
    expect(rt.sheetValues('Alumnos')[1][7]).toBe('Promovido con adeudo');
  });

  test('constants spill as the function gives them for the same rows', async () => {
    const rt = await sheetRuntime([['Reprobadas', 'Una fila'], ['=MATERIAS_REPROBADAS({8, 5; 9, "NP"; 10, 10})', '=MATERIAS_REPROBADAS({8, 5, "NP", 9})']]);
    expect(rt.sheetValues('Alumnos').slice(1)).toEqual([
      [1, 2],
      [1, ''],
      [0, ''],
    ]);
    expect(rt.context.MATERIAS_REPROBADAS([[8, 5], [9, 'NP'], [10, 10]])).toEqual([[1], [1], [0]]);
  });

  test.each([
    ['ranges side by side with different row counts', '=MATERIAS_REPROBADAS({B2:B, D2:D4})', 'Function ARRAY_ROW parameter 2 has mismatched row size. Expected: 7. Actual: 3.'],
    ['stacked rows with different column counts', '=MATERIAS_REPROBADAS({B2:D2; B3})', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.'],
    ['constants with a short row', '=MATERIAS_REPROBADAS({8, 5; 9})', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.'],
  ])('%s show #VALUE! with Sheets\' message, and spill nothing', async (_label, formula, message) => {
    const rt = await sheetRuntime([
      ['Nombre', 'Química', 'Obs.', 'Física', 'Reprobadas'],
      ...GRADES.map(([name, a, b], i) => [name, a, '', b, i === 0 ? formula : '']),
    ]);
    expect(rt.sheetValues('Alumnos').slice(1).map((r) => r[4] ?? '')).toEqual(['#VALUE!', '', '', '', '', '', '']);
    expect(rt.book.sheet('Alumnos')!.errors.get(cellKey(1, 4))).toBe(message);
  });
});

describe("the book's locale", () => {
  test("a formula in Spain's syntax stored in the book shows #ERROR! with Sheets' parse error, whatever the locale", async () => {
    for (const locale of ['es_MX', 'es_ES']) {
      const rt = await sheetRuntime(
        [
          ['Plan', 'Promedio', 'Criterio', 'Beca', 'Reprobadas'],
          ['I', 8.5, 'Sí', '=BECA(A2:A; B2:B; C2:C)', '=MATERIAS_REPROBADAS({8\\5\\"NP"})'],
        ],
        'Alumnos',
        { locale },
      );
      expect(rt.sheetValues('Alumnos')[1].slice(3)).toEqual(['#ERROR!', '#ERROR!']);
      expect(rt.book.sheet('Alumnos')!.errors.get(cellKey(1, 3))).toBe('Formula parse error.');
    }
  });

  test('getSpreadsheetLocale gives the locale the runtime was opened with, es_MX unless told', async () => {
    expect((await sheetRuntime([[]])).spreadsheet.getSpreadsheetLocale()).toBe('es_MX');
    expect((await sheetRuntime([[]], 'Hoja 1', { locale: 'es_ES' })).spreadsheet.getSpreadsheetLocale()).toBe('es_ES');
  });

  test('a locale the runtime does not know is refused, naming it', async () => {
    await expect(sheetRuntime([[]], 'Hoja 1', { locale: 'xx_YY' })).rejects.toThrow(/Configuración regional «xx_YY» desconocida/);
  });

  test.each([
    ['Mexico: as typed', 'es_MX', '=BECA(A2:A, 8.5, "Sí")', '=BECA(A2:A, 8.5, "Sí")'],
    ['Mexico: a `;` between arguments is corrected to `,`, so 8,5 is two arguments', 'es_MX', '=BECA(A2:A; 8,5; "Sí")', '=BECA(A2:A, 8,5, "Sí")'],
    ['Mexico: `;` still stacks rows in a literal', 'es_MX', '=F({1, 2; 3, 4})', '=F({1, 2; 3, 4})'],
    ['Spain: `;`, decimal comma and `\\` become en-US', 'es_ES', '=MATERIAS_REPROBADAS({8\\5,5; 6,5\\"SD"}; B1)', '=MATERIAS_REPROBADAS({8, 5.5; 6.5, "SD"}, B1)'],
    ['Spain: text and sheet names keep their commas and semicolons', 'es_ES', "=BECA('Hoja; 1'!A2:A; \"8,5; x\")", "=BECA('Hoja; 1'!A2:A, \"8,5; x\")"],
  ])('a typed formula is stored in en-US (%s)', (_label, locale, typed, stored) => {
    expect(typedFormula(typed, locale)).toBe(stored);
  });

  test.each([
    ['Mexico: `\\` in a literal', 'es_MX', '=MATERIAS_REPROBADAS({8\\5})'],
    ['Spain: `,` between arguments', 'es_ES', '=BECA("I", 8.5, "Sí")'],
    ['Spain: a decimal point', 'es_ES', '=BECA("I"; 8.5; "Sí")'],
    ['Spain: `,` between columns', 'es_ES', '=MATERIAS_REPROBADAS({8, 5})'],
  ])('a typed formula in the other syntax does not parse (%s)', (_label, locale, typed) => {
    expect(() => typedFormula(typed, locale)).toThrow('Formula parse error.');
  });
});
