// Range over a SheetModel with Apps Script's semantics: 1-based, "" for blanks, Dates at midnight of the
// spreadsheet's zone, exact setValues sizes, formats, validations and merges.
import { types } from 'node:util';
import { a1Notation } from '../a1';
import { Book, CellFormat, Merge, SheetModel, Stored, cellKey } from '../book';
import { Calls, track } from '../calls';
import { instantOfWall } from '../zone';
import { Protection } from './protection';
import { textFinderOf } from './text-finder';
import { displayOf, storedOfWritten } from './values';

/** What the Spreadsheet, Sheet and Range objects share with the runtime: the book, the call counts, the bundle's realm. */
export interface SheetEnv {
  calls: Calls;
  book: Book;
  /** A Date of the bundle's realm, so `instanceof Date` holds inside it. */
  makeDate(ms: number): Date;
  /** Recalculates formulas when something was written since the last read. */
  beforeRead(): void;
  ui(): unknown;
  toasts: string[];
  /** The spreadsheet's locale (`es_MX`, `es_ES`, …): the syntax a formula typed into it is read in. */
  locale: string;
}

/**
 * What a Range asks of its sheet. sheet.ts's Sheet is the one kind; naming it as a shape here keeps
 * the import one-way (sheet.ts creates ranges).
 */
export interface SheetOfRange {
  readonly model: SheetModel;
  tracked(): this;
  activate(): unknown;
}

/** A tracked Range of `sheet`; dimensions are checked like Apps Script's. */
export function rangeIn<S extends SheetOfRange>(env: SheetEnv, sheet: S, row: number, column: number, rows = 1, columns = 1): Range<S> {
  if (row + rows - 1 > sheet.model.maxRows || column + columns - 1 > sheet.model.maxColumns) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return track(env.calls, 'Range', new Range(env, sheet, row, column, rows, columns));
}

export class Range<S extends SheetOfRange = SheetOfRange> {
  constructor(
    private readonly env: SheetEnv,
    readonly sheet: S,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (columns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
  }

  private get model(): SheetModel {
    return this.sheet.model;
  }

  private grid<T>(cell: (r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(this.rows);
    for (let i = 0; i < this.rows; i++) {
      const row: T[] = new Array(this.columns);
      for (let j = 0; j < this.columns; j++) row[j] = cell(this.row - 1 + i, this.column - 1 + j);
      out[i] = row;
    }
    return out;
  }

  private each(write: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) write(this.row - 1 + i, this.column - 1 + j, i, j);
  }

  private checkSize(values: unknown, what = 'data'): unknown[][] {
    if (!Array.isArray(values) || (values.length > 0 && !Array.isArray(values[0]))) {
      throw new Error(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    }
    if (values.length !== this.rows) {
      throw new Error(`The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${this.rows}.`);
    }
    for (const row of values as unknown[][]) {
      if (row.length !== this.columns) {
        throw new Error(`The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this.columns}.`);
      }
    }
    return values as unknown[][];
  }

  /** Writes one cell as a script does: clears the formula, the spill it belonged to and its error note. */
  private writeCell(r: number, c: number, value: Stored, formula?: string): void {
    const m = this.model;
    const k = cellKey(r, c);
    m.set(r, c, value);
    if (formula) m.formulas.set(k, formula);
    else m.formulas.delete(k);
    m.spillOwner.delete(k);
    m.errors.delete(k);
  }

  private wrote(): this {
    this.env.book.markWritten();
    return this;
  }

  private scriptValue(v: Stored): unknown {
    if (types.isDate(v)) return this.env.makeDate(instantOfWall((v as Date).getTime(), this.env.book.timeZone));
    return v;
  }

  getValues(): unknown[][] {
    this.env.beforeRead();
    const m = this.model;
    return this.grid((r, c) => this.scriptValue(m.get(r, c)));
  }

  getValue(): unknown {
    this.env.beforeRead();
    return this.scriptValue(this.model.get(this.row - 1, this.column - 1));
  }

  getDisplayValues(): string[][] {
    this.env.beforeRead();
    const m = this.model;
    return this.grid((r, c) => displayOf(m.get(r, c), m.formats.get(cellKey(r, c))));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    const m = this.model;
    return this.grid((r, c) => m.formulas.get(cellKey(r, c)) ?? '');
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }

  setValues(values: unknown[][]): this {
    const grid = this.checkSize(values);
    const tz = this.env.book.timeZone;
    this.each((r, c, i, j) => {
      const s = storedOfWritten(grid[i][j], tz);
      this.writeCell(r, c, s.value, s.formula);
    });
    return this.wrote();
  }

  setValue(value: unknown): this {
    const s = storedOfWritten(value, this.env.book.timeZone);
    this.each((r, c) => this.writeCell(r, c, s.value, s.formula));
    return this.wrote();
  }

  setFormulas(formulas: string[][]): this {
    const grid = this.checkSize(formulas);
    this.each((r, c, i, j) => {
      const f = String(grid[i][j] ?? '');
      this.writeCell(r, c, '', f === '' ? undefined : f.startsWith('=') ? f : `=${f}`);
    });
    return this.wrote();
  }

  setFormula(formula: string): this {
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    this.each((r, c) => this.writeCell(r, c, '', f));
    return this.wrote();
  }

  clearContent(): this {
    this.each((r, c) => this.writeCell(r, c, ''));
    return this.wrote();
  }

  clear(): this {
    this.each((r, c) => {
      this.writeCell(r, c, '');
      this.model.formats.delete(cellKey(r, c));
    });
    return this.wrote();
  }

  clearFormat(): this {
    this.each((r, c) => {
      this.model.touch(r, c);
      this.model.formats.delete(cellKey(r, c));
    });
    return this;
  }

  private setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K] | CellFormat[K][][]): this {
    const grid = Array.isArray(value) ? this.checkSize(value, 'data') : undefined;
    this.each((r, c, i, j) => {
      this.model.format(r, c)[key] = (grid ? grid[i][j] : value) as CellFormat[K];
    });
    return this;
  }

