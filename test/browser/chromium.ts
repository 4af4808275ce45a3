// Debian's Chromium for the browser tests and the benchmark: never downloaded; missing means skip loudly, unless CI requires it.
import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * Hooks that launch Chromium and open the page get two minutes, not jest's 30 s: with two jest workers
 * on a 2-core CI machine, a browser start beside the 50,000-row tests once took longer than 30 s.
 * A test's own checks keep the default timeout.
 */
export const BROWSER_HOOK_MS = 120_000;

export const chromiumAvailable = existsSync(CHROMIUM_PATH);
/** .ci/run sets CHROMIUM_REQUIRED=1: there a missing browser fails the run instead of skipping. */
export const chromiumRequired = process.env.CHROMIUM_REQUIRED === '1';

function warnIfMissing(): void {
  if (chromiumAvailable) return;
  const line = '!'.repeat(78);
  console.warn(`${line}\n!! PRUEBAS DE NAVEGADOR OMITIDAS: no encuentro Chromium en ${CHROMIUM_PATH}.\n!! Instálelo con: sudo apt-get install chromium   (o fije CHROMIUM_PATH)\n${line}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A describe block that needs Chromium. Without it the block is skipped after a loud warning, and
 * with CHROMIUM_REQUIRED=1 a failing test says the browser is missing instead.
 */
export function describeInChromium(name: string, body: () => void): void {
  warnIfMissing();
  if (!chromiumAvailable && chromiumRequired) {
    test(`Chromium is installed at ${CHROMIUM_PATH} (CHROMIUM_REQUIRED=1)`, () => {
      expect(existsSync(CHROMIUM_PATH)).toBe(true);
    });
  }
  (chromiumAvailable ? describe : describe.skip)(name, body);
}

/**
 * Reads again until `matches` accepts the reading or `timeout` ms pass, and returns the last one.
 * Jest's expect does not retry as Playwright's does, so a check right after a click would race the
 * google.script.run call behind it on a loaded machine.
 */
export async function eventually<T>(read: () => Promise<T>, matches: (value: T) => boolean, timeout = 20000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (matches(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
