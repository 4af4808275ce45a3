// The direct .xlsx path (local/services/xlsx-direct.ts), forced on small files: it reads what exceljs
// reads, and its save keeps everything the user had (styles, rich text, links, merges, hidden sheets) plus the results.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateDemo } from '../../local/demo';
import { openRuntime } from '../../local/runtime';
import { Book, SheetModel } from '../../local/services/book';
import { directPath, readBook, writeBook } from '../../local/services/xlsx';
import { tempDir } from './factories';

const TZ = 'America/Mexico_City';
const DEFAULT_MIN = directPath.minBytes;
afterEach(() => (directPath.minBytes = DEFAULT_MIN));

/** Reads `path` by one path or the other. */
async function readBy(direct: boolean, path: string): Promise<Book> {
  directPath.minBytes = direct ? 0 : Infinity;
  try {
    return await readBook(path, TZ);
  } finally {
    directPath.minBytes = DEFAULT_MIN;
  }
}

/** What a sheet of the book holds, as plain data to compare. */
const contents = (s: SheetModel) => ({
  name: s.name,
  hidden: s.hidden,
  frozen: [s.frozenRows, s.frozenColumns],
  merges: s.merges,
  rows: Array.from({ length: s.lastRow() }, (_, r) => Array.from({ length: s.lastColumn() }, (_, c) => s.get(r, c))),
  formulas: [...s.formulas].sort((a, b) => a[0] - b[0]),
  formats: [...s.formats].sort((a, b) => a[0] - b[0]),
});

/** A secretary's workbook with what exceljs and Excel keep: styles, rich text, a link, a filled-down formula, merges, a hidden sheet. */
async function officeBook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Alumnos', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(['Nombre', 'Nacimiento', 'Colegiatura', 'Beca', 'Total', 'Notas', 'Activo']);
  ws.getRow(1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  const people: [string, Date, number, number][] = [
    ['Ana Pérez', new Date(Date.UTC(2010, 2, 15)), 1500, 0.5],
    ['Luis <&> "Ñandú"', new Date(Date.UTC(2009, 10, 2)), 1800.25, 0],
    ['María José', new Date(Date.UTC(2011, 0, 31)), 900, 1],
  ];
  people.forEach(([name, born, fee, beca], i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = name;
    ws.getCell(r, 2).value = born;
    ws.getCell(r, 2).numFmt = 'dd/mm/yyyy';
    ws.getCell(r, 3).value = fee;
    ws.getCell(r, 3).numFmt = '"$"#,##0.00';
    ws.getCell(r, 3).border = { bottom: { style: 'thin' } };
    ws.getCell(r, 4).value = beca;
    ws.getCell(r, 4).numFmt = '0%';
    ws.getCell(r, 5).value = r === 2 ? { formula: 'C2*(1-D2)', result: fee * (1 - beca) } : { sharedFormula: 'E2', result: fee * (1 - beca) };
    ws.getCell(r, 7).value = i !== 1;
  });
  ws.getCell('F2').value = { richText: [{ text: 'beca ', font: { italic: true } }, { text: 'completa', font: { bold: true } }] };
  ws.getCell('F3').value = { text: 'expediente', hyperlink: 'https://escuela.example/expediente/3' };
  ws.getCell('A6').value = 'Firmas';
  ws.mergeCells('A6:C6');
  ws.getCell('A6').alignment = { horizontal: 'center' };
  const hidden = wb.addWorksheet('Notas internas', { state: 'hidden' });
  hidden.addRow(['clave', 'valor']);
  hidden.addRow(['ciclo', '2026-2027']);
  await wb.xlsx.writeFile(path);
}

/**
 * The one difference: a formula whose cached result is 0 (E4, 900 × (1 − 100 %)) reads as 0 by the
 * direct path and as blank through exceljs, which drops a falsy result; the rest must be the same.
 */
