// The local Apps Script services keep Apps Script's semantics: 2D values, "" blanks, zoned dates, exact sizes.
import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { openRuntime } from '../../local/runtime';
import { formatDate } from '../../local/services/utilities';
import { realm, sheetOf, sheetRuntime, tempDir } from './factories';

describe('Range values', () => {
  test('blank cells read as "" and numbers, booleans and text keep their types', async () => {
    const rt = await sheetRuntime([
      ['Nombre', 'Promedio', 'Hermano'],
      ['Ana', 8.5, true],
      ['', '', ''],
    ]);
    const values = sheetOf(rt, 'Alumnos').getRange(1, 1, 4, 3).getValues();
    expect(values).toEqual([
      ['Nombre', 'Promedio', 'Hermano'],
      ['Ana', 8.5, true],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  test.each([
    ['a plain number text becomes a number, as if typed', '8.5', 8.5],
    ['a leading apostrophe keeps the text and is dropped', "'=1+1", '=1+1'],
    ['a decimal comma stays text (es_MX types a point)', '8,5', '8,5'],
    ['null becomes blank', null, ''],
    ['an impossible date stays text', '31/02/2026', '31/02/2026'],
  ])('%s', async (_label, written, stored) => {
    const rt = await sheetRuntime([['x']]);
    const range = sheetOf(rt, 'Alumnos').getRange('B2');
    range.setValue(written);
    expect(range.getValue()).toEqual(stored);
    expect(range.getFormula()).toBe('');
  });

  test('text starting with "=" written with setValues becomes a formula', async () => {
    const rt = await sheetRuntime([['Plan'], ['I']]);
    const range = sheetOf(rt, 'Alumnos').getRange('C1');
    range.setValues([['=SUMA(A1:A2)']]);
    expect(range.getFormulas()).toEqual([['=SUMA(A1:A2)']]);
  });

  test.each([
    ['too few rows', 2, 2, [[1, 2]], 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.'],
    ['too many columns', 1, 2, [[1, 2, 3]], 'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.'],
  ])('setValues with %s throws the Apps Script error', async (_label, rows, columns, data, message) => {
    const rt = await sheetRuntime([['x']]);
    expect(() => sheetOf(rt, 'Alumnos').getRange(1, 1, rows, columns).setValues(data)).toThrow(message);
    expect(rt.sheetValues('Alumnos')).toEqual([['x']]);
  });

  test('getLastRow, getDataRange and A1 notation follow the data', async () => {
    const rt = await sheetRuntime([['a', 'b'], ['c', ''], ['', '']]);
    const sheet = sheetOf(rt, 'Alumnos');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    expect(sheet.getRange('B2:B').getNumRows()).toBe(999);
    expect(sheet.getRange(2, 1).offset(1, 1, 2, 3).getA1Notation()).toBe('B3:D4');
  });

  test('the grid has 1,000 rows and 26 columns until more are inserted, as a new sheet in Sheets', async () => {
    const rt = await sheetRuntime([['x']]);
    const sheet = sheetOf(rt, 'Alumnos');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions of the sheet');
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    sheet.getRange(1500, 28).setValue('fin');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1500, 28, 1500, 28]);
  });

  test('appendRow writes after the last row and insertColumnAfter moves cells right', async () => {
    const rt = await sheetRuntime([['Nombre', 'Promedio'], ['Ana', 9]]);
    const sheet = sheetOf(rt, 'Alumnos');
    sheet.appendRow(['Luis', 7]);
    sheet.insertColumnAfter(1);
    expect(rt.sheetValues('Alumnos')).toEqual([
      ['Nombre', '', 'Promedio'],
      ['Ana', '', 9],
      ['Luis', '', 7],
    ]);
  });

  test('deleteColumns and deleteRows close the gap and move formulas and their references', async () => {
    const rt = await sheetRuntime([['Nombre', 'Nota', 'Borrar', 'Doble'], ['Ana', 9, 'x', '=B2*2'], ['Luis', 7, 'y', '=B3*2']]);
    const sheet = sheetOf(rt, 'Alumnos');
    const columns = sheet.getMaxColumns();
    sheet.deleteColumns(3, 1);
    expect(sheet.getMaxColumns()).toBe(columns - 1);
    expect(rt.sheetValues('Alumnos').map((r) => r.slice(0, 2))).toEqual([['Nombre', 'Nota'], ['Ana', 9], ['Luis', 7]]);
    expect(sheet.getRange('C2:C3').getFormulas()).toEqual([['=B2*2'], ['=B3*2']]);
    sheet.deleteRow(2);
    expect(rt.sheetValues('Alumnos').map((r) => r.slice(0, 2))).toEqual([['Nombre', 'Nota'], ['Luis', 7]]);
    expect(sheet.getRange('C2').getFormula()).toBe('=B2*2');
    expect(() => sheet.deleteColumns(1, sheet.getMaxColumns())).toThrow("You can't delete all the columns on the sheet.");
    expect(() => sheet.deleteRows(0, 1)).toThrow('Those rows are out of bounds.');
  });
});

describe('display values follow the number format, as Sheets shows them (es_MX)', () => {
  test.each([
    ['a beca share as 0%', 0.1, '0%', '10%'],
    ['a share with one decimal', 0.125, '0.0%', '12.5%'],
    ['a percent with a space, as Excel writes it', 0.6, '0 %', '60 %'],
    ['a colegiatura in quoted pesos', 3150, '"$"#,##0.00', '$3,150.00'],
    ['a colegiatura in bare pesos', 1234567.5, '$#,##0.00', '$1,234,567.50'],
    ['a negative amount with its sign first', -3150.5, '"$"#,##0.00', '-$3,150.50'],
    ['thousands without decimals', 1234567.891, '#,##0', '1,234,568'],
    ['a promedio with one decimal', 8.5, '0.0', '8.5'],
    ['a fixed two decimals', 8, '0.00', '8.00'],
    ['the negative section of a two-part format', -5, '#,##0;(#,##0)', '(5)'],
    ['no format', 8.5, '', '8.5'],
  ])('%s', async (_label, value, format, shown) => {
    const rt = await sheetRuntime([[value]]);
    const cell = sheetOf(rt, 'Alumnos').getRange('A1');
    if (format) cell.setNumberFormat(format);
    expect(cell.getDisplayValue()).toBe(shown);
  });
});

describe('dates in the spreadsheet zone', () => {
  test.each([
    ['Mexico City (UTC-6)', 'America/Mexico_City', '2026-03-15T06:00:00.000Z'],
    ['Lima (UTC-5)', 'America/Lima', '2026-03-15T05:00:00.000Z'],
    ['Madrid in summer time (UTC+2)', 'Europe/Madrid', '2026-07-14T22:00:00.000Z'],
  ])('a date cell reads as midnight of %s', async (_label, timeZone, iso) => {
    const wall = iso.startsWith('2026-07') ? '15/07/2026' : '15/03/2026';
    const rt = await sheetRuntime([['Fecha'], [wall]], 'Fechas', { timeZone });
    const value = sheetOf(rt, 'Fechas').getRange('A2').getValue();
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
    expect(value instanceof realm(rt, 'Date')).toBe(true);
    expect(value.toISOString()).toBe(iso);
  });

  test.each([
    ['dd/mm/aaaa', '15/03/2026'],
    ['ISO', '2026-03-15'],
  ])('text in %s written by a script becomes a date, as if typed', async (_label, text) => {
    const rt = await sheetRuntime([['Fecha']], 'Fechas');
    const range = sheetOf(rt, 'Fechas').getRange('A2');
    range.setValue(text);
    expect(range.getValue().toISOString()).toBe('2026-03-15T06:00:00.000Z');
  });

  test('a Date written by the bundle is stored as its wall date and survives the .xlsx round trip', async () => {
    const dir = tempDir();
    const rt = await sheetRuntime([['Fecha']], 'Fechas', { timeZone: 'America/Mexico_City' });
    const RealmDate = realm(rt, 'Date') as DateConstructor;
    const midnight = new RealmDate('2026-03-15T06:00:00.000Z');
    sheetOf(rt, 'Fechas').getRange('A2').setValue(midnight);
    await rt.save(join(dir, 'fechas.xlsx'));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'fechas.xlsx'));
    expect((wb.getWorksheet('Fechas')!.getCell('A2').value as Date).toISOString()).toBe('2026-03-15T00:00:00.000Z');

    const again = await openRuntime(join(dir, 'fechas.xlsx'));
    expect((again.sheetValues('Fechas')[1][0] as Date).toISOString()).toBe('2026-03-15T06:00:00.000Z');
    expect(sheetOf(again, 'Fechas').getRange('A2').getDisplayValue()).toBe('15/03/2026');
  });
});

describe('.xlsx round trip', () => {
  test('values, formulas with their results and document properties come back', async () => {
    const dir = tempDir();
    const rt = await sheetRuntime([
      ['Plan', 'Promedio', 'Hermano', 'Beca'],
      ['I', 8.5, 'no', '=BECA(A2:A, B2:B, C2:C)'],
      ['II', 9.7, 'no'],
    ]);
    rt.context.PropertiesService.getDocumentProperties().setProperty('mapeo:Alumnos', '{"plan":1}');
    await rt.save(join(dir, 'libro.xlsx'));

    const again = await openRuntime(join(dir, 'libro.xlsx'));
    expect(again.sheetValues('Alumnos')).toEqual(rt.sheetValues('Alumnos'));
    expect(sheetOf(again, 'Alumnos').getRange('D2').getFormula()).toBe('=BECA(A2:A, B2:B, C2:C)');
    expect(again.properties.document['mapeo:Alumnos']).toBe('{"plan":1}');
    expect(again.spreadsheet.getSheets().map((s: any) => s.getName())).toEqual(['Alumnos']);
  });

  test('a formula filled down in Excel (a shared formula) stays a formula in every cell, read and saved', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cuotas');
    ws.getCell('A1').value = 'Cuota';
    ws.getCell('B1').value = 'Doble';
    ws.getCell('A2').value = 1500;
    ws.getCell('A3').value = 1650;
    ws.getCell('B2').value = { formula: 'A2*2', shareType: 'shared', ref: 'B2:B3', result: 3000 } as ExcelJS.CellFormulaValue;
    ws.getCell('B3').value = { sharedFormula: 'B2', result: 3300 } as ExcelJS.CellSharedFormulaValue;
    const path = join(dir, 'compartida.xlsx');
    await wb.xlsx.writeFile(path);

    const rt = await openRuntime(path);
    expect(sheetOf(rt, 'Cuotas').getRange('B2:B3').getFormulas()).toEqual([['=A2*2'], ['=A3*2']]);
    expect(rt.sheetValues('Cuotas').map((row) => row[1])).toEqual(['Doble', 3000, 3300]);
    await rt.save();

    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(path);
    const cuotas = saved.getWorksheet('Cuotas')!;
    expect([cuotas.getCell('B2').formula, cuotas.getCell('B3').formula]).toEqual(['A2*2', 'A3*2']);
    expect([cuotas.getCell('B2').result, cuotas.getCell('B3').result]).toEqual([3000, 3300]);
  });
});

