// Round trips, not method calls: reads cost one each, a run of writes one until the next read or flush, builders nothing.
import { openRuntime } from '../../local/runtime';
import { COSTS, costOf } from '../../local/services/roundtrips';
import { tempDist } from './factories';

/** Small scripts whose round trips are counted by hand in each test's comment. */
const CODE = `
function ss_() { return SpreadsheetApp.getActiveSpreadsheet(); }
// getActiveSpreadsheet, getSheetByName (1), getDataRange, getValues (1)
function leerUnaVez() { return ss_().getSheetByName('Hoja').getDataRange().getValues().length; }
// getSheetByName (1); getRange ×3 free; setValue ×3 one run (1)
function tresEscrituras() { var s = ss_().getSheetByName('Hoja'); s.getRange('A1').setValue(1); s.getRange('A2').setValue(2); s.getRange('A3').setValue(3); }
// getSheetByName (1); write (1), read (1), write (1), read (1)
function alternadas() { var s = ss_().getSheetByName('Hoja'); s.getRange('A1').setValue(1); s.getRange('A1').getValue(); s.getRange('A2').setValue(2); return s.getLastRow(); }
// getSheetByName (1); write run (1), flush (0), write run (1)
function conFlush() { var s = ss_().getSheetByName('Hoja'); s.getRange('A1').setValue(1).setFontWeight('bold'); SpreadsheetApp.flush(); s.getRange('A2').setValue(2); }
// builders and menus: nothing; addToUi (1)
function soloConstructores() {
  SpreadsheetApp.newDataValidation().requireValueInList(['sí', 'no']).build();
  SpreadsheetApp.getUi().createAddonMenu().addItem('Abrir', 'leerUnaVez').addToUi();
  Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); Logger.log('x');
}
// getProperty (1), setProperty (1), tryLock (1), releaseLock (1); getDocumentProperties and getDocumentLock are handles
function propiedadesYCandado() {
  var p = PropertiesService.getDocumentProperties(); p.getProperty('a'); p.setProperty('a', 'b');
  var l = LockService.getDocumentLock(); l.tryLock(10); l.releaseLock();
}
// a write (1), a property call (1) that does not end the run, a write in the same run (0)
function escrituraPropiedadEscritura() {
  var s = ss_().getRange('Hoja!A1'); s.setValue(1); PropertiesService.getDocumentProperties().setProperty('k', 'v'); s.setValue(2);
}
/** @customfunction */
function ZONA() { return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(); }
`;

async function project() {
  return openRuntime({ sheets: { Hoja: [['dato'], [2]] } }, { dist: tempDist({ code: CODE }) });
}

describe('the cost table', () => {
  test.each([
    ['Range.getValues', 'read'],
    ['Range.getFormulas', 'read'],
    ['Range.getDisplayValues', 'read'],
    ['Spreadsheet.getSheetByName', 'read'],
    ['Sheet.getLastRow', 'read'],
    ['Properties.getProperty', 'call'],
    ['Lock.tryLock', 'call'],
    ['MailApp.sendEmail', 'call'],
    ['Range.setValues', 'write'],
    ['Sheet.insertChart', 'write'],
    ['SpreadsheetApp.flush', 'flush'],
    ['Sheet.newChart', 'free'],
    ['SpreadsheetApp.newConditionalFormatRule', 'free'],
    ['Sheet.getRange', 'free'],
    ['Utilities.formatDate', 'free'],
  ])('%s is a %s', (name, cost) => expect(costOf(name)).toBe(cost));

  test('classifies every method of the scope table, and nothing else', async () => {
    const { SCOPES } = await import('../../local/services/scopes');
    expect(Object.keys(COSTS).sort()).toEqual(Object.keys(SCOPES).sort());
  });
});

