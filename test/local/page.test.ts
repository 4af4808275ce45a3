// The npm start page in Chromium: the grid shows text, menu items run, and the google.script.run shim
// carries successes, failures and user objects between a sidebar frame and the runtime.
import type { Browser, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { describeInChromium, eventually, launchChromium } from '../browser/chromium';

const HOSTILE = '<img src=x onerror=alert(1)>';

/**
 * A sidebar that calls the server several ways and writes each answer into the page as text: a
 * sidebar call, names the page may not reach (as a hostile script in the frame would), a Date.
 */
const PROBE_SIDEBAR = `<!doctype html><html><head><title>sonda</title></head><body><ul id="out"></ul>
<button id="cerrar" onclick="google.script.host.close()">Cerrar</button>
<script>
function line(t) { var li = document.createElement('li'); li.textContent = t; document.getElementById('out').appendChild(li); }
google.script.run.withSuccessHandler(function (v, u) { line('ok ' + v.ok + ' ' + u); }).withUserObject('fila 2').leerConfiguracion();
google.script.run.withFailureHandler(function (e) { line('falla ' + e.message); }).noExiste();
google.script.run.withFailureHandler(function (e) { line('eval ' + e.message); }).eval('globalThis.ejecutado = 1');
google.script.run.withFailureHandler(function (e) { line('fecha ' + e.message); }).leerResumen(new Date());
google.script.run.withSuccessHandler(function () { line('escrito'); }).guardarMapeo();
</script></body></html>`;

describeInChromium('local page in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;
  const external: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startLocalServer({
      workbook: { sheets: { Alumnos: [['Nombre', 'Plan', 'Promedio', 'Criterio'], [HOSTILE, 'I', 8.5, 'Sí'], ['Luis', 'II', 9.7, 'no']] } },
      port: 0,
      save: false,
    });
    const { context } = server.runtime;
    context.abrirSonda = () => context.SpreadsheetApp.getUi().showSidebar(context.HtmlService.createHtmlOutput(PROBE_SIDEBAR).setTitle('Sonda'));
    server.runtime.ui.menu.push({ caption: 'Abrir sonda', functionName: 'abrirSonda' }, { caption: 'Crear hoja', functionName: 'crearHoja' });
    context.crearHoja = () => {
      const sheet = context.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Tablero');
      sheet.getRange('A1:B2').setValues([['Plan', 'Alumnos'], ['I', 1]]);
      sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B2')).setPosition(1, 4, 0, 0).setOption('title', 'Becas por plan').build());
    };
    // A sidebar call replaced by one that writes a known cell, to see the grid follow.
    context.guardarMapeo = () => void context.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Alumnos').getRange('E1').setValue('Escrito por la sonda');
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(data|about|blob):/.test(r.url())) external.push(r.url());
    });
    await page.goto(server.url);
    await page.locator('#tabla tbody tr').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the grid shows a hostile name as those characters, never as HTML', async () => {
    expect(await eventually(() => page.locator('#tabla tbody tr').nth(1).locator('td').first().textContent(), (v) => v === HOSTILE)).toBe(HOSTILE);
    expect(await page.locator('#tabla img').count()).toBe(0);
  });

  test('the menu built by onOpen runs its item and the dialog appears in the page', async () => {
    await page.getByRole('button', { name: 'Ayuda' }).click();
    await page.locator('#dialogo[open]').waitFor();
    expect(await page.locator('#dialogo-titulo').textContent()).toMatch(/Ayuda/);
    await page.locator('#dialogo-cabecera button').click();
  });

  test('a sidebar shown by the bundle: google.script.run success with user object, failures as Errors, Dates refused, grid refreshed', async () => {
    await page.getByRole('button', { name: 'Abrir sonda' }).click();
    await page.locator('#panel-nombre', { hasText: 'Sonda' }).waitFor();
    const probe = page.frameLocator('#barra');
    await probe.getByText('escrito').waitFor();
    const lines = await probe.locator('#out li').allTextContents();
    expect(lines).toEqual(
      expect.arrayContaining([
        'ok true fila 2',
        'falla El servidor local respondió 403: La página no puede llamar a «noExiste»: solo a las funciones del panel lateral.',
        'eval El servidor local respondió 403: La página no puede llamar a «eval»: solo a las funciones del panel lateral.',
        'fecha No se puede enviar una fecha (Date) por google.script.run.',
        'escrito',
      ]),
    );
    expect(server.runtime.context.ejecutado).toBeUndefined();
    await page.locator('#tabla thead th', { hasText: /^E$/ }).waitFor();
    expect(await page.locator('#tabla').innerText()).toContain('Escrito por la sonda');
  });

  test('google.script.host.close hides the panel', async () => {
    await page.frameLocator('#barra').locator('#cerrar').click();
    await page.locator('#panel[hidden]').waitFor({ state: 'attached' });
  });

  test('when the bundle activates a new sheet the page shows it, with its charts named', async () => {
    await page.getByRole('button', { name: 'Crear hoja' }).click();
    await page.getByRole('tab', { name: 'Tablero', selected: true }).waitFor();
    expect(await eventually(() => page.locator('#tabla tbody').innerText(), (v) => v.includes('Plan'))).toContain('Plan');
    expect(await eventually(() => page.locator('#graficos').textContent(), (v) => Boolean(v?.includes('«Becas por plan» (circular, en D1)')))).toContain('«Becas por plan» (circular, en D1)');
  });

  test('no request left for another host', () => {
    expect(external).toEqual([]);
  });
});
