// What a custom function needs from the spreadsheet: its rules (Configuración) and its time zone.
import { DEFAULT_RULES, Rules, readConfigRows } from '../core/config';
import { Day, dayOfDate } from '../core/dates';
import { Cell, isBlank } from '../core/parse';
import { Issue } from '../core/result';

export const CONFIG_SHEET = 'Configuración';
export const DEFAULT_TIME_ZONE = 'America/Mexico_City';

export interface Context {
  rules: Rules;
  /** The first problem of the Configuración sheet: every row reports it until it is fixed. */
  configIssue?: Issue;
  timeZone: string;
}

/** The spreadsheet's zone; in a bare context (tests, benchmark) the project's default. */
export function spreadsheetTimeZone(): string {
  if (typeof SpreadsheetApp !== 'undefined') {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (ss) return ss.getSpreadsheetTimeZone();
  }
  if (typeof Session !== 'undefined') return Session.getScriptTimeZone();
  return DEFAULT_TIME_ZONE;
}

/** Today's calendar day in the spreadsheet's zone. */
export function today(timeZone: string): Day {
  return dayOfDate(new Date(), timeZone);
}

/** The rows of the Configuración sheet, or none when there is no sheet (or no spreadsheet). */
export function configSheetRows(): Cell[][] {
  if (typeof SpreadsheetApp === 'undefined') return [];
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss && ss.getSheetByName(CONFIG_SHEET);
  if (!sheet || sheet.getLastRow() < 1) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues();
}

/**
 * The context of one custom-function call. `configRange` is the optional last argument every
 * function takes (`Configuración!A:B`): passing it makes Sheets recalculate the formula when the
 * configuration changes; without it the sheet is read directly.
 */
export function functionContext(configRange?: unknown): Context {
  const rows = Array.isArray(configRange) && Array.isArray(configRange[0]) ? (configRange as Cell[][]) : isBlank(configRange) ? configSheetRows() : [];
  const reading = rows.length ? readConfigRows(rows) : { rules: DEFAULT_RULES, issues: [] };
  // Only bad values fail the formulas; unknown keys (notes typed in the sheet) are warnings for the panel.
  return { rules: reading.rules, configIssue: reading.issues[0], timeZone: spreadsheetTimeZone() };
}
