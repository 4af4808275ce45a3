// A1 notation: 'B2', 'B2:C9', 'B2:B' (open to the last row), 'A:B', 'Alumnos'!C2:C, Configuración!A:B.

export interface A1Ref {
  sheet?: string;
  row: number;
  column: number;
  /** Undefined when the reference runs to the sheet's last row (B2:B, A:B). */
  lastRow?: number;
  lastColumn: number;
}

/** Column ZZZ: the end of a reference that names rows only (2:3). */
export const MAX_COLUMN = 18278;

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Splits "'Hoja 1'!A1:B2" into the sheet name and the cells part. */
export function splitSheet(ref: string): { sheet?: string; cells: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { cells: ref.trim() };
  let sheet = ref.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: ref.slice(bang + 1).trim() };
}

/** Parses an A1 reference, or returns undefined when the text is not one. */
export function parseA1(ref: string): A1Ref | undefined {
  const { sheet, cells } = splitSheet(ref);
  const [a, b, extra] = cells.split(':');
  if (extra !== undefined || !a) return undefined;
  const start = CELL.exec(a);
  const end = CELL.exec(b ?? a);
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) return undefined;
  if (b === undefined && (!start[1] || !start[2])) return undefined;
  const column = start[1] ? columnNumber(start[1]) : 1;
  const row = start[2] ? Number(start[2]) : 1;
  const lastColumn = end[1] ? columnNumber(end[1]) : MAX_COLUMN;
  const lastRow = end[2] ? Number(end[2]) : undefined;
  if (row < 1 || (lastRow !== undefined && lastRow < row) || lastColumn < column) return undefined;
  return { sheet, row, column, lastRow, lastColumn };
}

export function a1Notation(row: number, column: number, rows: number, columns: number): string {
  const start = `${columnLetters(column)}${row}`;
  return rows === 1 && columns === 1 ? start : `${start}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
}
