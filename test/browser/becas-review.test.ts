// The Resumen panel in Chromium shows «Revisión de becas» as a table: each flag, its students and its article.
import type { Browser, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { describeInChromium, eventually, launchChromium, BROWSER_HOOK_MS } from './chromium';

const BECAS = [
  ['Alumno', 'Plan de estudios', 'Sistema', 'Plan de beca', 'Promedio', 'Criterio', 'Fecha de dictamen'],
  ['Ana López', 'Bachillerato general', 'Escolarizado', 'II', 9.8, 'Ganador', '10/08/2026'],
  ['<b>Luis</b>', 'Bachillerato general', 'Escolarizado', 'II', 9.6, 'Delfín', '11/08/2026'],
];

describeInChromium('Revisión de becas in the Resumen panel', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startLocalServer({ workbook: { sheets: { Becas: BECAS } }, port: 0, save: false });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(server.url);
  }, BROWSER_HOOK_MS);
  afterAll(async () => {
    await page?.close();
    await server?.close();
    await browser?.close();
  });

  test('lists the two Plan II of one carrera and sistema with both names, as text', async () => {
    const sidebar = page.frameLocator('#barra');
    await sidebar.getByRole('tab', { name: 'Resumen' }).click();
    const table = sidebar.getByRole('table', { name: 'Revisión de becas (solo señala; decide la Comisión Dictaminadora)' });
    const text = await eventually(() => table.innerText().catch(() => ''), (v) => v.includes('Plan II a)'));
    expect(text).toContain('2 becas de excelencia en Bachillerato general, Escolarizado: el reglamento da una por carrera y sistema');
    expect(text).toContain('Ana López, <b>Luis</b>');
    expect(await sidebar.locator('b').count()).toBe(0);
  }, 60000);
});
