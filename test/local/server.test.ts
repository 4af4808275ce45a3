// The `npm start` server: the page, the sidebar with its google.script.run shim, /rpc, and saving every write.
import { copyFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { LocalServer, startLocalServer, withShim } from '../../local/server';
import { tempDir } from './factories';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function workbookFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Alumnos');
  ws.addRows([
    ['Nombre', 'Plan', 'Promedio', 'Criterio'],
    [HOSTILE, 'I', 8.5, 'Sí'],
    ['Luis', 'II', 9.7, 'no'],
  ]);
  const path = join(tempDir('server-'), 'libro.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

const post = (server: LocalServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('local server', () => {
  let server: LocalServer;
  let path: string;
  beforeAll(async () => {
    path = await workbookFile();
    server = await startLocalServer({ workbook: path, port: 0, runtime: { outbox: join(tempDir('outbox-'), 'correo') } });
  });
  afterAll(() => server.close());

  test('serves the Spanish page with its grid, menu and sidebar frame and no external host', async () => {
    const response = await fetch(`${server.url}/`);
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('id="rejilla"');
    expect(html).toContain('src="/sidebar"');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  test('the sidebar frame gets the google.script.run shim before its own code', async () => {
    const html = await (await fetch(`${server.url}/sidebar`)).text();
    expect(html.indexOf('google')).toBeGreaterThan(-1);
    expect(html).toMatch(/withSuccessHandler/);
    expect(withShim('<html><head><title>x</title></head></html>')).toMatch(/^<html><head><script>[\s\S]*<\/script><title>x<\/title>/);
  });

  test('state lists the sheets and the menu onOpen built', async () => {
    const state = await (await fetch(`${server.url}/api/state`)).json();
    expect(state.sheets).toEqual([{ name: 'Alumnos', hidden: false }]);
    expect(state.active).toBe('Alumnos');
    expect(state.menu.map((m: { caption: string }) => m.caption)).toContain('Ayuda');
  });

  test('sheet data travels as text: the hostile name comes back as those characters', async () => {
    const view = await (await fetch(`${server.url}/api/sheet?name=Alumnos`)).json();
    expect(view.rows[1][0]).toBe(HOSTILE);
    expect(view.rows[1][2]).toBe('8.5');
  });

  test('/rpc runs a function through JSON and answers values and errors as google.script.run would', async () => {
    expect(await (await post(server, '/rpc', { name: 'BECA', args: ['I', 8.5, 'Sí'] })).json()).toEqual({
      ok: true,
      value: server.runtime.context.BECA('I', 8.5, 'Sí'),
      events: { alerts: [], dialogs: [], toasts: [] },
      stats: { ms: expect.any(Number), calls: expect.any(Number) },
    });
    const missing = await (await post(server, '/rpc', { name: 'interno_', args: [] })).json();
    expect(missing).toMatchObject({ ok: false, error: 'Script function not found: interno_' });
  });

  test('a dialog opened by the bundle comes back with the shim injected', async () => {
    const reply = await (await post(server, '/rpc', { name: 'mostrarAyuda', args: [] })).json();
    expect(reply.ok).toBe(true);
    expect(reply.events.dialogs).toHaveLength(1);
    expect(reply.events.dialogs[0].html).toMatch(/withSuccessHandler/);
  });

  test('refuses requests from another origin or without JSON', async () => {
    expect((await post(server, '/rpc', { name: 'BECA', args: [] }, { Origin: 'http://malicioso.example' })).status).toBe(403);
    const plain = await fetch(`${server.url}/rpc`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"BECA"}' });
    expect(plain.status).toBe(400);
  });

  describe('answers only to its own names (no DNS rebinding)', () => {
    /** A request with a chosen Host header, which fetch does not let a caller set. */
    const withHost = (host: string, method: string, path: string) =>
      new Promise<number>((resolve, reject) => {
        const { port } = new URL(server.url);
        const body = method === 'POST' ? JSON.stringify({ name: 'BECA', args: ['I', 8.5, 'Sí'] }) : undefined;
        const headers = { Host: host, ...(body ? { 'Content-Type': 'application/json' } : {}) };
        const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
    const port = () => new URL(server.url).port;

    test.each([
      ['the page', 'GET', '/'],
      ['the sidebar', 'GET', '/sidebar'],
      ['the state', 'GET', '/api/state'],
      ['a sheet', 'GET', '/api/sheet?name=Alumnos'],
      ['a call', 'POST', '/rpc'],
      ['an unknown path', 'GET', '/nada'],
    ])('%s under a foreign host name is refused with 403', async (_label, method, path) => {
      expect(await withHost(`malicioso.example:${port()}`, method, path)).toBe(403);
    });

    test.each([['127.0.0.1'], ['localhost'], ['LOCALHOST'], ['[::1]']])('%s with the server port is served', async (name) => {
      expect(await withHost(`${name}:${port()}`, 'GET', '/api/state')).toBe(200);
    });

    test.each([['127.0.0.1.nip.io:PORT'], ['localhost'], ['localhost:1']])('host «%s» (another name, a wrong or missing port) is refused', async (host) => {
      expect(await withHost(host.replace('PORT', port()), 'GET', '/api/state')).toBe(403);
    });
  });

  test('a call that writes is saved to the workbook file', async () => {
    const sheet = server.runtime.spreadsheet.getSheetByName('Alumnos');
    server.runtime.context.escribirPrueba = () => void sheet.getRange('E1').setValue('Guardado');
    const reply = await (await post(server, '/rpc', { name: 'escribirPrueba', args: [] })).json();
    expect(reply.ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet('Alumnos')!.getCell('E1').value).toBe('Guardado');
  });

  test('save: a path keeps the original workbook untouched', async () => {
    const original = await workbookFile();
    const copy = join(tempDir('copy-'), 'copia.xlsx');
    copyFileSync(original, copy);
    const other = await startLocalServer({ workbook: original, port: 0, save: copy });
    try {
      other.runtime.context.escribirPrueba = () => void other.runtime.spreadsheet.getSheetByName('Alumnos').getRange('E1').setValue('Copia');
      await post(other, '/rpc', { name: 'escribirPrueba', args: [] });
    } finally {
      await other.close();
    }
    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(original);
    await b.xlsx.readFile(copy);
    expect(a.getWorksheet('Alumnos')!.getCell('E1').value).toBeNull();
    expect(b.getWorksheet('Alumnos')!.getCell('E1').value).toBe('Copia');
  });
});
