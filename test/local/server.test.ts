// The `npm start` server: the page, the sidebar with its google.script.run shim, /rpc, and saving every write.
import { copyFileSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { LocalServer, TOKEN_HEADER, pageCallNames, startLocalServer, withShim } from '../../local/server';
import { customFunctionNames } from '../../local/runtime';
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

/** A request as the page sends it, with this start's key unless `headers` replaces it. */
const post = (server: LocalServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, ...headers }, body: JSON.stringify(body) });
const get = (server: LocalServer, path: string) => fetch(`${server.url}${path}`, { headers: { [TOKEN_HEADER]: server.token } });

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
    const state = await (await get(server, '/api/state')).json();
    expect(state.sheets).toEqual([{ name: 'Alumnos', hidden: false }]);
    expect(state.active).toBe('Alumnos');
    expect(state.menu.map((m: { caption: string }) => m.caption)).toContain('Ayuda');
  });

  test('sheet data travels as text: the hostile name comes back as those characters', async () => {
    const view = await (await get(server, '/api/sheet?name=Alumnos')).json();
    expect(view.rows[1][0]).toBe(HOSTILE);
    expect(view.rows[1][2]).toBe('8.5');
  });

  test('/rpc runs a sidebar call through JSON and answers as google.script.run would', async () => {
    expect(await (await post(server, '/rpc', { name: 'leerConfiguracion', args: [] })).json()).toEqual({
      ok: true,
      value: server.runtime.run('leerConfiguracion'),
      events: { alerts: [], dialogs: [], toasts: [] },
      stats: { ms: expect.any(Number), calls: expect.any(Number), roundTrips: expect.any(Number) },
    });
  });

  test.each([
    ['eval, a global of the context', 'eval', ['globalThis.ejecutado = "eval"']],
    ['Function, another global', 'Function', ['globalThis.ejecutado = "Function"']],
    ['the daily trigger handler', 'avisosDiarios', []],
    ['a custom function', 'BECA', ['I', 8.5, 'Sí']],
    ['a menu handler', 'mostrarAyuda', []],
    ['onOpen', 'onOpen', []],
    ['an internal name ending in _', 'calcularLibro_', ['valores', true]],
    ['a name that exists nowhere', 'noExiste', []],
    ['a property of every object', 'constructor', []],
  ])('/rpc refuses %s with 403 and runs nothing', async (_label, name, args) => {
    const calls = { ...server.runtime.calls };
    const response = await post(server, '/rpc', { name, args });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: `La página no puede llamar a «${name}»: solo a las funciones del panel lateral.` });
    expect(server.runtime.context.ejecutado).toBeUndefined();
    expect(server.runtime.calls).toEqual(calls);
  });

  test('the page calls are src/api.ts\'s PAGE_CALLS: every call the sidebar makes, and no menu, trigger or custom function', async () => {
    const names = pageCallNames();
    const sidebarCalls = new Set<string>();
    for (const file of ['alumnos', 'convenios', 'configuracion', 'resumen']) {
      for (const m of readFileSync(join(__dirname, `../../sidebar/panels/${file}.ts`), 'utf8').matchAll(/\bcall\('([A-Za-z]\w*)'/g)) sidebarCalls.add(m[1]);
    }
    expect([...sidebarCalls].filter((n) => !names.has(n))).toEqual([]);
    const menu = server.runtime.ui.menu.map((m) => m.functionName);
    const custom = [...customFunctionNames(readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8'))];
    const outside = [...names].filter((n) => menu.includes(n) || custom.includes(n.toUpperCase()) || n.endsWith('_') || ['onOpen', 'onInstall', 'avisosDiarios'].includes(n));
    expect(outside).toEqual([]);
    expect(names.size).toBeGreaterThanOrEqual(sidebarCalls.size);
  });

  test.each([
    ['no key', undefined],
    ['a wrong key', 'clave-equivocada'],
  ])('/rpc, /api/menu and /api/state with %s are refused with 403', async (_label, key) => {
    const headers = key === undefined ? { [TOKEN_HEADER]: '' } : { [TOKEN_HEADER]: key };
    expect((await post(server, '/rpc', { name: 'leerConfiguracion', args: [] }, headers)).status).toBe(403);
    expect((await post(server, '/api/menu', { name: 'mostrarAyuda' }, headers)).status).toBe(403);
    const state = await fetch(`${server.url}/api/state`, { headers: key === undefined ? {} : { [TOKEN_HEADER]: key } });
    expect(state.status).toBe(403);
    expect(await state.json()).toEqual({ error: 'Falta la clave de esta sesión o no es la de ahora: recargue la página.' });
  });

  test('the page carries this start\'s key, which differs at every start', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain(`<meta name="clave-sesion" content="${server.token}">`);
    expect(server.token).toMatch(/^[\w-]{32}$/);
    const other = await startLocalServer({ workbook: { sheets: { Hoja: [['x']] } }, port: 0, save: false });
    try {
      expect(other.token).not.toBe(server.token);
      expect((await post(other, '/rpc', { name: 'leerConfiguracion', args: [] }, { [TOKEN_HEADER]: server.token })).status).toBe(403);
    } finally {
      await other.close();
    }
  });

  test.each([
    ['the page', '/', 'GET'],
    ['the state', '/api/state', 'GET'],
    ['a call', '/rpc', 'POST'],
    ['a refusal', '/nada', 'GET'],
  ])('%s may not be framed by another page', async (_label, path, method) => {
    const response = method === 'GET' ? await get(server, path) : await post(server, path, { name: 'leerConfiguracion', args: [] });
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test('the sidebar may be framed only by the page itself', async () => {
    const response = await fetch(`${server.url}/sidebar`);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });

  test('/api/menu runs only what onOpen put in the menu', async () => {
    const refused = await post(server, '/api/menu', { name: 'leerConfiguracion' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'La página no puede llamar a «leerConfiguracion»: solo a las opciones de su menú.' });
  });

  test('a dialog opened by a menu item comes back with the shim injected', async () => {
    const reply = await (await post(server, '/api/menu', { name: 'mostrarAyuda', args: [] })).json();
    expect(reply.ok).toBe(true);
    expect(reply.events.dialogs).toHaveLength(1);
    expect(reply.events.dialogs[0].html).toMatch(/withSuccessHandler/);
  });

  test('refuses requests from another origin or without JSON', async () => {
    expect((await post(server, '/rpc', { name: 'leerConfiguracion', args: [] }, { Origin: 'http://malicioso.example' })).status).toBe(403);
    const plain = await fetch(`${server.url}/rpc`, { method: 'POST', headers: { 'Content-Type': 'text/plain', [TOKEN_HEADER]: server.token }, body: '{"name":"leerConfiguracion"}' });
    expect(plain.status).toBe(400);
  });

  describe('answers only to its own names (no DNS rebinding)', () => {
    /** A request with a chosen Host header, which fetch does not let a caller set. */
    const withHost = (host: string, method: string, path: string) =>
      new Promise<number>((resolve, reject) => {
        const { port } = new URL(server.url);
        const body = method === 'POST' ? JSON.stringify({ name: 'leerConfiguracion', args: [] }) : undefined;
        const headers = { Host: host, [TOKEN_HEADER]: server.token, ...(body ? { 'Content-Type': 'application/json' } : {}) };
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
    const reply = await (await post(server, '/rpc', { name: 'crearPlantillas', args: [] })).json();
    expect(reply.ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n !== '_libro_local')).toEqual(server.runtime.book.sheets.map((s) => s.name));
    expect(wb.worksheets.length).toBeGreaterThan(2);
  });

  test('save: a path keeps the original workbook untouched', async () => {
    const original = await workbookFile();
    const copy = join(tempDir('copy-'), 'copia.xlsx');
    copyFileSync(original, copy);
    const other = await startLocalServer({ workbook: original, port: 0, save: copy });
    try {
      expect((await post(other, '/rpc', { name: 'crearPlantillas', args: [] })).status).toBe(200);
    } finally {
      await other.close();
    }
    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(original);
    await b.xlsx.readFile(copy);
    expect(a.worksheets.map((w) => w.name)).toEqual(['Alumnos']);
    expect(b.worksheets.length).toBeGreaterThan(1);
  });
});
