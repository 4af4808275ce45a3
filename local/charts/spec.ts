// What a chart the add-on inserted shows: its recorded EmbeddedChart (type, title, ranges) read against
// the sheet's current values, as Sheets reads it: first column the categories, the others series.
import { a1Notation } from '../services/a1';
import { SheetModel, cellKey } from '../services/book';
import { EmbeddedChart } from '../services/builders';
import { displayOf } from '../services/spreadsheet';
import { ChartPoint, ChartSeries, ChartSpec, renderChart } from './svg';

/** The part of a recorded Range a chart needs (the Range proxy the bundle passed to addRange). */
interface RangeLike {
  row: number;
  column: number;
  rows: number;
  columns: number;
  sheet: { model: SheetModel };
}

const isRange = (r: unknown): r is RangeLike => {
  const x = r as Partial<RangeLike> | null;
  return !!x && typeof x.row === 'number' && typeof x.columns === 'number' && !!x.sheet?.model;
};

/**
 * The categories and series of the chart's ranges. The first column of the first range names the
 * categories (its displayed text, years included); every other column is a series; the first row is
 * the series' names when none of its series cells is a number (the add-on's tables always have a
 * header). A cell without a number is a gap, as Sheets leaves it.
 */
export function chartSpec(chart: EmbeddedChart): ChartSpec {
  const ranges = chart.ranges.filter(isRange);
  const title = String(chart.options.title ?? '');
  if (ranges.length === 0) return { type: chart.chartType, title, range: '', categories: [], series: [] };
  const first = ranges[0];
  const cell = (range: RangeLike, i: number, j: number) => {
    const r = range.row - 1 + i;
    const c = range.column - 1 + j;
    const v = range.sheet.model.get(r, c);
    return { v, text: displayOf(v, range.sheet.model.formats.get(cellKey(r, c))), a1: a1Notation(r + 1, c + 1, 1, 1) };
  };
  const columns = ranges.flatMap((range, k) => Array.from({ length: range.columns - (k === 0 ? 1 : 0) }, (_, j) => ({ range, j: j + (k === 0 ? 1 : 0) })));
  const header = columns.length > 0 && columns.every(({ range, j }) => typeof cell(range, 0, j).v !== 'number');
  const skip = header ? 1 : 0;
  const categories = Array.from({ length: first.rows - skip }, (_, i) => cell(first, i + skip, 0).text);
  const series: ChartSeries[] = columns.map(({ range, j }, k) => ({
    name: header ? cell(range, 0, j).text : `Serie ${k + 1}`,
    points: categories.map((_, i): ChartPoint | null => {
      if (i + skip >= range.rows) return null;
      const { v, text, a1 } = cell(range, i + skip, j);
      return typeof v === 'number' && Number.isFinite(v) ? { value: v, text, cell: a1 } : null;
    }),
  }));
  const range = ranges.map((r) => a1Notation(r.row, r.column, r.rows, r.columns)).join(', ');
  return { type: chart.chartType, title, range, categories, series };
}

/** A sheet's recorded charts, each as its specification and its SVG, in the order they were inserted. */
export function sheetCharts(model: SheetModel): { spec: ChartSpec; svg: string; anchor: string }[] {
  return model.recorded.charts.map((c) => {
    const chart = c as EmbeddedChart;
    const spec = chartSpec(chart);
    return { spec, svg: renderChart(spec), anchor: a1Notation(chart.position.row, chart.position.column, 1, 1) };
  });
}
