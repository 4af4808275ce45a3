// The Alumnos panel in Chromium offers the payment results: Colegiatura neta and Derecho a evaluación, computed and shown in the grid.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { describeInChromium, eventually, launchChromium, BROWSER_HOOK_MS } from './chromium';

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
  }, BROWSER_HOOK_MS);
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

const ROSTER = [
  ['Matrícula', 'Nombre', 'Grupo', 'Plan de estudios', 'Asistencias', 'Sesiones impartidas'],
  ['A-1', 'Ana López', '1A', 'Bachillerato general', 45, 50],
  ['A-2', 'Luis Pérez', '1A', 'Bachillerato general', 45, 50],
  ['A-3', 'Eva Ruiz', '2B', 'Técnico en informática', 45, 50],
];
const PAGOS = [
  ['Matrícula', 'Nombre', 'Colegiatura mensual', 'Porcentaje de beca', 'Mensualidad 1', 'Mensualidad 2', 'Fecha de corte', '15/03/2026'],
  ['', 'Vencimiento', '', '', '10/02/2026', '10/03/2026'],
  ['A-1', 'Ana López', 2000, '', '05/02/2026', '08/03/2026'],
  // March unpaid at 15/03: owed with the 50 % beca (the first missed one), $1,000.00; the beca cancelled on 11/03.
  ['A-2', 'Luis Pérez', 2000, 0.5, '05/02/2026', ''],
  // Neither paid: February with no beca, $2,500.00, and March, $2,500.00.
  ['A-3', 'Eva Ruiz', 2500, '', 'no', 'no'],
];

describeInChromium('the payment figures in the Resumen panel', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;
  let sidebar: FrameLocator;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startLocalServer({ workbook: { sheets: { Alumnos: ROSTER, Pagos: PAGOS } }, port: 0, save: false });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(server.url);
    sidebar = page.frameLocator('#barra');
    await sidebar.getByText('Hoja «Alumnos»', { exact: true }).waitFor();
  }, BROWSER_HOOK_MS);
  afterAll(async () => {
    await page?.close();
    await server?.close();
    await browser?.close();
  });

  test('shows the debt per group and per plan of study, the cancelled beca and those without evaluation', async () => {
    await sidebar.getByRole('tab', { name: 'Resumen' }).click();
    await sidebar.getByText('Colegiaturas (hoja «Pagos», al 15/03/2026)').waitFor();
    await sidebar.getByText('2 de 3 alumnos con adeudo').waitFor();
    const rows = async (name: string) =>
      (await sidebar.getByRole('table', { name }).locator('tbody tr').allInnerTexts()).map((t) => t.split('\t'));
    expect(await rows('Adeudo por grupo')).toEqual([
      ['1A', '1 de 2', '$1,000.00'],
      ['2B', '1 de 1', '$5,000.00'],
    ]);
    expect(await rows('Adeudo por plan de estudios')).toEqual([
      ['Bachillerato general', '1 de 2', '$1,000.00'],
      ['Técnico en informática', '1 de 1', '$5,000.00'],
    ]);
    expect(await rows('Becas canceladas')).toEqual([['Luis Pérez', '1A', '11/03/2026']]);
    expect(await sidebar.getByText(/^Sin derecho a evaluación por adeudo/).innerText()).toBe('Sin derecho a evaluación por adeudo (Cap. IX, Art. 2 II): 2');
    expect(await sidebar.getByText(/ en total$/).innerText()).toBe('2 de 3 alumnos con adeudo · $6,000.00 en total');
  });
});
