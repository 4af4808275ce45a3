// A sheet by name, its values in one read, and growing its grid before writing past it (Sheets refuses a range beyond getMaxRows()/getMaxColumns()).
import { Cell } from '../core/parse';
import { stop } from './boundary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet's values, read in one call. Rows are 0-based here; Sheets rows are these + 1. */
export interface SheetData {
  sheet: Sheet;
  rows: Cell[][];
  lastRow: number;
  lastColumn: number;
}

/** The sheet of that name, or the call stops naming it. */
export function sheetNamed(name: string): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) stop({ code: 'no_sheet', sheet: name });
  return sheet;
}

export function readSheet(sheet: Sheet): SheetData {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows = lastRow && lastColumn ? (sheet.getRange(1, 1, lastRow, lastColumn).getValues() as Cell[][]) : [];
  return { sheet, rows, lastRow, lastColumn };
}

/** Adds rows at the bottom until row `lastRow` exists; returns how many were added. */
export function ensureRows(sheet: Sheet, lastRow: number): number {
  const max = sheet.getMaxRows();
  if (lastRow <= max) return 0;
  sheet.insertRowsAfter(max, lastRow - max);
  return lastRow - max;
}

/** Adds columns at the right until column `lastColumn` exists; returns how many were added. */
export function ensureColumns(sheet: Sheet, lastColumn: number): number {
  const max = sheet.getMaxColumns();
  if (lastColumn <= max) return 0;
  sheet.insertColumnsAfter(max, lastColumn - max);
  return lastColumn - max;
}
