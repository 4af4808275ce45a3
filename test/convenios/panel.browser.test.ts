// The Convenios panel in Chromium against the local runtime: overdue list, preview, send now with confirmation, reminders on.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { LocalServer, startLocalServer } from '../../local/server';
import { dayOfDate, isoDay } from '../../src/core/dates';
import { describeInChromium, eventually, launchChromium, BROWSER_HOOK_MS } from '../browser/chromium';
import { TZ, sheet } from './factories';

const HOSTILE = '<img src=x onerror=alert(1)>';
const today = dayOfDate(new Date(), TZ);
const on = (d: number) => isoDay(today + d);

describeInChromium('Convenios panel in Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;
  let panel: FrameLocator;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startLocalServer({
      workbook: {
        sheets: {
          Compromisos: sheet([
            { compromiso: HOSTILE, correo: 'ana@ugel.pe', responsable: 'Ana', fecha: on(-9) },
            { correo: 'luis@ugel.pe', responsable: 'Luis', fecha: on(7) },
            { correo: 'luis@ugel.pe', responsable: 'Luis', fecha: on(90) },
            { correo: 'pedro(arroba)ugel', responsable: 'Pedro', fecha: on(1) },
          ]),
        },
      },
      port: 0,
      save: false,
      runtime: { outbox: join(mkdtempSync(join(tmpdir(), 'panel-')), 'correo') },
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    panel = page.frameLocator('#barra');
    await panel.getByRole('tab', { name: 'Convenios' }).click();
    await panel.getByText('Vencidos (1)').waitFor();
  }, BROWSER_HOOK_MS);
  afterAll(async () => {
    await page?.close();
    await server?.close();
    await browser?.close();
  });

  test('lists what is overdue and next, with sheet text shown as text, under the configured ladder', async () => {
    expect(await eventually(() => panel.getByText('Próximos (2)').count(), (v) => v === 1)).toBe(1);
    await panel.getByText('Avisos por correo a cada responsable: 30, 15, 7 y 1 días antes de la fecha límite, el mismo día y cada semana mientras esté vencido.').waitFor();
    expect(await eventually(() => panel.locator('#panel-convenios').innerText(), (v) => v.includes(HOSTILE))).toContain(HOSTILE);
    expect(await eventually(() => panel.locator('#panel-convenios img').count(), (v) => v === 0)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('previews, then sends now only after confirming, and shows the last run', async () => {
    await panel.getByRole('button', { name: 'Vista previa' }).click();
    await panel.getByText('ana@ugel.pe: 1 aviso(s)').waitFor();
    await panel.getByText('luis@ugel.pe: 1 aviso(s)').waitFor();
    await panel.getByRole('button', { name: 'Enviar ahora' }).click();
    expect(server.runtime.mail).toHaveLength(0);
    await panel.getByRole('button', { name: 'Sí, enviar' }).click();
    await panel.getByText('2 correo(s) enviado(s), 1 con correo no válido: vea el detalle abajo.').waitFor();
    await panel.getByText(/2 correo\(s\) enviado\(s\) con 2 aviso\(s\)/).waitFor();
    await panel.getByText(/^Última ejecución: \d\d\/\d\d\/\d{4} \d\d:\d\d, manual/).waitFor();
    expect(server.runtime.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe']);
  });

  test('an email left «Sin confirmar» by a stopped run is not resent and the last run asks for it to be checked', async () => {
    const log = server.runtime.spreadsheet.getSheetByName('Bitácora de avisos');
    const rows = log.getDataRange().getValues();
    const ana = rows.findIndex((r: unknown[]) => r[1] === 'ana@ugel.pe' && r[5] === 'Enviado');
    log.getRange(ana + 1, 6).setValue('Sin confirmar');
    await panel.getByRole('button', { name: 'Enviar ahora' }).click();
    await panel.getByRole('button', { name: 'Sí, enviar' }).click();
    await panel.getByText('0 correo(s) enviado(s), 1 sin confirmar de antes: vea el detalle abajo.').waitFor();
    await panel.getByText(/^1 correo\(s\) «Sin confirmar» en la Bitácora: una ejecución se detuvo mientras salían/).waitFor();
    expect(server.runtime.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe']);
  });

  test('turns the daily reminders on at the chosen hour, once, and says the hour it runs within', async () => {
    await panel.getByLabel('Hora del envío').selectOption('18');
    await panel.getByRole('button', { name: 'Activar avisos' }).click();
    await panel.getByText('Activados por secretaria@escuela.local (usted), cada día entre las 18:00 y las 19:00.').waitFor();
    await panel.getByRole('button', { name: 'Activar avisos' }).click();
    await panel.getByText('Listo: los avisos salen cada día entre las 18:00 y las 19:00.').waitFor();
    expect(server.runtime.triggers.map((t) => [t.handler, t.hour])).toEqual([['avisosDiarios', 18]]);
    await panel.getByLabel('Hora del envío').selectOption('23');
    await panel.getByRole('button', { name: 'Activar avisos' }).click();
    await panel.getByText('Activados por secretaria@escuela.local (usted), cada día entre las 23:00 y las 0:00.').waitFor();
    expect(server.runtime.triggers.map((t) => [t.handler, t.hour])).toEqual([['avisosDiarios', 23]]);
  });

  test('reminders another account turned on: says who and when, and takes control only after confirming', async () => {
    server.runtime.properties.document['convenios.avisos'] = JSON.stringify({ owner: 'ana@ugel.pe', hour: 7, triggerId: 'de-otra-cuenta' });
    await panel.getByRole('button', { name: 'Actualizar' }).click();
    await panel.getByText('Activados por ana@ugel.pe, cada día entre las 7:00 y las 8:00.').waitFor();
    await panel.getByLabel('Hora del envío').selectOption('9');
    await panel.getByRole('button', { name: 'Activar avisos' }).click();
    await panel.getByText(/^los avisos diarios ya están activados por ana@ugel.pe, cada día entre las 7:00 y las 8:00; solo esa cuenta puede/).waitFor();
    await panel.getByRole('button', { name: 'Tomar el control' }).click();
    await panel.getByText(/^Los avisos diarios saldrán desde su cuenta cada día entre las 9:00 y las 10:00\./).waitFor();
    await panel.getByRole('button', { name: 'Sí, tomar el control' }).click();
    await panel.getByText('Activados por secretaria@escuela.local (usted), cada día entre las 9:00 y las 10:00.').waitFor();
    expect(await eventually(() => panel.getByRole('button', { name: 'Tomar el control' }).isVisible(), (v) => v === false)).toBe(false);
    expect(server.runtime.triggers.map((t) => [t.handler, t.hour])).toEqual([['avisosDiarios', 9]]);
  });
});