  private getFormat<K extends keyof CellFormat>(key: K, fallback: CellFormat[K]): CellFormat[K] {
    return this.model.formats.get(cellKey(this.row - 1, this.column - 1))?.[key] ?? fallback;
  }

  setNumberFormat(format: string) {
    return this.setFormat('numberFormat', format);
  }
  setNumberFormats(formats: string[][]) {
    return this.setFormat('numberFormat', formats);
  }
  getNumberFormat() {
    return this.getFormat('numberFormat', 'General');
  }
  setFontWeight(weight: string | null) {
    return this.setFormat('fontWeight', weight ?? undefined);
  }
  setFontWeights(weights: string[][]) {
    return this.setFormat('fontWeight', weights);
  }
  getFontWeight() {
    return this.getFormat('fontWeight', 'normal');
  }
  setFontColor(color: string | null) {
    return this.setFormat('fontColor', color ?? undefined);
  }
  setFontColors(colors: string[][]) {
    return this.setFormat('fontColor', colors);
  }
  setBackground(color: string | null) {
    return this.setFormat('background', color ?? undefined);
  }
  setBackgrounds(colors: string[][]) {
    return this.setFormat('background', colors);
  }
  getBackground() {
    return this.getFormat('background', '#ffffff');
  }
  setHorizontalAlignment(alignment: string | null) {
    return this.setFormat('horizontalAlignment', alignment ?? undefined);
  }
  setWrap(wrap: boolean) {
    return this.setFormat('wrap', wrap);
  }
  setNote(note: string | null) {
    return this.setFormat('note', note ?? undefined);
  }
  getNote() {
    return this.getFormat('note', '');
  }
  setFontStyle() {
    return this;
  }
  setFontSize() {
    return this;
  }
  setBorder() {
    return this;
  }
  setVerticalAlignment() {
    return this;
  }
  setDataValidation(rule: unknown) {
    return this.setFormat('validation', rule ?? undefined);
  }
  setDataValidations(rules: unknown[][]) {
    return this.setFormat('validation', rules);
  }
  getDataValidation() {
    return this.getFormat('validation', null) ?? null;
  }
  getDataValidations() {
    return this.grid((r, c) => this.model.formats.get(cellKey(r, c))?.validation ?? null);
  }
  clearDataValidations() {
    this.each((r, c) => {
      const f = this.model.formats.get(cellKey(r, c));
      if (f) delete f.validation;
    });
    return this;
  }

