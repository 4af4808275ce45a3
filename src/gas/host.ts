// The Apps Script host of the custom functions: the active spreadsheet's zone and Configuración sheet.
import { CONFIG_SHEET } from '../core/es/sheet-words';
import { Cell } from '../core/parse';
import { DEFAULT_TIME_ZONE, Host } from '../functions/host';

/** The spreadsheet's zone; the script's without a spreadsheet; the project's default in a context without services. */
export function spreadsheetTimeZone(): string {
  if (typeof SpreadsheetApp !== 'undefined') {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (ss) return ss.getSpreadsheetTimeZone();
  }
  if (typeof Session !== 'undefined') return Session.getScriptTimeZone();
  return DEFAULT_TIME_ZONE;
}

/** The rows of the Configuración sheet, or none when there is no sheet (or no spreadsheet). */
export function configSheetRows(): Cell[][] {
  if (typeof SpreadsheetApp === 'undefined') return [];
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss && ss.getSheetByName(CONFIG_SHEET);
  if (!sheet || sheet.getLastRow() < 1) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues();
}

/** What src/server.ts wires: the bundle also runs where no service exists (the benchmark's bare context). */
export const appsScriptHost: Host = {
  timeZone: spreadsheetTimeZone,
  configRows: configSheetRows,
  now: () => new Date(),
};
