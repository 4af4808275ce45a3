// Laying out a register sheet row by row as a school office does (letterheads, merged titles, header
// rows, signature blocks) and writing it into a workbook with stable bytes.
import ExcelJS from 'exceljs';
import { referenceDay } from '../demo';
import { columnNumber } from '../services/a1';
import { newWorkbook } from '../workbook';

/** A cell as written: null leaves it empty (also every cell of a merge but its top-left one). */
export type Value = string | number | null;

export interface Grid {
  name: string;
  /** Row 1 first; an empty array is a blank row. */
  rows: Value[][];
  merges: string[];
  /** Rows drawn as a title (bold, larger) and as headers (bold, filled, wrapped). */
  titleRows: number[];
  headerRows: number[];
  widths: number[];
  /** Number formats by column letter, for the rows after the last header row. */
  formats: Record<string, string>;
}

/** Builds a sheet row by row, as a secretary lays it out: titles, headers, blocks, footers. */
export class Sheet {
  readonly grid: Grid;
  constructor(name: string, widths: number[] = []) {
    this.grid = { name, rows: [], merges: [], titleRows: [], headerRows: [], widths, formats: {} };
  }
  /** Adds a row of values from column A and returns its number. */
  row(...values: Value[]): number {
    this.grid.rows.push(values);
    return this.grid.rows.length;
  }
  blank(): number {
    return this.row();
  }
  merge(...ranges: string[]): this {
    this.grid.merges.push(...ranges);
    return this;
  }
  /** A title line merged across the columns A..last, the way school letterheads are. */
  title(text: string, last: string): number {
    const r = this.row(text);
    this.grid.titleRows.push(r);
    this.merge(`A${r}:${last}${r}`);
    return r;
  }
  header(...values: Value[]): number {
    const r = this.row(...values);
    this.grid.headerRows.push(r);
    return r;
  }
  format(columns: string, numFmt: string): this {
    for (const c of columns.split(',')) this.grid.formats[c] = numFmt;
    return this;
  }
}

/** The cells of a merge other than its top-left one: Sheets keeps them empty, so the grid must too. */
function checkMerges(grid: Grid): void {
  for (const range of grid.merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) throw new Error(`${grid.name}: merge ${range} is not A1:B2`);
    const [c1, r1, c2, r2] = [columnNumber(m[1]), Number(m[2]), columnNumber(m[3]), Number(m[4])];
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        if ((r !== r1 || c !== c1) && (grid.rows[r - 1]?.[c - 1] ?? null) !== null) throw new Error(`${grid.name}: ${range} covers a value at row ${r}, column ${c}`);
      }
    }
  }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

function addGrid(workbook: ExcelJS.Workbook, grid: Grid): void {
  checkMerges(grid);
  const ws = workbook.addWorksheet(grid.name);
  const lastHeader = Math.max(0, ...grid.headerRows);
  grid.rows.forEach((values, i) => {
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(i + 1, c + 1);
      cell.value = v;
      const letter = ws.getColumn(c + 1).letter;
      if (i + 1 > lastHeader && grid.formats[letter] && typeof v === 'number') cell.numFmt = grid.formats[letter];
    });
  });
  for (const r of grid.titleRows) ws.getRow(r).font = { bold: true, size: r === grid.titleRows[0] ? 13 : 11 };
  for (const r of grid.headerRows) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    const width = Math.max(...grid.rows.map((x) => x.length));
    for (let c = 1; c <= width; c++) ws.getCell(r, c).fill = HEADER_FILL;
  }
  grid.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const range of grid.merges) ws.mergeCells(range);
}

/** Fixed document properties, so the same content gives the same bytes. */
export function workbookOf(description: string, sheets: Sheet[]): ExcelJS.Workbook {
  const workbook = newWorkbook(description, referenceDay('2026-03-16'));
  for (const s of sheets) addGrid(workbook, s.grid);
  return workbook;
}

/** A signature block: a line, the role, and the person's name below it. */
export function signatures(s: Sheet, people: [col: number, role: string, name: string][]): void {
  const line: Value[] = [];
  const roles: Value[] = [];
  const names: Value[] = [];
  for (const [col, role, name] of people) {
    line[col] = '______________________________';
    roles[col] = role;
    names[col] = name;
  }
  const fill = (xs: Value[]) => Array.from(xs, (x) => x ?? null);
  s.row(...fill(line));
  s.row(...fill(roles));
  s.row(...fill(names));
}
