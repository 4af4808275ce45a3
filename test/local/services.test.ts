// ScriptApp triggers, MailApp .eml files and quota, Ui and HtmlService recorded as Apps Script would show them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { scriptAppService } from '../../local/services/script-app';
import { sheetRuntime } from './factories';

/** Triggers only: these tests never ask ScriptApp for the authorization. */
const NO_SCOPES = { declared: [], granted: [] };

describe('ScriptApp triggers', () => {
  test('a daily trigger is listed by getProjectTriggers, never by getUserTriggers(spreadsheet), and deleted', async () => {
    const rt = await sheetRuntime([['x']]);
    const { ScriptApp } = rt.context;
    const trigger = ScriptApp.newTrigger('enviarRecordatorios').timeBased().atHour(7).everyDays(1).create();
    expect(rt.triggers).toEqual([expect.objectContaining({ handler: 'enviarRecordatorios', hour: 7, everyDays: 1, eventType: 'CLOCK', id: trigger.getUniqueId() })]);
    expect(ScriptApp.getProjectTriggers().map((t: any) => [t.getHandlerFunction(), t.getTriggerSource(), t.getTriggerSourceId()])).toEqual([['enviarRecordatorios', 'CLOCK', null]]);
    expect(ScriptApp.getUserTriggers(rt.spreadsheet)).toEqual([]);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]);
    expect(rt.triggers).toEqual([]);
  });

  test('getUserTriggers(spreadsheet) lists the triggers created with forSpreadsheet for that spreadsheet only', async () => {
    const rt = await sheetRuntime([['x']]);
    const { ScriptApp } = rt.context;
    ScriptApp.newTrigger('alEditar').forSpreadsheet(rt.spreadsheet).onEdit().create();
    ScriptApp.newTrigger('alAbrirOtro').forSpreadsheet('otra-hoja').onOpen().create();
    ScriptApp.newTrigger('diario').timeBased().atHour(7).everyDays(1).create();
    const list = (ts: any[]) => ts.map((t) => [t.getHandlerFunction(), t.getEventType(), t.getTriggerSourceId()]);
    expect(list(ScriptApp.getUserTriggers(rt.spreadsheet))).toEqual([['alEditar', 'ON_EDIT', rt.spreadsheet.getId()]]);
    expect(list(ScriptApp.getProjectTriggers())).toEqual([
      ['alEditar', 'ON_EDIT', rt.spreadsheet.getId()],
      ['alAbrirOtro', 'ON_OPEN', 'otra-hoja'],
      ['diario', 'CLOCK', null],
    ]);
    expect(() => ScriptApp.getUserTriggers()).toThrow('getUserTriggers needs a spreadsheet');
    expect(() => ScriptApp.newTrigger('x').forSpreadsheet().onEdit()).toThrow('forSpreadsheet needs a spreadsheet');
  });

  test('each account lists and deletes only its own triggers, and holds one time-driven trigger per document', async () => {
    const rt = await sheetRuntime([['x']]);
    let user = 'ana@ugel.pe';
    let document = 'libro-1';
    const ScriptApp: any = scriptAppService(rt.calls, rt.triggers, { user: () => user, document: () => document }, NO_SCOPES);
    const ana = ScriptApp.newTrigger('a').timeBased().atHour(7).everyDays(1).create();
    expect(() => ScriptApp.newTrigger('b').timeBased().everyHours(1).create()).toThrow('too many time-based triggers');
    document = 'libro-2';
    ScriptApp.newTrigger('a').timeBased().atHour(8).everyDays(1).create();
    user = 'luis@ugel.pe';
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(() => ScriptApp.deleteTrigger(ana)).toThrow('No trigger of the current user');
    ScriptApp.newTrigger('a').timeBased().atHour(9).everyDays(1).create();
    expect(rt.triggers.map((t) => [t.user, t.document, t.hour])).toEqual([
      ['ana@ugel.pe', 'libro-1', 7],
      ['ana@ugel.pe', 'libro-2', 8],
      ['luis@ugel.pe', 'libro-2', 9],
    ]);
    user = 'ana@ugel.pe';
    expect(ScriptApp.getProjectTriggers().map((t: any) => t.getUniqueId())).toEqual([ana.getUniqueId(), rt.triggers[1].id]);
    expect(ScriptApp.AuthMode.NONE).toBe('NONE');
  });
});

