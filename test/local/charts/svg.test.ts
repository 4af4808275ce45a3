// The SVG renderer of the offline charts: each bar or slice carries its value, cell and shown text, sized to its value; text is escaped.
import { ChartSpec, axisOf, niceStep, renderChart } from '../../../local/charts/svg';

/** The marks of a rendered chart: each `<g class="punto">` with its attributes, first shape and label. */
function marks(svg: string) {
  return [...svg.matchAll(/<g class="punto" ([^>]*)>(.*?)<\/g>/g)].map(([, attrs, inner]) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
    const rect = /<rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)"/.exec(inner);
    return {
      value: Number(attr('data-value')),
      text: attr('data-text'),
      cell: attr('data-cell'),
      series: attr('data-series'),
      category: attr('data-category'),
      share: attr('data-share'),
      label: /<text class="etiqueta"[^>]*>([^<]*)/.exec(inner)?.[1],
      width: rect ? Number(rect[3]) : undefined,
      height: rect ? Number(rect[4]) : undefined,
      arc: /A 100 100 0 (\d) 1/.exec(inner)?.[1],
      circle: inner.includes('<circle'),
    };
  });
}

const point = (value: number, cell: string, text = String(value)) => ({ value, text, cell });

const PLANS: ChartSpec = {
  type: 'BAR',
  title: 'Alumnos y becas por plan',
  range: 'B4:D6',
  categories: ['Excelencia', 'Parentesco'],
  series: [
    { name: 'Alumnos', points: [point(4, 'C5'), point(2, 'C6')] },
    { name: 'Con beca', points: [point(3, 'D5'), null] },
  ],
};

describe('bar and column charts', () => {
  test('one mark per number, carrying its value, cell, series, category and the text the sheet shows', () => {
    expect(marks(renderChart(PLANS)).map(({ value, cell, series, category, label }) => ({ value, cell, series, category, label }))).toEqual([
      { value: 4, cell: 'C5', series: 'Alumnos', category: 'Excelencia', label: '4' },
      { value: 3, cell: 'D5', series: 'Con beca', category: 'Excelencia', label: '3' },
      { value: 2, cell: 'C6', series: 'Alumnos', category: 'Parentesco', label: '2' },
    ]);
  });

  test('horizontal bars are as long as their value on an axis from 0 to 4 over 282 px (150 to 432)', () => {
    // The axis of 4, 3, 2 is 0…4 in steps of 1; the plot runs from x=150 to x=480-48=432.
    expect(marks(renderChart(PLANS)).map((m) => m.width)).toEqual([282, 211.5, 141]);
  });

  test('columns are as tall as their value on a 200 px axis', () => {
    const spec: ChartSpec = { type: 'COLUMN', title: 'Convenios por año', range: 'A4:B6', categories: ['2024', '2025'], series: [{ name: 'Convenios', points: [point(6, 'B5'), point(3, 'B6')] }] };
    // 6/5 = 1.2: the step is the first of 1, 2, 2.5, 5, 10 ×10ⁿ not below it, 2, so the axis is 0…6.
    expect(marks(renderChart(spec)).map((m) => [m.value, m.height])).toEqual([
      [6, 200],
      [3, 100],
    ]);
  });

  test('a percentage keeps its fraction as the value and its shown text as the label', () => {
    const spec: ChartSpec = { type: 'BAR', title: 'Cobertura', range: 'A1:B2', categories: ['ESYA'], series: [{ name: '% de II.EE.', points: [point(0.286, 'B2', '28.6%')] }] };
    expect(marks(renderChart(spec)).map((m) => [m.value, m.text, m.label])).toEqual([[0.286, '28.6%', '28.6%']]);
  });

  test('a single series has no legend; two series name both', () => {
    const one = renderChart({ ...PLANS, series: [PLANS.series[0]] });
    expect(one).not.toContain('class="leyenda"');
    expect(renderChart(PLANS)).toMatch(/class="leyenda".*>Alumnos<.*>Con beca</);
  });
});

describe('pie charts', () => {
  const pie = (values: number[]): ChartSpec => ({
    type: 'PIE',
    title: 'Estatus de promoción',
    range: 'A1:B5',
    categories: ['Regular', 'Promovido con adeudo', 'No promovido', 'Baja'].slice(0, values.length),
    series: [{ name: 'Alumnos', points: values.map((v, i) => point(v, `B${i + 2}`)) }],
  });

  test('each slice carries its value and its share of the total; the bigger-than-half slice takes the long arc', () => {
    expect(marks(renderChart(pie([1, 3]))).map(({ value, text, share, arc, label }) => ({ value, text, share, arc, label }))).toEqual([
      { value: 1, text: '1', share: '25', arc: '0', label: 'Regular: 1 (25.0%)' },
      { value: 3, text: '3', share: '75', arc: '1', label: 'Promovido con adeudo: 3 (75.0%)' },
    ]);
  });

  test('a status with no students is listed at 0% and draws no slice; the only other one is the whole circle', () => {
    const [zero, all] = marks(renderChart(pie([0, 5])));
    expect([zero.share, zero.circle, zero.arc]).toEqual(['0', false, undefined]);
    expect([all.share, all.circle]).toEqual(['100', true]);
  });
});

describe('text and types', () => {
  test('a hostile category or title is escaped, never markup', () => {
    const svg = renderChart({ ...PLANS, title: '<script>x</script>', categories: ['<img src=x onerror=alert(1)>', 'B&C'] });
    expect(svg).not.toMatch(/<img|<script/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('B&amp;C');
  });

  test('a long category is cut to 24 characters on the axis and whole in its tooltip', () => {
    const name = 'Municipalidad Provincial Jorge Basadre';
    const svg = renderChart({ ...PLANS, categories: [name, 'II'] });
    expect(svg).toContain('>Municipalidad Provincia…<title>Municipalidad Provincial Jorge Basadre</title>');
  });

  test('a type the add-on does not build is named, not drawn', () => {
    const svg = renderChart({ ...PLANS, type: 'LINE' });
    expect(svg).toContain('Un gráfico de líneas no se dibuja aquí.');
    expect(marks(svg)).toEqual([]);
  });

  test('the SVG names no external resource (it sits inline in the page and the report)', () => {
    expect(renderChart(PLANS)).not.toMatch(/https?:|xlink:href|<image/);
  });
});

describe('axis', () => {
  test.each([
    ['all zero: 0…1', [0, 0], 0, 1],
    ['counts up to 4: steps of 1', [4, 2], 0, 4],
    ['up to 21: steps of 5, top 25', [21, 6], 0, 25],
    ['a negative value: the axis starts below it', [-3, 7], -4, 8],
  ])('%s', (_label, values, low, high) => {
    const axis = axisOf(values);
    expect([axis.low, axis.high]).toEqual([low, high]);
  });

  test.each([
    [4, 1],
    [10, 2],
    [21, 5],
    [0.5, 0.1],
    [167, 50],
  ])('the step for a range of %s is %s', (range, step) => expect(niceStep(range)).toBeCloseTo(step, 10));
});
