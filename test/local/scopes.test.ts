// The runtime refuses what Google refuses: scopes the manifest lacks, unknown methods, the custom-function sandbox, time limits.
import { openRuntime } from '../../local/runtime';
import { cellKey } from '../../local/services/book';
import { SCOPES, scopesOf } from '../../local/services/scopes';
import { sheetOf, tempDist } from './factories';

const SHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const MAIL = 'https://www.googleapis.com/auth/script.send_mail';

/** A tiny project: custom functions that try each service, and script functions that run or wait. */
const CODE = `
/** @customfunction */
function CORREO(to) { MailApp.sendEmail(to, 'Asunto', 'Texto'); return 'enviado'; }
/** @customfunction */
function ESCRIBE() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Hoja').getRange('D1').setValue('x'); return 'escrito'; }
/** @customfunction */
function LEE() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Hoja'); return s.getRange('A1').getValue() + '/' + s.getLastRow(); }
/** @customfunction */
function USUARIO() { return '[' + Session.getActiveUser().getEmail() + '][' + Session.getEffectiveUser().getEmail() + ']'; }
/** @customfunction */
function VENTANA() { SpreadsheetApp.getUi(); return 'ui'; }
/** @customfunction */
function GUARDA(k) {
  var doc = PropertiesService.getDocumentProperties(), cache = CacheService.getScriptCache();
  doc.setProperty(k, 'd'); cache.put(k, 'c');
  return doc.getProperty(k) + cache.get(k) + LockService.getDocumentLock().tryLock(10) + Utilities.formatString('%d', 7);
}
/** @customfunction */
function DEL_USUARIO(k) { PropertiesService.getUserProperties().setProperty(k, 'u'); return 'guardado'; }
/** @customfunction */
function ACTIVADOR() { ScriptApp.newTrigger('esperar').timeBased().everyHours(1).create(); return 'activado'; }
/** @customfunction */
function LENTO() { Utilities.sleep(31000); return SpreadsheetApp.getActiveSpreadsheet().getName(); }
/** @customfunction */
function ATRAPA() { Utilities.sleep(31000); try { SpreadsheetApp.getActiveSpreadsheet().getName(); } catch (e) {} return 'sigo'; }
function esperar(minutos) { for (var i = 0; i < minutos; i++) { Utilities.sleep(60000); SpreadsheetApp.getActiveSpreadsheet().getName(); } return minutos; }
function enviar(to) { MailApp.sendEmail(to, 'Asunto', 'Texto'); return MailApp.getRemainingDailyQuota(); }
function leer() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Hoja').getRange('A1').getValue(); }
`;

const ALL = [CURRENT_ONLY, 'https://www.googleapis.com/auth/script.container.ui', MAIL, 'https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/userinfo.email'];
const project = (rows: unknown[][] = [['dato']], scopes: string[] | null = ALL) => openRuntime({ sheets: { Hoja: rows } }, { dist: tempDist({ code: CODE, scopes }) });

/** The message a call throws, to compare whole. */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no lanzó nada';
}

describe('the scope table', () => {
  test.each([
    ['Session.getEffectiveUser', ['https://www.googleapis.com/auth/userinfo.email']],
    ['Session.getScriptTimeZone', []],
    ['MailApp.sendEmail', [MAIL]],
    ['Trigger.getUniqueId', ['https://www.googleapis.com/auth/script.scriptapp']],
    ['Ui.showSidebar', ['https://www.googleapis.com/auth/script.container.ui']],
    ['Ui.createAddonMenu', []],
    ['Range.setValues', [CURRENT_ONLY, SHEETS]],
    ['Utilities.formatDate', []],
    ['Range.writeCell', undefined],
  ])('%s needs %j', (name, scopes) => expect(scopesOf(name)).toEqual(scopes));

  test('lists only the scopes of the services the runtime emulates', () => {
    const used = new Set(Object.values(SCOPES).flat());
    expect([...used].sort()).toEqual([...ALL, SHEETS].sort());
  });
});

