// The real sidebar in Chromium, against the local runtime: map columns, compute, read the grid, hostile names, keyboard, errors.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { describeInChromium, launchChromium } from './chromium';

const ROOT = join(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const DOCS_SCREENSHOT = join(ROOT, 'docs/panel.png');
const HOSTILE = '<img src=x onerror=alert(1)>';

const SHEET = [
  // The last column has no header: a note the office keeps beside the table.
  ['Alumno', 'Plan de beca', 'Prom. gral.', 'Criterio', 'Asist.', 'Sesiones', 'Faltas just.', 'Química', 'Física', ''],
  [HOSTILE, 'I', '8,5', 'sí', 40, 50, 2, 9, 8, ''],
  ['Luis Pérez', 'III', '', 2, 30, 50, 0, 'NP', 5, ''],
  ['Eva Ruiz', 'IV', '', 'mismo sistema', 49, 50, 0, 10, 9, 'beca renovada en enero'],
];

describeInChromium('sidebar in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;
  let sidebar: FrameLocator;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    server = await startLocalServer({ workbook: { sheets: { Alumnos: SHEET } }, port: 0, save: false });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    sidebar = page.frameLocator('#barra');
    await sidebar.getByText('Hoja «Alumnos»', { exact: true }).waitFor();
  });
  afterEach(async () => {
    await page?.close();
    await server?.close();
  });

  const gridText = () => page.locator('#tabla').innerText();

  test('shows a hostile student name as text, and no dialog fires', async () => {
    await expect(sidebar.locator('.names').textContent()).resolves.toContain(HOSTILE);
    await expect(sidebar.locator('img').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('maps the columns, computes with the keyboard only, and the grid shows the results', async () => {
    const criterio = sidebar.getByLabel('Criterio de beca', { exact: true });
    await expect(criterio.inputValue()).resolves.toBe('3');
    await sidebar.getByLabel('Valores (copia fija de fin de periodo)').focus();
    await page.keyboard.press('Space');
    await sidebar.getByLabel('Motivo de beca').focus();
    await page.keyboard.press('Space');
    await sidebar.getByRole('button', { name: 'Calcular', exact: true }).focus();
    await page.keyboard.press('Enter');
    // Column J holds a note the add-on did not write: it asks first, with the focus on the answer.
    await sidebar.getByText('la columna J tiene 1 celda').waitFor();
    await expect(sidebar.getByRole('button', { name: 'Sí, reemplazar' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    // While the question is open the form cannot change what is being confirmed.
    await expect(sidebar.getByRole('button', { name: 'Calcular', exact: true }).isDisabled()).resolves.toBe(true);
    await expect(sidebar.getByLabel('Motivo de beca').isDisabled()).resolves.toBe(true);
    await expect(sidebar.getByLabel('Criterio de beca', { exact: true }).isDisabled()).resolves.toBe(true);
    await sidebar.getByRole('button', { name: 'Cancelar' }).focus();
    await page.keyboard.press('Enter');
    await sidebar.getByText('No se cambió nada.').waitFor();
    await expect(sidebar.getByRole('button', { name: 'Calcular', exact: true }).isEnabled()).resolves.toBe(true);
    await expect(sidebar.getByRole('alertdialog').count()).resolves.toBe(0);
    expect(await gridText()).not.toContain('(calculado)');

    await sidebar.getByRole('button', { name: 'Calcular', exact: true }).click();
    await expect(sidebar.getByRole('alertdialog').count()).resolves.toBe(1);
    await sidebar.getByRole('button', { name: 'Sí, reemplazar' }).press('Enter');
    await sidebar.getByText(/^Listo: hoja «Alumnos»: valores de Beca %, Renovación de beca, Derecho a examen, Estatus de promoción para 3 alumnos/).waitFor();
    const grid = await gridText();
    expect(grid).toContain('Beca % (calculado)');
    expect(grid).toContain('Promovido con adeudo');
    expect(grid).toContain('Sin derecho');
    expect(grid).not.toContain('Motivo de beca (calculado)');
    expect(grid).toContain(HOSTILE);
    expect(grid).not.toContain('beca renovada en enero');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'pagina-local.png') });
    const panel = page.locator('#panel');
    await panel.screenshot({ path: join(ARTIFACTS, 'panel.png') });
    if (!existsSync(DOCS_SCREENSHOT) || process.env.UPDATE_SCREENSHOT === '1') await panel.screenshot({ path: DOCS_SCREENSHOT });
    expect(dialogs).toEqual([]);
  });

  test('a confirmation that no longer matches the sheet asks again, in one box', async () => {
    await sidebar.getByRole('button', { name: 'Calcular', exact: true }).click();
    await sidebar.getByText('la columna J tiene 1 celda').waitFor();
    // Someone types beside the note while the question is open.
    server.runtime.spreadsheet.getSheetByName('Alumnos').getRange('J3').setValue('otra nota');
    await sidebar.getByRole('button', { name: 'Sí, reemplazar' }).click();
    await sidebar.getByText('la columna J tiene 2 celdas').waitFor();
    await expect(sidebar.getByRole('alertdialog').count()).resolves.toBe(1);
    expect(await gridText()).not.toContain('(calculado)');
    await sidebar.getByRole('button', { name: 'Sí, reemplazar' }).click();
    await sidebar.getByText(/^Listo: /).waitFor();
    await expect(sidebar.getByRole('alertdialog').count()).resolves.toBe(0);
  });

  test('moves between panels with the arrow keys and disables buttons while a call runs', async () => {
    await sidebar.getByRole('tab', { name: 'Alumnos' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(sidebar.getByRole('tab', { name: 'Resumen' }).getAttribute('aria-selected')).resolves.toBe('true');
    await sidebar.getByText('Resumen de la hoja «Alumnos».').waitFor();
    await expect(sidebar.getByRole('table', { name: 'Estatus de promoción' }).innerText()).resolves.toContain('Promovido con adeudo');
    const button = sidebar.getByRole('button', { name: 'Crear tablero' });
    const disabledDuringCall = button.evaluate(
      (b: HTMLButtonElement) =>
        new Promise<boolean>((resolve) => {
          b.click();
          resolve(b.disabled);
        }),
    );
    await expect(disabledDuringCall).resolves.toBe(true);
    await sidebar.getByText(/^Listo: hoja «Tablero» actualizada/).waitFor();
    await expect(button.isEnabled()).resolves.toBe(true);
    expect(await page.locator('#pestanas').innerText()).toContain('Tablero');
  });

  test('the menu item Configuración opens the sidebar on its panel', async () => {
    await page.locator('#menu').getByRole('button', { name: 'Configuración' }).click();
    await expect(sidebar.getByRole('tab', { name: 'Configuración' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(sidebar.getByLabel('asistencia_minima').inputValue()).resolves.toBe('80 %');
  });

  test('Restablecer asks naming its real button, and disarms on another action or after a few seconds', async () => {
    await page.clock.install();
    await sidebar.getByRole('tab', { name: 'Configuración' }).click();
    const reset = sidebar.getByRole('button', { name: 'Restablecer valores del reglamento' });
    const alert = sidebar.getByRole('alert');
    await reset.click();
    await expect(alert.innerText()).resolves.toContain('Pulse «Restablecer valores del reglamento» otra vez');
    await sidebar.getByLabel('asistencia_minima').fill('85 %');
    await expect(alert.count()).resolves.toBe(0);
    await reset.click();
    await alert.waitFor();
    await page.clock.fastForward(10000);
    await expect(alert.count()).resolves.toBe(0);
    await reset.click();
    await expect(alert.innerText()).resolves.toContain('otra vez');
    expect(server.runtime.spreadsheet.getSheetByName('Configuración')).toBeNull();
  });

  test('shows an error in plain words and marks the wrong field', async () => {
    await sidebar.getByRole('tab', { name: 'Configuración' }).click();
    const field = sidebar.getByLabel('asistencia_minima');
    await field.fill('ochenta');
    await sidebar.getByRole('button', { name: 'Guardar' }).click();
    const alert = sidebar.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/^No se guardó nada: hay un valor incorrecto\. Configuración, fila \d+ \(asistencia_minima\): el valor «ochenta» no sirve/);
    await expect(sidebar.getByLabel('asistencia_minima').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(sidebar.getByLabel('asistencia_minima').evaluate((i) => i === document.activeElement)).resolves.toBe(true);
    expect(server.runtime.spreadsheet.getSheetByName('Configuración')).toBeNull();
  });
});
