// SpreadsheetApp over the in-memory Book: Spreadsheet, Sheet, Range and Protection with Apps Script's semantics.
export { Protection } from './protection';
export { Range } from './range';
export type { SheetEnv } from './range';
export { Sheet } from './sheet';
export { Spreadsheet, spreadsheetApp, spreadsheetOf } from './spreadsheet';
export { displayOf, storedOfWritten } from './values';
