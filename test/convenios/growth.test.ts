// Sheets the add-on appends to grow past their grid, and an email is logged before it goes out, so no run sends it twice.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuntimeOptions, openRuntime } from '../../local/runtime';
import { LOG_FIELDS } from '../../src/core/convenios/log';
import { dayOfDate, isoDay } from '../../src/core/dates';
import { Row, TZ, sheet } from './factories';

const today = dayOfDate(new Date(), TZ);
const HOY = isoDay(today);
const on = (days: number) => isoDay(today + days);
const rows: Row[] = [
  { correo: 'ana@ugel.pe', responsable: 'Ana', fecha: on(7) },
  { correo: 'luis@ugel.pe', responsable: 'Luis', fecha: on(0) },
  { correo: 'rosa@ugel.pe', responsable: 'Rosa', fecha: on(15) },
];
type Answer = { ok: boolean; data?: any; error?: string };

const open = (extra: Record<string, unknown[][]> = {}, options: RuntimeOptions = {}) =>
  openRuntime({ sheets: { Compromisos: sheet(rows), ...extra } }, { outbox: join(mkdtempSync(join(tmpdir(), 'crecer-')), 'correo'), ...options });

/** A Bitácora whose 999 earlier emails fill every row of a new sheet's grid. */
function fullLog(): unknown[][] {
  const old = Array.from({ length: 999 }, (_, i) => [new Date(Date.UTC(2025, 0, 1)), 'otro@ugel.pe', '', 'Compromisos', `X-${i}|2025-01-01|0`, 'Enviado', '']);
  return [LOG_FIELDS.map((f) => f.label), ...old];
}
const results = (rt: { sheetValues(name: string): unknown[][] }, from = 1) => rt.sheetValues('Bitácora de avisos').slice(from).map((r) => [r[1], r[5]]);

describe('a Bitácora with every row of its grid used', () => {
  test('the run sends, logs each email below the last row, and a second run sends nothing', async () => {
    const rt = await open({ 'Bitácora de avisos': fullLog() });
    const log = rt.spreadsheet.getSheetByName('Bitácora de avisos');
    expect([log.getLastRow(), log.getMaxRows()]).toEqual([1000, 1000]);
    const first = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(first.ok).toBe(true);
    expect(first.data.lastRun.summary).toMatchObject({ sent: 3, failed: 0 });
    expect(results(rt, 1000)).toEqual([
      ['ana@ugel.pe', 'Enviado'],
      ['luis@ugel.pe', 'Enviado'],
      ['rosa@ugel.pe', 'Enviado'],
    ]);
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe', 'rosa@ugel.pe']);
    expect(log.getLastRow()).toBe(1003);
  });
});

describe('a log write that throws right after an email went out', () => {
  test('the rerun neither sends that email again nor skips the others; the Bitácora shows it «Sin confirmar»', async () => {
    let broken = false;
    const rt = await open({}, {
      failMailTo: (to) => {
        // The spreadsheet service fails on the next cell written after Ana's email left.
        if (to === 'ana@ugel.pe' && !broken) {
          broken = true;
          const model = rt.book.sheet('Bitácora de avisos')!;
          const set = model.set;
          model.set = () => {
            model.set = set;
            throw new Error('Service Spreadsheets timed out while accessing document');
          };
        }
        return false;
      },
    });
    const first = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(first).toEqual({ ok: false, error: expect.stringContaining('Service Spreadsheets timed out') });
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe']);
    const second = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe', 'rosa@ugel.pe']);
    expect(results(rt)).toEqual([
      ['ana@ugel.pe', 'Sin confirmar'],
      ['luis@ugel.pe', 'Enviado'],
      ['rosa@ugel.pe', 'Enviado'],
    ]);
    expect(second.data.lastRun.summary).toMatchObject({ sent: 2, unconfirmed: 1 });
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail).toHaveLength(3);
  });
});

describe('a person editing the Bitácora while the emails go out', () => {
  test.each([
    ['inserts a row above: each outcome lands on its own email’s row, where it moved', (log: any) => log.insertRowsBefore(2, 1), [['', ''], ['ana@ugel.pe', 'Enviado'], ['luis@ugel.pe', 'Enviado'], ['rosa@ugel.pe', 'Enviado']]],
    ['deletes the email’s «Sin confirmar» row: the outcome goes on a new row', (log: any) => log.deleteRow(3), [['ana@ugel.pe', 'Enviado'], ['luis@ugel.pe', 'Enviado'], ['rosa@ugel.pe', 'Enviado']]],
  ])('%s; nothing of theirs is overwritten and nothing goes twice', async (_l, edit, want) => {
    let rt: Awaited<ReturnType<typeof open>>;
    rt = await open({}, {
      failMailTo: (to) => {
        if (to === 'luis@ugel.pe') edit(rt.spreadsheet.getSheetByName('Bitácora de avisos'));
        return false;
      },
    });
    rt.run('enviarAvisosAhora', HOY);
    expect(results(rt)).toEqual(want);
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe', 'rosa@ugel.pe']);
  });
});

describe('consolidation', () => {
  test('1,200 imported commitments fill «Compromisos consolidados» past a new sheet’s 1,000 rows', async () => {
    const url = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';
    const many = sheet(Array.from({ length: 1200 }, (_, i) => ({ numero: `C-${i + 1}`, fecha: '2026-03-01' })));
    const rt = await open({ Fuentes: [['Nombre', 'URL'], ['IE 42015', url]], Importación: many.map((r, i) => (i === 0 ? [`=IMPORTRANGE("${url}","'Compromisos'!A1:Z")`, ...r.slice(1)] : r)) });
    // What IMPORTRANGE brings in Google: the tracker's header in its own cell, the rows below it.
    rt.book.sheet('Importación')!.set(0, 0, many[0][0] as string);
    const answer = rt.run('consolidarFuentes') as Answer;
    expect(answer.ok).toBe(true);
    expect(answer.data.map((s: any) => [s.name, s.rows])).toEqual([['IE 42015', 1200]]);
    const out = rt.sheetValues('Compromisos consolidados');
    expect(out.filter((r) => r[0] === 'IE 42015')).toHaveLength(1200);
    expect(out[1200].slice(0, 2)).toEqual(['IE 42015', 'C-1200']);
  });
});
