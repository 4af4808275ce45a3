// The Alumnos panel in Chromium offers the payment results: Colegiatura neta and Derecho a evaluación, computed and shown in the grid.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { describeInChromium, eventually, launchChromium, BROWSER_HOOK_MS } from './chromium';

const SHEET = [
  ['Nombre del alumno', 'Colegiatura mensual', 'Porcentaje de beca', 'Forma de pago', 'Asistencias', 'Sesiones', 'Adeudo de colegiatura'],
  ['Ana López', 2500, '30 %', 'Pago anticipado', 45, 50, 'No'],
  ['Luis Pérez', 2000, '', '05/03/2026', 45, 50, 'Sí'],
];

/** Chromium on the local page with `sheets`, the panel shown on `first`; each describe's own browser, closed after it. */
function openPanel(sheets: Record<string, unknown[][]>, first: string, width = 1200) {
  const ui = {} as { browser: Browser; server: LocalServer; page: Page; sidebar: FrameLocator };
  beforeAll(async () => {
    ui.browser = await launchChromium();
    ui.server = await startLocalServer({ workbook: { sheets }, port: 0, save: false });
    ui.page = await ui.browser.newPage({ viewport: { width, height: 900 } });
    await ui.page.goto(ui.server.url);
    ui.sidebar = ui.page.frameLocator('#barra');
    await ui.sidebar.getByText(first, { exact: true }).waitFor();
  }, BROWSER_HOOK_MS);
  afterAll(async () => {
    await ui.page?.close();
    await ui.server?.close();
    await ui.browser?.close();
  });
  return ui;
}

describeInChromium('the payment results in the Alumnos panel', () => {
  const ui = openPanel({ Alumnos: SHEET }, 'Hoja «Alumnos»', 1200);

  test('offers Colegiatura neta and Derecho a evaluación checked, and writes them into the sheet', async () => {
    for (const label of ['Colegiatura neta', 'Derecho a evaluación']) {
      expect(await eventually(() => ui.sidebar.getByLabel(label, { exact: true }).isChecked(), (v) => v === true)).toBe(true);
    }
    await ui.sidebar.getByRole('button', { name: 'Calcular', exact: true }).click();
    await ui.sidebar.getByText(/^Listo: hoja «Alumnos»: .*Colegiatura neta, Derecho a evaluación para 2 alumnos/).waitFor();
    const grid = await ui.page.locator('#tabla').innerText();
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
  const ui = openPanel({ Alumnos: ROSTER, Pagos: PAGOS }, 'Hoja «Alumnos»', 1200);

  test('shows the debt per group and per plan of study, the cancelled beca and those without evaluation', async () => {
    await ui.sidebar.getByRole('tab', { name: 'Resumen' }).click();
    await ui.sidebar.getByText('Colegiaturas (hoja «Pagos», al 15/03/2026)').waitFor();
    await ui.sidebar.getByText('2 de 3 alumnos con adeudo').waitFor();
    const rows = async (name: string) =>
      (await ui.sidebar.getByRole('table', { name }).locator('tbody tr').allInnerTexts()).map((t) => t.split('\t'));
    expect(await rows('Adeudo por grupo')).toEqual([
      ['1A', '1 de 2', '$1,000.00'],
      ['2B', '1 de 1', '$5,000.00'],
    ]);
    expect(await rows('Adeudo por plan de estudios')).toEqual([
      ['Bachillerato general', '1 de 2', '$1,000.00'],
      ['Técnico en informática', '1 de 1', '$5,000.00'],
    ]);
    expect(await rows('Becas canceladas')).toEqual([['Luis Pérez', '1A', '11/03/2026']]);
    expect(await ui.sidebar.getByText(/^Sin derecho a evaluación por adeudo/).innerText()).toBe('Sin derecho a evaluación por adeudo (Cap. IX, Art. 2 II): 2');
    expect(await ui.sidebar.getByText(/ en total$/).innerText()).toBe('2 de 3 alumnos con adeudo · $6,000.00 en total');
  });
});

describeInChromium('a payment grid in the Alumnos panel', () => {
  const ui = openPanel({ Pagos: PAGOS }, 'Hoja «Pagos»', 1400);

  test('names the mensualidades, the due row and the fecha de corte, offers the debts checked, and writes them as live formulas', async () => {
    await ui.sidebar.getByText('mensualidades: columnas E a F; vencimientos: la fila 2').waitFor();
    await ui.sidebar.getByText('fecha de corte: la celda H1').waitFor();
    for (const label of ['Mensualidades adeudadas', 'Estado de pagos', 'Adeudo', 'Beca vigente']) {
      expect(await eventually(() => ui.sidebar.getByLabel(label, { exact: true }).isChecked(), (v) => v === true)).toBe(true);
    }
    await ui.sidebar.getByRole('button', { name: 'Calcular', exact: true }).click();
    await ui.sidebar.getByText(/^Listo: hoja «Pagos»: fórmulas vivas de .*Mensualidades adeudadas, Estado de pagos, Adeudo, Beca vigente.* para 3 alumnos/).waitFor();
    // The page redraws the grid after the panel's answer: wait for the new columns.
    await ui.page.locator('#tabla').getByText('Mensualidades adeudadas (calculado)', { exact: true }).waitFor();
    // Each row of the page's grid starts with its row number; the sheet's headers are its row 1.
    const rows = (await ui.page.locator('#tabla tbody tr').allInnerTexts()).map((t) => t.split('\t'));
    const header = rows[0];
    const at = (name: string, r: number) => rows[r][header.indexOf(name)];
    // At 15/03: Ana paid both; Luis owes March with his beca, lost on 11/03; Eva owes both in full.
    expect([2, 3, 4].map((r) => [at('Mensualidades adeudadas (calculado)', r), at('Adeudo (calculado)', r), at('Beca vigente (calculado)', r)])).toEqual([
      ['0', '0', 'Sin beca'],
      ['1', '1000', 'Cancelada'],
      ['2', '5000', 'Sin beca'],
    ]);
  });
});
