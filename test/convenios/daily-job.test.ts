// The daily job in the local runtime: Bitácora, duplicate and overlapping runs, failures, quota, authorization, trigger.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuntimeOptions, openRuntime } from '../../local/runtime';
import { scriptAppService } from '../../local/services/script-app';
import { explain } from '../../src/core/es/reasons';
import { SENDER_NAME } from '../../src/core/es/words';
import { dayOfDate, formatDay, isoDay } from '../../src/core/dates';
import { Row, TZ, cellsHolding, sheet } from './factories';

/** Triggers only: these tests never ask ScriptApp for the authorization. */
const NO_SCOPES = { declared: [], granted: [] };

/** Real today, because the trigger's handler takes no `hoy`: the rows are dated around it. */
const today = dayOfDate(new Date(), TZ);
const HOY = isoDay(today);
const on = (days: number) => isoDay(today + days);
const rows: Row[] = [
  { correo: 'ana@ugel.pe', responsable: 'Ana', fecha: on(7) },
  { correo: 'ana@ugel.pe', responsable: 'Ana', fecha: on(-9) },
  { correo: 'luis@ugel.pe', responsable: 'Luis', fecha: on(0) },
  { correo: 'rosa@ugel.pe', responsable: 'Rosa', fecha: on(15) },
  { correo: 'sara@ugel.pe', responsable: 'Sara', fecha: on(30) },
  { correo: 'no es correo', responsable: 'Pedro', fecha: on(1) },
  { correo: 'ana@ugel.pe', fecha: on(0), estado: 'Cumplido' },
];
const subject = (what: string) => `Compromisos al ${formatDay(today)}: ${what}`;

function open(options: RuntimeOptions = {}, extra: Record<string, unknown[][]> = {}) {
  return openRuntime({ sheets: { Compromisos: sheet(rows), ...extra } }, { outbox: join(mkdtempSync(join(tmpdir(), 'avisos-')), 'correo'), ...options });
}

type Answer = { ok: boolean; data?: any; error?: string };

/**
 * Several accounts on one runtime, as Apps Script scopes them: Session names the current one, and
 * the runtime's own ScriptApp, switched to that account, lists, deletes and limits its triggers.
 */
function perAccountTriggers(rt: Awaited<ReturnType<typeof open>>) {
  let current = '';
  const account = { getEmail: () => current };
  rt.context.Session = { getEffectiveUser: () => account, getActiveUser: () => account, getScriptTimeZone: () => TZ };
  rt.context.ScriptApp = scriptAppService(rt.calls, rt.triggers, { user: () => current, document: () => rt.spreadsheet.getId() }, NO_SCOPES);
  return { triggers: rt.triggers, as: (email: string) => void (current = email) };
}
const log = (rt: Awaited<ReturnType<typeof open>>) => rt.sheetValues('Bitácora de avisos').slice(1).map((r) => [r[1], r[5]]);

