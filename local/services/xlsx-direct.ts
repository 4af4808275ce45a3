// The direct .xlsx path for big workbooks: the sheets' XML read straight from the zip into the Book
// (no exceljs cell objects), and on save every part copied as it was except the cells that changed,
// each keeping its own style index, with new styles appended to styles.xml for new formats.
// Whatever it does not handle throws Unsupported, and xlsx.ts goes through exceljs instead.
import { types } from 'node:util';
import type { Book, CellFormat, Merge, SheetModel, Stored } from './book';
import { cellKey, keyColumn, keyRow } from './book';
import { FileCell, MAIN_NS, REL_NS, SheetReader, address, attr, cellsOf, coveredCells, eachRow, encodeXml, partPath, rangeOf, readStyles, runsText, splitSheet, text } from './sheet-xml';
import { StyleAdder } from './xlsx-styles';
import { Unsupported, ZipEntry, entryBytes, newEntry, newEntryLater, readZip, writeZip } from './zip';

/** What the direct path remembers of the file, to write it back. */
export interface DirectSource {
  bytes: Buffer;
  entries: ZipEntry[];
  date1904: boolean;
  /** The local sheet's part (xlsx.ts's LOCAL_SHEET), when the file has one. */
  localPart?: string;
  /** The book's sheets as read, in order: their part, and what the writer must find unchanged. */
  sheets: { name: string; part: string; hidden: boolean; frozenRows: number; frozenColumns: number; merges: string[]; lastRow: number; lastColumn: number }[];
}


export interface DirectRead {
  source: DirectSource;
  /** Rows of the local sheet (_libro_local), as text, for readBook. */
  localRows: string[][];
}

/**
 * Reads the workbook's sheets into `book` straight from the zip; throws Unsupported for what only
 * exceljs reads (then nothing was added to the book).
 */
export function readDirect(bytes: Buffer, book: Book, localSheet: string): DirectRead {
  const list = readZip(bytes);
  const entries = new Map(list.map((e) => [e.name, e]));
  const workbookXml = text(entries, 'xl/workbook.xml');
  const relsXml = text(entries, 'xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml) throw new Unsupported('sin workbook.xml');
  const rels = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    rels.set(attr(m[1], 'Id') ?? '', attr(m[1], 'Target') ?? '');
    // The shared strings and the styles are read and written where Excel puts them; a book that keeps them elsewhere goes through exceljs.
    const kind = /\/(sharedStrings|styles)$/.exec(attr(m[1], 'Type') ?? '')?.[1];
    if (kind && partPath(attr(m[1], 'Target') ?? '') !== `xl/${kind}.xml`) throw new Unsupported(`${kind} en ${attr(m[1], 'Target')}`);
  }
  const pr = /<workbookPr\b([^>]*)/.exec(workbookXml)?.[1] ?? '';
  const date1904 = ['1', 'true'].includes(attr(pr, 'date1904') ?? '');
  const sstXml = text(entries, 'xl/sharedStrings.xml');
  const sst = sstXml ? [...sstXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? '')) : [];
  const reader: SheetReader = { sst, styles: readStyles(text(entries, 'xl/styles.xml')), date1904, masters: new Map() };
  const source: DirectSource = { bytes, entries: list, date1904, sheets: [] };
  const models: SheetModel[] = [];
  let localRows: string[][] = [];
  try {
    for (const m of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
      const name = attr(m[1], 'name') ?? '';
      const part = partPath(rels.get(attr(m[1], 'r:id') ?? '') ?? '');
      const xml = text(entries, part);
      if (!xml) throw new Unsupported(`hoja ${name} sin su parte`);
      const state = attr(m[1], 'state');
      const { head, body, tail } = splitSheet(xml);
      const merges = [...(head + tail).matchAll(/<mergeCell\b[^>]*?ref="([^"]+)"/g)].map((x) => x[1]);
      reader.masters = new Map();
      if (name === localSheet) {
        source.localPart = part;
        localRows = [];
        eachRow(body, (row, _a, inner) => {
          const cells = cellsOf(inner, row, reader);
          const line: string[] = [];
          for (const cell of cells) line[cell.c] = cell.value === '' ? '' : String(cell.value);
          localRows.push(Array.from(line, (v) => v ?? ''));
        });
        continue;
      }
      const sheet = book.addSheet(name);
      models.push(sheet);
      sheet.hidden = state !== undefined && state !== 'visible';
      const pane = /<pane\b([^>]*)/.exec(head)?.[1];
      if (pane && attr(pane, 'state') === 'frozen') {
        sheet.frozenRows = Number(attr(pane, 'ySplit') ?? 0);
        sheet.frozenColumns = Number(attr(pane, 'xSplit') ?? 0);
      }
      sheet.merges = merges.map(rangeOf);
      const covered = coveredCells(sheet.merges);
      eachRow(body, (row, _a, inner) => {
        for (const cell of cellsOf(inner, row, reader)) {
          if (cell.value === '' && !cell.formula) continue;
          if (covered.has(cellKey(row, cell.c))) continue;
          sheet.set(row, cell.c, cell.value);
          if (cell.formula && cell.formula !== '=') sheet.formulas.set(cellKey(row, cell.c), cell.formula);
          const numFmt = cell.s ? reader.styles.xfs[cell.s]?.numFmt : undefined;
          if (numFmt && numFmt !== 'General') sheet.format(row, cell.c).numberFormat = numFmt;
        }
      });
      sheet.fitGrid();
      sheet.written = new Map();
      source.sheets.push({ name, part, hidden: sheet.hidden, frozenRows: sheet.frozenRows, frozenColumns: sheet.frozenColumns, merges: [...merges].sort(), lastRow: sheet.lastRow(), lastColumn: sheet.lastColumn() });
    }
  } catch (e) {
    for (const s of models) book.sheets.splice(book.sheets.indexOf(s), 1);
    throw e;
  }
  return { source, localRows };
}