  getRow() {
    return this.row;
  }
  getColumn() {
    return this.column;
  }
  getLastRow() {
    return this.row + this.rows - 1;
  }
  getLastColumn() {
    return this.column + this.columns - 1;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.columns;
  }
  getHeight() {
    return this.rows;
  }
  getWidth() {
    return this.columns;
  }
  getA1Notation() {
    return a1Notation(this.row, this.column, this.rows, this.columns);
  }
  getSheet() {
    return this.sheet.tracked();
  }
  createTextFinder(findText: string) {
    return textFinderOf(this.env, [{ model: this.model, row: this.row, column: this.column, rows: this.rows, columns: this.columns, cellAt: (r, c) => this.range(r, c, 1, 1) }], findText);
  }
  getGridId() {
    return this.model.id;
  }
  isBlank() {
    this.env.beforeRead();
    return this.grid((r, c) => this.model.get(r, c) === '' && !this.model.formulas.has(cellKey(r, c))).every((row) => row.every(Boolean));
  }

  private range(row: number, column: number, rows: number, columns: number): Range<S> {
    return rangeIn(this.env, this.sheet, row, column, rows, columns);
  }

  offset(rowOffset: number, columnOffset: number, rows = this.rows, columns = this.columns) {
    return this.range(this.row + rowOffset, this.column + columnOffset, rows, columns);
  }
  getCell(row: number, column: number) {
    return this.range(this.row + row - 1, this.column + column - 1, 1, 1);
  }
  protect() {
    const p = new Protection('RANGE', this, this.model);
    this.model.recorded.protections.push(p);
    return track(this.env.calls, 'Protection', p);
  }
  activate() {
    this.sheet.activate();
    return this;
  }
  /** The sheet's merges this range touches, and whether each lies wholly inside it. */
  private merges(): { merge: Merge; inside: boolean }[] {
    const [r1, c1, r2, c2] = [this.row - 1, this.column - 1, this.row + this.rows - 2, this.column + this.columns - 2];
    return this.model.merges
      .filter((m) => m.r1 <= r2 && m.r2 >= r1 && m.c1 <= c2 && m.c2 >= c1)
      .map((merge) => ({ merge, inside: merge.r1 >= r1 && merge.r2 <= r2 && merge.c1 >= c1 && merge.c2 <= c2 }));
  }

  /** Sheets refuses to merge or break apart a range that cuts through a merge. */
  private dropMergesInside(): void {
    const touched = this.merges();
    if (touched.some((t) => !t.inside)) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    const gone = new Set(touched.map((t) => t.merge));
    this.model.merges = this.model.merges.filter((m) => !gone.has(m));
  }

  /** Merges the range into one block: the top-left value stays, the other cells are emptied, as in Sheets. */
  merge() {
    this.dropMergesInside();
    if (this.rows === 1 && this.columns === 1) return this;
    this.each((r, c, i, j) => {
      if (i || j) this.writeCell(r, c, '');
    });
    this.model.merges.push({ r1: this.row - 1, c1: this.column - 1, r2: this.row + this.rows - 2, c2: this.column + this.columns - 2 });
    return this.wrote();
  }
  breakApart() {
    this.dropMergesInside();
    return this;
  }
  isPartOfMerge() {
    return this.merges().length > 0;
  }
  getMergedRanges() {
    return this.merges().map(({ merge: m }) => this.range(m.r1 + 1, m.c1 + 1, m.r2 - m.r1 + 1, m.c2 - m.c1 + 1));
  }
}