describe('saving keeps what the runtime did not change', () => {
  test('a link, rich text and an error value come back as Excel had them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Convenios');
    ws.getCell('A1').value = { text: 'Convenio firmado', hyperlink: 'https://drive.google.com/file/d/abc/view' };
    ws.getCell('A2').value = { richText: [{ text: 'Urgente: ', font: { bold: true } }, { text: 'renovar' }] };
    ws.getCell('A3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    const path = join(tempDir(), 'enlaces.xlsx');
    await wb.xlsx.writeFile(path);

    const rt = await openRuntime(path);
    expect(rt.sheetValues('Convenios').map((row) => row[0])).toEqual(['Convenio firmado', 'Urgente: renovar', '#N/A']);
    sheetOf(rt, 'Convenios').getRange('B1').setValue('Revisado');
    await rt.save();

    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(path);
    const convenios = saved.getWorksheet('Convenios')!;
    expect(convenios.getCell('A1').value).toEqual({ text: 'Convenio firmado', hyperlink: 'https://drive.google.com/file/d/abc/view' });
    expect((convenios.getCell('A2').value as ExcelJS.CellRichTextValue).richText.map((t) => [t.text, t.font?.bold ?? false])).toEqual([
      ['Urgente: ', true],
      ['renovar', false],
    ]);
    expect(convenios.getCell('A3').value).toEqual({ error: '#N/A' });
    expect(convenios.getCell('B1').value).toBe('Revisado');
  });
});