describe('enviarAvisosAhora', () => {
  test('sends one digest per responsable and logs each email in the Bitácora', async () => {
    const rt = await open();
    const answer = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(answer.ok).toBe(true);
    expect(rt.mail.map((m) => [m.to, m.subject])).toEqual([
      ['ana@ugel.pe', subject('1 vencido y 1 por vencer')],
      ['luis@ugel.pe', subject('1 por vencer')],
      ['rosa@ugel.pe', subject('1 por vencer')],
      ['sara@ugel.pe', subject('1 por vencer')],
    ]);
    expect(log(rt)).toEqual([
      ['ana@ugel.pe', 'Enviado'],
      ['luis@ugel.pe', 'Enviado'],
      ['no es correo', 'Correo no válido'],
      ['rosa@ugel.pe', 'Enviado'],
      ['sara@ugel.pe', 'Enviado'],
    ]);
    expect(answer.data.lastRun.summary).toEqual({ emails: 4, sent: 4, deferred: 0, invalid: 1, failed: 0, reminders: 5, unconfirmed: 0 });
  });

  test('running twice the same day, or the trigger firing twice, sends nothing twice', async () => {
    const rt = await open();
    rt.run('enviarAvisosAhora', HOY);
    rt.run('enviarAvisosAhora', HOY);
    rt.run('avisosDiarios');
    expect(rt.mail).toHaveLength(4);
    expect(log(rt)).toHaveLength(5);
  });

  test('a run that overlaps another finds the document lock taken and sends nothing', async () => {
    let inner: Answer | undefined;
    const rt = await open({
      failMailTo: (to) => {
        if (to === 'luis@ugel.pe' && !inner) inner = rt.run('enviarAvisosAhora', HOY) as Answer;
        return false;
      },
    });
    rt.run('enviarAvisosAhora', HOY);
    expect(inner).toEqual({ ok: false, error: expect.stringMatching(/^otra persona está escribiendo en este libro/) });
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe', 'rosa@ugel.pe', 'sara@ugel.pe']);
  });

  test('a run that fails at the 3rd recipient logs it; the next run sends only that one', async () => {
    let failing = true;
    const rt = await open({ failMailTo: (to) => failing && to === 'rosa@ugel.pe' });
    rt.run('enviarAvisosAhora', HOY);
    expect(log(rt)[3]).toEqual(['rosa@ugel.pe', 'Error']);
    failing = false;
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe', 'sara@ugel.pe', 'rosa@ugel.pe']);
  });

  test('with the quota exhausted the emails are Diferido and go out on the next run', async () => {
    const rt = await open({ mailQuota: 2 });
    const first = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(first.data.lastRun.summary).toMatchObject({ sent: 2, deferred: 2 });
    expect(log(rt).map((r) => r[1])).toEqual(['Enviado', 'Enviado', 'Correo no válido', 'Diferido', 'Diferido']);
    const next = await open({}, { 'Bitácora de avisos': rt.sheetValues('Bitácora de avisos') });
    next.run('enviarAvisosAhora', HOY);
    expect(next.mail.map((m) => m.to)).toEqual(['rosa@ugel.pe', 'sara@ugel.pe']);
  });

  test('without authorization to send mail it logs Sin autorización and the panel shows it', async () => {
    const rt = await open();
    rt.context.MailApp.getRemainingDailyQuota = () => {
      throw new Error('You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail');
    };
    const answer = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(answer.ok).toBe(true);
    expect(answer.data.lastRun.error).toMatch(/^el complemento no tiene permiso para enviar correos/);
    expect(log(rt)).toEqual([['', 'Sin autorización']]);
    expect(rt.mail).toEqual([]);
  });
});

describe('a Bitácora the user edited', () => {
  test('a column inserted at B: each row is written under its header and nothing goes out twice', async () => {
    const rt = await open({}, { 'Bitácora de avisos': [['Fecha', 'Notas', 'Destinatario', 'Copia', 'Asunto', 'Elementos', 'Resultado', 'Detalle']] });
    rt.run('enviarAvisosAhora', HOY);
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail).toHaveLength(4);
    const rows = rt.sheetValues('Bitácora de avisos');
    expect(rows[1].slice(1, 3)).toEqual(['', 'ana@ugel.pe']);
    expect(rows.slice(1).map((r) => r[6])).toEqual(['Enviado', 'Enviado', 'Correo no válido', 'Enviado', 'Enviado']);
  });

  test('a required header renamed: nothing is sent, the run and the preview name the column and the sheet', async () => {
    const rt = await open({}, { 'Bitácora de avisos': [['Fecha', 'Destinatario', 'Copia', 'Asunto', 'Avisados', 'Resultado', 'Detalle'], [new Date(), 'ana@ugel.pe', '', '', 'C-001|x|7', 'Enviado', '']] });
    const answer = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(rt.mail).toEqual([]);
    expect(answer.data.lastRun.error).toMatch(/^la hoja «Bitácora de avisos» no tiene la columna «Elementos»: no se envía ningún aviso/);
    expect(rt.sheetValues('Bitácora de avisos')).toHaveLength(2);
    expect(rt.run('vistaPreviaAvisos', HOY)).toEqual({ ok: false, error: expect.stringMatching(/no tiene la columna «Elementos»/) });
  });
});