/** The 0-based column of a row's last cell (its `r` attribute), -1 for a row without cells; undefined when a cell has no `r`. */
function lastCellColumn(inner: string): number | undefined {
  // The last <c> element: not a <charset> of a rich text run, and the tag may go on after a tab or a line break.
  let at = inner.lastIndexOf('<c');
  while (at >= 0 && !/[\s/>]/.test(inner.charAt(at + 2))) at = at > 0 ? inner.lastIndexOf('<c', at - 1) : -1;
  if (at < 0) return -1;
  const m = /^<c\s[^>]*?\br="([A-Z]+)\d+"/.exec(inner.slice(at, at + 200));
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}

const mergeText = (m: Merge) => `${address(m.r1, m.c1)}:${address(m.r2, m.c2)}`;

/**
 * The formats the direct writer knows how to add; any other part of a CellFormat sends the save through
 * exceljs. Alignment and wrap are here because neither writer saves them (xlsx.ts writes number
 * formats, fonts and fills): both leave the cell's alignment as the file had it.
 */
const WRITABLE = new Set(['numberFormat', 'fontWeight', 'background', 'horizontalAlignment', 'wrap']);

/** Why this book cannot be written by the direct path, or undefined when it can. */
export function directRefusal(book: Book, source: DirectSource): string | undefined {
  if (book.sheets.length !== source.sheets.length) return 'hojas añadidas o quitadas';
  for (const [i, sheet] of book.sheets.entries()) {
    const was = source.sheets[i];
    if (sheet.name !== was.name) return 'hojas renombradas o movidas';
    if (sheet.hidden !== was.hidden || sheet.frozenRows !== was.frozenRows || sheet.frozenColumns !== was.frozenColumns) return 'vista cambiada';
    if (sheet.merges.map(mergeText).sort().join() !== was.merges.map((m) => mergeText(rangeOf(m))).sort().join()) return 'celdas combinadas cambiadas';
    if (sheet.recorded.conditionalRules.length || sheet.columnWidths.size) return 'formato condicional o anchos';
    if (sheet.lineMoves.some((m) => m.at < (m.axis === 'row' ? was.lastRow : was.lastColumn))) return 'filas o columnas movidas';
    for (const f of sheet.formats.values()) for (const key of Object.keys(f)) if (!WRITABLE.has(key) && f[key as keyof CellFormat] !== undefined) return `formato ${key}`;
  }
  return undefined;
}

/** The XML of one cell holding the model's value and formula. */
const serialOf = (d: Date, date1904: boolean) => 25569 + d.getTime() / 86_400_000 - (date1904 ? 1462 : 0);