describe('scopes the manifest lacks', () => {
  test('a call whose one scope is missing throws Apps Script’s text with that scope', async () => {
    const rt = await project([['dato']], [CURRENT_ONLY]);
    expect(thrown(() => rt.run('enviar', 'ana@escuela.mx'))).toBe(`You do not have permission to call MailApp.sendEmail. Required permissions: ${MAIL}`);
    expect(rt.mail).toEqual([]);
  });

  test('with several scopes any one suffices, and none gives the (a || b) list', async () => {
    expect((await project([['dato']], [SHEETS])).run('leer')).toBe('dato');
    const none = await project([['dato']], [MAIL]);
    expect(thrown(() => none.run('leer'))).toBe(`You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${CURRENT_ONLY} || ${SHEETS})`);
  });

  test('a manifest without oauthScopes grants what the code uses, as Apps Script detects it', async () => {
    expect((await project([['dato']], null)).run('enviar', 'ana@escuela.mx')).toBe(99);
  });

  test('a method the table does not know is refused, so no new call slips past it', async () => {
    const rt = await project();
    expect(thrown(() => sheetOf(rt, 'Hoja').range(1, 1))).toBe(
      'El entorno local no sabe qué permisos necesita Sheet.range: añádalo a local/services/scopes.ts con los que indica la referencia de Google.',
    );
  });
});

describe('inside a custom function', () => {
  const cases: [string, string, unknown, string][] = [
    ['reads the spreadsheet', '=LEE()', 'dato/11', ''],
    ['sees the user’s email as ""', '=USUARIO()', '[][]', ''],
    ['uses Properties, Cache, Lock and Utilities', '=GUARDA("k")', 'dctrue7', ''],
    ['may not send mail', '=CORREO("ana@escuela.mx")', '#ERROR!', `You do not have permission to call MailApp.sendEmail. Required permissions: ${MAIL}`],
    ['may not write a cell', '=ESCRIBE()', '#ERROR!', 'You do not have permission to call setValue'],
    ['may not set user properties (the owner’s)', '=DEL_USUARIO("k")', '#ERROR!', 'You do not have permission to call setProperty'],
    ['may not create a trigger', '=ACTIVADOR()', '#ERROR!', 'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp'],
    ['may not reach the UI', '=VENTANA()', '#ERROR!', 'Cannot call SpreadsheetApp.getUi() from this context.'],
    ['stops after 30 s', '=LENTO()', '#ERROR!', 'Exceeded maximum execution time'],
    ['stops after 30 s even when it catches the error', '=ATRAPA()', '#ERROR!', 'Exceeded maximum execution time'],
  ];
  test.each(cases)('%s', async (_label, formula, value, note) => {
    const rows = Array.from({ length: 11 }, (_, i) => [i === 0 ? 'dato' : '', i === 10 ? formula : '']);
    const rt = await project(rows);
    expect(rt.sheetValues('Hoja')[10][1]).toBe(value);
    expect(rt.book.sheet('Hoja')!.errors.get(cellKey(10, 1)) ?? '').toBe(note);
    expect(rt.mail).toEqual([]);
    expect(rt.triggers).toEqual([]);
    expect(rt.sheetValues('Hoja')[0]).toEqual(['dato', '']);
  });

  test('the sandbox ends with the function: a run afterwards may send mail and sees the user', async () => {
    const rt = await project([['dato', '=CORREO("ana@escuela.mx")']]);
    expect(rt.sheetValues('Hoja')[0][1]).toBe('#ERROR!');
    expect(rt.run('enviar', 'ana@escuela.mx')).toBe(99);
    expect(rt.context.Session.getActiveUser().getEmail()).toBe('secretaria@escuela.local');
  });
});

describe('6 minutes per execution on the services’ clock', () => {
  test('a run that has waited past 6 minutes stops at its next service call; the next run starts afresh', async () => {
    // A fixed wall clock: only Utilities.sleep moves time on, so the 6-minute edge is exact however loaded the machine is.
    const fixed = new Date('2026-03-02T15:00:00Z');
    const rt = await openRuntime({ sheets: { Hoja: [['dato']] } }, { dist: tempDist({ code: CODE, scopes: ALL }), now: () => fixed });
    expect(rt.run('esperar', 6)).toBe(6);
    expect(thrown(() => rt.run('esperar', 7))).toBe('Exceeded maximum execution time');
    expect(rt.run('esperar', 1)).toBe(1);
  });
});