describe('a Tablero that cannot be rewritten after the emails went out', () => {
  test('the run keeps its send summary and reports the Tablero apart', async () => {
    const rt = await open();
    expect((rt.run('crearTableroConvenios', HOY) as Answer).ok).toBe(true);
    // A commitment cancelled since: the Tablero's tables changed, so the run rewrites it whole.
    rt.spreadsheet.getSheetByName('Compromisos').getRange('K8').setValue('Cancelado');
    rt.context.Charts = undefined;
    const answer = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(rt.mail).toHaveLength(4);
    expect(answer.data.lastRun.error).toBeUndefined();
    expect(answer.data.lastRun.summary).toMatchObject({ sent: 4, invalid: 1 });
    expect(answer.data.lastRun.dashboardError).toMatch(/^ocurrió un problema inesperado \(.*ChartType/);
  });
});

describe('a Tablero whose tables did not change since it was written', () => {
  test('gets its date and nothing else: its charts are neither read nor drawn again', async () => {
    const rt = await open();
    expect((rt.run('crearTableroConvenios', HOY) as Answer).ok).toBe(true);
    const tablero = () => rt.spreadsheet.getSheetByName('Tablero de convenios');
    const before = rt.sheetValues('Tablero de convenios');
    const charts = tablero().getCharts().length;
    tablero().getRange('C1').setValue('Actualizado el 01/01/2000');
    rt.resetCalls();
    const answer = rt.run('enviarAvisosAhora', HOY) as Answer;
    expect(rt.mail).toHaveLength(4);
    expect(answer.data.lastRun.dashboardError).toBeUndefined();
    expect([rt.calls['Sheet.getCharts'] ?? 0, rt.calls['Sheet.insertChart'] ?? 0, rt.calls['Sheet.removeChart'] ?? 0]).toEqual([0, 0, 0]);
    expect(rt.sheetValues('Tablero de convenios')).toEqual(before);
    expect(before[0][2]).toBe(`Actualizado el ${formatDay(today)}`);
    expect(tablero().getCharts()).toHaveLength(charts);
  });
});

describe('the fecha de corte cell', () => {
  test('each run writes its day right of every «Fecha de corte» label, as a date at midnight of the zone', async () => {
    const rt = await open({}, { Tablero: [['Resumen', '', 'Fecha de corte:', '']] });
    rt.run('enviarAvisosAhora', '2026-03-01');
    expect(rt.sheetValues('Tablero')[0][3]).toEqual(new Date('2026-03-01T06:00:00Z')); // Mexico City is UTC−6 in March
  });

  test('a date left by an earlier run is replaced by the new day', async () => {
    const rt = await open({}, { Resumen: [['Fecha de corte', '15/02/2026']] });
    rt.run('enviarAvisosAhora', '2026-03-01');
    expect(rt.sheetValues('Resumen')[0][1]).toEqual(new Date('2026-03-01T06:00:00Z'));
  });

  test.each([
    ["the templates' =TODAY()", '=TODAY()'],
    ["the user's own formula", '=DATE(2026, 2, 10)'],
  ])('a cell holding %s is left as it is: it is already live', async (_label, formula) => {
    const rt = await open({}, { Tablero: [['Resumen', '', 'Fecha de corte:', formula]] });
    rt.run('enviarAvisosAhora', '2026-03-01');
    expect(rt.spreadsheet.getSheetByName('Tablero').getRange('D1').getFormula()).toBe(formula);
  });
});

describe('waiting for the document lock', () => {
  test('the daily trigger waits up to 4 minutes, a sidebar call 10 seconds', async () => {
    const rt = await open();
    const waits: number[] = [];
    const getLock = rt.context.LockService.getDocumentLock;
    rt.context.LockService.getDocumentLock = () => {
      const lock = getLock();
      return { tryLock: (ms: number) => (waits.push(ms), lock.tryLock(ms)), hasLock: () => lock.hasLock() };
    };
    rt.run('avisosDiarios');
    rt.run('enviarAvisosAhora', HOY);
    expect(waits).toEqual([240000, 10000]);
  });
});

describe('the Bitácora', () => {
  test('a número or an address typed as formula-looking text is logged as text', async () => {
    const number = '=1+1';
    const address = '=hyperlink("mailto:ana@ugel.pe")'; // addresses are logged in lower case
    const rt = await openRuntime(
      { sheets: { Compromisos: sheet([{ numero: `'${number}`, correo: 'ana@ugel.pe', fecha: on(0) }, { correo: `'${address}`, fecha: on(1) }]) } },
      { outbox: join(mkdtempSync(join(tmpdir(), 'avisos-')), 'correo') },
    );
    expect((rt.run('enviarAvisosAhora', HOY) as Answer).ok).toBe(true);
    expect(log(rt)).toEqual([[address, 'Correo no válido'], ['ana@ugel.pe', 'Enviado']]);
    expect(cellsHolding(rt, 'Bitácora de avisos', address)).toEqual(['']);
    const elements = String(rt.sheetValues('Bitácora de avisos')[2][4]);
    expect(elements).toBe(`${number}|${HOY}|0`);
    expect(cellsHolding(rt, 'Bitácora de avisos', elements)).toEqual(['']);
  });
});

describe('the trigger without a document', () => {
  test.each([
    ['no active spreadsheet', ['SpreadsheetApp']],
    ['no active spreadsheet, lock or document properties', ['SpreadsheetApp', 'LockService', 'PropertiesService']],
  ])('%s: a Spanish line in the execution log, no TypeError, nothing sent', async (_l, missing) => {
    const rt = await open();
    const nothing = () => null;
    if (missing.includes('SpreadsheetApp')) rt.context.SpreadsheetApp.getActiveSpreadsheet = nothing;
    if (missing.includes('LockService')) rt.context.LockService.getDocumentLock = nothing;
    if (missing.includes('PropertiesService')) rt.context.PropertiesService.getDocumentProperties = nothing;
    expect(() => rt.context.avisosDiarios({ triggerUid: 'x' })).not.toThrow();
    expect(rt.logs).toEqual(['error: Avisos diarios: no se enviaron: no se encontró la hoja de cálculo activa: el complemento se ejecutó sin un libro abierto y no hizo nada; abra el libro y pulse «Enviar ahora» en el panel Convenios']);
    expect(rt.mail).toEqual([]);
  });
});

describe('activarAvisos', () => {
  test('creates exactly one time-driven trigger however often it is turned on; off removes it', async () => {
    const rt = await open();
    for (const hour of [7, 7, 18]) expect((rt.run('activarAvisos', hour) as Answer).ok).toBe(true);
    expect(rt.triggers.map((t) => [t.handler, t.hour, t.everyDays, t.timeZone])).toEqual([['avisosDiarios', 18, 1, 'America/Mexico_City']]);
    expect((rt.run('leerConvenios', HOY) as Answer).data.reminders).toEqual({ on: true, hour: 18, owner: 'secretaria@escuela.local', mine: true });
    rt.run('desactivarAvisos');
    expect(rt.triggers).toEqual([]);
    expect((rt.run('leerConvenios', HOY) as Answer).data.reminders).toEqual({ on: false, hour: null, owner: '', mine: true });
    expect(rt.properties.document).not.toHaveProperty(['convenios.avisos']);
  });

  test('another account cannot add a second trigger: it is told who turned them on, and may take control', async () => {
    const rt = await open();
    const accounts = perAccountTriggers(rt);
    accounts.as('ana@ugel.pe');
    rt.run('activarAvisos', 7);
    accounts.as('luis@ugel.pe');
    const refused = 'los avisos diarios ya están activados por ana@ugel.pe, cada día entre las 7:00 y las 8:00; solo esa cuenta puede cambiar la hora o desactivarlos';
    expect(rt.run('activarAvisos', 18)).toEqual({ ok: false, error: expect.stringContaining(refused) });
    expect(rt.run('desactivarAvisos')).toEqual({ ok: false, error: expect.stringContaining(refused) });
    expect(accounts.triggers.map((t) => [t.user, t.hour])).toEqual([['ana@ugel.pe', 7]]);
    expect((rt.run('leerConvenios', HOY) as Answer).data.reminders).toEqual({ on: true, hour: 7, owner: 'ana@ugel.pe', mine: false });

    expect((rt.run('activarAvisos', 18, true) as Answer).data.reminders).toEqual({ on: true, hour: 18, owner: 'luis@ugel.pe', mine: true });
    const [anaTrigger, luisTrigger] = accounts.triggers;
    accounts.as('ana@ugel.pe');
    rt.run('avisosDiarios', { triggerUid: anaTrigger.id });
    expect(rt.mail).toEqual([]);
    expect(accounts.triggers).toEqual([luisTrigger]);
    expect(rt.logs).toContain('Avisos diarios: este activador ya no es el registrado en el libro (otra cuenta tomó el control o se desactivaron); se eliminó sin enviar nada.');
    accounts.as('luis@ugel.pe');
    rt.run('avisosDiarios', { triggerUid: luisTrigger.id });
    expect(rt.mail).toHaveLength(4);
    rt.run('desactivarAvisos');
    expect(accounts.triggers).toEqual([]);
  });

  test('taking control back replaces the trigger this account left in the book, never two', async () => {
    const rt = await open();
    const accounts = perAccountTriggers(rt);
    accounts.as('ana@ugel.pe');
    rt.run('activarAvisos', 7);
    accounts.as('luis@ugel.pe');
    rt.run('activarAvisos', 18, true);
    accounts.as('ana@ugel.pe');
    expect((rt.run('activarAvisos', 9, true) as Answer).data.reminders).toEqual({ on: true, hour: 9, owner: 'ana@ugel.pe', mine: true });
    expect(accounts.triggers.map((t) => [t.user, t.hour])).toEqual([['luis@ugel.pe', 18], ['ana@ugel.pe', 9]]);
  });

  test('an account with reminders in two books: turning them on or off in one leaves the trigger of the other', async () => {
    const first = await open();
    const second = await open();
    // One add-on project, two books: the same account's triggers are listed in both.
    const project = (rt: Awaited<ReturnType<typeof open>>, book: string) =>
      (rt.context.ScriptApp = scriptAppService(rt.calls, first.triggers, { user: () => 'secretaria@escuela.local', document: () => book }, NO_SCOPES));
    project(first, 'libro-1');
    project(second, 'libro-2');
    first.run('activarAvisos', 7);
    for (const hour of [18, 19]) expect((second.run('activarAvisos', hour) as Answer).ok).toBe(true);
    expect(first.triggers.map((t) => [t.document, t.hour])).toEqual([['libro-1', 7], ['libro-2', 19]]);
    second.run('desactivarAvisos');
    expect(first.triggers.map((t) => [t.document, t.hour])).toEqual([['libro-1', 7]]);
    expect((first.run('leerConvenios', HOY) as Answer).data.reminders).toEqual({ on: true, hour: 7, owner: 'secretaria@escuela.local', mine: true });
    first.run('desactivarAvisos');
    expect(first.triggers).toEqual([]);
  });

  test.each([[24], [-1], [7.5], ['7']])('refuses the hour %p', async (hour) => {
    const rt = await open();
    expect(rt.run('activarAvisos', hour)).toEqual({ ok: false, error: expect.stringMatching(/^hora .* no válida/) });
    expect(rt.triggers).toEqual([]);
  });
});

describe('what the panel is told about the ladder and the last run', () => {
  test.each([
    ['the default ladder', {}, 'Avisos por correo a cada responsable: 30, 15, 7 y 1 días antes de la fecha límite, el mismo día y cada semana mientras esté vencido.'],
    ['a configured ladder', { Configuración: [['Clave', 'Valor'], ['escalera_avisos', '10, 3'], ['repetir_vencidos_cada', 3]] }, 'Avisos por correo a cada responsable: 10 y 3 días antes de la fecha límite y cada 3 días mientras esté vencido.'],
    ['one day before and the day itself', { Configuración: [['Clave', 'Valor'], ['escalera_avisos', '1, 0'], ['repetir_vencidos_cada', 1]] }, 'Avisos por correo a cada responsable: 1 día antes de la fecha límite, el mismo día y cada día mientras esté vencido.'],
  ])('%s', async (_l, extra, want) => {
    const rt = await open({}, extra);
    expect((rt.run('leerConvenios', HOY) as Answer).data.ladder).toBe(want);
  });

  test('the last run’s time is written in the spreadsheet’s zone', async () => {
    const rt = await open({ timeZone: 'Asia/Tokyo' });
    const run = (rt.run('enviarAvisosAhora', HOY) as Answer).data.lastRun;
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(new Date(run.at))
        .map((x) => [x.type, x.value]),
    );
    expect(run.when).toBe(`${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`);
  });
});

