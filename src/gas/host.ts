// The Apps Script host of the custom functions: the active spreadsheet's zone and Configuración sheet.
import { Cell } from '../core/parse';
import { DEFAULT_TIME_ZONE, Host } from '../functions/host';
import { keptTimeZone, readConfigRange } from './execution';

/** The spreadsheet's zone; the script's without a spreadsheet; the project's default in a context without services. */
export function spreadsheetTimeZone(): string {
  if (typeof SpreadsheetApp !== 'undefined') {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (ss) return keptTimeZone(() => ss.getSpreadsheetTimeZone());
  }
  if (typeof Session !== 'undefined') return Session.getScriptTimeZone();
  return DEFAULT_TIME_ZONE;
}

/** The rows of the Configuración sheet (columns A:B, one read), or none when there is no sheet (or no spreadsheet). */
export function configSheetRows(): Cell[][] {
  if (typeof SpreadsheetApp === 'undefined') return [];
  return readConfigRange();
}

/** What src/server.ts wires: the bundle also runs where no service exists (the benchmark's bare context). */
export const appsScriptHost: Host = {
  timeZone: spreadsheetTimeZone,
  configRows: configSheetRows,
  now: () => new Date(),
};
