// `npm start` and another program on one workbook: the page rereads a file saved by someone else before it acts, and never saves a stale copy.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from '../../local/demo';
import { lockPathOf, lockWorkbook } from '../../local/lock';
import { openRuntime } from '../../local/runtime';
import { LocalServer, TOKEN_HEADER, startLocalServer } from '../../local/server';
import { LOG_SHEET, OUTCOMES } from '../../src/core/convenios/log';
import { tempDir } from './factories';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const DAY = '2026-11-21';

const call = async (server: LocalServer, name: string, args: unknown[] = []) =>
  (await fetch(`${server.url}/rpc`, { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token }, body: JSON.stringify({ name, args }) })).json();

const sentRows = async (book: string) => (await openRuntime(book)).sheetValues(LOG_SHEET).filter((row) => row.includes(OUTCOMES.sent)).length;
const emails = (outbox: string) => (existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []);

describe('npm start beside a CLI on the same workbook', () => {
  let dir: string;
  let book: string;
  let server: LocalServer;
  const pageOutbox = () => join(dir, 'correo-pagina');
  beforeEach(async () => {
    dir = tempDir('server-disk-');
    book = join(dir, 'demo.xlsx');
    await generateDemo(book, { today: DAY });
    server = await startLocalServer({ workbook: book, port: 0, runtime: { outbox: pageOutbox() }, lockWaitMs: 300 });
  });
  afterEach(() => server.close());

  test('«Enviar ahora» after `avisos --enviar` reads the Bitácora from disk and sends nothing again; the CLI\'s Bitácora stays', async () => {
    const cli = spawnSync(TSX, [join(ROOT, 'local/avisos.ts'), book, '--hoy', DAY, '--salida', join(dir, 'correo'), '--enviar'], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const logged = await sentRows(book);
    expect(logged).toBe(9);

    const reply = await call(server, 'enviarAvisosAhora', [DAY]);
    expect(emails(pageOutbox())).toEqual([]);
    expect(reply.value.data.lastRun.summary).toMatchObject({ sent: 0 });
    expect(await sentRows(book)).toBe(logged);
    expect(reply.reloaded).toBe('Otro programa guardó «demo.xlsx»: se volvió a leer del disco.');
  }, 90000);

  test('a page action after another program saved keeps that program\'s change and adds its own', async () => {
    const other = await openRuntime(book);
    other.spreadsheet.getSheets()[0].getRange('Z1').setValue('escrito por otro programa');
    await other.save();

    const reply = await call(server, 'crearPlantillas');
    expect(reply.ok).toBe(true);
    const after = await openRuntime(book);
    expect(after.spreadsheet.getSheets()[0].getRange('Z1').getValue()).toBe('escrito por otro programa');
    expect(after.book.sheets.map((s) => s.name)).toEqual(server.runtime.book.sheets.map((s) => s.name));
    expect(server.runtime.spreadsheet.getSheets()[0].getRange('Z1').getValue()).toBe('escrito por otro programa');
  }, 60000);

  test('the state the page reads follows the file too, with a notice', async () => {
    const other = await openRuntime(book);
    other.spreadsheet.insertSheet('Nueva de otro');
    await other.save();
    const state = await (await fetch(`${server.url}/api/state`, { headers: { [TOKEN_HEADER]: server.token } })).json();
    expect(state.sheets.map((s: { name: string }) => s.name)).toContain('Nueva de otro');
    expect(state.reloaded).toBe('Otro programa guardó «demo.xlsx»: se volvió a leer del disco.');
  }, 60000);

  test('while a CLI holds the workbook, a page action waits, then answers who holds it and runs nothing', async () => {
    const lock = await lockWorkbook(book, 'npm run avisos -- --enviar');
    try {
      const reply = await call(server, 'enviarAvisosAhora', [DAY]);
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/^El libro demo\.xlsx está en uso por «npm run avisos -- --enviar» \(pid \d+\) desde las \d\d:\d\d; ciérrelo o espere\.$/);
      expect(emails(pageOutbox())).toEqual([]);
    } finally {
      lock.release();
    }
    expect(existsSync(lockPathOf(book))).toBe(false);
  }, 60000);

  test('a file that became unreadable is reported and nothing runs or is saved over it', async () => {
    writeFileSync(book, 'ya no es un libro');
    const reply = await call(server, 'crearPlantillas');
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('«demo.xlsx» es un archivo de texto, no un libro .xlsx') });
  }, 60000);
});
