// The Tableros' charts on the local page, in Chromium, over the demo workbook: every chart the add-on inserted is drawn, and each bar's or slice's value is the table cell it comes from.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateDemo } from '../../local/demo';
import { LocalServer, startLocalServer } from '../../local/server';
import { tempDir } from '../local/factories';
import { describeInChromium, eventually, launchChromium, BROWSER_HOOK_MS } from './chromium';

/** What the page shows: each chart's marks beside the grid cell each one names, and the category cell of its row. */
interface Reading {
  charts: { type: string; range: string }[];
  /** `length`: a bar's drawn width, a column's drawn height, in SVG units (none for a slice). */
  marks: { chart: number; value: number; text: string; label: string; cell: string; category: string; gridText: string; gridCategory: string; length?: number }[];
  /** Numbers the grid shows inside each chart's range, header row and first column left out. */
  numbersInRanges: number[];
}

/** Reads the drawn charts and the grid in the page; A1 cells are found by their row and column letters. */
function readCharts(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const parseCell = (a1: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      return { column: columnIndex(m[1]), row: Number(m[2]) };
    };
    const gridText = (row: number, column: number) => document.querySelector(`#tabla tbody tr:nth-child(${row}) td:nth-child(${column + 1})`)?.textContent ?? '';
    const svgs = [...document.querySelectorAll<SVGSVGElement>('#graficos figure svg')];
    const isNumber = (text: string) => /^-?\$?\d[\d,]*(\.\d+)?%?$/.test(text);
    return {
      charts: svgs.map((s) => ({ type: s.dataset.type ?? '', range: s.dataset.range ?? '' })),
      marks: svgs.flatMap((svg, chart) => {
        const [from] = (svg.dataset.range ?? '').split(':');
        const firstColumn = parseCell(from).column;
        return [...svg.querySelectorAll<SVGGElement>('.punto')].map((g) => {
          const { row, column } = parseCell(g.dataset.cell ?? '');
          const bar = g.querySelector(':scope > rect');
          const length = bar ? Number(bar.getAttribute(svg.dataset.type === 'BAR' ? 'width' : 'height')) : undefined;
          return {
            length,
            chart,
            value: Number(g.dataset.value),
            text: g.dataset.text ?? '',
            label: g.querySelector('.etiqueta')?.childNodes[0]?.textContent ?? '',
            cell: g.dataset.cell ?? '',
            category: g.dataset.category ?? '',
            gridText: gridText(row, column),
            gridCategory: gridText(row, firstColumn),
          };
        });
      }),
      numbersInRanges: svgs.map((svg) => {
        const [from, to] = (svg.dataset.range ?? '').split(':').map(parseCell);
        let count = 0;
        for (let r = from.row + 1; r <= to.row; r++) for (let c = from.column + 1; c <= to.column; c++) if (isNumber(gridText(r, c))) count++;
        return count;
      }),
    };
  });
}

/**
 * Within one bar or column chart, every mark's drawn length is its value times the same scale (to a
 * pixel of rounding): a chart whose bars were all the same length, or one scaled on the wrong axis, fails.
 */
function expectLengthsProportional(reading: Reading): void {
  reading.charts.forEach((c, chart) => {
    if (c.type !== 'BAR' && c.type !== 'COLUMN') return;
    const drawn = reading.marks.filter((m) => m.chart === chart && m.length !== undefined);
    for (const m of drawn.filter((x) => x.value === 0)) expect([chart, m.cell, m.length! <= 1]).toEqual([chart, m.cell, true]);
    const marks = drawn.filter((m) => m.value > 0);
    if (!marks.length) return;
    const top = marks.reduce((a, m) => (m.value > a.value ? m : a));
    const scale = top.length! / top.value;
    for (const m of marks) expect([chart, m.cell, Math.abs(m.length! - m.value * scale) <= 1.5]).toEqual([chart, m.cell, true]);
  });
}

/** The number a grid cell shows: a count, or a percentage as its fraction. */
/** A cell's text as its number: «12.5%», «320», or pesos «$16,380.00». */
const shown = (text: string) => (text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text.replace(/^\$/, '').replace(/,/g, '')));

