// A sheet by name, one the add-on owns, its values in one read, and growing its grid before writing past it (Sheets refuses a range beyond getMaxRows()/getMaxColumns()).
import { Cell } from '../core/parse';
import { stop } from './boundary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet's values, read in one call. Rows are 0-based here; Sheets rows are these + 1. */
export interface SheetData {
  sheet: Sheet;
  rows: Cell[][];
  lastRow: number;
  lastColumn: number;
  /** The merged ranges of the top rows, once read (students/memory.ts). */
  merges?: { r1: number; c1: number; r2: number; c2: number }[];
}

/** The sheet of that name, or the call stops naming it. */
export function sheetNamed(name: string): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) stop({ code: 'no_sheet', sheet: name });
  return sheet;
}

/** Whether the add-on created this sheet: its id is kept under `property`. */
const ownedBy = (sheet: Sheet, property: string) => PropertiesService.getDocumentProperties().getProperty(property) === String(sheet.getSheetId());

/** True when the sheet exists and this add-on created it. */
export function isOwned(name: string, property: string): boolean {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  return sheet !== null && ownedBy(sheet, property);
}

/**
 * A sheet the add-on writes whole (a Tablero, the consolidated table): emptied of values and charts
 * when it is ours, created when missing; a sheet of that name the user made is never overwritten.
 */
export function ownedSheet(name: string, property: string): Sheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const existing = ss.getSheetByName(name);
  if (existing) {
    if (!ownedBy(existing, property)) stop({ code: 'not_our_sheet', sheet: name });
    existing.clear();
    for (const chart of existing.getCharts()) existing.removeChart(chart);
    return existing;
  }
  const sheet = ss.insertSheet(name);
  PropertiesService.getDocumentProperties().setProperty(property, String(sheet.getSheetId()));
  return sheet;
}

/** The sheet's values, read in one call. */
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
