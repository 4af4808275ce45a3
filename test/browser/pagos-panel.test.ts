// The Alumnos panel in Chromium offers the payment results: Colegiatura neta and Derecho a evaluación, computed and shown in the grid.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { describeInChromium, eventually, launchChromium } from './chromium';

const SHEET = [
  ['Nombre del alumno', 'Colegiatura mensual', 'Porcentaje de beca', 'Forma de pago', 'Asistencias', 'Sesiones', 'Adeudo de colegiatura'],
  ['Ana López', 2500, '30 %', 'Pago anticipado', 45, 50, 'No'],
  ['Luis Pérez', 2000, '', '05/03/2026', 45, 50, 'Sí'],
];

describeInChromium('the payment results in the Alumnos panel', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;
  let sidebar: FrameLocator;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startLocalServer({ workbook: { sheets: { Alumnos: SHEET } }, port: 0, save: false });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(server.url);
    sidebar = page.frameLocator('#barra');
    await sidebar.getByText('Hoja «Alumnos»', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
    await browser?.close();
  });

  test('offers Colegiatura neta and Derecho a evaluación checked, and writes them into the sheet', async () => {
    for (const label of ['Colegiatura neta', 'Derecho a evaluación']) {
      expect(await eventually(() => sidebar.getByLabel(label, { exact: true }).isChecked(), (v) => v === true)).toBe(true);
    }
    await sidebar.getByRole('button', { name: 'Calcular', exact: true }).click();
    await sidebar.getByText(/^Listo: hoja «Alumnos»: .*Colegiatura neta, Derecho a evaluación para 2 alumnos/).waitFor();
    const grid = await page.locator('#tabla').innerText();
    expect(grid).toContain('Colegiatura neta (calculado)');
    expect(grid).toContain('Derecho a evaluación (calculado)');
    expect(grid).toContain('1575');
    expect(grid).toContain('1900');
    expect(grid).toContain('Sin derecho por adeudo');
  });
});