function cellXml(r: number, c: number, s: number, value: Stored, formula: string | undefined, date1904: boolean): string {
  const head = `<c r="${address(r, c)}"${s ? ` s="${s}"` : ''}`;
  const serial = (d: Date) => serialOf(d, date1904);
  if (formula) {
    const f = `<f>${encodeXml(formula.slice(1))}</f>`;
    if (value === '') return `${head}>${f}</c>`;
    if (typeof value === 'number') return `${head}>${f}<v>${value}</v></c>`;
    if (typeof value === 'boolean') return `${head} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    if (types.isDate(value)) return `${head}>${f}<v>${serial(value)}</v></c>`;
    return `${head} t="str">${f}<v>${encodeXml(value)}</v></c>`;
  }
  if (value === '') return `${head}/>`;
  if (typeof value === 'number') return `${head}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (types.isDate(value)) return `${head}><v>${serial(value)}</v></c>`;
  return `${head} t="inlineStr"><is><t xml:space="preserve">${encodeXml(value)}</t></is></c>`;
}

const sameStored = (a: Stored, b: Stored) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * The .xlsx bytes of the book: every part as the file had it, each sheet's changed cells rewritten in
 * place with their style, styles.xml grown by the formats the book added. The caller has checked
 * `directRefusal` first.
 */
export async function writeDirect(book: Book, source: DirectSource, local: string[][], localSheet: string): Promise<Buffer> {
  const entries = new Map(source.entries.map((e) => [e.name, e]));
  const stylesEntry = entries.get('xl/styles.xml');
  const styles = new StyleAdder(readStyles(stylesEntry ? entryBytes(stylesEntry).toString('utf8') : undefined));
  const sstXml = text(entries, 'xl/sharedStrings.xml');
  const sst = sstXml ? [...sstXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? '')) : [];
  // The reader tells dates by the original xfs: StyleAdder's list only grows past them.
  const reader: SheetReader = { sst, styles: styles.styles, date1904: source.date1904, masters: new Map() };
  const replaced = new Map<string, ZipEntry>();
  let formulasChanged = false;
  for (const [i, sheet] of book.sheets.entries()) {
    const part = source.sheets[i].part;
    const entry = entries.get(part)!;
    const { head, body, tail } = splitSheet(entryBytes(entry).toString('utf8'));
    const covered = coveredCells(sheet.merges);
    const anyMerge = covered.size > 0;
    const anyFormula = sheet.formulas.size > 0;
    reader.masters = new Map();
    const out: string[] = [];
    let changed = false;
    let lastRow = 0;
    let lastColumn = 0;
    /**
     * One row of the new sheet: the file's `cells` merged with the book's, or, when `kept` is given,
     * the file's cells as they were (`kept.xml`, up to column `kept.last`) and the book's after them.
     */
    const emitRow = (r: number, attrs: string | undefined, cells: FileCell[], kept?: { xml: string; last: number }) => {
      const row = sheet.rows[r];
      const pieces: string[] = kept && kept.xml ? [kept.xml] : [];
      if (kept && kept.last >= 0) lastColumn = Math.max(lastColumn, kept.last + 1);
      let k = 0;
      // Formulas and formats are kept apart from the values: their columns count too.
      const width = Math.max(row ? row.length : 0, cells.length ? cells[cells.length - 1].c + 1 : 0, extraWidth.get(r) ?? 0);
      for (let c = kept ? kept.last + 1 : 0; c < width || k < cells.length; c++) {
        let file: FileCell | undefined;
        while (k < cells.length && cells[k].c < c) k++;
        if (k < cells.length && cells[k].c === c) file = cells[k];
        const key = cellKey(r, c);
        const value = row ? (row[c] ?? '') : '';
        // Most sheets have no formulas and no merges: skip those lookups for each of their cells.
        const formula = anyFormula ? sheet.formulas.get(key) : undefined;
        if (anyMerge && covered.has(key)) {
          if (file) pieces.push(file.xml);
          continue;
        }
        const f = sheet.formats.get(key);
        let s = file ? file.s : 0;
        if (f && (f.fontWeight !== undefined || f.background !== undefined || (f.numberFormat !== undefined && f.numberFormat !== styles.numFmtOf(s)))) {
          s = styles.styleFor(s, f.numberFormat, f.fontWeight === undefined ? undefined : f.fontWeight === 'bold', f.background);
        }
        if (typeof value === 'object' && types.isDate(value) && !styles.isDate(s)) s = styles.styleFor(s, 'mm-dd-yy', undefined, undefined);
        if (file && !file.shared && s === file.s && file.formula === formula && sameStored(file.value, value)) {
          pieces.push(file.xml);
        } else if (value !== '' || formula || file || s) {
          if (file?.formula || formula) formulasChanged = true;
          changed = true;
          if (value === '' && !formula && !s) continue;
          pieces.push(cellXml(r, c, s, value, formula, source.date1904));
        } else continue;
        lastColumn = Math.max(lastColumn, c + 1);
      }
      // Columns past the value row's end that hold only a formula.
      if (attrs === undefined && !pieces.length) return;
      lastRow = Math.max(lastRow, pieces.length ? r + 1 : 0);
      const rowAttrs = (attrs ?? ` r="${r + 1}"`).replace(/\s+spans="[^"]*"/, '');
      out.push(pieces.length ? `<row${rowAttrs}>${pieces.join('')}</row>` : `<row${rowAttrs}/>`);
    };
    // A formula or a format may lie past its row's values, or in a row without any.
    const extraWidth = new Map<number, number>();
    let end = sheet.rows.length;
    for (const keys of [sheet.formulas.keys(), sheet.formats.keys()]) {
      for (const k of keys) {
        const r = keyRow(k);
        extraWidth.set(r, Math.max(extraWidth.get(r) ?? 0, keyColumn(k) + 1));
        if (r + 1 > end) end = r + 1;
      }
    }
    let next = 0;
    const upTo = (row: number) => {
      for (; next < row; next++) if (sheet.rows[next]?.length || extraWidth.has(next)) emitRow(next, undefined, []);
    };
    // A row whose cells the book did not touch left of its last file cell keeps them as they were, unread:
    // what `npm run calc` writes goes right of the office's columns. Shared formulas are always rewritten.
    // After rows or columns were inserted or deleted, the rows or columns past them are compared whole (firstWritten).
    const written = sheet.written;
    eachRow(body, (row, attrs, inner) => {
      upTo(row);
      const last = written && !inner.includes('t="shared"') ? lastCellColumn(inner) : undefined;
      if (last !== undefined && sheet.firstWritten(row) > last) emitRow(row, attrs, [], { xml: inner, last });
      else emitRow(row, attrs, cellsOf(inner, row, reader));
      next = row + 1;
    });
    upTo(end);
    if (!changed) continue;
    let newHead = head;
    if (lastRow && lastColumn) newHead = newHead.replace(/<dimension\b[^>]*?\/>/, `<dimension ref="A1:${address(lastRow - 1, lastColumn - 1)}"/>`);
    // One sheet at a time: its text and its compressed bytes are let go before the next sheet is built.
    replaced.set(part, await newEntryLater(part, `${newHead}<sheetData>${out.join('')}</sheetData>${tail}`, entry));
  }
  const added: ZipEntry[] = [];
  const edit = (name: string, change: (xml: string) => string) => {
    const before = replaced.get(name) ?? entries.get(name);
    if (!before) throw new Unsupported(`sin ${name}`);
    replaced.set(name, newEntry(name, change(entryBytes(before).toString('utf8')), entries.get(name)));
  };
  if (local.length || source.localPart) {
    const rows = local.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(r, c, 0, v, undefined, false)).join('')}</row>`).join('');
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
    if (source.localPart) replaced.set(source.localPart, newEntry(source.localPart, xml, entries.get(source.localPart)));
    else {
      let n = book.sheets.length + 1;
      while (entries.has(`xl/worksheets/sheet${n}.xml`)) n++;
      const part = `xl/worksheets/sheet${n}.xml`;
      added.push(newEntry(part, xml));
      const relsXml = text(entries, 'xl/_rels/workbook.xml.rels')!;
      let id = 1;
      while (relsXml.includes(`Id="rId${id}"`)) id++;
      edit('xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>', `<Relationship Id="rId${id}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`));
      edit('[Content_Types].xml', (x) => x.replace('</Types>', `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`));
      edit('xl/workbook.xml', (x) => {
        const ids = [...x.matchAll(/<sheet\b[^>]*?sheetId="(\d+)"/g)].map((m) => Number(m[1]));
        return x.replace('</sheets>', `<sheet name="${encodeXml(localSheet)}" sheetId="${Math.max(0, ...ids) + 1}" state="veryHidden" r:id="rId${id}"/></sheets>`);
      });
    }
  }
  if (styles.changed) replaced.set('xl/styles.xml', newEntry('xl/styles.xml', styles.xml(), stylesEntry));
  const dropped = new Set<string>();
  if (formulasChanged && entries.has('xl/calcChain.xml')) {
    // Excel rebuilds the chain; one that names cells which are no longer formulas makes it repair the file.
    dropped.add('xl/calcChain.xml');
    edit('[Content_Types].xml', (x) => x.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, ''));
    edit('xl/_rels/workbook.xml.rels', (x) => x.replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/, ''));
  }
  return writeZip([...source.entries.filter((e) => !dropped.has(e.name)).map((e) => replaced.get(e.name) ?? e), ...added]);
}