describe('counting round trips per execution', () => {
  test.each([
    ['leerUnaVez', 2],
    ['tresEscrituras', 2],
    ['alternadas', 5],
    ['conFlush', 3],
    ['soloConstructores', 1],
    ['propiedadesYCandado', 4],
    ['escrituraPropiedadEscritura', 2],
  ])('%s costs %i', async (name, trips) => {
    const rt = await project();
    rt.resetCalls();
    rt.run(name);
    expect(rt.roundTrips).toBe(trips);
  });

  test('a run of writes ends with its execution: two executions of writes are two round trips', async () => {
    const rt = await project();
    rt.resetCalls();
    rt.run('tresEscrituras');
    rt.run('tresEscrituras');
    expect(rt.roundTrips).toBe(4);
  });

  test("a custom function's trips are its own execution's, not the action's", async () => {
    const rt = await project();
    rt.spreadsheet.getSheetByName('Hoja').getRange('B1').setFormula('=ZONA()');
    rt.resetCalls();
    rt.run('leerUnaVez');
    expect(rt.roundTrips).toBe(2);
    expect(rt.customFunctionTrips).toEqual([1]);
    expect(rt.sheetValues('Hoja')[0][1]).toBe('America/Mexico_City');
  });
});

describe("issue 10's targets on the demo workbook", () => {
  const HOY = '2026-11-21';
  let figures: { action: string; target: number; trips: number; byName?: Record<string, number> }[] = [];

  beforeAll(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { generateDemo } = await import('../../local/demo');
    const { measureActions, measureCustomFunction } = await import('../../local/actions');
    const dir = mkdtempSync(join(tmpdir(), 'viajes-'));
    await generateDemo(join(dir, 'demo.xlsx'), { today: HOY });
    const rt = await openRuntime(join(dir, 'demo.xlsx'), { outbox: join(dir, 'correo'), mailQuota: 1500 });
    figures = measureActions(rt, HOY);
    rt.spreadsheet.insertSheet('Fórmulas');
    // The actions left a Configuración sheet: without the range the function reads it.
    figures.push({ action: 'BECA sin rango', target: 2, trips: measureCustomFunction(rt, 'Fórmulas', [{ cell: 'A1', formula: '=BECA("I", 8.5, "Sí")' }]) });
    figures.push({ action: 'BECA con rango', target: 2, trips: measureCustomFunction(rt, 'Fórmulas', [{ cell: 'A2', formula: '=BECA("I", 8.5, "Sí", Configuración!A:B)' }]) });
  }, 60_000);

  const trips = (action: string) => figures.find((f) => f.action.startsWith(action))!.trips;

  test.each([
    ['abrir el panel', 5],
    ['panel Alumnos', 5],
    ['panel Resumen', 5],
    ['panel Configuración', 5],
    ['panel Convenios', 5],
    ['Calcular (valores)', 10],
    ['Calcular (fórmulas)', 10],
    ['Crear tablero', 15],
    ['Tablero de convenios', 15],
    ['BECA sin rango', 2],
    ['BECA con rango', 2],
  ])('%s: at most %i round trips', (action, target) => expect(trips(action)).toBeLessThanOrEqual(target));

  // Counted by hand on the demo (a new Bitácora; the Tablero de convenios just written by the action before, so its
  // tables have not changed): tryLock, the zone, the sheets, one TextFinder for the fecha de corte labels,
  // Configuración, Compromisos, the properties, Convenios, II.EE., the new Bitácora, its header's writes (the first
  // email's row joins them), the mail quota; the emails' rows and sends (1 + 2 × 8); the Bitácora read again, one run
  // of writes for the outcomes and the Tablero's date, the last run and the Tablero's fingerprint saved in one call:
  // 15 + 17 = 32. No releaseLock (the lock goes with the execution), no read of the Tablero's charts. The target,
  // 10 + 2 per email, is not met.
  test('the daily job: 9 emails, 2 round trips each and 14 for the rest', () => {
    const job = figures.find((f) => f.action.startsWith('tarea diaria'))!;
    expect(job.action).toContain('9 correos');
    expect(job.trips).toBe(14 + 2 * 9);
    expect([job.byName?.['Lock.tryLock'], job.byName?.['Lock.releaseLock'], job.byName?.['Sheet.getCharts']]).toEqual([1, undefined, undefined]);
  });
});
