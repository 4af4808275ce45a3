// `npx tsx build/screenshot.ts`: the README's picture of the local Tablero with its charts (docs/tablero-local.png),
// taken in Debian's Chromium from the demo workbook of a fixed day, so the same code gives the same picture.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../local/demo';
import { ensureBuilt } from '../local/runtime';
import { startLocalServer } from '../local/server';
import { launchChromium } from '../test/browser/chromium';

const OUT = join(__dirname, '../docs/tablero-local.png');
// After the March due date (10/03), so the debt chart has bars: on 02/03 nobody owes yet.
const DAY = '2026-03-20';

async function main(): Promise<void> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'captura-'));
  const book = join(dir, 'escuela-demo.xlsx');
  await generateDemo(book, { today: DAY });
  const server = await startLocalServer({ workbook: book, port: 0, save: false, runtime: { now: () => new Date(`${DAY}T16:00:00Z`) } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1700 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Crear tablero', exact: true }).click();
    await page.getByRole('tab', { name: 'Tablero', exact: true, selected: true }).waitFor();
    await page.locator('#graficos figure svg .punto').first().waitFor();
    // The notice of the menu item would cover the grid, and the status line's milliseconds change every run.
    await page.evaluate(() => {
      document.querySelectorAll('#avisos .aviso').forEach((n) => n.remove());
      document.getElementById('estado')!.textContent = '';
    });
    // Tall enough for the Tablero's three charts (becas, promotion, the debt per group) under the tables.
    await page.screenshot({ path: OUT });
    console.log(`Captura guardada en ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
