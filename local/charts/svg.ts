// Charts as inline SVG for the local page and the printed report: a pure function of a chart's
// specification and the values of its range; every bar or slice carries its value, cell and label.

/** One plotted cell: its value, the text the sheet shows for it, and where it is (A1). */
export interface ChartPoint {
  value: number;
  text: string;
  cell: string;
}

export interface ChartSeries {
  name: string;
  /** One per category; null where the cell holds no number (nothing is drawn there, as in Sheets). */
  points: (ChartPoint | null)[];
}

/** What a chart shows: read from the EmbeddedChart the add-on built (local/charts/spec.ts) or written by hand. */
export interface ChartSpec {
  /** Charts.ChartType's name: BAR (horizontal), COLUMN (vertical), PIE; others are named, not drawn. */
  type: string;
  title: string;
  /** The range the chart reads, as the add-on gave it, for the caption. */
  range: string;
  categories: string[];
  series: ChartSeries[];
}

/** Google's chart palette, in its order. */
export const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24', '#5c6bc0', '#f06292'];

const TYPE_NAMES: Record<string, string> = { BAR: 'barras', COLUMN: 'columnas', PIE: 'circular', LINE: 'líneas', AREA: 'área', TABLE: 'tabla', SCATTER: 'dispersión', COMBO: 'combinado', HISTOGRAM: 'histograma' };

export const chartTypeName = (type: string) => TYPE_NAMES[type] ?? type;

const WIDTH = 480;
const FONT = 'font-family="Arial, Helvetica, sans-serif"';