describeInChromium('the Tableros charts on the local page', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;
  const external: string[] = [];

  beforeAll(async () => {
    const book = join(tempDir('tablero-'), 'escuela-demo.xlsx');
    await generateDemo(book, { today: '2026-03-02' });
    browser = await launchChromium();
    server = await startLocalServer({ workbook: book, port: 0, save: false, runtime: { now: () => new Date('2026-03-02T16:00:00Z') } });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(data|about|blob):/.test(r.url())) external.push(r.url());
    });
    await page.goto(server.url);
    await page.locator('#tabla tbody tr').first().waitFor();
  }, BROWSER_HOOK_MS);
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  test('«Crear tablero» from the menu draws its bar and pie charts and the column chart of the debt per group, each bar the cell of the table it comes from', async () => {
    await page.getByRole('button', { name: 'Crear tablero', exact: true }).click();
    await page.getByRole('tab', { name: 'Tablero', exact: true, selected: true }).waitFor();
    const reading = await eventually(() => readCharts(page), (r) => r.charts.length === 3 && r.marks.length > 0);
    expect(reading.charts.map((c) => c.type)).toEqual(['BAR', 'PIE', 'COLUMN']);
    expect(reading.charts.length).toBe(server.runtime.book.sheet('Tablero')!.recorded.charts.length);
    for (const m of reading.marks) {
      expect([m.cell, m.text]).toEqual([m.cell, m.gridText]);
      expect(m.label).toContain(m.gridText);
      expect([m.cell, m.value]).toEqual([m.cell, shown(m.gridText)]);
      expect([m.cell, m.category]).toEqual([m.cell, m.gridCategory]);
    }
    expect(reading.marks.filter((m) => m.chart === 0).length).toBe(reading.numbersInRanges[0]);
    expect(reading.marks.filter((m) => m.chart === 1).length).toBe(reading.numbersInRanges[1]);
    expect(reading.marks.filter((m) => m.chart === 2).length).toBe(reading.numbersInRanges[2]);
    expectLengthsProportional(reading);
    // The becas chart has bars of several lengths: 20 students of Plan I, 5 of Plan II…
    expect(new Set(reading.marks.filter((m) => m.chart === 0).map((m) => m.length)).size).toBeGreaterThan(3);
    // The pie's slices are every status of the demo's 320 students.
    expect(reading.marks.filter((m) => m.chart === 1).reduce((sum, m) => sum + m.value, 0)).toBe(320);
  });

  test('the Tablero de convenios draws its column and bar charts, each from its cell, counts only', async () => {
    const reply = await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="clave-sesion"]')!.content;
      const r = await fetch('/rpc', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Clave-Sesion': token }, body: JSON.stringify({ name: 'crearTableroConvenios', args: ['2026-03-02'] }) });
      return (await r.json()) as { ok: boolean; value: { ok: boolean } };
    });
    expect([reply.ok, reply.value.ok]).toEqual([true, true]);
    await page.reload();
    await page.getByRole('tab', { name: 'Tablero de convenios', exact: true }).click();
    const reading = await eventually(() => readCharts(page), (r) => r.charts.length === 5 && r.marks.length > 0);
    // Per year (columns); per sector, per aliado, per strategy and coverage (bars): the five the add-on inserts.
    expect(reading.charts.map((c) => c.type)).toEqual(['COLUMN', 'BAR', 'BAR', 'BAR', 'BAR']);
    expect(reading.charts.length).toBe(server.runtime.book.sheet('Tablero de convenios')!.recorded.charts.length);
    for (const m of reading.marks) {
      expect([m.cell, m.text]).toEqual([m.cell, m.gridText]);
      expect(m.label).toContain(m.gridText);
      expect(Math.abs(m.value - shown(m.gridText))).toBeLessThan(m.gridText.endsWith('%') ? 0.0005 : 1e-9);
      expect([m.cell, m.category]).toEqual([m.cell, m.gridCategory]);
    }
    reading.numbersInRanges.forEach((n, chart) => expect([chart, reading.marks.filter((m) => m.chart === chart).length]).toEqual([chart, n]));
    expectLengthsProportional(reading);
    // The coverage chart draws the schools benefited per strategy, not their share beside them: a
    // fraction on the axis of counts would be a flat bar. The Total rows are not drawn either.
    expect(reading.marks.filter((m) => m.label.endsWith('%'))).toEqual([]);
    expect(reading.marks.filter((m) => m.chart === 4).length).toBeGreaterThan(0);
    expect(reading.marks.map((m) => m.category)).not.toContain('Total');
  });

  test('printing keeps the charts and leaves out the menu and the panel', async () => {
    await page.emulateMedia({ media: 'print' });
    const display = await page.evaluate(() => ({
      chart: getComputedStyle(document.querySelector('#graficos figure')!).display,
      panel: getComputedStyle(document.querySelector('#panel')!).display,
      menu: getComputedStyle(document.querySelector('#menu')!).display,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(display).toEqual({ chart: 'block', panel: 'none', menu: 'none' });
  });

  test('a hostile name in a chart\'s range is drawn as those characters, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { context } = server.runtime;
    const sheet = context.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Hostil');
    sheet.getRange('A1:B2').setValues([['Aliado', 'Total'], [hostile, 3]]);
    sheet.insertChart(sheet.newChart().asBarChart().addRange(sheet.getRange('A1:B2')).setOption('title', hostile).setPosition(1, 4, 0, 0).build());
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.reload();
    await page.getByRole('tab', { name: 'Hostil', exact: true }).click();
    const shown = await eventually(
      () => page.evaluate(() => ({ images: document.querySelectorAll('#graficos img').length, category: document.querySelector<SVGGElement>('#graficos .punto')?.dataset.category ?? '' })),
      (v) => v.category !== '',
    );
    expect(shown).toEqual({ images: 0, category: hostile });
    expect(dialogs).toEqual([]);
  });

  test('no request left for another host', () => {
    expect(external).toEqual([]);
  });
});