describe('leerConvenios and vistaPreviaAvisos', () => {
  test('lists overdue and upcoming commitments for the panel', async () => {
    const rt = await open();
    const view = (rt.run('leerConvenios', HOY) as Answer).data;
    expect(view.overdue.map((i: any) => [i.numero, i.dias])).toEqual([['C-002', -9]]);
    expect(view.upcoming.map((i: any) => [i.numero, i.dias])).toEqual([['C-003', 0], ['C-006', 1], ['C-001', 7], ['C-004', 15], ['C-005', 30]]);
  });

  test('the wording it shows comes from the messages module: rows to review and the sender’s name', async () => {
    const rt = await openRuntime({ sheets: { Compromisos: sheet([{ fecha: '31/02/2026' }, { fecha: HOY }]) } }, { outbox: join(mkdtempSync(join(tmpdir(), 'avisos-')), 'correo') });
    const view = (rt.run('leerConvenios', HOY) as Answer).data;
    expect(view.problems).toEqual([explain({ code: 'row_problem', row: 2, issue: { code: 'impossible_date', value: '31/02/2026' } })]);
    expect(view.problems[0]).toMatch(/^Fila 2: /);
    rt.run('enviarAvisosAhora', HOY);
    expect(rt.mail.map((m) => m.name)).toEqual([SENDER_NAME]);
  });

  test('previews the emails without sending or logging anything', async () => {
    const rt = await open();
    const preview = (rt.run('vistaPreviaAvisos', HOY) as Answer).data;
    expect(preview.day).toBe(formatDay(today));
    expect(preview.emails.map((e: any) => [e.to, e.reminders, e.problem])).toEqual([
      ['ana@ugel.pe', 2, ''],
      ['luis@ugel.pe', 1, ''],
      ['', 1, 'sin correo válido para Pedro: «no es correo» no es un correo'],
      ['rosa@ugel.pe', 1, ''],
      ['sara@ugel.pe', 1, ''],
    ]);
    expect(rt.mail).toEqual([]);
    expect(rt.spreadsheet.getSheetByName('Bitácora de avisos')).toBeNull();
  });
});
