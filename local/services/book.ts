// The workbook held in memory: sheets of stored values, formulas, merges and recorded formatting, with
// Sheets' grid and its row and column moves. Dates are stored as exceljs keeps them (UTC fields = wall
// time); xlsx.ts reads and writes it.
import type ExcelJS from 'exceljs';

/** '' is a blank cell; a Date holds the wall time in its UTC fields. */
export type Stored = string | number | boolean | Date;

/** Cell keys pack (row, column), both 0-based, into one number. */
export const MAX_COLUMNS = 20000;
export const cellKey = (r: number, c: number) => r * MAX_COLUMNS + c;
export const keyRow = (k: number) => Math.floor(k / MAX_COLUMNS);
export const keyColumn = (k: number) => k % MAX_COLUMNS;

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string;
  fontColor?: string;
  background?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  note?: string;
  validation?: unknown;
}

export interface Recorded {
  protections: unknown[];
  conditionalRules: unknown[];
  charts: unknown[];
}

/** A merged block, 0-based and inclusive: its value lives in (r1, c1), the other cells are blank. */
export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * Where the span [a, b] of a row or column axis lands when `delta` lines are inserted before `at`
 * (delta > 0) or -delta lines are deleted from `at` (delta < 0); undefined when deleted whole.
 */
function shiftSpan(a: number, b: number, at: number, delta: number): [number, number] | undefined {
  if (delta > 0) return [a >= at ? a + delta : a, b >= at ? b + delta : b];
  const end = at - delta;
  const first = a < at ? a : a >= end ? a + delta : at;
  const last = b < at ? b : b >= end ? b + delta : at - 1;
  return last >= first ? [first, last] : undefined;
}

