// Reading and writing the in-memory Book as .xlsx with exceljs: the hidden local sheet, the Spanish
// messages for files that are not workbooks or cannot be saved, and the parts saving would not keep.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { constants, createWriteStream } from 'node:fs';
import { chmod, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { types } from 'node:util';
import { a1Notation, parseA1 } from './a1';
import { Book, SheetModel, Stored, cellKey, keyColumn, keyRow } from './book';
import { ConditionalFormatRule } from './builders';
import { argb, excelConditional, excelValidation } from './xlsx-rules';
import { untrack } from './calls';
import { DirectSource, directRefusal, readDirect, writeDirect } from './xlsx-direct';
import { Unsupported, entryBytes } from './zip';
import { attr, partPath } from './sheet-xml';

/**
 * A very hidden sheet keeps what Google keeps with the file but .xlsx cannot hold: the document
 * properties (rows 'propiedad', key, value) and where formulas spilled (rows 'derrame', sheet, A1),
 * so a reopened workbook knows which cells its formulas own.
 */
export const LOCAL_SHEET = '_libro_local';

/** The value a cell shows: a formula's cached result, an error's code, rich text's plain text. */
function storedOf(value: ExcelJS.CellValue): Stored {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (types.isDate(value)) return value as Date;
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) return storedOf(v.result as ExcelJS.CellValue);
  if ('richText' in v) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('text' in v) return String(v.text);
  if ('error' in v) return String(v.error);
  return String(value);
}

/** exceljs keeps a sheet's merges by master cell in a field its typings do not declare. */
const excelMerges = (ws: ExcelJS.Worksheet) => Object.values((ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges);

const aFolder = (path: string) => `«${basename(path)}» es una carpeta, no un libro .xlsx: indique el archivo que está dentro.`;

const ZIP_MAGIC = Buffer.from('504b0304', 'hex');

/** What the first bytes of a file say it is, for a Spanish message when it is not an .xlsx. */
function notAWorkbook(path: string, bytes: Buffer): string {
  const file = `«${basename(path)}»`;
  const fix = 'ábralo en Excel o en Hojas de cálculo de Google y guárdelo como libro .xlsx';
  if (bytes.length === 0) return `${file} está vacío (0 bytes): no es un libro .xlsx. Quizá se cortó al copiarlo o descargarlo.`;
  // OLE2 compound file: an Excel 97-2003 .xls, or an .xlsx encrypted with a password.
  if (bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) return `${file} es un libro de Excel antiguo (.xls) o protegido con contraseña: ${fix}, sin contraseña.`;
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return `${file} es un archivo comprimido, pero no un libro .xlsx (¿un .ods, un .docx?): ${fix}.`;
  const text = !bytes.subarray(0, 4096).includes(0);
  if (text) return `${file} es un archivo de texto${/[,;\t]/.test(bytes.subarray(0, 4096).toString('utf8')) ? ' (¿un .csv?)' : ''}, no un libro .xlsx: ${fix}.`;
  return `${file} no es un libro .xlsx: ${fix}.`;
}

/** The bytes of an .xlsx, or throws in Spanish why it cannot be read: missing, a folder, unreadable. */
async function readBytes(path: string): Promise<Buffer> {
  const file = `«${basename(path)}»`;
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`No encuentro el libro ${file}: no existe ${path}.`);
    if (code === 'EISDIR') throw new Error(aFolder(path));
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`No se puede leer ${file}: este usuario no tiene permiso para abrirlo.`);
    if (code === 'EBUSY') throw new Error(`No se puede leer ${file}: otro programa (¿Excel?) lo tiene bloqueado. Ciérrelo y vuelva a intentarlo.`);
    throw new Error(`No se puede leer ${file} (${code ?? 'error del sistema'}).`);
  }
}

/**
 * Loads an .xlsx's bytes into exceljs, or throws in Spanish what is wrong with the file: empty, another
 * format, or damaged. exceljs's own errors never reach the user.
 */