function zeroKept(direct: Book, excel: Book): void {
  expect(direct.sheets[0].get(3, 4)).toBe(0);
  expect(excel.sheets[0].get(3, 4)).toBe('');
  excel.sheets[0].set(3, 4, 0);
}

describe('the direct .xlsx path', () => {
  test('reads a workbook as exceljs does: values, dates, formulas filled down, formats, merges, frozen rows, hidden sheets', async () => {
    const path = join(tempDir('directo-'), 'libro.xlsx');
    await officeBook(path);
    const direct = await readBy(true, path);
    const excel = await readBy(false, path);
    expect(direct.direct).toBeDefined();
    expect(excel.direct).toBeUndefined();
    zeroKept(direct, excel);
    expect(direct.sheets.map(contents)).toEqual(excel.sheets.map(contents));
    expect(direct.sheets[0].formulas.get(2 * 20000 + 4)).toBe('=C3*(1-D3)');
  });

  test('saving keeps the user’s styles, rich text and link, and adds values, formulas, formats and the local sheet', async () => {
    const dir = tempDir('directo-');
    const path = join(dir, 'libro.xlsx');
    await officeBook(path);
    const book = await readBy(true, path);
    const sheet = book.sheet('Alumnos')!;
    sheet.set(0, 7, 'Resultado');
    Object.assign(sheet.format(0, 7), { fontWeight: 'bold', background: '#e6f4ea' });
    sheet.set(1, 7, 'Aprobado & más');
    sheet.set(2, 7, 0.25);
    sheet.format(2, 7).numberFormat = '0%';
    sheet.set(3, 7, new Date(Date.UTC(2026, 5, 30)));
    sheet.formulas.set(1 * 20000 + 8, '=C2*2');
    sheet.set(1, 8, 3000);
    sheet.set(1, 2, 1600);
    book.documentProperties['alumnos.1'] = '{"mode":"valores"}';
    const out = join(dir, 'calculado.xlsx');
    await writeBook(book, out);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Alumnos')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FF1F4E79' } });
    expect(ws.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FFD9E2F3' } });
    expect(ws.getCell('F2').value).toEqual({ richText: [{ text: 'beca ', font: { italic: true } }, { text: 'completa', font: { bold: true } }] });
    expect(ws.getCell('F3').value).toEqual({ text: 'expediente', hyperlink: 'https://escuela.example/expediente/3' });
    expect(ws.getCell('C3').numFmt).toBe('"$"#,##0.00');
    expect(ws.getCell('C3').border).toEqual({ bottom: { style: 'thin' } });
    // A changed cell keeps its style.
    expect(ws.getCell('C2').value).toBe(1600);
    expect(ws.getCell('C2').numFmt).toBe('"$"#,##0.00');
    expect(ws.getCell('B2').value).toEqual(new Date(Date.UTC(2010, 2, 15)));
    expect(ws.getCell('E3').formula).toBe('C3*(1-D3)');
    expect(ws.getCell('A6').alignment).toEqual({ horizontal: 'center' });
    expect(ws.getCell('A6').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('Notas internas')!.state).toBe('hidden');
    // What the book added.
    expect(ws.getCell('H1').value).toBe('Resultado');
    expect(ws.getCell('H1').font).toMatchObject({ bold: true });
    expect(ws.getCell('H1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4EA' } });
    expect(ws.getCell('H2').value).toBe('Aprobado & más');
    expect(ws.getCell('H3').value).toBe(0.25);
    expect(ws.getCell('H3').numFmt).toBe('0%');
    expect(ws.getCell('H4').value).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(ws.getCell('I2').value).toEqual({ formula: 'C2*2', result: 3000 });

    const again = await readBy(false, out);
    expect(again.documentProperties).toEqual({ 'alumnos.1': '{"mode":"valores"}' });
    expect(again.sheets.map((s) => s.name)).toEqual(['Alumnos', 'Notas internas']);
    // Read back by either path, the saved book is the same.
    const directAgain = await readBy(true, out);
    zeroKept(directAgain, again);
    expect(directAgain.sheets.map(contents)).toEqual(again.sheets.map(contents));
  });

  test('a book that keeps its texts outside xl/sharedStrings.xml stops with a sentence by either path, never reads numbers for them', async () => {
    const dir = tempDir('directo-');
    const path = join(dir, 'libro.xlsx');
    await officeBook(path);
    // Another program's layout: the same shared strings, in a part the relationships name.
    const zip = await JSZip.loadAsync(readFileSync(path));
    zip.file('xl/textos/cadenas.xml', await zip.file('xl/sharedStrings.xml')!.async('string'));
    zip.remove('xl/sharedStrings.xml');
    const edit = async (name: string, from: string, to: string) => zip.file(name, (await zip.file(name)!.async('string')).replace(from, to));
    await edit('xl/_rels/workbook.xml.rels', 'Target="sharedStrings.xml"', 'Target="textos/cadenas.xml"');
    await edit('[Content_Types].xml', '/xl/sharedStrings.xml', '/xl/textos/cadenas.xml');
    const moved = join(dir, 'otro-programa.xlsx');
    writeFileSync(moved, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    // exceljs alone would read «Ana Pérez» as a number: the index of the text it did not find.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(moved);
    expect(typeof wb.getWorksheet('Alumnos')!.getCell('A2').value).toBe('number');
    const sentence = '«otro-programa.xlsx» guarda sus textos en xl/textos/cadenas.xml, no donde los guardan Excel, LibreOffice y Hojas de cálculo de Google: esta herramienta los leería mal. Ábralo en uno de ellos y guárdelo de nuevo.';
    await expect(readBy(true, moved)).rejects.toThrow(sentence);
    await expect(readBy(false, moved)).rejects.toThrow(sentence);
    // The book as Excel writes it still opens.
    expect((await readBy(true, path)).sheets[0].get(1, 0)).toBe('Ana Pérez');
  });

  test('saving copies untouched cells as the file had them and rewrites only what changed, left of a row\'s last cell or after it', async () => {
    const dir = tempDir('directo-');
    const path = join(dir, 'libro.xlsx');
    await officeBook(path);
    const book = await readBy(true, path);
    const alumnos = book.sheets[0];
    alumnos.set(2, 2, 1950); // C3, inside its row: the row is read and merged (it also holds a shared formula)
    alumnos.set(0, 7, 'Renovación'); // H1, after the header's last cell: the header's cells are copied
    alumnos.format(0, 8).numberFormat = '0.0'; // I1 formatted, no value
    const out = join(dir, 'guardado.xlsx');
    directPath.minBytes = 0;
    await writeBook(book, out);
    const rowXml = async (file: string, r: number) => {
      const xml = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
      return new RegExp(`<row r="${r}"[^>]*>([\\s\\S]*?)</row>`).exec(xml)![1];
    };
    // Row 6 was not touched: its cells are the file's, byte for byte; the header keeps them and adds H1 and I1.
    expect(await rowXml(out, 6)).toBe(await rowXml(path, 6));
    const header = await rowXml(out, 1);
    expect(header.startsWith(await rowXml(path, 1))).toBe(true);
    expect(header.slice((await rowXml(path, 1)).length)).toMatch(/^<c r="H1" t="inlineStr"><is><t xml:space="preserve">Renovación<\/t><\/is><\/c><c r="I1" s="\d+"\/>$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Alumnos')!;
    expect([ws.getCell('C3').value, ws.getCell('H1').value, ws.getCell('A2').value, ws.getCell('C2').numFmt, ws.getCell('I1').numFmt]).toEqual([1950, 'Renovación', 'Ana Pérez', '"$"#,##0.00', '0.0']);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws.getCell('C3').border).toMatchObject({ bottom: { style: 'thin' } });
    const again = await readBy(false, out);
    expect([again.sheets[0].get(0, 7), again.sheets[0].get(2, 2), again.sheets[0].get(1, 4)]).toEqual(['Renovación', 1950, 750]);
  });

  /** A register whose template bordered rows and columns past its data: cells with a style and no value. */
  async function borderedBook(path: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Alumnos');
    ws.addRow(['Nombre', 'Grupo']);
    ws.addRow(['Ana', '1A']);
    ws.addRow(['Luis', '1B']);
    for (const cell of ['A6', 'B6', 'C6', 'D6', 'F2']) ws.getCell(cell).border = { bottom: { style: 'thin' } };
    await wb.xlsx.writeFile(path);
  }

  test.each([
    ['a value moved down by inserted rows', (s: SheetModel) => (s.set(4, 0, 'X'), s.insertRows(3, 1)), 'A6', 'X'],
    ['a value moved up by deleted rows', (s: SheetModel) => (s.set(7, 0, 'Y'), s.deleteRows(3, 2)), 'A6', 'Y'],
    ['a value moved left by deleted columns', (s: SheetModel) => (s.set(1, 7, 'Z'), s.deleteColumns(2, 3)), 'E2', 'Z'],
    ['a value written into a bordered row', (s: SheetModel) => s.set(5, 1, 'W'), 'B6', 'W'],
  ])('%s onto cells the file had styled is saved where it went', async (_what, change, cell, value) => {
    const dir = tempDir('directo-');
    const path = join(dir, 'libro.xlsx');
    await borderedBook(path);
    const book = await readBy(true, path);
    change(book.sheets[0]);
    const out = join(dir, 'guardado.xlsx');
    directPath.minBytes = 0;
    await writeBook(book, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Alumnos')!.getCell(cell).value).toBe(value);
    expect(wb.getWorksheet('Alumnos')!.getCell('A2').value).toBe('Ana');
  });

  test('a change it cannot write (a new sheet) is saved through exceljs, styles kept', async () => {
    const dir = tempDir('directo-');
    const path = join(dir, 'libro.xlsx');
    await officeBook(path);
    const book = await readBy(true, path);
    book.addSheet('Tablero').set(0, 0, 'Resumen');
    const out = join(dir, 'con-tablero.xlsx');
    await writeBook(book, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Alumnos', 'Notas internas', 'Tablero']);
    expect(wb.getWorksheet('Alumnos')!.getCell('A1').font).toMatchObject({ bold: true });
    expect(wb.getWorksheet('Tablero')!.getCell('A1').value).toBe('Resumen');
  });

  test('npm run calc on the demo saves the same workbook by either path', async () => {
    const dir = tempDir('directo-');
    const demo = join(dir, 'demo.xlsx');
    await generateDemo(demo, { students: 60, today: '2026-11-21' });
    const saved: string[] = [];
    for (const direct of [true, false]) {
      directPath.minBytes = direct ? 0 : Infinity;
      const rt = await openRuntime(demo);
      expect(Boolean(rt.book.direct)).toBe(direct);
      rt.context.calcularLibro_('valores', false);
      const out = join(dir, `calculado-${direct}.xlsx`);
      await rt.save(out);
      saved.push(out);
    }
    const [a, b] = await Promise.all(
      saved.map(async (p) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(p);
        return wb;
      }),
    );
    expect(a.worksheets.map((w) => [w.name, w.state])).toEqual(b.worksheets.map((w) => [w.name, w.state]));
    for (const wa of a.worksheets) {
      const wb = b.getWorksheet(wa.name)!;
      const cells = (ws: ExcelJS.Worksheet) => {
        const out: string[] = [];
        ws.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => out.push(JSON.stringify([cell.address, cell.value, cell.numFmt, Boolean(cell.font?.bold), cell.fill ?? null, cell.border ?? null]))),
        );
        return out.join('\n');
      };
      // As text, row by row: getCell over the whole grid took half a minute.
      expect(cells(wa)).toBe(cells(wb));
    }
  });
});
