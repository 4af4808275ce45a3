// SpreadsheetApp over the in-memory Book: Spreadsheet, Sheet, Range and Protection with Apps Script's
// semantics (1-based, "" for blanks, Dates at midnight of the spreadsheet's zone, exact setValues sizes).
import { types } from 'node:util';
import { shiftBookReferences } from '../formulas';
import { MAX_COLUMN, a1Notation, parseA1 } from './a1';
import { Book, CellFormat, Merge, SheetModel, Stored, cellKey } from './book';
import { ENUMS, newChart, newConditionalFormatRule, newDataValidation, EmbeddedChart } from './builders';
import { Calls, track } from './calls';
import { instantOfWall, wallOfInstant } from './zone';

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

/** Google Sheets holds at most 10 million cells per spreadsheet, blank ones of the grid included. */
const MAX_CELLS = 10_000_000;

const SHEETS_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SHEETS_ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SHEETS_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What Sheets stores for a value written by a script: text is read as if typed, "'" keeps it text. */
export function storedOfWritten(v: unknown, timeZone: string): { value: Stored; formula?: string } {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { value: v };
  if (types.isDate(v)) {
    const ms = (v as Date).getTime();
    return { value: Number.isFinite(ms) ? new Date(wallOfInstant(ms, timeZone)) : '' };
  }
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { value: '', formula: s };
  const t = s.trim();
  if (SHEETS_NUMBER.test(t)) return { value: Number(t) };
  const d = SHEETS_DATE.exec(t);
  const iso = d ? null : SHEETS_ISO_DATE.exec(t);
  const [year, month, day] = d ? [d[3], d[2], d[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year) {
    const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
    if (new Date(ms).getUTCDate() === Number(day) && new Date(ms).getUTCMonth() === Number(month) - 1) return { value: new Date(ms) };
  }
  return { value: s };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The text Sheets shows for a stored value (dd/mm/aaaa dates, percentages, TRUE/FALSE). */
export function displayOf(v: Stored, format?: CellFormat): string {
  if (v === '') return '';
  if (types.isDate(v)) {
    const d = v as Date;
    const day = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : '';
    return day + time;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return (format?.numberFormat && formatNumber(v, format.numberFormat)) ?? String(Math.round(v * 1e10) / 1e10);
  return String(v);
}

/** A number format split into literal text and the characters of its digit pattern. */
function formatTokens(section: string): { text: string; digit: boolean }[] {
  const tokens: { text: string; digit: boolean }[] = [];
  const spec = section.replace(/\[\$([^\]-]*)[^\]]*\]/g, '"$1"').replace(/\[[^\]]*\]/g, '');
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch === '"') {
      const end = spec.indexOf('"', i + 1);
      tokens.push({ text: spec.slice(i + 1, end < 0 ? spec.length : end), digit: false });
      i = end < 0 ? spec.length : end;
    } else if (ch === '\\') tokens.push({ text: spec[++i] ?? '', digit: false });
    else if (ch === '_') {
      // '_x' leaves the width of x blank.
      tokens.push({ text: ' ', digit: false });
      i++;
    } else if (ch === '*') i++;
    else tokens.push({ text: ch, digit: '0#?.,'.includes(ch) });
  }
  return tokens;
}

/**
 * The text Sheets (es_MX: 3,150.00) shows for a number under a format such as '0%', '0.0',
 * '"$"#,##0.00' or '#,##0;(#,##0)'; undefined for formats without a digit pattern (dates, text).
 */
