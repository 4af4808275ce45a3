// Sheet over a SheetModel: ranges, the grid's size, inserting and deleting rows and columns (references
// follow), freezing, protections, conditional rules, charts and column widths.
import { shiftBookReferences } from '../../formulas/references';
import { MAX_COLUMN, parseA1 } from '../a1';
import { SheetModel } from '../book';
import { EmbeddedChart, newChart } from '../builders';
import { track } from '../calls';
import { Protection } from './protection';
import { Range, SheetEnv, rangeIn } from './range';
import { textFinderOf } from './text-finder';
import { displayOf } from './values';

/** Google Sheets holds at most 10 million cells per spreadsheet, blank ones of the grid included. */
const MAX_CELLS = 10_000_000;

/** A Sheet of the spreadsheet P, which hands its own object as `parent` (spreadsheet.ts creates sheets, so it is not imported here). */
export class Sheet<P extends object = object> {
  constructor(
    private readonly env: SheetEnv,
    readonly model: SheetModel,
    private readonly parent: () => P,
  ) {}

  tracked(): this {
    return track(this.env.calls, 'Sheet', this);
  }

  /** A tracked Range; dimensions are checked like Apps Script's. */
  range(row: number, column: number, rows = 1, columns = 1): Range<this> {
    return rangeIn(this.env, this, row, column, rows, columns);
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
    return this.parent();
  }

  getRange(a: number | string, column?: number, rows?: number, columns?: number): Range<this> {
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
  createTextFinder(findText: string) {
    return textFinderOf(this.env, [{ model: this.model, row: 1, column: 1, rows: this.model.maxRows, columns: this.model.maxColumns, cellAt: (r, c) => this.range(r, c) }], findText);
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
    const existing = this.model.recorded.protections.find((p) => (p as Protection<Range<this>>).type === 'SHEET');
    if (existing) return track(this.env.calls, 'Protection', existing as Protection);
    const p = new Protection('SHEET', this.range(1, 1, this.getMaxRows(), this.getMaxColumns()), this.model);
    this.model.recorded.protections.push(p);
    return track(this.env.calls, 'Protection', p);
  }
  getProtections(type: string) {
    return this.model.recorded.protections.filter((p) => (p as Protection<Range<this>>).type === type).map((p) => track(this.env.calls, 'Protection', p as Protection));
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
