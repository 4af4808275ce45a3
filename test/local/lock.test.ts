// The workbook lock: one holder at a time, a bounded wait that names the holder in Spanish, stale locks taken over.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LockHolder, lockPathOf, lockWorkbook } from '../../local/lock';
import { tempDir } from './factories';

const ROOT = join(__dirname, '../..');

const bookIn = () => join(tempDir('lock-'), 'escuela.xlsx');
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const holderOf = (book: string) => JSON.parse(readFileSync(lockPathOf(book), 'utf8')) as LockHolder;
const writeHolder = (book: string, holder: Partial<LockHolder>) =>
  writeFileSync(lockPathOf(book), JSON.stringify({ pid: 1, host: hostname(), command: 'npm start', since: '2026-11-21T08:12:00', ...holder }));

/** The pid of a process that has already ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

test('the lock file beside the workbook names its holder, and is gone once released', async () => {
  const book = bookIn();
  const lock = await lockWorkbook(book, 'npm run calc');
  expect(lock.path).toBe(join(book, '..', '.escuela.xlsx.lock'));
  expect(holderOf(book)).toEqual({ pid: process.pid, host: hostname(), command: 'npm run calc', since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  lock.release();
  expect(existsSync(lock.path)).toBe(false);
});

test('a second taker waits its bounded time, then says in Spanish who holds the workbook and since when', async () => {
  const book = bookIn();
  const first = await lockWorkbook(book, 'npm start');
  const since = new Date(holderOf(book).since);
  const started = Date.now();
  await expect(lockWorkbook(book, 'npm run avisos -- --enviar', { waitMs: 400, pollMs: 50 })).rejects.toThrow(
    `El libro escuela.xlsx está en uso por «npm start» (pid ${process.pid}) desde las ${hhmm(since)}; ciérrelo o espere.`,
  );
  expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  expect(holderOf(book).command).toBe('npm start');
  first.release();
});

test('a second taker gets the workbook as soon as the holder lets it go', async () => {
  const book = bookIn();
  const first = await lockWorkbook(book, 'npm start');
  setTimeout(() => first.release(), 300);
  const second = await lockWorkbook(book, 'npm run calc', { waitMs: 5000, pollMs: 50 });
  expect(holderOf(book).command).toBe('npm run calc');
  second.release();
});

test('a lock left by a process that no longer runs (kill -9) is taken over at once', async () => {
  const book = bookIn();
  const dead = deadPid();
  writeHolder(book, { pid: dead });
  const started = Date.now();
  const lock = await lockWorkbook(book, 'npm run calc', { waitMs: 5000 });
  expect(Date.now() - started).toBeLessThan(1000);
  expect(holderOf(book).pid).toBe(process.pid);
  lock.release();
});

test('a lock held on another computer (a shared folder) is never taken over: its process cannot be checked from here', async () => {
  const book = bookIn();
  writeHolder(book, { pid: deadPid(), host: 'secretaria-2' });
  await expect(lockWorkbook(book, 'npm run calc', { waitMs: 100, pollMs: 20 })).rejects.toThrow(/está en uso por «npm start» \(pid \d+, en el equipo secretaria-2\) desde las \d\d:\d\d; ciérrelo o espere\.$/);
});

test('a lock file its writer never filled counts as held for a moment, then as abandoned', async () => {
  const book = bookIn();
  writeFileSync(lockPathOf(book), '');
  await expect(lockWorkbook(book, 'npm run calc', { waitMs: 100, pollMs: 20 })).rejects.toThrow(
    'El libro escuela.xlsx está en uso por otro programa que está empezando a usarlo; ciérrelo o espere.',
  );
  const old = (Date.now() - 60000) / 1000;
  utimesSync(lockPathOf(book), old, old);
  (await lockWorkbook(book, 'npm run calc', { waitMs: 100 })).release();
});

describe('a real process holding the lock', () => {
  /** A child that takes the lock and says «listo», then waits to be ended. */
  function holder(book: string): Promise<ChildProcess> {
    const script = `require(${JSON.stringify(join(ROOT, 'local/lock.ts'))}).lockWorkbook(${JSON.stringify(book)}, 'npm start').then(() => { console.log('listo'); setInterval(() => {}, 1000); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT });
    return new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('listo') && resolve(child));
      child.on('exit', (code) => reject(new Error(`el proceso terminó antes (${code})`)));
    });
  }
  const ended = (child: ChildProcess) => new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));

  test.each([['SIGTERM'], ['SIGINT']] as const)('removes its lock when ended with %s', async (signal) => {
    const book = bookIn();
    const child = await holder(book);
    expect(holderOf(book).pid).toBe(child.pid);
    child.kill(signal);
    expect(await ended(child)).toBe(signal === 'SIGTERM' ? 143 : 130);
    expect(existsSync(lockPathOf(book))).toBe(false);
  }, 30000);

  test('killed with SIGKILL, its lock stays and the next taker takes it over', async () => {
    const book = bookIn();
    const child = await holder(book);
    await expect(lockWorkbook(book, 'npm run calc', { waitMs: 200, pollMs: 50 })).rejects.toThrow(`(pid ${child.pid})`);
    child.kill('SIGKILL');
    await ended(child);
    expect(holderOf(book).pid).toBe(child.pid);
    const lock = await lockWorkbook(book, 'npm run calc', { waitMs: 2000 });
    expect(holderOf(book)).toMatchObject({ pid: process.pid, command: 'npm run calc' });
    lock.release();
  }, 30000);
});