function formatNumber(v: number, numberFormat: string): string | undefined {
  const sections = numberFormat.match(/("[^"]*"|\\.|[^;"\\])+/g) ?? [];
  let section = sections[0] ?? '';
  let sign = v < 0 ? '-' : '';
  if (v < 0 && sections.length > 1) [section, sign] = [sections[1], ''];
  else if (v === 0 && sections.length > 2) section = sections[2];
  const tokens = formatTokens(section);
  const isPlaceholder = (t: { text: string; digit: boolean }) => t.digit && '0#?'.includes(t.text);
  const first = tokens.findIndex(isPlaceholder);
  if (first < 0) return undefined;
  const last = tokens.length - 1 - [...tokens].reverse().findIndex(isPlaceholder);
  const pattern = tokens.slice(first, last + 1).map((t) => t.text).join('');
  const literal = (part: typeof tokens) => part.map((t) => t.text).join('');
  const prefix = literal(tokens.slice(0, first));
  const suffix = literal(tokens.slice(last + 1));
  const percent = (prefix + suffix).split('%').length - 1;
  const [integerPart, decimalPart = ''] = pattern.split('.');
  const maxDecimals = decimalPart.replace(/[^0#?]/g, '').length;
  const minDecimals = decimalPart.replace(/[^0]/g, '').length;
  let [whole, fraction = ''] = (Math.abs(v) * 100 ** percent).toFixed(maxDecimals).split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && !integerPart.includes('0')) whole = '';
  if (integerPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${prefix}${whole}${fraction ? `.${fraction}` : ''}${suffix}`;
}

export class Protection {
  warningOnly = false;
  description = '';
  constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly range: Range,
    private readonly owner: SheetModel,
  ) {}
  setWarningOnly(on: boolean) {
    this.warningOnly = on;
    return this;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  setDescription(text: string) {
    this.description = text;
    return this;
  }
  getDescription() {
    return this.description;
  }
  getRange() {
    return this.range;
  }
  getProtectionType() {
    return this.type;
  }
  remove() {
    this.owner.recorded.protections = this.owner.recorded.protections.filter((p) => p !== this);
  }
  canEdit() {
    return true;
  }
  getEditors() {
    return [];
  }
  addEditor() {
    return this;
  }
  addEditors() {
    return this;
  }
  removeEditors() {
    return this;
  }
  setDomainEdit() {
    return this;
  }
  setUnprotectedRanges() {
    return this;
  }
}

export class Range {
  constructor(
    private readonly env: SheetEnv,
    readonly sheet: Sheet,
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
    this.each((r, c) => this.model.formats.delete(cellKey(r, c)));
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
  getGridId() {
    return this.model.id;
  }
  isBlank() {
    this.env.beforeRead();
    return this.grid((r, c) => this.model.get(r, c) === '' && !this.model.formulas.has(cellKey(r, c))).every((row) => row.every(Boolean));
  }

  private range(row: number, column: number, rows: number, columns: number): Range {
    return this.sheet.range(row, column, rows, columns);
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
    return this.merges().map(({ merge: m }) => this.sheet.range(m.r1 + 1, m.c1 + 1, m.r2 - m.r1 + 1, m.c2 - m.c1 + 1));
  }
}

export class Sheet {
  constructor(
    private readonly env: SheetEnv,
    readonly model: SheetModel,
  ) {}

  tracked(): Sheet {
    return track(this.env.calls, 'Sheet', this);
  }

  /** A tracked Range; dimensions are checked like Apps Script's. */
  range(row: number, column: number, rows = 1, columns = 1): Range {
    if (row + rows - 1 > this.model.maxRows || column + columns - 1 > this.model.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return track(this.env.calls, 'Range', new Range(this.env, this, row, column, rows, columns));
  }

  getName() {
    return this.model.name;
  }
  setName(name: string) {
    if (this.env.book.sheets.some((s) => s !== this.model && s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = name;
    return this;
  }
  getSheetId() {
    return this.model.id;
  }
  getIndex() {
    return this.env.book.sheets.indexOf(this.model) + 1;
  }
  getParent() {
    return spreadsheetOf(this.env);
  }

  getRange(a: number | string, column?: number, rows?: number, columns?: number): Range {
    if (typeof a === 'string') {
      const ref = parseA1(a);
      if (!ref) throw new Error(`Range not found`);
      // Open ends ('B2:B', '2:3') stop at the grid's edge; a column or row named past it is refused.
      const lastRow = ref.lastRow ?? Math.max(this.getMaxRows(), ref.row);
      const lastColumn = ref.lastColumn === MAX_COLUMN ? this.getMaxColumns() : ref.lastColumn;
      return this.range(ref.row, ref.column, lastRow - ref.row + 1, lastColumn - ref.column + 1);
    }
    return this.range(a, column ?? 1, rows ?? 1, columns ?? 1);
  }
  getDataRange() {
    this.env.beforeRead();
    return this.range(1, 1, Math.max(1, this.model.lastRow()), Math.max(1, this.model.lastColumn()));
  }
  getLastRow() {
    this.env.beforeRead();
    return this.model.lastRow();
  }
  getLastColumn() {
    this.env.beforeRead();
    return this.model.lastColumn();
  }
  getMaxRows() {
    return this.model.maxRows;
  }
  getMaxColumns() {
    return this.model.maxColumns;
  }
  appendRow(values: unknown[]) {
    const row = this.model.lastRow() + 1;
    this.model.maxRows = Math.max(this.model.maxRows, row);
    this.model.maxColumns = Math.max(this.model.maxColumns, values.length);
    this.range(row, 1, 1, Math.max(1, values.length)).setValues([values.length ? values : ['']]);
    return this;
  }
  insertColumnAfter(after: number) {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsAfter(after: number, count: number) {
    return this.insertAlong('column', after, 'after', count);
  }
  /**
   * Inserts `count` blank rows or columns after or before the 1-based `position`, which must be in
   * the grid, growing it; refused past Sheets' 10 million cells per spreadsheet.
   */
  private insertAlong(axis: 'row' | 'column', position: number, side: 'after' | 'before', count: number) {
    const max = axis === 'row' ? this.model.maxRows : this.model.maxColumns;
    if (!(Number.isInteger(position) && Number.isInteger(count) && position >= 1 && position <= max && count >= 1)) throw new Error(`Those ${axis}s are out of bounds.`);
    const after = side === 'after' ? position : position - 1;
    const cells = this.env.book.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0) + count * (axis === 'row' ? this.model.maxColumns : this.model.maxRows);
    if (cells > MAX_CELLS) throw new Error(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    if (axis === 'row') this.model.insertRows(after, count);
    else this.model.insertColumns(after, count);
    shiftBookReferences(this.env.book, this.model.name, axis, after + 1, count);
    this.env.book.markWritten();
    return this;
  }
  deleteColumn(position: number) {
    return this.deleteColumns(position, 1);
  }
  deleteColumns(position: number, howMany: number) {
    return this.deleteAlong('column', position, howMany);
  }
  deleteRow(position: number) {
    return this.deleteRows(position, 1);
  }
  deleteRows(position: number, howMany: number) {
    return this.deleteAlong('row', position, howMany);
  }
  /**
   * References right of or below the block move back; references into the deleted block are not
   * turned into #REF! here, as Sheets would: the add-on only deletes columns it has just inserted.
   */
  private deleteAlong(axis: 'row' | 'column', position: number, howMany: number) {
    const max = axis === 'row' ? this.model.maxRows : this.model.maxColumns;
    if (!(position >= 1 && howMany >= 1 && position + howMany - 1 <= max)) throw new Error(`Those ${axis}s are out of bounds.`);
    if (howMany >= max) throw new Error(`You can't delete all the ${axis}s on the sheet.`);
    if (axis === 'row') this.model.deleteRows(position - 1, howMany);
    else this.model.deleteColumns(position - 1, howMany);
    shiftBookReferences(this.env.book, this.model.name, axis, position + howMany, -howMany);
    this.env.book.markWritten();
    return this;
  }
  insertColumnBefore(before: number) {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumnsBefore(before: number, count: number) {
    return this.insertAlong('column', before, 'before', count);
  }
  insertColumns(columnIndex: number, numColumns = 1) {
    return this.insertColumnsBefore(columnIndex, numColumns);
  }
  insertRowAfter(after: number) {
    return this.insertRowsAfter(after, 1);
  }
  insertRowsAfter(after: number, count: number) {
    return this.insertAlong('row', after, 'after', count);
  }
  insertRowBefore(before: number) {
    return this.insertRowsBefore(before, 1);
  }
  insertRowsBefore(before: number, count: number) {
    return this.insertAlong('row', before, 'before', count);
  }
  insertRows(rowIndex: number, numRows = 1) {
    return this.insertRowsBefore(rowIndex, numRows);
  }
  setFrozenRows(rows: number) {
    this.model.frozenRows = rows;
    return this;
  }
  getFrozenRows() {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number) {
    this.model.frozenColumns = columns;
    return this;
  }
  getFrozenColumns() {
    return this.model.frozenColumns;
  }
  protect() {
    const existing = this.model.recorded.protections.find((p) => (p as Protection).type === 'SHEET');
    if (existing) return track(this.env.calls, 'Protection', existing as Protection);
    const p = new Protection('SHEET', this.range(1, 1, this.getMaxRows(), this.getMaxColumns()), this.model);
    this.model.recorded.protections.push(p);
    return track(this.env.calls, 'Protection', p);
  }
  getProtections(type: string) {
    return this.model.recorded.protections.filter((p) => (p as Protection).type === type).map((p) => track(this.env.calls, 'Protection', p as Protection));
  }
  setConditionalFormatRules(rules: unknown[]) {
    this.model.recorded.conditionalRules = [...rules];
    return this;
  }
  getConditionalFormatRules() {
    return [...this.model.recorded.conditionalRules];
  }
  clearConditionalFormatRules() {
    this.model.recorded.conditionalRules = [];
  }
  newChart() {
    return newChart(this.tracked());
  }
  insertChart(chart: unknown) {
    this.model.recorded.charts.push(chart);
  }
  updateChart(chart: EmbeddedChart) {
    const i = this.model.recorded.charts.findIndex((c) => (c as EmbeddedChart).id === chart.id);
    if (i >= 0) this.model.recorded.charts[i] = chart;
  }
  removeChart(chart: EmbeddedChart) {
    this.model.recorded.charts = this.model.recorded.charts.filter((c) => (c as EmbeddedChart).id !== chart.id);
  }
  getCharts() {
    return [...this.model.recorded.charts];
  }
  setColumnWidth(column: number, width: number) {
    this.model.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(column: number, count: number, width: number) {
    for (let c = column; c < column + count; c++) this.model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number) {
    return this.model.columnWidths.get(column) ?? 100;
  }
  autoResizeColumns(column: number, count: number) {
    for (let c = column; c < column + count; c++) this.autoResizeColumn(c);
    return this;
  }
  autoResizeColumn(column: number) {
    let longest = 0;
    for (const row of this.model.rows) if (row && row[column - 1] !== undefined) longest = Math.max(longest, displayOf(row[column - 1]).length);
    this.model.columnWidths.set(column, Math.max(40, Math.min(400, longest * 7 + 16)));
    return this;
  }
  hideSheet() {
    this.model.hidden = true;
    return this;
  }
  showSheet() {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden() {
    return this.model.hidden;
  }
  activate() {
    this.env.book.active = Math.max(0, this.env.book.sheets.indexOf(this.model));
    return this.tracked();
  }
  clear() {
    this.getDataRange().clear();
    return this;
  }
  clearContents() {
    this.getDataRange().clearContent();
    return this;
  }
  getActiveRange() {
    return this.range(1, 1);
  }
  getActiveCell() {
    return this.range(1, 1);
  }
}

/** The active spreadsheet's object, tracked as 'Spreadsheet'. */
export function spreadsheetOf(env: SheetEnv): Spreadsheet {
  return track(env.calls, 'Spreadsheet', new Spreadsheet(env));
}

export class Spreadsheet {
  constructor(private readonly env: SheetEnv) {}

  private sheetOf(model: SheetModel): Sheet {
    return new Sheet(this.env, model).tracked();
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
  setActiveSheet(sheet: Sheet) {
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
  deleteSheet(sheet: Sheet) {
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
    getActiveSheet: () => spreadsheetOf(env).getActiveSheet(),
    getActiveRange: () => spreadsheetOf(env).getActiveRange(),
    getUi: () => env.ui(),
    flush: () => env.beforeRead(),
    newConditionalFormatRule: () => newConditionalFormatRule(),
    newDataValidation: () => newDataValidation(),
  };
  return track(env.calls, 'SpreadsheetApp', service);
}
