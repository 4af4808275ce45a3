// `npm run avisos -- --enviar` sends each email once: nothing it cannot log, nothing twice when two run at once, nothing lost when killed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from '../../local/demo';
import { lockPathOf } from '../../local/lock';
import { openRuntime } from '../../local/runtime';
import { LOG_SHEET, OUTCOMES } from '../../src/core/convenios/log';
import { tempDir } from './factories';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const DAY = '2026-11-21';

async function demoWith(outboxName: string) {
  const dir = tempDir('avisos-');
  const book = join(dir, 'demo.xlsx');
  await generateDemo(book, { today: DAY });
  const outbox = join(dir, outboxName);
  const send = () => spawnSync(TSX, [join(ROOT, 'local/avisos.ts'), book, '--hoy', DAY, '--salida', outbox, '--enviar'], { cwd: ROOT, encoding: 'utf8' });
  return { book, outbox, send };
}

test('a read-only workbook stops the run before any email, with the reason in Spanish', async () => {
  const { book, outbox, send } = await demoWith('correo');
  chmodSync(book, 0o444);
  const before = readFileSync(book);
  const run = send();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('Error: No se puede guardar «demo.xlsx»: el archivo es de solo lectura.');
  expect(existsSync(outbox)).toBe(false);
  expect(readFileSync(book).equals(before)).toBe(true);
}, 60000);

test('the emails land in the outbox once the Bitácora is saved, with no working folder left behind', async () => {
  const { outbox, send } = await demoWith('correo');
  const run = send();
  expect(run.status).toBe(0);
  const files = readdirSync(outbox);
  expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(9);
  expect(files.filter((f) => !f.endsWith('.eml'))).toEqual([]);
  expect(run.stdout).toContain(`Enviado a `);
  expect(run.stdout).toContain(join(outbox, files[0]));
}, 60000);

/** The Bitácora rows whose Resultado says the email went out, as saved in the workbook. */
async function sentRows(book: string): Promise<number> {
  const rt = await openRuntime(book);
  return rt.sheetValues(LOG_SHEET).filter((row) => row.includes(OUTCOMES.sent)).length;
}

const emails = (outbox: string) => readdirSync(outbox).filter((f) => f.endsWith('.eml'));
const hidden = (outbox: string) => readdirSync(outbox).filter((f) => f.startsWith('.'));

/** The demo sends 9 digests on DAY (and 1 has no valid address). */
const DEMO_EMAILS = 9;

test('two `avisos --enviar` at once on one workbook send each email once in total: the second waits for the lock, then finds them in the Bitácora', async () => {
  const { book, outbox } = await demoWith('correo');
  const args = [join(ROOT, 'local/avisos.ts'), book, '--hoy', DAY, '--salida', outbox, '--enviar'];
  const runs = await Promise.all([0, 1].map(() => new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(TSX, args, { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  })));
  expect(runs.map((r) => r.code)).toEqual([0, 0]);
  const announced = runs.reduce((n, r) => n + (r.out.match(/^Enviado a /gm) ?? []).length, 0);
  expect(announced).toBe(DEMO_EMAILS);
  expect(emails(outbox)).toHaveLength(DEMO_EMAILS);
  expect(await sentRows(book)).toBe(DEMO_EMAILS);
  expect(existsSync(lockPathOf(book))).toBe(false);
}, 90000);

describe('a run killed with kill -9 at any step: the next run finishes or redoes exactly what is missing', () => {
  test.each([
    ['with its emails written but the Bitácora not yet saved', 'antes-de-guardar', 0],
    ['right after saving the Bitácora, before any email reached the outbox', 'despues-de-guardar', 0],
    ['after the first email reached the outbox', 'despues-de-mover-1', 1],
    ['after 5 of the 9 emails reached the outbox', 'despues-de-mover-5', 5],
  ])('%s', async (_label, point, inOutboxAfterKill) => {
    const { book, outbox, send } = await demoWith('correo');
    // node itself rather than the tsx launcher, so that the signal that ended the run is seen as such.
    const cli = [join(ROOT, 'local/avisos.ts'), book, '--hoy', DAY, '--salida', outbox, '--enviar'];
    const killed = spawnSync(process.execPath, ['--import', 'tsx', ...cli], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SE_CRASH_AT: point } });
    expect(killed.signal).toBe('SIGKILL');
    expect(emails(outbox)).toHaveLength(inOutboxAfterKill);
    // kill -9 runs no exit handler: the lock stays, naming a dead process, and the next run takes it over.
    expect(existsSync(lockPathOf(book))).toBe(true);

    const next = send();
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(point === 'antes-de-guardar' ? /Se descartaron \d+ correo\(s\) de un envío interrumpido/ : /Terminado el envío que se interrumpió: \d+ correo\(s\)/);
    expect(emails(outbox)).toHaveLength(DEMO_EMAILS);
    expect(await sentRows(book)).toBe(DEMO_EMAILS);
    expect(hidden(outbox)).toEqual([]);
    expect(existsSync(lockPathOf(book))).toBe(false);

    const third = send();
    expect(third.stdout).toMatch(/: 0 enviado\(s\)/);
    expect(emails(outbox)).toHaveLength(DEMO_EMAILS);
  }, 90000);
});

test.each([
  [['--hoy'], 'Falta el valor de --hoy: escríbalo después, por ejemplo --hoy 2026-11-21.'],
  [['--hoy', '2026-02-30'], '--hoy «2026-02-30» no es una fecha aaaa-mm-dd que exista (por ejemplo 2026-11-21).'],
  [['--hoy', '21/11/2026'], '--hoy «21/11/2026» no es una fecha aaaa-mm-dd que exista (por ejemplo 2026-11-21).'],
  [['--salida', '--enviar'], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida correo.'],
  [['--enviar', '--rapido'], 'La opción --rapido no existe.'],
  [['--enviar', '--enviar'], 'La opción --enviar aparece dos veces.'],
])('the slip %p is a Spanish error with exit code 2, and nothing is sent', async (extra, message) => {
  const dir = tempDir('avisos-args-');
  const book = join(dir, 'demo.xlsx');
  await generateDemo(book, { today: DAY });
  const run = spawnSync(TSX, [join(ROOT, 'local/avisos.ts'), book, ...extra], { cwd: dir, encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr.split('\n')[0]).toBe(message);
  expect(run.stderr).toContain('Uso: npm run avisos -- <libro.xlsx>');
  expect(readdirSync(dir)).toEqual(['demo.xlsx']);
}, 60000);
