// Reads an .xlsx back into plain rows per sheet, so the demo and fixture tests look at what a user would open.
import ExcelJS from 'exceljs';
import { Cell, parseDate } from '../../src/core/parse';

export type Sheets = Record<string, Cell[][]>;

/** Every sheet as rows of values ("" for blank), in sheet order. */
export async function readSheets(source: string | Buffer): Promise<Sheets> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ArrayBuffer);
  const sheets: Sheets = {};
  for (const ws of workbook.worksheets) {
    const rows: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) row.push(ws.getCell(r, c).value ?? '');
      rows.push(row);
    }
    sheets[ws.name] = rows;
  }
  return sheets;
}

/** The values under a header (first row by default), blank ones included. */
export function column(rows: Cell[][], header: string, headerRow = 0): Cell[] {
  const i = rows[headerRow].indexOf(header);
  if (i < 0) throw new Error(`no column «${header}» in ${JSON.stringify(rows[headerRow])}`);
  return rows.slice(headerRow + 1).map((r) => r[i]);
}

/** The calendar day a date cell holds: .xlsx keeps it as a Date at UTC midnight. */
export function storedDay(v: Cell): number | undefined {
  const d = parseDate(v, 'UTC');
  return d.ok ? d.value : undefined;
}