async function loadWorkbook(path: string, bytes: Buffer): Promise<{ workbook: ExcelJS.Workbook; zip: JSZip }> {
  const file = `«${basename(path)}»`;
  const damaged = `${file} está dañado: parece un libro .xlsx pero no se puede leer. Ábralo en Excel o en Hojas de cálculo de Google, que suelen repararlo, y guárdelo de nuevo.`;
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  if (!zip) throw new Error(bytes.subarray(0, 4).equals(ZIP_MAGIC) ? damaged : notAWorkbook(path, bytes));
  if (!zip.file('xl/workbook.xml')) throw new Error(notAWorkbook(path, bytes));
  const misplaced = misplacedPart(await zip.file('xl/_rels/workbook.xml.rels')?.async('string'));
  if (misplaced) throw new Error(`${file} guarda ${misplaced}, no donde los guardan Excel, LibreOffice y Hojas de cálculo de Google: esta herramienta los leería mal. Ábralo en uno de ellos y guárdelo de nuevo.`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new Error(damaged);
  }
  return { workbook, zip };
}

/**
 * exceljs reads the shared strings and the styles only at xl/sharedStrings.xml and xl/styles.xml, whatever
 * the workbook's relationships say: a book that keeps them elsewhere would read with numbers for its
 * texts. What it keeps where, in words, or undefined when both are where Excel puts them.
 */
