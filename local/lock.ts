// One process at a time writes a workbook: a lock file beside it names the holder; others wait, then say who.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  /** ISO time the lock was taken. */
  since: string;
}

export interface WorkbookLock {
  readonly path: string;
  release(): void;
}

export interface LockOptions {
  /** How long a second process waits for the holder before giving up. */
  waitMs?: number;
  pollMs?: number;
}

/** A file the lock's writer had not filled yet is given this long before it counts as abandoned. */
const HALF_WRITTEN_MS = 5000;

export const lockPathOf = (workbook: string) => join(dirname(workbook), `.${basename(workbook)}.lock`);

function readHolder(path: string): { holder?: LockHolder; ageMs: number } | undefined {
  try {
    const ageMs = Date.now() - statSync(path).mtimeMs;
    try {
      const holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
      return Number.isInteger(holder.pid) ? { holder, ageMs } : { ageMs };
    } catch {
      return { ageMs };
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock whose process is gone (kill -9, a power cut), or a file nobody finished writing. */
function isStale(found: { holder?: LockHolder; ageMs: number }): boolean {
  if (!found.holder) return found.ageMs > HALF_WRITTEN_MS;
  // A process on another computer (a shared folder) cannot be checked from here: it holds the lock.
  return found.holder.host === hostname() && found.holder.pid !== process.pid && !alive(found.holder.pid);
}

const clock = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

function busyMessage(workbook: string, holder: LockHolder | undefined): string {
  const who = holder
    ? `«${holder.command}» (pid ${holder.pid}${holder.host === hostname() ? '' : `, en el equipo ${holder.host}`}) desde las ${clock(holder.since)}`
    : 'otro programa que está empezando a usarlo';
  return `El libro ${basename(workbook)} está en uso por ${who}; ciérrelo o espere.`;
}

/**
 * Removes a stale lock, under a second lock file so that two processes finding the same stale lock
 * cannot both remove it (the second would remove the first one's fresh lock).
 */
function clearStale(path: string, seen: LockHolder | undefined): boolean {
  const guard = `${path}.limpieza`;
  try {
    writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const age = Date.now() - (statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > HALF_WRITTEN_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    const now = readHolder(path);
    if (now && isStale(now) && JSON.stringify(now.holder) === JSON.stringify(seen)) rmSync(path, { force: true });
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Removed at exit, including Ctrl+C and kill (SIGTERM); the default signal death skips 'exit'. */
const held = new Set<WorkbookLock>();
let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const lock of [...held]) lock.release();
  });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      // A program with its own handler (npm start closes its server first) exits by itself.
      if (process.listenerCount(signal) === 1) process.exit(code);
    });
  }
}

/**
 * Takes the workbook's lock file, created with O_EXCL so that exactly one process gets it. When
 * another live process holds it, polls for `waitMs` and then throws in Spanish who holds it.
 */
export async function lockWorkbook(workbook: string, command: string, options: LockOptions = {}): Promise<WorkbookLock> {
  const path = lockPathOf(workbook);
  const me: LockHolder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  const text = JSON.stringify(me);
  const deadline = Date.now() + (options.waitMs ?? 10000);
  for (;;) {
    try {
      writeFileSync(path, text, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`No se puede reservar el libro ${basename(workbook)}: ${(e as Error).message}`);
    }
    const found = readHolder(path);
    // Another taker clearing the same stale lock: wait for it like for a holder.
    if (found && isStale(found) && clearStale(path, found.holder)) continue;
    if (Date.now() >= deadline) throw new Error(busyMessage(workbook, found?.holder));
    await sleep(options.pollMs ?? 200);
  }
  hookExit();
  const lock: WorkbookLock = {
    path,
    release() {
      if (!held.delete(lock)) return;
      // Only our own file: after a takeover by mistake, the other holder's lock stays.
      if (JSON.stringify(readHolder(path)?.holder) === text) rmSync(path, { force: true });
    },
  };
  held.add(lock);
  return lock;
}
