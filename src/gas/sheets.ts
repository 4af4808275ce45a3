// Growing a sheet's grid before writing past it: Sheets refuses a range beyond getMaxRows()/getMaxColumns().

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
