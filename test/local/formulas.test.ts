// Formulas that call the bundle's custom functions evaluate locally, spill like Sheets and recompute.
import { parseFormula, shiftReferences } from '../../local/formulas';
import { openRuntime } from '../../local/runtime';
import { sheetOf, sheetRuntime } from './factories';

const students = () => [
  ['Plan', 'Promedio', 'Criterio', 'Beca'],
  ['I', 8.5, 'Sí', '=BECA(A2:A; B2:B; C2:C)'],
  ['II', 9.7, 'no'],
  ['', '', ''],
];

describe('parseFormula', () => {
  test.each([
    ['semicolons with a decimal comma', '=BECA(A2:A; 8,5; "Sí")', { name: 'BECA', args: [{ kind: 'ref', single: false }, { kind: 'value', value: 8.5 }, { kind: 'value', value: 'Sí' }] }],
    ['commas and a quoted sheet', "=beca('Alumnos'!C2:C, 9)", { name: 'BECA', args: [{ kind: 'ref', single: false }, { kind: 'value', value: 9 }] }],
    ['ARRAYFORMULA and an empty argument', '=ARRAYFORMULA(BECA(A2;;Configuración!A:B))', { name: 'BECA', args: [{ kind: 'ref', single: true }, { kind: 'empty' }, { kind: 'ref', single: false }] }],
  ])('reads %s', (_label, formula, want) => {
    expect(parseFormula(formula)).toMatchObject(want);
  });

  test.each([['arithmetic', '=A1+1'], ['a nested call', '=BECA(SUMA(A1:A2))'], ['a bare reference', '=A1']])('leaves %s alone', (_label, formula) => {
    expect(parseFormula(formula)).toBeUndefined();
  });
});

describe('shiftReferences', () => {
  test.each([
    ['columns at or after the insertion move right', '=BECA(A2:A; B2:B; C2:C; Configuración!A:B)', 'Alumnos', 'column', '=BECA(A2:A; C2:C; D2:D; Configuración!A:B)'],
    ['references to other sheets, text and function names stay', "=BECA('Alumnos'!C2:C500; $D$2; \"B2\"; LOG10(C3))", 'Otra', 'column', "=BECA('Alumnos'!D2:D500; $D$2; \"B2\"; LOG10(C3))"],
    ['rows at or after the insertion move down', '=BECA(A2:A10; B1)', 'Alumnos', 'row', '=BECA(A4:A12; B1)'],
  ])('%s', (_label, formula, formulaSheet, axis, want) => {
    expect(shiftReferences(formula, formulaSheet, 'Alumnos', axis as 'row' | 'column', 2, axis === 'row' ? 2 : 1)).toBe(want);
  });

  test('inserting a column keeps a live formula pointing at its inputs', async () => {
    const rt = await sheetRuntime(students());
    sheetOf(rt, 'Alumnos').insertColumnAfter(1);
    expect(sheetOf(rt, 'Alumnos').getRange('E2').getFormula()).toBe('=BECA(A2:A; C2:C; D2:D)');
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
      ['I', 8.5, 'Sí', '=BECA(A2:A; B2:B; C2:C)'],
      ['II', 9.7, 'no', 'escrito a mano'],
    ]);
    expect(rt.sheetValues('Alumnos').map((r) => r[3])).toEqual(['Beca', '#REF!', 'escrito a mano']);
    expect(rt.book.sheet('Alumnos')!.errors.get(20000 + 3)).toBe('Array result was not expanded because it would overwrite data in D3.');
  });

  test('clearing the blocking cell lets the spill through on the next recalculation', async () => {
    const rt = await sheetRuntime([
      ['Plan', 'Promedio', 'Criterio', 'Beca'],
      ['I', 8.5, 'Sí', '=BECA(A2:A; B2:B; C2:C)'],
      ['II', 9.7, 'no', 'escrito a mano'],
    ]);
    sheetOf(rt, 'Alumnos').getRange('D3').clearContent();
    expect(rt.sheetValues('Alumnos').map((r) => r[3])).toEqual(['Beca', 0.1, rt.context.BECA('II', 9.7, 'no')]);
  });

  test('a spill that would leave the grid shows #REF! and asks for rows, as Sheets does', async () => {
    const rows = [['Plan', 'Promedio', 'Criterio', 'Beca'], ...Array.from({ length: 999 }, () => ['I', 9, 'Sí'])];
    rows[999][3] = '=BECA(A2:A3; B2:B3; C2:C3)';
    const rt = await sheetRuntime(rows);
    expect(rt.sheetValues('Alumnos')[999][3]).toBe('#REF!');
    expect(rt.book.sheet('Alumnos')!.errors.get(999 * 20000 + 3)).toBe('Result was not automatically expanded, please insert more rows (1).');
  });

  test('a thrown error shows #ERROR! and unknown functions keep their cached value', async () => {
    const rt = await sheetRuntime([
      ['Plan', 'Promedio'],
      ['I', 8, '=BECA(A2:A3; B2:B5; B2:B5)', '=SUMA(B2:B3)'],
    ]);
    const row = rt.sheetValues('Alumnos')[1];
    expect(row[2]).toBe('#ERROR!');
    expect(row[3]).toBe('');
    expect(rt.book.sheet('Alumnos')!.errors.get(20000 + 2)).toMatch(/filas/);
  });

  test('a formula reading another sheet recomputes when that sheet changes through run()', async () => {
    const rt = await openRuntime({
      sheets: {
        Resumen: [['Beca'], ["=BECA('Datos'!A1; 'Datos'!B1; 'Datos'!C1)"]],
        Datos: [['I', 8.5, 'Sí']],
      },
    });
    expect(rt.sheetValues('Resumen')[1][0]).toBe(0.1);
    rt.context.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Datos').getRange('B1').setValue(7);
    rt.recalculate();
    expect(rt.sheetValues('Resumen')[1][0]).toBe(rt.context.BECA('I', 7, 'Sí'));
  });
});