describe('MailApp', () => {
  test('writes one .eml per email, multipart when there is HTML, and spends the quota per recipient', async () => {
    const rt = await sheetRuntime([['x']], 'Hoja', { mailQuota: 5, now: () => new Date('2026-03-15T13:00:00Z') });
    const { MailApp } = rt.context;
    MailApp.sendEmail({ to: 'ana@escuela.mx', cc: 'dir@escuela.mx', subject: 'Recordatorio: convenio vence en 7 días', body: 'Hola Ana', htmlBody: '<p>Hola <b>Ana</b></p>', name: 'Secretaría' });
    MailApp.sendEmail('luis@escuela.mx', 'Aviso', 'Texto');
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    expect(rt.mail.map((m) => [m.to, m.cc, m.subject])).toEqual([
      ['ana@escuela.mx', 'dir@escuela.mx', 'Recordatorio: convenio vence en 7 días'],
      ['luis@escuela.mx', undefined, 'Aviso'],
    ]);
    const first = readFileSync(rt.mail[0].file, 'utf8');
    expect(first).toContain('To: ana@escuela.mx\r\n');
    expect(first).toContain('Cc: dir@escuela.mx\r\n');
    expect(first).toContain(`Subject: =?UTF-8?B?${Buffer.from('Recordatorio: convenio vence en 7 días').toString('base64')}?=`);
    expect(first).toContain('Date: Sun, 15 Mar 2026 13:00:00 +0000');
    expect(first).toMatch(/Content-Type: multipart\/alternative; boundary="([^"]+)"/);
    expect(first).toContain(Buffer.from('<p>Hola <b>Ana</b></p>').toString('base64'));
    expect(readFileSync(rt.mail[1].file, 'utf8')).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(readdirSync(dirname(rt.mail[0].file))).toHaveLength(2);
  });

  test.each([
    ['an invalid address', { to: 'ana@', subject: 's', body: 'b' }, 'Invalid email: ana@'],
    ['more recipients than the quota left', { to: 'a@x.mx, b@x.mx, c@x.mx', subject: 's', body: 'b' }, 'Service invoked too many times for one day: email.'],
  ])('refuses %s without writing a file', async (_label, message, error) => {
    const rt = await sheetRuntime([['x']], 'Hoja', { mailQuota: 2 });
    expect(() => rt.context.MailApp.sendEmail(message)).toThrow(error);
    expect(rt.mail).toEqual([]);
    expect(rt.context.MailApp.getRemainingDailyQuota()).toBe(2);
  });

  test('failMailTo makes chosen recipients fail while the others go out', async () => {
    const rt = await sheetRuntime([['x']], 'Hoja', { failMailTo: (to) => to.startsWith('rebota') });
    expect(() => rt.context.MailApp.sendEmail('rebota@x.mx', 's', 'b')).toThrow('Failed to send email');
    rt.context.MailApp.sendEmail('llega@x.mx', 's', 'b');
    expect(rt.mail.map((m) => m.to)).toEqual(['llega@x.mx']);
    expect(existsSync(rt.mail[0].file)).toBe(true);
  });
});

describe('Ui and HtmlService', () => {
  test('onOpen builds the add-on menu, recorded with each item and its function', async () => {
    const rt = await sheetRuntime([['x']]);
    rt.context.onOpen({ authMode: 'NONE' });
    expect(rt.ui.menu.length).toBeGreaterThan(0);
    expect(rt.ui.menu.map((i) => i.caption)).toContain('Ayuda');
    for (const item of rt.ui.menu) expect(typeof rt.context[item.functionName]).toBe('function');
  });

  test.each([
    ['OK alone', 'OK', 'OK'],
    ['YES_NO answers NO', 'YES_NO', 'NO'],
    ['OK_CANCEL answers CANCEL', 'OK_CANCEL', 'CANCEL'],
  ])('alert with %s', async (_label, buttons, answer) => {
    const rt = await sheetRuntime([['x']]);
    const ui = rt.context.SpreadsheetApp.getUi();
    expect(ui.alert('¿Sobrescribir?', 'La columna tiene datos', ui.ButtonSet[buttons])).toBe(answer);
    expect(rt.ui.alerts).toEqual(['¿Sobrescribir?\nLa columna tiene datos']);
  });

  test('dialogs and the sidebar record their title and HTML', async () => {
    const rt = await sheetRuntime([['x']]);
    const { HtmlService, SpreadsheetApp } = rt.context;
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>hola</p>').setWidth(400), 'Ayuda');
    SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>panel</p>').setTitle('Secretaría escolar'));
    expect(rt.ui.dialogs).toEqual([{ title: 'Ayuda', html: '<p>hola</p>', modal: true }]);
    expect(rt.ui.sidebar).toEqual({ title: 'Secretaría escolar', html: '<p>panel</p>' });
  });

  test('templates evaluate scriptlets, escaping <?= ?> output', async () => {
    const rt = await sheetRuntime([['x']]);
    const t = rt.context.HtmlService.createTemplate('<p><?= nombre ?></p><? for (var i = 0; i < 2; i++) { ?>*<? } ?>');
    t.nombre = '<img src=x>';
    expect(t.evaluate().getContent()).toBe('<p>&lt;img src=x&gt;</p>**');
  });
});
