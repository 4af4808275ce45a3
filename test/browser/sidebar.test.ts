// The real sidebar in Chromium, against the local runtime: map columns, compute, read the grid, hostile names, keyboard, errors.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { describeInChromium, eventually, launchChromium, BROWSER_HOOK_MS } from './chromium';

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
  }, BROWSER_HOOK_MS);
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
  }, BROWSER_HOOK_MS);
  afterEach(async () => {
    await page?.close();
    await server?.close();
  });

  const gridText = () => page.locator('#tabla').innerText();

  test('shows a hostile student name as text, and no dialog fires', async () => {
    expect(await eventually(() => sidebar.locator('.names').textContent(), (v) => Boolean(v?.includes(HOSTILE)))).toContain(HOSTILE);
    expect(await eventually(() => sidebar.locator('img').count(), (v) => v === 0)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('maps the columns, computes with the keyboard only, and the grid shows the results', async () => {
    const criterio = sidebar.getByLabel('Criterio de beca', { exact: true });
    expect(await eventually(() => criterio.inputValue(), (v) => v === '3')).toBe('3');
    // What the reading assumed is said before anything is computed.
    const notes = sidebar.getByRole('list', { name: 'Lo que se leyó de la hoja' });
    expect(await notes.textContent()).toContain('sin columna de adeudos anteriores: se toman como 0');
    await sidebar.getByLabel('Valores (copia fija de fin de periodo)').focus();
    await page.keyboard.press('Space');
    await sidebar.getByLabel('Motivo de beca').focus();
    await page.keyboard.press('Space');
    await sidebar.getByRole('button', { name: 'Calcular', exact: true }).focus();
    await page.keyboard.press('Enter');
    // Column J holds a note the add-on did not write: it asks first, with the focus on the answer.
    await sidebar.getByText('la columna J tiene 1 celda').waitFor();
    expect(await eventually(() => sidebar.getByRole('button', { name: 'Sí, reemplazar' }).evaluate((b) => b === document.activeElement), (v) => v === true)).toBe(true);
    // While the question is open the form cannot change what is being confirmed.
    expect(await eventually(() => sidebar.getByRole('button', { name: 'Calcular', exact: true }).isDisabled(), (v) => v === true)).toBe(true);
    expect(await eventually(() => sidebar.getByLabel('Motivo de beca').isDisabled(), (v) => v === true)).toBe(true);
    expect(await eventually(() => sidebar.getByLabel('Criterio de beca', { exact: true }).isDisabled(), (v) => v === true)).toBe(true);
    await sidebar.getByRole('button', { name: 'Cancelar' }).focus();
    await page.keyboard.press('Enter');
    await sidebar.getByText('No se cambió nada.').waitFor();
    expect(await eventually(() => sidebar.getByRole('button', { name: 'Calcular', exact: true }).isEnabled(), (v) => v === true)).toBe(true);
    expect(await eventually(() => sidebar.getByRole('alertdialog').count(), (v) => v === 0)).toBe(0);
    expect(await gridText()).not.toContain('(calculado)');

    await sidebar.getByRole('button', { name: 'Calcular', exact: true }).click();
    expect(await eventually(() => sidebar.getByRole('alertdialog').count(), (v) => v === 1)).toBe(1);
    await sidebar.getByRole('button', { name: 'Sí, reemplazar' }).press('Enter');
    await sidebar.getByText(/^Listo: hoja «Alumnos»: valores de Beca %, Renovación de beca, Asistencia %, Derecho a examen, Materias reprobadas, Estatus de promoción para 3 alumnos/).waitFor();
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
    expect(await eventually(() => sidebar.getByRole('alertdialog').count(), (v) => v === 1)).toBe(1);
    expect(await gridText()).not.toContain('(calculado)');
    await sidebar.getByRole('button', { name: 'Sí, reemplazar' }).click();
    await sidebar.getByText(/^Listo: /).waitFor();
    expect(await eventually(() => sidebar.getByRole('alertdialog').count(), (v) => v === 0)).toBe(0);
  });

  test('moves between panels with the arrow keys and disables buttons while a call runs', async () => {
    await sidebar.getByRole('tab', { name: 'Alumnos' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await eventually(() => sidebar.getByRole('tab', { name: 'Resumen' }).getAttribute('aria-selected'), (v) => v === 'true')).toBe('true');
    await sidebar.getByText('Resumen de la hoja «Alumnos».').waitFor();
    expect(await eventually(() => sidebar.getByRole('table', { name: 'Estatus de promoción' }).innerText(), (v) => v.includes('Promovido con adeudo'))).toContain('Promovido con adeudo');
    const button = sidebar.getByRole('button', { name: 'Crear tablero' });
    const disabledDuringCall = button.evaluate(
      (b: HTMLButtonElement) =>
        new Promise<boolean>((resolve) => {
          b.click();
          resolve(b.disabled);
        }),
    );
    expect(await eventually(() => disabledDuringCall, (v) => v === true)).toBe(true);
    await sidebar.getByText(/^Listo: hoja «Tablero» actualizada/).waitFor();
    expect(await eventually(() => button.isEnabled(), (v) => v === true)).toBe(true);
    expect(await eventually(() => page.locator('#pestanas').innerText(), (v) => v.includes('Tablero'))).toContain('Tablero');
  });

  test('the menu item Configuración opens the sidebar on its panel', async () => {
    await page.locator('#menu').getByRole('button', { name: 'Configuración' }).click();
    expect(await eventually(() => sidebar.getByRole('tab', { name: 'Configuración' }).getAttribute('aria-selected'), (v) => v === 'true')).toBe('true');
    expect(await eventually(() => sidebar.getByLabel('asistencia_minima').inputValue(), (v) => v === '80 %')).toBe('80 %');
  });

  test('Restablecer asks naming its real button, and disarms on another action or after a few seconds', async () => {
    await page.clock.install();
    await sidebar.getByRole('tab', { name: 'Configuración' }).click();
    const reset = sidebar.getByRole('button', { name: 'Restablecer valores del reglamento' });
    const alert = sidebar.getByRole('alert');
    await reset.click();
    expect(await eventually(() => alert.innerText(), (v) => v.includes('Pulse «Restablecer valores del reglamento» otra vez'))).toContain('Pulse «Restablecer valores del reglamento» otra vez');
    await sidebar.getByLabel('asistencia_minima').fill('85 %');
    expect(await eventually(() => alert.count(), (v) => v === 0)).toBe(0);
    await reset.click();
    await alert.waitFor();
    await page.clock.fastForward(10000);
    expect(await eventually(() => alert.count(), (v) => v === 0)).toBe(0);
    await reset.click();
    expect(await eventually(() => alert.innerText(), (v) => v.includes('otra vez'))).toContain('otra vez');
    expect(server.runtime.spreadsheet.getSheetByName('Configuración')).toBeNull();
  });

  test('shows an error in plain words and marks the wrong field', async () => {
    await sidebar.getByRole('tab', { name: 'Configuración' }).click();
    const field = sidebar.getByLabel('asistencia_minima');
    await field.fill('ochenta');
    await sidebar.getByRole('button', { name: 'Guardar' }).click();
    const alert = sidebar.getByRole('alert');
    expect(await eventually(() => alert.innerText(), (v) => /^No se guardó nada: hay un valor incorrecto\. Configuración, fila \d+ \(asistencia_minima\): el valor «ochenta» no sirve/.test(v))).toMatch(/^No se guardó nada: hay un valor incorrecto\. Configuración, fila \d+ \(asistencia_minima\): el valor «ochenta» no sirve/);
    expect(await eventually(() => sidebar.getByLabel('asistencia_minima').getAttribute('aria-invalid'), (v) => v === 'true')).toBe('true');
    expect(await eventually(() => sidebar.getByLabel('asistencia_minima').evaluate((i) => i === document.activeElement), (v) => v === true)).toBe(true);
    expect(server.runtime.spreadsheet.getSheetByName('Configuración')).toBeNull();
  });
});
