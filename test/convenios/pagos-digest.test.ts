// The daily digest to correo_administracion in the local runtime: becas newly cancelled and mensualidades newly overdue, once each, through the reminders' Bitácora and quota.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuntimeOptions, openRuntime } from '../../local/runtime';
import { sheet } from './factories';

type Answer = { ok: boolean; data?: any; error?: string };
const ADMIN = 'admin@escuela.mx';
/** One commitment due in 7 days on 15/04/2026: the reminder email that goes out beside the digest. */
const COMPROMISOS = sheet([{ correo: 'ana@ugel.pe', responsable: 'Ana', fecha: '2026-04-22' }]);
const PAGOS = [
  ['Matrícula', 'Nombre', 'Grupo', 'Colegiatura mensual', 'Porcentaje de beca', 'Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3'],
  ['', 'Vencimiento', '', '', '', '10/02/2026', '10/03/2026', '10/04/2026'],
  ['A-1', 'Ana López', '1A', 2000, 0.3, '05/02/2026', '10/03/2026', '10/04/2026'],
  ['A-2', 'Luis Pérez', '1A', 2000, 0.5, '05/02/2026', '', ''],
  ['A-3', 'Eva Ruiz', '2B', 2500, '', 'x', 'x', ''],
];
const CONFIG = [['clave', 'valor'], ['correo_administracion', ADMIN]];

const open = (extra: Record<string, unknown[][]> = { Configuración: CONFIG }, options: RuntimeOptions = {}) =>
  openRuntime({ sheets: { Compromisos: COMPROMISOS, Pagos: PAGOS, ...extra } }, { outbox: join(mkdtempSync(join(tmpdir(), 'pagos-')), 'correo'), ...options });
const toAdmin = (rt: { mail: { to: string; subject: string; body: string }[] }) => rt.mail.filter((m) => m.to === ADMIN);
const log = (rt: { sheetValues(name: string): unknown[][] }) => rt.sheetValues('Bitácora de avisos').slice(1).map((r) => [r[1], r[5]]);

describe('the payment digest to the administración', () => {
  test('lists the cancelled beca and each overdue mensualidad once, with the keys of student and mensualidad in the Bitácora', async () => {
    const rt = await open();
    const answer = rt.run('enviarAvisosAhora', '2026-04-15') as Answer;
    expect(answer.ok).toBe(true);
    const [mail] = toAdmin(rt);
    expect(mail.subject).toBe('Pagos al 15/04/2026: 1 beca cancelada y 3 mensualidades vencidas');
    expect(mail.body.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- Luis Pérez (1A): cancelada desde el 11/03/2026; la mensualidad de marzo venció el 10/03/2026 sin pago',
      '- Luis Pérez (1A): la mensualidad de marzo, vencida el 10/03/2026',
      '- Luis Pérez (1A): la mensualidad de abril, vencida el 10/04/2026',
      '- Eva Ruiz (2B): la mensualidad de abril, vencida el 10/04/2026',
    ]);
    expect(log(rt)).toEqual([
      ['ana@ugel.pe', 'Enviado'],
      [ADMIN, 'Enviado'],
    ]);
    expect(rt.sheetValues('Bitácora de avisos')[2][4]).toBe(
      ['pagos|beca|m:a 2|2|2026-03-10', 'pagos|adeudo|m:a 2|2|2026-03-10', 'pagos|adeudo|m:a 2|3|2026-04-10', 'pagos|adeudo|m:a 3|3|2026-04-10'].join('\n'),
    );
    expect(answer.data.lastRun.pagos).toMatchObject({ emails: 1, sent: 1, reminders: 4 });
  });

  test('a second run the same day sends nothing twice', async () => {
    const rt = await open();
    rt.run('enviarAvisosAhora', '2026-04-15');
    const again = rt.run('enviarAvisosAhora', '2026-04-15') as Answer;
    expect(toAdmin(rt)).toHaveLength(1);
    expect(log(rt)).toHaveLength(2);
    expect(again.data.lastRun.pagos).toMatchObject({ emails: 0, sent: 0 });
  });

  test('a later run sends only what is new: the mensualidades that fell due since', async () => {
    const rt = await open();
    rt.run('enviarAvisosAhora', '2026-03-15');
    expect(toAdmin(rt).map((m) => m.subject)).toEqual(['Pagos al 15/03/2026: 1 beca cancelada y 1 mensualidad vencida']);
    rt.run('enviarAvisosAhora', '2026-04-15');
    const later = toAdmin(rt)[1];
    expect(later.subject).toBe('Pagos al 15/04/2026: 2 mensualidades vencidas');
    expect(later.body.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- Luis Pérez (1A): la mensualidad de abril, vencida el 10/04/2026',
      '- Eva Ruiz (2B): la mensualidad de abril, vencida el 10/04/2026',
    ]);
  });

  test('off without correo_administracion: only the reminders go out', async () => {
    const rt = await open({});
    const answer = rt.run('enviarAvisosAhora', '2026-04-15') as Answer;
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe']);
    expect(answer.data.lastRun.pagos).toBeUndefined();
  });

  test('a failed send is logged Error and goes out on the next run', async () => {
    let failing = true;
    const rt = await open(undefined, { failMailTo: (to) => failing && to === ADMIN });
    const first = rt.run('enviarAvisosAhora', '2026-04-15') as Answer;
    expect(log(rt)).toEqual([
      ['ana@ugel.pe', 'Enviado'],
      [ADMIN, 'Error'],
    ]);
    expect(first.data.lastRun.pagos).toMatchObject({ failed: 1, sent: 0 });
    failing = false;
    rt.run('enviarAvisosAhora', '2026-04-15');
    expect(toAdmin(rt)).toHaveLength(1);
    expect(log(rt).map((r) => r[1])).toEqual(['Enviado', 'Error', 'Enviado']);
  });

  test('over the quota it is Diferido and goes out on the next run', async () => {
    const rt = await open(undefined, { mailQuota: 1 });
    rt.run('enviarAvisosAhora', '2026-04-15');
    expect(log(rt)).toEqual([
      ['ana@ugel.pe', 'Enviado'],
      [ADMIN, 'Diferido'],
    ]);
    const next = await open({ Configuración: CONFIG, 'Bitácora de avisos': rt.sheetValues('Bitácora de avisos') });
    next.run('enviarAvisosAhora', '2026-04-15');
    expect(next.mail.map((m) => m.to)).toEqual([ADMIN]);
  });

  test('a run stopped right after the digest went out leaves it «Sin confirmar» and never sends it again', async () => {
    let broken = false;
    const rt = await open(undefined, {
      failMailTo: (to) => {
        // The spreadsheet service fails on the next cell written after the digest left.
        if (to === ADMIN && !broken) {
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
    const first = rt.run('enviarAvisosAhora', '2026-04-15') as Answer;
    expect(first).toEqual({ ok: false, error: expect.stringContaining('Service Spreadsheets timed out') });
    expect(toAdmin(rt)).toHaveLength(1);
    rt.run('enviarAvisosAhora', '2026-04-15');
    expect(toAdmin(rt)).toHaveLength(1);
    expect(log(rt).find((r) => r[0] === ADMIN)).toEqual([ADMIN, 'Sin confirmar']);
  });
});
