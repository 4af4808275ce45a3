// The sheet's grid as Sheets keeps it: sizes of new and imported sheets, ranges refused past the edge, inserts that grow it, merged cells.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openRuntime } from '../../local/runtime';
import { sheetOf, sheetRuntime, tempDir } from './factories';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

/** An .xlsx as an office makes it: a title merged across the table, a header, two students, a merged total. */
async function listWithMergedTitle(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Alumnos');
  ws.getCell('A1').value = 'Lista de alumnos 2026';
  ws.mergeCells('A1:D1');
  ws.addRow(['Nombre', 'Promedio', 'Plan', 'Correo']);
  ws.addRow(['Ana', 9, 'I', 'ana@x.mx']);
  ws.addRow(['Luis', 8, 'II', 'luis@x.mx']);
  ws.getCell('A5').value = 'Total';
  ws.getCell('C5').value = { formula: 'SUM(B3:B4)', result: 17 } as ExcelJS.CellFormulaValue;
  ws.mergeCells('C5:D5');
  const file = join(tempDir('merges-'), 'lista-con-titulo-combinado.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const mergesOf = async (file: string, sheet = 'Alumnos') => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  return { merges: [...ws.model.merges].sort(), value: (a1: string) => ws.getCell(a1).value };
};

describe('merged cells', () => {
  test('getValues, getDisplayValues and getFormulas give the top-left cell its content and "" to the rest', async () => {
    const rt = await openRuntime(await listWithMergedTitle(), { outbox: join(tempDir('outbox-'), 'correo') });
    const sheet = sheetOf(rt, 'Alumnos');
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['Lista de alumnos 2026', '', '', '']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['Lista de alumnos 2026', '', '', '']]);
    expect(sheet.getRange('C5:D5').getValues()).toEqual([[17, '']]);
    expect(sheet.getRange('C5:D5').getFormulas()).toEqual([['=SUM(B3:B4)', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A2:D4').isPartOfMerge()).toBe(false);
    expect(sheet.getRange('A1:D5').getMergedRanges().map((r: any) => r.getA1Notation())).toEqual(['A1:D1', 'C5:D5']);
  });

  test('saving keeps each merge and the value written to its top-left cell', async () => {
    const file = await listWithMergedTitle();
    const rt = await openRuntime(file, { outbox: join(tempDir('outbox-'), 'correo') });
    sheetOf(rt, 'Alumnos').getRange('A1').setValue('Lista de alumnos 2027');
    await rt.save();
    const saved = await mergesOf(file);
    expect(saved.merges).toEqual(['A1:D1', 'C5:D5']);
    expect(saved.value('A1')).toBe('Lista de alumnos 2027');
    const reopened = await openRuntime(file, { outbox: join(tempDir('outbox-'), 'correo') });
    expect(sheetOf(reopened, 'Alumnos').getRange('A1:D1').getValues()).toEqual([['Lista de alumnos 2027', '', '', '']]);
  });

  test('merge() keeps the top-left value and empties the rest; inserted rows move merges; breakApart() undoes them; all saved', async () => {
    const file = await listWithMergedTitle();
    const rt = await openRuntime(file, { outbox: join(tempDir('outbox-'), 'correo') });
    const sheet = sheetOf(rt, 'Alumnos');
    sheet.getRange('A3:B3').merge();
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['Ana', '']]);
    expect(() => sheet.getRange('A1:B1').breakApart()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('C5:D5').breakApart();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A1:D5').getMergedRanges().map((r: any) => r.getA1Notation())).toEqual(['A3:D3', 'A5:B5']);
    await rt.save();
    const saved = await mergesOf(file);
    expect(saved.merges).toEqual(['A3:D3', 'A5:B5']);
    expect([saved.value('A3'), saved.value('A5')]).toEqual(['Lista de alumnos 2026', 'Ana']);
    const reopened = sheetOf(await openRuntime(file, { outbox: join(tempDir('outbox-'), 'correo') }), 'Alumnos');
    expect(reopened.getRange('A5:D7').getValues()).toEqual([['Ana', '', 'I', 'ana@x.mx'], ['Luis', 8, 'II', 'luis@x.mx'], ['Total', '', 17, '']]);
  });
});

describe('the grid', () => {
  test('insertSheet gives Sheets’ new sheet: 1,000 rows and 26 columns', async () => {
    const rt = await sheetRuntime([['x']]);
    const added = rt.spreadsheet.insertSheet('Nueva');
    expect([added.getMaxRows(), added.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => added.getRange(1001, 1)).toThrow(OUTSIDE);
  });

  test.each([
    ['a small sheet gets a new sheet’s grid', 3, 4, [1000, 26]],
    ['a sheet longer and wider than that fits its data exactly', 1500, 30, [1500, 30]],
  ])('an .xlsx read in: %s', async (_l, rows, columns, want) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Datos');
    for (let r = 1; r <= rows; r++) ws.getCell(r, columns).value = r;
    const file = join(tempDir('grid-'), 'datos.xlsx');
    await wb.xlsx.writeFile(file);
    const rt = await openRuntime(file, { outbox: join(tempDir('outbox-'), 'correo') });
    const sheet = sheetOf(rt, 'Datos');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual(want);
    expect(() => sheet.getRange(want[0] + 1, 1)).toThrow(OUTSIDE);
  });

  test.each([
    ['no rows', [1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    ['no columns', [1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    ['row 0', [0, 1], 'The starting row of the range is too small.'],
    ['column 0', [1, 0], 'The starting column of the range is too small.'],
    ['one row past the last', [1000, 1, 2, 1], OUTSIDE],
    ['one column past the last', [1, 26, 1, 2], OUTSIDE],
  ])('getRange with %s throws Apps Script’s error', async (_l, args, message) => {
    const sheet = sheetOf(await sheetRuntime([['x']]), 'Alumnos');
    expect(() => sheet.getRange(...args)).toThrow(message);
  });

  test('A1 notation: open ends stop at the edge, a column or row named past it is refused', async () => {
    const sheet = sheetOf(await sheetRuntime([['x']]), 'Alumnos');
    expect(sheet.getRange('2:3').getA1Notation()).toBe('A2:Z3');
    expect(sheet.getRange('B2:B').getA1Notation()).toBe('B2:B1000');
    expect(() => sheet.getRange('A1:AB2')).toThrow(OUTSIDE);
    expect(() => sheet.getRange('A1001')).toThrow(OUTSIDE);
  });

  test.each([
    ['insertRows(1, 5)', (s: any) => s.insertRows(1, 5), [1005, 26], 'A6'],
    ['insertRowsBefore(1, 2)', (s: any) => s.insertRowsBefore(1, 2), [1002, 26], 'A3'],
    ['insertRowsAfter at the end', (s: any) => s.insertRowsAfter(1000, 10), [1010, 26], 'A1'],
    ['insertColumns(1, 3)', (s: any) => s.insertColumns(1, 3), [1000, 29], 'D1'],
    ['appendRow wider than the grid', (s: any) => s.appendRow(new Array(28).fill('x')), [1000, 28], 'A1'],
  ])('%s grows the grid and moves the data', async (_l, grow, size, firstCell) => {
    const rt = await sheetRuntime([['primero']]);
    const sheet = sheetOf(rt, 'Alumnos');
    grow(sheet);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual(size);
    expect(sheet.getRange(firstCell).getValue()).toBe('primero');
  });

  test('inserting past the grid’s end or beyond 10 million cells is refused, as Sheets does', async () => {
    const sheet = sheetOf(await sheetRuntime([['x']]), 'Alumnos');
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertRowsBefore(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertRowsAfter(0, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertColumnsBefore(27, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.insertColumnsAfter(1, 0)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.insertRowsAfter(1000, 400000)).toThrow('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    expect(sheet.getMaxRows()).toBe(1000);
  });
});
