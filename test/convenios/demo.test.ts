// Issue 4's "done when" on the demo workbook: overdue listed, digests previewed and sent once, the Tablero written.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../local/demo';
import { openRuntime } from '../../local/runtime';

/** The demo as `npm start` creates it, dated to a fixed reference day so the counts are stable. */
const HOY = '2026-11-21';
type Answer = { ok: boolean; data?: any; error?: string };

async function openDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'demo-avisos-'));
  const copy = join(dir, 'demo.xlsx');
  await generateDemo(copy, { today: HOY });
  return openRuntime(copy, { outbox: join(dir, 'correo'), mailQuota: 1500 });
}

describe('the demo workbook', () => {
  test('has at least 150 commitments across 25 schools and 8 allies, found by their headers', async () => {
    const rt = await openDemo();
    const rows = rt.sheetValues('Compromisos');
    const header = rows[0].map(String);
    const col = (h: string) => header.indexOf(h);
    const data = rows.slice(1).filter((r) => r[col('Compromiso')] !== '');
    expect(data.length).toBeGreaterThanOrEqual(150);
    expect(new Set(data.map((r) => r[col('II.EE. beneficiaria')])).size).toBeGreaterThanOrEqual(25);
    expect(new Set(data.map((r) => r[col('Aliado')])).size).toBeGreaterThanOrEqual(8);
    const view = (rt.run('leerConvenios', HOY) as Answer).data;
    expect(view.commitmentsSheet).toBe('Compromisos');
    expect(view.overdue.length).toBeGreaterThan(0);
    expect(view.upcoming.length).toBeGreaterThan(0);
  });

  test('the daily job run twice, and again the next day, never sends a (commitment, step) twice', async () => {
    const rt = await openDemo();
    const preview = (rt.run('vistaPreviaAvisos', HOY) as Answer).data.emails.filter((e: any) => !e.problem);
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail.map((m) => m.to)).toEqual(preview.map((e: any) => e.to));
    const first = rt.mail.length;
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail).toHaveLength(first);

    rt.run('enviarAvisosAhora', '2026-11-22');
    const keys = rt.sheetValues('Bitácora de avisos').slice(1).filter((r) => r[5] === 'Enviado').flatMap((r) => String(r[4]).split('\n'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('the Tablero de convenios tallies the demo with its charts', async () => {
    const rt = await openDemo();
    const made = (rt.run('crearTableroConvenios', HOY) as Answer).data;
    expect(made.commitments).toBeGreaterThanOrEqual(150);
    const grid = rt.sheetValues('Tablero de convenios');
    expect(grid.some((r) => String(r[0]).startsWith('II.EE. beneficiadas por estrategia (catálogo de'))).toBe(true);
    expect(grid.some((r) => String(r[0]).startsWith('Error'))).toBe(false);
    expect(rt.spreadsheet.getSheetByName('Tablero de convenios').getCharts().length).toBeGreaterThanOrEqual(4);
  });
});