/** Text safe inside an element or an attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Long category names cut to fit; the whole name stays in the mark's tooltip. */
function clip(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** A round step for about `count` grid lines between 0 and `max`. */
export function niceStep(max: number, count = 5): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

/** The axis from min(0, lowest) to max(0, highest), widened to whole steps; all-zero data gets 0…1. */
export function axisOf(values: number[]): { low: number; high: number; step: number } {
  const lowest = Math.min(0, ...values);
  const highest = Math.max(0, ...values);
  if (lowest === highest) return { low: 0, high: 1, step: 0.2 };
  const step = niceStep(highest - lowest);
  return { low: Math.floor(lowest / step) * step, high: Math.ceil(highest / step) * step, step };
}

const pointAttributes = (p: ChartPoint, series: string, category: string) =>
  `class="punto" data-value="${p.value}" data-text="${escapeXml(p.text)}" data-cell="${escapeXml(p.cell)}" data-series="${escapeXml(series)}" data-category="${escapeXml(category)}"`;

/** The series names in rows under the title, wrapped to the chart's width. */
function legend(names: string[], top: number): { svg: string; height: number } {
  if (names.length === 0) return { svg: '', height: 0 };
  const items: string[] = [];
  let x = 16;
  let y = top;
  names.forEach((name, i) => {
    const label = clip(name, 30);
    const width = 18 + label.length * 6.5 + 14;
    if (x + width > WIDTH - 8 && x > 16) {
      x = 16;
      y += 16;
    }
    items.push(`<rect x="${num(x)}" y="${y - 9}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/><text x="${num(x + 14)}" y="${y}" font-size="11">${escapeXml(label)}</text>`);
    x += width;
  });
  return { svg: `<g class="leyenda">${items.join('')}</g>`, height: y - top + 18 };
}

function frame(spec: ChartSpec, height: number, body: string): string {
  const label = `Gráfico de ${chartTypeName(spec.type)}: ${spec.title || 'sin título'}`;
  return (
    `<svg class="grafico-svg" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" role="img" aria-label="${escapeXml(label)}" data-type="${escapeXml(spec.type)}" data-range="${escapeXml(spec.range)}" ${FONT}>` +
    `<title>${escapeXml(label)}</title><rect width="${WIDTH}" height="${num(height)}" fill="#fff"/>` +
    `<text x="${WIDTH / 2}" y="22" font-size="14" font-weight="bold" text-anchor="middle" fill="#202124">${escapeXml(clip(spec.title, 60))}</text>${body}</svg>`
  );
}

const valuesOf = (spec: ChartSpec) => spec.series.flatMap((s) => s.points.filter((p): p is ChartPoint => p !== null).map((p) => p.value));

/** Horizontal bars (BAR) or vertical columns (COLUMN), one group per category, one bar per series. */
function barChart(spec: ChartSpec, horizontal: boolean): string {
  const key = legend(spec.series.length > 1 ? spec.series.map((s) => s.name) : [], 44);
  const top = 36 + key.height + 8;
  const axis = axisOf(valuesOf(spec));
  const n = Math.max(spec.categories.length, 1);
  const perGroup = spec.series.length;
  const ticks: number[] = [];
  for (let t = axis.low; t <= axis.high + axis.step / 1e6; t += axis.step) ticks.push(Math.round(t * 1e9) / 1e9);
  const parts: string[] = [];
  if (horizontal) {
    const left = 150;
    const right = WIDTH - 48;
    const band = Math.max(22, perGroup * 14 + 8);
    const height = top + n * band + 28;
    const x = (v: number) => left + ((v - axis.low) / (axis.high - axis.low)) * (right - left);
    for (const t of ticks) parts.push(`<line x1="${num(x(t))}" y1="${top}" x2="${num(x(t))}" y2="${top + n * band}" stroke="#e0e0e0"/><text x="${num(x(t))}" y="${top + n * band + 14}" font-size="10" text-anchor="middle" fill="#5f6368">${num(t)}</text>`);
    spec.categories.forEach((category, i) => {
      const y0 = top + i * band;
      parts.push(`<text x="${left - 6}" y="${num(y0 + band / 2 + 4)}" font-size="11" text-anchor="end" fill="#202124">${escapeXml(clip(category, 24))}<title>${escapeXml(category)}</title></text>`);
      const thick = (band - 8) / perGroup;
      spec.series.forEach((s, j) => {
        const p = s.points[i];
        if (!p) return;
        const from = x(Math.min(0, p.value));
        const to = x(Math.max(0, p.value));
        const y = y0 + 4 + j * thick;
        parts.push(
          `<g ${pointAttributes(p, s.name, category)}><rect x="${num(from)}" y="${num(y)}" width="${num(to - from)}" height="${num(thick - 1)}" fill="${PALETTE[j % PALETTE.length]}"><title>${escapeXml(`${category} · ${s.name}: ${p.text}`)}</title></rect>` +
            `<text class="etiqueta" x="${num(to + 3)}" y="${num(y + thick / 2 + 3)}" font-size="10" fill="#202124">${escapeXml(p.text)}</text></g>`,
        );
      });
    });
    parts.push(`<line x1="${num(x(0))}" y1="${top}" x2="${num(x(0))}" y2="${top + n * band}" stroke="#5f6368"/>`);
    return frame(spec, height, key.svg + parts.join(''));
  }
  const left = 44;
  const right = WIDTH - 12;
  const plot = 200;
  const band = (right - left) / n;
  const chars = Math.max(3, Math.floor(band / 6));
  const height = top + plot + 34;
  const y = (v: number) => top + plot - ((v - axis.low) / (axis.high - axis.low)) * plot;
  for (const t of ticks) parts.push(`<line x1="${left}" y1="${num(y(t))}" x2="${right}" y2="${num(y(t))}" stroke="#e0e0e0"/><text x="${left - 4}" y="${num(y(t) + 3)}" font-size="10" text-anchor="end" fill="#5f6368">${num(t)}</text>`);
  spec.categories.forEach((category, i) => {
    const x0 = left + i * band;
    parts.push(`<text x="${num(x0 + band / 2)}" y="${top + plot + 16}" font-size="11" text-anchor="middle" fill="#202124">${escapeXml(clip(category, chars))}<title>${escapeXml(category)}</title></text>`);
    const wide = (band * 0.8) / perGroup;
    spec.series.forEach((s, j) => {
      const p = s.points[i];
      if (!p) return;
      const from = y(Math.max(0, p.value));
      const to = y(Math.min(0, p.value));
      const x = x0 + band * 0.1 + j * wide;
      parts.push(
        `<g ${pointAttributes(p, s.name, category)}><rect x="${num(x)}" y="${num(from)}" width="${num(wide - 1)}" height="${num(to - from)}" fill="${PALETTE[j % PALETTE.length]}"><title>${escapeXml(`${category} · ${s.name}: ${p.text}`)}</title></rect>` +
          `<text class="etiqueta" x="${num(x + wide / 2)}" y="${num(from - 3)}" font-size="10" text-anchor="middle" fill="#202124">${escapeXml(p.text)}</text></g>`,
      );
    });
  });
  parts.push(`<line x1="${left}" y1="${num(y(0))}" x2="${right}" y2="${num(y(0))}" stroke="#5f6368"/>`);
  return frame(spec, height, key.svg + parts.join(''));
}

/** A slice from angle a to b (radians, clockwise from twelve o'clock); a whole turn is a circle. */
function slice(cx: number, cy: number, r: number, a: number, b: number, fill: string, tip: string): string {
  if (b - a >= 2 * Math.PI - 1e-9) return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"><title>${tip}</title></circle>`;
  const at = (t: number) => `${num(cx + r * Math.sin(t))} ${num(cy - r * Math.cos(t))}`;
  return `<path d="M ${cx} ${cy} L ${at(a)} A ${r} ${r} 0 ${b - a > Math.PI ? 1 : 0} 1 ${at(b)} Z" fill="${fill}" stroke="#fff"><title>${tip}</title></path>`;
}

/** The first series as slices of its positive values, each with its share; the legend names the categories. */
function pieChart(spec: ChartSpec): string {
  const series = spec.series[0] ?? { name: '', points: [] };
  const total = series.points.reduce((sum, p) => sum + (p && p.value > 0 ? p.value : 0), 0);
  const cx = 130;
  const cy = 54 + 100;
  const r = 100;
  const parts: string[] = [];
  const rows: string[] = [];
  let angle = 0;
  spec.categories.forEach((category, i) => {
    const p = series.points[i];
    if (!p) return;
    const fill = PALETTE[i % PALETTE.length];
    const share = total > 0 && p.value > 0 ? p.value / total : 0;
    const end = angle + share * 2 * Math.PI;
    const percent = `${(share * 100).toFixed(1)}%`;
    const shape = share > 0 ? slice(cx, cy, r, angle, end, fill, escapeXml(`${category}: ${p.text} (${percent})`)) : '';
    const mid = (angle + end) / 2;
    const inside = share >= 0.06 ? `<text x="${num(cx + r * 0.65 * Math.sin(mid))}" y="${num(cy - r * 0.65 * Math.cos(mid) + 4)}" font-size="10" text-anchor="middle" fill="#fff">${percent}</text>` : '';
    const y = 60 + rows.length * 18;
    rows.push(
      `<g ${pointAttributes(p, series.name, category)} data-share="${num(share * 100)}">${shape}${inside}<rect x="260" y="${y - 9}" width="10" height="10" fill="${fill}"/>` +
        `<text class="etiqueta" x="276" y="${y}" font-size="11" fill="#202124">${escapeXml(clip(category, 22))}: ${escapeXml(p.text)} (${percent})<title>${escapeXml(category)}</title></text></g>`,
    );
    angle = end;
  });
  if (total === 0) parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#dadce0"/><text x="${cx}" y="${cy}" font-size="11" text-anchor="middle" fill="#5f6368">Sin datos</text>`);
  return frame(spec, Math.max(cy + r + 16, 60 + rows.length * 18 + 8), parts.join('') + rows.join(''));
}

/** The chart as an SVG element (no xmlns: it is meant to sit inline in HTML). */
export function renderChart(spec: ChartSpec): string {
  if (spec.type === 'BAR') return barChart(spec, true);
  if (spec.type === 'COLUMN') return barChart(spec, false);
  if (spec.type === 'PIE') return pieChart(spec);
  return frame(spec, 60, `<text x="${WIDTH / 2}" y="46" font-size="11" text-anchor="middle" fill="#5f6368">Un gráfico de ${escapeXml(chartTypeName(spec.type))} no se dibuja aquí.</text>`);
}
