// Spreadsheet and the SpreadsheetApp global over the in-memory Book: its sheets, ranges by A1, zone, locale and toasts.
import { parseA1 } from '../a1';
import { Book, SheetModel } from '../book';
import { ENUMS, newConditionalFormatRule, newDataValidation } from '../builders';
import { track } from '../calls';
import { SheetEnv } from './range';
import { Sheet } from './sheet';
import { textFinderOf } from './text-finder';

/** The active spreadsheet's object, tracked as 'Spreadsheet'. */
export function spreadsheetOf(env: SheetEnv): Spreadsheet {
  return track(env.calls, 'Spreadsheet', new Spreadsheet(env));
}

export class Spreadsheet {
  constructor(private readonly env: SheetEnv) {}

  private sheetOf(model: SheetModel): Sheet<Spreadsheet> {
    return new Sheet(this.env, model, () => spreadsheetOf(this.env)).tracked();
  }
  private get book(): Book {
    return this.env.book;
  }

  getSheets() {
    return this.book.sheets.map((m) => this.sheetOf(m));
  }
  getNumSheets() {
    return this.book.sheets.length;
  }
  getSheetByName(name: string) {
    const m = this.book.sheet(name);
    return m ? this.sheetOf(m) : null;
  }
  getSheetById(id: number) {
    const m = this.book.sheets.find((s) => s.id === id);
    return m ? this.sheetOf(m) : null;
  }
  getActiveSheet() {
    const m = this.book.sheets[this.book.active] ?? this.book.sheets[0];
    return m ? this.sheetOf(m) : null;
  }
  setActiveSheet(sheet: Sheet<Spreadsheet>) {
    return sheet.activate();
  }
  getActiveRange() {
    return this.getActiveSheet()?.getActiveRange() ?? null;
  }
  insertSheet(a?: string | number, b?: number) {
    const name = typeof a === 'string' ? a : this.freeName();
    const index = typeof a === 'number' ? a : b;
    if (this.book.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const model = this.book.addSheet(name, index === undefined ? this.book.sheets.length : Math.max(0, Math.min(index, this.book.sheets.length)));
    this.book.active = this.book.sheets.indexOf(model);
    this.book.markWritten();
    return this.sheetOf(model);
  }
  private freeName() {
    let n = this.book.sheets.length + 1;
    while (this.book.sheet(`Hoja ${n}`)) n++;
    return `Hoja ${n}`;
  }
  deleteSheet(sheet: Sheet<Spreadsheet>) {
    if (this.book.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.book.sheets = this.book.sheets.filter((m) => m !== sheet.model);
    this.book.active = Math.min(this.book.active, this.book.sheets.length - 1);
    this.book.markWritten();
  }
  getRange(a1: string) {
    const ref = parseA1(a1);
    const sheet = ref?.sheet ? this.getSheetByName(ref.sheet) : this.getActiveSheet();
    if (!ref || !sheet) throw new Error('Range not found');
    return sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }
  getRangeByName() {
    return null;
  }
  createTextFinder(findText: string) {
    const areas = this.book.sheets.map((m) => {
      const sheet = new Sheet(this.env, m, () => spreadsheetOf(this.env));
      return { model: m, row: 1, column: 1, rows: m.maxRows, columns: m.maxColumns, cellAt: (r: number, c: number) => sheet.range(r, c) };
    });
    return textFinderOf(this.env, areas, findText);
  }
  getSpreadsheetTimeZone() {
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string) {
    this.book.timeZone = timeZone;
  }
  getSpreadsheetLocale() {
    return this.env.locale;
  }
  getName() {
    return this.book.name;
  }
  rename(name: string) {
    this.book.name = name;
  }
  getId() {
    return `local-${this.book.name}`;
  }
  getUrl() {
    return `http://localhost/${encodeURIComponent(this.book.name)}`;
  }
  toast(message: string, title?: string) {
    this.env.toasts.push(title ? `${title}: ${message}` : String(message));
  }
}

/** The SpreadsheetApp global. */
export function spreadsheetApp(env: SheetEnv) {
  const service = {
    ...ENUMS,
    getActiveSpreadsheet: () => spreadsheetOf(env),
    getActive: () => spreadsheetOf(env),
    // The raw Spreadsheet: the bundle made one call, not two.
    getActiveSheet: () => new Spreadsheet(env).getActiveSheet(),
    getActiveRange: () => new Spreadsheet(env).getActiveRange(),
    getUi: () => env.ui(),
    flush: () => env.beforeRead(),
    newConditionalFormatRule: () => newConditionalFormatRule(),
    newDataValidation: () => newDataValidation(),
  };
  return track(env.calls, 'SpreadsheetApp', service);
}