function misplacedPart(relsXml: string | undefined): string | undefined {
  const words = { sharedStrings: 'sus textos', styles: 'sus estilos' } as const;
  for (const m of (relsXml ?? '').matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const kind = /\/(sharedStrings|styles)$/.exec(attr(m[1], 'Type') ?? '')?.[1] as keyof typeof words | undefined;
    const target = partPath(attr(m[1], 'Target') ?? '');
    if (kind && target !== `xl/${kind}.xml`) return `${words[kind]} en ${target}`;
  }
  return undefined;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The parts of an .xlsx that exceljs reads but does not write back (tested in test/local/workbook-files.test.ts);
 * sheet protection, images, data validation and conditional formats it keeps.
 */
async function unkeptParts(names: string[], text: (name: string) => Promise<string>): Promise<string[]> {
  const count = (re: RegExp) => names.filter((n) => re.test(n)).length;
  let ranges = 0;
  for (const n of names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) ranges += ((await text(n)).match(/<protectedRange\b/g) ?? []).length;
  const charts = count(/^xl\/charts\/chart[^/]*\.xml$/);
  const pivots = count(/^xl\/pivotTables\/[^/]+\.xml$/);
  const workbookXml = await text('xl/workbook.xml');
  return [
    ...(charts ? [plural(charts, 'gráfico', 'gráficos')] : []),
    ...(pivots ? [plural(pivots, 'tabla dinámica', 'tablas dinámicas')] : []),
    ...(ranges ? [plural(ranges, 'rango protegido', 'rangos protegidos')] : []),
    ...(/<workbookProtection\b/.test(workbookXml) ? ['la protección de la estructura del libro'] : []),
  ];
}

const listed = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1]}` : parts[0]);

/** The Spanish sentence saying what saving over the book's own file would erase, or undefined. */
export function unkeptWarning(book: Book): string | undefined {
  if (book.unkept.length === 0) return undefined;
  return `«${book.name}.xlsx» tiene ${listed(book.unkept)}, que este programa no sabe conservar: guardar encima del libro los borraría.`;
}

/**
 * Writes the workbook into `temp` and returns only once the file is closed, also when writing
 * fails: exceljs's writeFile gives up with its stream still opening, so a cleanup right after it
 * could run before the file even exists and leave it behind.
 */
async function writeClosed(wb: ExcelJS.Workbook, temp: string): Promise<void> {
  const stream = createWriteStream(temp);
  const closed = new Promise<void>((done) => stream.once('close', () => done()));
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  try {
    await Promise.race([wb.xlsx.write(stream), failed]);
    stream.end();
    await Promise.race([closed, failed]);
  } catch (e) {
    stream.destroy();
    await closed;
    throw e;
  }
}

/**
 * Files from this size on are read by the direct path (xlsx-direct.ts: the sheets' XML straight from the
 * zip, no exceljs cell objects) when it reads them, and saved by it when the book's changes allow;
 * smaller ones, and whatever it does not read, go through exceljs.
 */
export const directPath = { minBytes: 1_000_000 };

/** Reads an .xlsx file, or builds an empty workbook when `path` is undefined. */
export async function readBook(path: string | undefined, timeZone: string): Promise<Book> {
  const name = path ? path.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '') : 'Libro local';
  const bytes = path ? await readBytes(path) : undefined;
  if (path && bytes && bytes.length >= directPath.minBytes) {
    const book = new Book(name, timeZone, undefined);
    try {
      const read = readDirect(bytes, book, LOCAL_SHEET);
      book.source = resolve(path);
      const entries = new Map(read.source.entries.map((e) => [e.name, e]));
      book.unkept = await unkeptParts([...entries.keys()], async (n) => entryBytes(entries.get(n)!).toString('utf8'));
      book.direct = { source: read.source, localRows: read.localRows.length };
      book.loadWorkbook = async () => (await loadWorkbook(path, bytes)).workbook;
      readLocalRows(book, read.localRows);
      return book;
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  const loaded = path && bytes ? await loadWorkbook(path, bytes) : undefined;
  const workbook = loaded?.workbook ?? new ExcelJS.Workbook();
  const book = new Book(name, timeZone, workbook);
  if (path && loaded) {
    book.source = resolve(path);
    book.unkept = await unkeptParts(Object.keys(loaded.zip.files), (n) => loaded.zip.file(n)!.async('string'));
  }
  let localRows: ExcelJS.Worksheet | undefined;
  for (const ws of workbook.worksheets) {
    if (ws.name === LOCAL_SHEET) {
      localRows = ws;
      continue;
    }
    const sheet = book.addSheet(ws.name);
    sheet.hidden = ws.state !== 'visible' && ws.state !== undefined;
    const frozen = ws.views?.find((v) => v.state === 'frozen') as ExcelJS.WorksheetViewFrozen | undefined;
    if (frozen) {
      sheet.frozenRows = frozen.ySplit ?? 0;
      sheet.frozenColumns = frozen.xSplit ?? 0;
    }
    // exceljs gives every cell of a merge its master's value; Sheets keeps it in the top-left one only.
    sheet.merges = excelMerges(ws).map((m) => ({ r1: m.top - 1, c1: m.left - 1, r2: m.bottom - 1, c2: m.right - 1 }));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        sheet.set(r - 1, c - 1, storedOf(cell.value));
        // A formula filled down in Excel is stored once, on its first cell; exceljs's `formula`
        // translates it to each cell of the fill, so every cell keeps its own formula.
        const formula = cell.formula as string | undefined;
        if (formula) sheet.formulas.set(cellKey(r - 1, c - 1), `=${formula}`);
        if (cell.numFmt && cell.numFmt !== 'General') sheet.format(r - 1, c - 1).numberFormat = cell.numFmt;
      });
    });
    sheet.fitGrid();
  }
  const rows: string[][] = [];
  localRows?.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  readLocalRows(book, rows);
  return book;
}

/** The local sheet's rows (kind, a, b): document properties and where formulas spilled. */
function readLocalRows(book: Book, rows: string[][]): void {
  for (const [kind = '', a = '', b = ''] of rows) {
    if (kind === 'propiedad') book.documentProperties[a] = b;
    const sheet = kind === 'derrame' ? book.sheet(a) : undefined;
    const ref = sheet ? parseA1(b) : undefined;
    if (!sheet || !ref) continue;
    const anchor = cellKey(ref.row - 1, ref.column - 1);
    for (let r = ref.row - 1; r < (ref.lastRow ?? ref.row); r++) {
      for (let c = ref.column - 1; c < ref.lastColumn; c++) if (cellKey(r, c) !== anchor) sheet.spillOwner.set(cellKey(r, c), anchor);
    }
  }
}

/** The rectangle each formula spilled into, as A1 text, for the local sheet. */
function spillAreas(sheet: SheetModel): string[] {
  const bounds = new Map<number, { r1: number; c1: number; r2: number; c2: number }>();
  for (const [k, anchor] of sheet.spillOwner) {
    const b = bounds.get(anchor) ?? { r1: keyRow(anchor), c1: keyColumn(anchor), r2: keyRow(anchor), c2: keyColumn(anchor) };
    b.r2 = Math.max(b.r2, keyRow(k));
    b.c2 = Math.max(b.c2, keyColumn(k));
    bounds.set(anchor, b);
  }
  return [...bounds.values()].map((b) => a1Notation(b.r1 + 1, b.c1 + 1, b.r2 - b.r1 + 1, b.c2 - b.c1 + 1));
}

/**
 * True when the exceljs cell already holds what the sheet holds: it then stays exactly as it was
 * loaded (a link, rich text, an error value). Cells of a filled-down formula are always rewritten,
 * each with its own formula, since a kept copy would point at a first cell that may have changed.
 */
function holdsSame(cell: ExcelJS.Cell, sheet: SheetModel, r: number, c: number): boolean {
  const loaded = cell.value;
  if (loaded !== null && typeof loaded === 'object' && ('sharedFormula' in loaded || (loaded as { shareType?: string }).shareType === 'shared')) return false;
  const formula = cell.formula as string | undefined;
  if ((formula ? `=${formula}` : undefined) !== sheet.formulas.get(cellKey(r, c))) return false;
  const held = sheet.get(r, c);
  const shown = storedOf(loaded);
  return types.isDate(held) && types.isDate(shown) ? (held as Date).getTime() === (shown as Date).getTime() : held === shown;
}

function excelValue(sheet: SheetModel, r: number, c: number): ExcelJS.CellValue {
  const v = sheet.get(r, c);
  const formula = sheet.formulas.get(cellKey(r, c));
  const value = v === '' ? null : v;
  if (formula) return { formula: formula.slice(1), result: value ?? undefined } as ExcelJS.CellFormulaValue;
  return value;
}

/** exceljs orders worksheets by an `orderNo` its typings do not declare. */
const ordered = (ws: ExcelJS.Worksheet) => ws as unknown as { orderNo: number };

/** The Spanish reason a workbook cannot be saved, from the error the file system gave. */
function notSaved(path: string, e: NodeJS.ErrnoException): Error {
  const file = `«${basename(path)}»`;
  if (e.code === 'EBUSY' || e.code === 'EPERM' || e.code === 'EACCES') return new Error(`No se puede guardar ${file}: está abierto en otro programa (¿Excel?) o la carpeta no permite escribir. Ciérrelo y vuelva a intentarlo.`);
  if (e.code === 'ENOENT') return new Error(`No se puede guardar ${file}: no existe la carpeta ${dirname(path)}.`);
  if (e.code === 'ENOSPC') return new Error(`No se puede guardar ${file}: el disco está lleno.`);
  return new Error(`No se puede guardar ${file}: ${e.message}`);
}

/**
 * Throws, in Spanish, when saving to `path` would fail: the file is marked read-only, another program
 * holds it, or its folder refuses new files. Returns the file's mode, for the replacement to keep.
 */
export async function checkWritable(path: string): Promise<number | undefined> {
  const current = await stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw notSaved(path, e);
  });
  if (current?.isDirectory()) throw new Error(aFolder(path));
  // Permission bits, not access(): a read-only mark is the user's wish even for an administrator.
  if (current && (current.mode & 0o222) === 0) throw new Error(`No se puede guardar «${basename(path)}»: el archivo es de solo lectura. Quite esa marca o guarde en otro archivo.`);
  const probe = join(dirname(path), `.${basename(path)}.${process.pid}.prueba`);
  try {
    if (current) await (await open(path, constants.O_RDWR)).close();
    await (await open(probe, 'w')).close();
  } catch (e) {
    throw notSaved(path, e as NodeJS.ErrnoException);
  } finally {
    await rm(probe, { force: true });
  }
  return current?.mode;
}

/** Makes the worksheet's merges the sheet's: the ones read stay, moved or broken ones follow the sheet. */
function syncMerges(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  const want = new Set(sheet.merges.map((m) => a1Notation(m.r1 + 1, m.c1 + 1, m.r2 - m.r1 + 1, m.c2 - m.c1 + 1)));
  const have = new Set<string>();
  for (const m of excelMerges(ws)) {
    const a1 = a1Notation(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1);
    if (want.has(a1)) have.add(a1);
    else ws.unMergeCells(a1);
  }
  for (const a1 of want) if (!have.has(a1)) ws.mergeCells(a1);
}

/**
 * Writes the book into its exceljs workbook (keeping the styles exceljs read) and then to `path`,
 * through a temporary file in the same folder renamed into place: a failed save leaves the file as it was.
 */
export async function writeBook(book: Book, path: string): Promise<void> {
  const lost = resolve(path) === book.source ? unkeptWarning(book) : undefined;
  if (lost) throw new Error(`${lost} Guarde en otro archivo.`);
  const mode = await checkWritable(path);
  const local = [
    ...Object.entries(book.documentProperties).map(([key, value]) => ['propiedad', key, value]),
    ...book.sheets.flatMap((sheet) => spillAreas(sheet).map((a1) => ['derrame', sheet.name, a1])),
  ];
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.guardando`);
  const replace = async (write: () => Promise<void>) => {
    try {
      await write();
      if (mode !== undefined) await chmod(temp, mode);
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw (e as NodeJS.ErrnoException).code ? notSaved(path, e as NodeJS.ErrnoException) : e;
    }
  };
  if (book.direct) {
    const source = book.direct.source as DirectSource;
    if (!directRefusal(book, source)) return replace(async () => writeFile(temp, await writeDirect(book, source, local, LOCAL_SHEET)));
  }
  const wb = await book.workbookLoaded();
  const keep = new Set(book.sheets.map((s) => s.name));
  for (const ws of [...wb.worksheets]) if (!keep.has(ws.name)) wb.removeWorksheet(ws.id);
  book.sheets.forEach((sheet, index) => {
    const ws = wb.getWorksheet(sheet.name) ?? wb.addWorksheet(sheet.name);
    ordered(ws).orderNo = index;
    ws.state = sheet.hidden ? 'hidden' : 'visible';
    ws.views = sheet.frozenRows || sheet.frozenColumns ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }] : [];
    syncMerges(ws, sheet);
    const rows = Math.max(sheet.lastRow(), ws.rowCount);
    const columns = Math.max(sheet.lastColumn(), ws.columnCount);
    for (let r = 0; r < rows; r++) {
      const row = ws.getRow(r + 1);
      for (let c = 0; c < columns; c++) {
        const cell = row.getCell(c + 1);
        // A covered cell of a merge writes through to its master in exceljs: it holds nothing of its own.
        if (cell.type === ExcelJS.ValueType.Merge) continue;
        if (!holdsSame(cell, sheet, r, c)) cell.value = excelValue(sheet, r, c);
      }
    }
    for (const [k, f] of sheet.formats) {
      const cell = ws.getCell(keyRow(k) + 1, keyColumn(k) + 1);
      if (f.numberFormat) cell.numFmt = f.numberFormat;
      if (f.fontWeight || f.fontColor) cell.font = { ...cell.font, bold: f.fontWeight === 'bold', ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}) };
      if (f.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
      if (f.note) cell.note = f.note;
      const validation = excelValidation(f.validation);
      if (validation) cell.dataValidation = validation;
    }
    for (const rule of sheet.recorded.conditionalRules) {
      if (!(rule instanceof ConditionalFormatRule) || rule.ranges.length === 0) continue;
      const refs = rule.ranges.map((r) => (untrack(r) as { getA1Notation(): string }).getA1Notation());
      const excel = excelConditional(rule, refs[0].split(':')[0]);
      if (excel) ws.addConditionalFormatting({ ref: refs.join(' '), rules: [excel] });
    }
    for (const [c, px] of sheet.columnWidths) ws.getColumn(c).width = Math.round(px / 7);
  });
  if (local.length) {
    const sheet = wb.addWorksheet(LOCAL_SHEET, { state: 'veryHidden' });
    ordered(sheet).orderNo = book.sheets.length;
    for (const row of local) sheet.addRow(row);
  }
  await replace(() => writeClosed(wb, temp));
}
