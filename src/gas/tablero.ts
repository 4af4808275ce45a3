// The one writer of a Tablero: a DashboardLayout (tables stacked in one grid, bold titles, % formats, charts) into a sheet the add-on owns.
import { Cell } from '../core/parse';
import { asCellText } from '../core/a1';
import { ensureRows } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MONEY = '$#,##0.00';

export interface DashboardLayout {
  /** Row 1 is the heading; rows may be shorter than the widest, the writer pads them. */
  grid: Cell[][];
  /** 0-based rows of the titles, to set in bold. */
  titles: number[];
  /** Tables to chart: 0-based first row (its header) and column, how many rows (header included) and columns, and the chart's row. */
  charts: { title: string; row: number; column: number; rows: number; columns: number; type: 'BAR' | 'COLUMN' | 'PIE'; at: number }[];
  /** 0-based cells, and how many below each, that hold a fraction, to format as %. */
  percents: { row: number; column: number; rows: number }[];
  /** 0-based cells, and how many below each, that hold pesos, to format as money. */
  money?: { row: number; column: number; rows: number }[];
}

/** Each table under a title, a blank row between tables: the helper both Tableros build their grid with. */
export function stackedTables(heading: Cell[]): { layout: DashboardLayout; table: (title: string, header: Cell[], rows: Cell[][]) => number } {
  const layout: DashboardLayout = { grid: [heading], titles: [0], charts: [], percents: [] };
  const table = (title: string, header: Cell[], rows: Cell[][]) => {
    layout.grid.push([]);
    layout.titles.push(layout.grid.length);
    layout.grid.push([title]);
    const first = layout.grid.length;
    layout.grid.push(header, ...rows);
    return first;
  };
  return { layout, table };
}

/** Writes the layout into `sheet` (emptied beforehand): one setValues for every table, then titles, formats, frozen heading and charts right of the tables. */
export function writeTablero(sheet: Sheet, layout: DashboardLayout): void {
  const width = Math.max(...layout.grid.map((r) => r.length));
  const grid = layout.grid.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]);
  // A big Tablero (one table per aliado, per plan…) can outgrow a new sheet's rows.
  ensureRows(sheet, grid.length);
  // Names come from the office's cells: "=HYPERLINK(…)" or "+Técnico" must stay text.
  sheet.getRange(1, 1, grid.length, width).setValues(grid.map((r) => r.map(asCellText)));
  for (const row of layout.titles) sheet.getRange(row + 1, 1).setFontWeight('bold');
  for (const p of layout.percents) sheet.getRange(p.row + 1, p.column + 1, p.rows, 1).setNumberFormat('0.0%');
  for (const p of layout.money ?? []) sheet.getRange(p.row + 1, p.column + 1, p.rows, 1).setNumberFormat(MONEY);
  sheet.setFrozenRows(1);
  for (const c of layout.charts) {
    const range = sheet.getRange(c.row + 1, c.column + 1, c.rows, c.columns);
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType[c.type]).addRange(range).setOption('title', c.title).setPosition(c.at, width + 2, 0, 0).build());
  }
}