describe('saving never damages the file', () => {
  async function savedBook() {
    const dir = tempDir('guardar-');
    const path = join(dir, 'libro.xlsx');
    const rt = await sheetRuntime([['Nombre'], ['Ana']]);
    await rt.save(path);
    return { dir, path, rt, bytes: readFileSync(path) };
  }

  test('a save that fails halfway (disk full) leaves the previous file whole and no temporary file behind', async () => {
    const { dir, path, rt, bytes } = await savedBook();
    sheetOf(rt, 'Alumnos').getRange('A3').setValue('Luis');
    jest.spyOn(rt.book.workbook.xlsx, 'write').mockImplementation(async (stream) => {
      (stream as Writable).write('PK\u0003\u0004 a medias');
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await expect(rt.save(path)).rejects.toThrow('No se puede guardar «libro.xlsx»: el disco está lleno.');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['libro.xlsx']);
  });

  test('a workbook marked read-only is not saved, and the message says so in Spanish', async () => {
    const { path, rt, bytes } = await savedBook();
    chmodSync(path, 0o444);
    sheetOf(rt, 'Alumnos').getRange('A3').setValue('Luis');
    await expect(rt.save(path)).rejects.toThrow('No se puede guardar «libro.xlsx»: el archivo es de solo lectura.');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  test('a save replaces the file keeping its permissions', async () => {
    const { path, rt } = await savedBook();
    chmodSync(path, 0o640);
    sheetOf(rt, 'Alumnos').getRange('A3').setValue('Luis');
    await rt.save(path);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect((await openRuntime(path)).sheetValues('Alumnos')).toEqual([['Nombre'], ['Ana'], ['Luis']]);
  });
});

describe('Properties, Cache, Lock, Utilities, Session', () => {
  test('properties are strings per store and too large values are refused', async () => {
    const rt = await sheetRuntime([['x']]);
    const doc = rt.context.PropertiesService.getDocumentProperties();
    doc.setProperty('n', 5);
    rt.context.PropertiesService.getUserProperties().setProperty('n', 'usuario');
    expect(doc.getProperty('n')).toBe('5');
    expect(doc.getProperty('falta')).toBeNull();
    expect(rt.properties.user).toEqual({ n: 'usuario' });
    expect(() => doc.setProperty('grande', 'x'.repeat(10 * 1024))).toThrow('Argument too large: value');
  });

  test('cache entries expire with the runtime clock', async () => {
    let now = Date.UTC(2026, 2, 15);
    const rt = await sheetRuntime([['x']], 'Hoja', { now: () => new Date(now) });
    const cache = rt.context.CacheService.getDocumentCache();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    now += 61_000;
    expect(cache.get('k')).toBeNull();
  });

  test('the document lock excludes a second holder until released', async () => {
    const rt = await sheetRuntime([['x']]);
    const first = rt.context.LockService.getDocumentLock();
    const second = rt.context.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(second.tryLock(0)).toBe(false);
    expect(() => second.waitLock(0)).toThrow('Lock timeout: another process was holding the lock for too long.');
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
    expect(second.hasLock()).toBe(true);
  });

  test('a lock held elsewhere makes tryLock and waitLock give up only after their timeout', async () => {
    const rt = await sheetRuntime([['x']]);
    rt.context.LockService.getDocumentLock().tryLock(0);
    const second = rt.context.LockService.getDocumentLock();
    const elapsed = (work: () => void) => {
      const started = performance.now();
      work();
      return performance.now() - started;
    };
    expect(elapsed(() => expect(second.tryLock(120)).toBe(false))).toBeGreaterThanOrEqual(110);
    expect(elapsed(() => expect(() => second.waitLock(120)).toThrow('Lock timeout'))).toBeGreaterThanOrEqual(110);
  });

  test.each([
    ['tryLock without a timeout', (lock: any) => lock.tryLock(), "The parameters () don't match the method signature for LockService.Lock.tryLock."],
    ['waitLock with text', (lock: any) => lock.waitLock('10'), "The parameters (string) don't match the method signature for LockService.Lock.waitLock."],
  ])('%s is refused with the Apps Script error', async (_label, call, message) => {
    const rt = await sheetRuntime([['x']]);
    expect(() => call(rt.context.LockService.getDocumentLock())).toThrow(message);
  });

  test('tryLock on a lock already held has no effect and succeeds', async () => {
    const rt = await sheetRuntime([['x']]);
    const lock = rt.context.LockService.getDocumentLock();
    expect([lock.tryLock(0), lock.tryLock(0), lock.hasLock()]).toEqual([true, true, true]);
  });

  test('a call releases the locks it took, and a nested call leaves the outer call its lock', async () => {
    const rt = await sheetRuntime([['x']]);
    const lockService = rt.context.LockService;
    rt.context.interna = () => lockService.getScriptLock().tryLock(0);
    rt.context.externa = () => {
      const lock = lockService.getDocumentLock();
      lock.tryLock(0);
      const inner = rt.run('interna');
      return { inner, outerStillHolds: lock.hasLock(), othersExcluded: !lockService.getDocumentLock().tryLock(0), scriptLockFreed: lockService.getScriptLock().tryLock(0) };
    };
    expect(rt.run('externa')).toEqual({ inner: true, outerStillHolds: true, othersExcluded: true, scriptLockFreed: true });
    expect(lockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  test.each([
    ['dd/MM/yyyy', '15/03/2026'],
    ["yyyy-MM-dd'T'HH:mm:ss", '2026-03-15T00:00:00'],
    ['EEEE d MMMM yy, h:mm a', 'Sunday 15 March 26, 12:00 AM'],
    ['Z', '-0600'],
  ])('Utilities.formatDate with %s', (pattern, want) => {
    expect(formatDate(new Date('2026-03-15T06:00:00Z'), 'America/Mexico_City', pattern)).toBe(want);
  });

  test('Session gives the local user and the runtime zone (Mexico City unless told)', async () => {
    const rt = await sheetRuntime([['x']], 'Hoja', { user: 'direccion@escuela.local' });
    expect(rt.context.Session.getActiveUser().getEmail()).toBe('direccion@escuela.local');
    expect(rt.context.Session.getScriptTimeZone()).toBe('America/Mexico_City');
    const lima = await sheetRuntime([['x']], 'Hoja', { timeZone: 'America/Lima' });
    expect(lima.context.Session.getScriptTimeZone()).toBe('America/Lima');
  });
});

describe('counted calls and google.script.run', () => {
  test('every service call is counted by name and resetCalls clears them', async () => {
    const rt = await sheetRuntime([['a'], ['b']]);
    const sheet = sheetOf(rt, 'Alumnos');
    sheet.getRange(1, 1, 2, 1).getValues();
    sheet.getRange(1, 2, 2, 1).setValues([[1], [2]]);
    expect(rt.calls['Range.getValues']).toBe(1);
    expect(rt.calls['Range.setValues']).toBe(1);
    expect(rt.calls['Sheet.getRange']).toBe(2);
    sheet.getRange('C1').setValue('x').setFontWeight('bold');
    expect(rt.calls['Range.setFontWeight']).toBe(1);
    rt.resetCalls();
    expect(rt.calls).toEqual({});
  });

  test('run passes arguments through JSON and refuses Dates, as google.script.run does', async () => {
    const rt = await sheetRuntime([['x']]);
    expect(rt.run('BECA', 'I', '8,5', 'Sí')).toBe(0.1);
    expect(() => rt.run('BECA', new Date(), 1, 1)).toThrow('google.script.run no puede llevar fechas');
    expect(() => rt.run('noExiste')).toThrow('Script function not found: noExiste');
  });

  test.each(['eval', 'Function', 'SpreadsheetApp', 'calcularLibro_', 'constructor'])('run refuses %s: only the script’s own top-level functions are callable', async (name) => {
    const rt = await sheetRuntime([['x']]);
    expect(() => rt.run(name, '1')).toThrow(`Script function not found: ${name}`);
  });

  test('service errors are Errors of the bundle realm', async () => {
    const rt = await sheetRuntime([['x']]);
    let error: unknown;
    try {
      sheetOf(rt, 'Alumnos').getRange(1, 1, 2, 1).setValues([[1]]);
    } catch (e) {
      error = e;
    }
    expect(error instanceof realm(rt, 'Error')).toBe(true);
  });
});

describe('recorded sheet features', () => {
  test('validation, conditional formats, protection, frozen rows and charts read back and reach the .xlsx', async () => {
    const rt = await sheetRuntime([['Plan', 'Hermano'], ['I', 'Sí']]);
    const { SpreadsheetApp } = rt.context;
    const sheet = sheetOf(rt, 'Alumnos');
    const plans = sheet.getRange('A2:A10');
    plans.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['I', 'II', 'III'], true).setAllowInvalid(false).build());
    const yes = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Sí').setBackground('#b7e1cd').setRanges([sheet.getRange('B2:B10')]).build();
    sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().concat([yes]));
    sheet.setFrozenRows(1);
    sheet.getRange('C1:C10').protect().setWarningOnly(true).setDescription('Columna calculada');
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B2')).setPosition(2, 4, 0, 0).setOption('title', 'Becas').build());

    expect(sheet.getRange('A5').getDataValidation().getCriteriaValues()).toEqual([['I', 'II', 'III'], true]);
    expect(sheet.getConditionalFormatRules().map((r: any) => [r.getBooleanCondition().getCriteriaValues(), r.getRanges()[0].getA1Notation()])).toEqual([[['Sí'], 'B2:B10']]);
    expect(sheet.getFrozenRows()).toBe(1);
    const [protection] = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect([protection.isWarningOnly(), protection.getDescription(), protection.getRange().getA1Notation()]).toEqual([true, 'Columna calculada', 'C1:C10']);
    const [chart] = sheet.getCharts();
    expect([chart.getType(), chart.getOptions().get('title'), chart.getContainerInfo().getAnchorColumn()]).toEqual(['PIE', 'Becas', 4]);

    const path = join(tempDir(), 'plantilla.xlsx');
    await rt.save(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Alumnos')!;
    expect(ws.getCell('A5').dataValidation).toMatchObject({ type: 'list', formulae: ['"I,II,III"'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const conditional = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(conditional.map((c) => [c.ref, c.rules[0].type])).toEqual([['B2:B10', 'cellIs']]);
  });
});
