// A sheet by name, one the add-on owns, its values in one read, and growing its grid before writing past it (Sheets refuses a range beyond getMaxRows()/getMaxColumns()).
import { Cell } from '../core/parse';
import { CONFIG_SHEET, CONSOLIDATED_SHEET, CONVENIOS_DASHBOARD, DASHBOARD_SHEET, IMPORT_SHEET, SOURCES_SHEET, TRACKER_SHEETS } from '../core/es/sheet-words';
import { LOG_SHEET } from '../core/convenios/log';
import { stop } from './boundary';
import { documentProperties, documentProperty, forget, keep, keepFor, insertSheet, setDocumentProperty, sheetByName } from './execution';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet's values, read in one call. Rows are 0-based here; Sheets rows are these + 1. */
/**
 * The sheets the add-on names for something else (its Tablero, Configuración, Bitácora, the convenio
 * trackers and their imports): never read to tell whether they hold students or grades, so a panel
 * costs one read per sheet of the office's own.
 */
export const ADDON_SHEETS: ReadonlySet<string> = new Set<string>([DASHBOARD_SHEET, CONFIG_SHEET, CONVENIOS_DASHBOARD, LOG_SHEET, IMPORT_SHEET, SOURCES_SHEET, CONSOLIDATED_SHEET, ...Object.values(TRACKER_SHEETS)]);

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
  const sheet = sheetByName(name);
  if (!sheet) stop({ code: 'no_sheet', sheet: name });
  return sheet;
}

/** Whether the add-on created this sheet: its id is kept under `property`. */
const ownedBy = (sheet: Sheet, property: string) => documentProperty(property) === String(sheet.getSheetId());

/** True when the sheet exists and this add-on created it. */
export function isOwned(name: string, property: string): boolean {
  const sheet = sheetByName(name);
  return sheet !== null && ownedBy(sheet, property);
}

/**
 * A sheet the add-on writes whole (a Tablero, the consolidated table): emptied of values and charts
 * when it is ours, created when missing; a sheet of that name the user made is never overwritten.
 */
export function ownedSheet(name: string, property: string): Sheet {
  return ownedSheetLater(name, property)();
}

/**
 * ownedSheet in two steps: what it reads (whose sheet it is, its charts) now, what it writes when the
 * returned function is called, so an action can do every read before its first write.
 */
export function ownedSheetLater(name: string, property: string): () => Sheet {
  const existing = sheetByName(name);
  if (existing) {
    if (!ownedBy(existing, property)) stop({ code: 'not_our_sheet', sheet: name });
    // The charts are asked for before the first write, so the clearing and the rewrite are one run of writes.
    const charts = existing.getCharts();
    return () => {
      existing.clear();
      for (const chart of charts) existing.removeChart(chart);
      return existing;
    };
  }
  return () => {
    const sheet = insertSheet(name);
    setDocumentProperty(property, String(sheet.getSheetId()));
    return sheet;
  };
}

/**
 * The sheet's values in one round trip: its data range, whose size is its last row and column. An
 * empty sheet's data range is A1 alone, blank: that is no rows.
 */
export function readSheet(sheet: Sheet): SheetData {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '';
  const rows = empty ? [] : values;
  return { sheet, rows, lastRow: rows.length, lastColumn: rows.length ? rows[0].length : 0 };
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

/**
 * The sheet's values read once per action (./execution): telling which sheet holds the students or
 * a tracker and then reading it is one round trip. Whoever writes a sheet it read this way calls
 * forgetSheetValues() before reading it again.
 */
export function readSheetOnce(sheet: Sheet): SheetData {
  return keepFor(valuesKey(sheet), () => readSheet(sheet));
}

const valuesKey = (sheet: Sheet) => `values:${sheet.getSheetId()}:`;

/** The values the action itself just gave a sheet it made: reading them back would be a round trip. */
export function keepSheetValues(sheet: Sheet, rows: Cell[][]): void {
  keep(valuesKey(sheet), { sheet, rows, lastRow: rows.length, lastColumn: rows.length ? rows[0].length : 0 });
}

/** True when the add-on writes this sheet whole: ownedSheet kept its id under a `….sheetId` property. */
export function writtenByAddOn(sheet: Sheet): boolean {
  const id = String(sheet.getSheetId());
  return Object.entries(documentProperties()).some(([key, value]) => key.endsWith('.sheetId') && value === id);
}

/** Forgets what readSheetOnce read of `sheet`, or of every sheet. */
export function forgetSheetValues(sheet?: Sheet): void {
  forget(sheet ? valuesKey(sheet) : 'values:');
}
