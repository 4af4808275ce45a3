// What the offline chart reads from a chart the bundle inserted: type, title, categories from the first column, series with their cells and shown text.
import { chartSpec, sheetCharts } from '../../../local/charts/spec';
import { EmbeddedChart } from '../../../local/services/builders';
import { sheetOf, sheetRuntime } from '../factories';

async function chartOver(rows: unknown[][], range: string, build: (b: any) => any = (b) => b.setChartType('BAR')) {
  const rt = await sheetRuntime(rows, 'Tablero');
  const sheet = sheetOf(rt, 'Tablero');
  sheet.getRange('C3').setNumberFormat('0.0%');
  sheet.insertChart(build(sheet.newChart()).addRange(sheet.getRange(range)).setOption('title', 'Becas').setPosition(1, 6, 0, 0).build());
  return rt;
}

const TABLE = [
  ['Plan', 'Alumnos', 'Cobertura'],
  ['I', 4, 'n/d'],
  ['II', 2, 0.25],
];

test('the first column names the categories, the header the series; a cell without a number is a gap', async () => {
  const rt = await chartOver(TABLE, 'A1:C3');
  const [chart] = sheetCharts(rt.book.sheet('Tablero')!);
  expect(chart.spec).toEqual({
    type: 'BAR',
    title: 'Becas',
    range: 'A1:C3',
    categories: ['I', 'II'],
    series: [
      { name: 'Alumnos', points: [{ value: 4, text: '4', cell: 'B2' }, { value: 2, text: '2', cell: 'B3' }] },
      { name: 'Cobertura', points: [null, { value: 0.25, text: '25.0%', cell: 'C3' }] },
    ],
  });
  expect(chart.anchor).toBe('F1');
  expect(chart.svg).toContain('data-cell="C3"');
});

test('a numeric first column (years) still names the categories, as its shown text', async () => {
  const rt = await chartOver([['Año', 'Convenios'], [2024, 6], [2025, 3]], 'A1:B3', (b) => b.asColumnChart());
  expect(chartSpec(rt.book.sheet('Tablero')!.recorded.charts[0] as EmbeddedChart)).toMatchObject({ type: 'COLUMN', categories: ['2024', '2025'], series: [{ name: 'Convenios' }] });
});

test('without a header row every row is plotted and the series are numbered', async () => {
  const rt = await chartOver([['I', 4], ['II', 2]], 'A1:B2', (b) => b.setChartType('PIE'));
  expect(chartSpec(rt.book.sheet('Tablero')!.recorded.charts[0] as EmbeddedChart)).toMatchObject({
    categories: ['I', 'II'],
    series: [{ name: 'Serie 1', points: [{ value: 4, cell: 'B1' }, { value: 2, cell: 'B2' }] }],
  });
});

test('the chart reads the values as they are now, not as they were when it was inserted', async () => {
  const rt = await chartOver(TABLE, 'A1:B3');
  sheetOf(rt, 'Tablero').getRange('B2').setValue(9);
  expect(chartSpec(rt.book.sheet('Tablero')!.recorded.charts[0] as EmbeddedChart).series[0].points[0]).toEqual({ value: 9, text: '9', cell: 'B2' });
});