/** A new sheet in Sheets has 1,000 rows and 26 columns. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetModel {
  rows: Stored[][] = [];
  /** Formula text with its leading "=", by cell key. */
  formulas = new Map<number, string>();
  /** Cells written by a formula's spill, by cell key → the formula's cell key. */
  spillOwner = new Map<number, number>();
  /** The error message behind a "#ERROR!" or "#REF!" value, by cell key. */
  errors = new Map<number, string>();
  formats = new Map<number, CellFormat>();
  columnWidths = new Map<number, number>();
  /** The grid's size, as in Sheets: writes outside it fail until rows or columns are inserted. */
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  merges: Merge[] = [];
  recorded: Recorded = { protections: [], conditionalRules: [], charts: [] };
  /** Every insertion or deletion of rows or columns, in order (the direct .xlsx writer needs the cells where it read them). */
  lineMoves: { axis: 'row' | 'column'; at: number; delta: number }[] = [];
  /**
   * Once the direct .xlsx reader filled the sheet: per row, the first column whose value, formula or
   * format was written since. The direct writer copies the file's cells left of it as they were
   * (xlsx-direct.ts); undefined when nobody tracks it (then every cell is compared).
   */
  written: Map<number, number> | undefined;
  /** Since a row was inserted or deleted there, every row from this one on holds other cells than the file's. */
  private movedFromRow = Infinity;
  /** Since a column was inserted or deleted there, every row holds other cells from this column on. */
  private movedFromColumn = Infinity;

  constructor(
    public name: string,
    readonly id: number,
  ) {}

  get(r: number, c: number): Stored {
    const row = this.rows[r];
    const v = row ? row[c] : undefined;
    return v === undefined ? '' : v;
  }

  /** The first column of row `r` written or moved since the file was read (Infinity: none); see `written`. */
  firstWritten(r: number): number {
    if (r >= this.movedFromRow) return 0;
    return Math.min(this.written?.get(r) ?? Infinity, this.movedFromColumn);
  }

  /** Notes that the cell (r, c) changed, for `written`. */
  touch(r: number, c: number): void {
    const w = this.written;
    if (!w) return;
    const first = w.get(r);
    if (first === undefined || c < first) w.set(r, c);
  }

  set(r: number, c: number, v: Stored): void {
    this.touch(r, c);
    let row = this.rows[r];
    if (!row) {
      if (v === '') return;
      for (let i = this.rows.length; i <= r; i++) if (!this.rows[i]) this.rows[i] = [];
      row = this.rows[r];
    }
    row[c] = v;
  }

  format(r: number, c: number): CellFormat {
    this.touch(r, c);
    const k = cellKey(r, c);
    let f = this.formats.get(k);
    if (!f) this.formats.set(k, (f = {}));
    return f;
  }

  /** Moves the merges with rows or columns inserted (delta > 0) or deleted (delta < 0) at the 0-based `at`; a merge left one cell is gone. */
  private shiftMerges(axis: 'row' | 'column', at: number, delta: number): void {
    this.merges = this.merges.flatMap((m) => {
      const span = axis === 'row' ? shiftSpan(m.r1, m.r2, at, delta) : shiftSpan(m.c1, m.c2, at, delta);
      if (!span) return [];
      const moved = axis === 'row' ? { ...m, r1: span[0], r2: span[1] } : { ...m, c1: span[0], c2: span[1] };
      return moved.r1 === moved.r2 && moved.c1 === moved.c2 ? [] : [moved];
    });
  }

  /**
   * The grid of an imported file: the 1,000 × 26 of a new sheet, or just the data's extent when it is
   * larger (a file with 1,500 rows opens with 1,500, none spare), so writing below the data of a
   * big file needs rows inserted, as in the tightest case Google gives.
   */
  fitGrid(): void {
    this.maxRows = Math.max(DEFAULT_ROWS, this.lastRow());
    this.maxColumns = Math.max(DEFAULT_COLUMNS, this.lastColumn());
  }

  /** 1-based number of the last row holding a value or a formula; 0 when empty. */
  lastRow(): number {
    let last = 0;
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((v) => v !== '' && v !== undefined)) {
        last = r + 1;
        break;
      }
    }
    for (const k of this.formulas.keys()) last = Math.max(last, keyRow(k) + 1);
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== '' && row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    for (const k of this.formulas.keys()) last = Math.max(last, keyColumn(k) + 1);
    return last;
  }

  /** Inserts `count` blank columns before the 0-based column `at`. */
  insertColumns(at: number, count: number): void {
    this.moveLines('column', at, count);
  }

  /** Deletes `count` columns from the 0-based column `at`, moving the ones to their right left. */
  deleteColumns(at: number, count: number): void {
    this.moveLines('column', at, -count);
  }

  /** Inserts `count` blank rows before the 0-based row `at`. */
  insertRows(at: number, count: number): void {
    this.moveLines('row', at, count);
  }

  /** Deletes `count` rows from the 0-based row `at`, moving the rows below up. */
  deleteRows(at: number, count: number): void {
    this.moveLines('row', at, -count);
  }

  /**
   * Inserts (delta > 0) or deletes (delta < 0) |delta| rows or columns at the 0-based `at`: values,
   * everything keyed by cell (formulas, spills, errors, formats), merges and column widths move the
   * same way for both; what lay in a deleted block goes with it.
   */
  private moveLines(axis: 'row' | 'column', at: number, delta: number): void {
    const count = Math.abs(delta);
    this.lineMoves.push({ axis, at, delta });
    // The cells past the move are no longer where the file had them (nor where `written` saw them written).
    if (axis === 'row') this.movedFromRow = Math.min(this.movedFromRow, at);
    else this.movedFromColumn = Math.min(this.movedFromColumn, at);
    if (axis === 'row') this.maxRows += delta;
    else this.maxColumns += delta;
    this.shiftMerges(axis, at, delta);
    const splice = <T>(line: T[], blank: () => T) => {
      if (line.length <= at) return;
      if (delta > 0) line.splice(at, 0, ...Array.from({ length: count }, blank));
      else line.splice(at, count);
    };
    if (axis === 'row') splice(this.rows, (): Stored[] => []);
    else for (const row of this.rows) if (row) splice<Stored>(row, () => '');
    const lineOf = axis === 'row' ? keyRow : keyColumn;
    const end = delta < 0 ? at + count : at;
    const step = axis === 'row' ? MAX_COLUMNS : 1;
    this.dropAndMove(
      (k) => lineOf(k) >= at && lineOf(k) < end,
      (k) => (lineOf(k) >= end ? k + delta * step : k),
    );
    if (axis === 'column') {
      // Widths are keyed by the 1-based column.
      const widths = new Map<number, number>();
      for (const [c, w] of this.columnWidths) {
        const span = shiftSpan(c, c, at + 1, delta);
        if (span) widths.set(span[0], w);
      }
      this.columnWidths = widths;
    }
  }

  /** Drops what is keyed in the block (and spills whose formula was in it), and moves the rest's keys. */
  private dropAndMove(inBlock: (k: number) => boolean, moved: (k: number) => number): void {
    const shift = <T>(m: Map<number, T>) => {
      const out = new Map<number, T>();
      for (const [k, v] of m) if (!inBlock(k)) out.set(moved(k), v);
      return out;
    };
    this.formulas = shift(this.formulas);
    this.spillOwner = new Map([...shift(this.spillOwner)].filter(([, owner]) => !inBlock(owner)).map(([k, owner]) => [k, moved(owner)]));
    this.errors = shift(this.errors);
    this.formats = shift(this.formats);
  }
}

export class Book {
  sheets: SheetModel[] = [];
  active = 0;
  private nextId = 1;
  /** Set by every write; the runtime recalculates formulas before the next read. */
  dirty = false;
  writes = 0;
  documentProperties: Record<string, string> = {};
  /** The .xlsx it was read from, resolved; undefined for a book built in memory. */
  source?: string;
  /** What the file holds that saving cannot keep (see `unkeptParts`), in Spanish: «2 gráficos». */
  unkept: string[] = [];

  /** How to load the exceljs workbook when the book was read by the direct path and must be saved through exceljs. */
  loadWorkbook?: () => Promise<ExcelJS.Workbook>;
  /** What the direct path (xlsx-direct.ts) read, to write the file back the same way. */
  direct?: { source: unknown; localRows: number };

  constructor(
    public name: string,
    public timeZone: string,
    private excel: ExcelJS.Workbook | undefined,
  ) {}

  /** The exceljs workbook behind the book; one read by the direct path has it only after `workbookLoaded()`. */
  get workbook(): ExcelJS.Workbook {
    if (!this.excel) throw new Error('El libro se leyó sin exceljs: llame antes a workbookLoaded().');
    return this.excel;
  }

  async workbookLoaded(): Promise<ExcelJS.Workbook> {
    if (!this.excel) this.excel = await this.loadWorkbook!();
    return this.excel;
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    const sheet = new SheetModel(name, this.nextId++);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  markWritten(): void {
    this.dirty = true;
    this.writes++;
  }
}
