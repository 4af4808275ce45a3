// The Convenios panel and its trigger under the manifest's scopes, as Google enforces them: no answer fails, no trigger is orphaned.
import { join } from 'node:path';
import { RuntimeOptions, openRuntime } from '../../local/runtime';
import { manifestScopes, tempDir, tempDist } from '../local/factories';
import { dayOfDate, isoDay } from '../../src/core/dates';
import { TZ, sheet } from './factories';

const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
const HOY = '2026-03-10';
const rows = [{ correo: 'ana@ugel.pe', responsable: 'Ana', fecha: '2026-03-12' }];
type Answer = { ok: boolean; data?: any; error?: string };

const open = (options: RuntimeOptions = {}) => openRuntime({ sheets: { Compromisos: sheet(rows) } }, { outbox: join(tempDir('avisos-'), 'correo'), ...options });
const withoutEmailScope = () => tempDist({ scopes: manifestScopes().filter((s) => s !== EMAIL_SCOPE) });

describe('the panel with the scopes appsscript.json lists', () => {
  test('leerConvenios answers: the account that holds the reminders can be read', async () => {
    const rt = await open();
    const answer = rt.run('leerConvenios', HOY) as Answer;
    expect(answer.error).toBeUndefined();
    expect(answer.data.reminders).toEqual({ on: false, hour: null, owner: '', mine: true });
  });

  test('activarAvisos records the trigger it created, with its owner', async () => {
    const rt = await open();
    expect((rt.run('activarAvisos', 7) as Answer).ok).toBe(true);
    expect(rt.triggers).toHaveLength(1);
    expect(JSON.parse(rt.properties.document['convenios.avisos'])).toEqual({ owner: 'secretaria@escuela.local', hour: 7, triggerId: rt.triggers[0].id });
  });
});

describe('activarAvisos never leaves a trigger its record does not name', () => {
  test('without userinfo.email the account cannot be read: the call fails before any trigger exists', async () => {
    const rt = await open({ dist: withoutEmailScope() });
    const answer = rt.run('activarAvisos', 7) as Answer;
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain(`You do not have permission to call Session.getEffectiveUser. Required permissions: ${EMAIL_SCOPE}`);
    expect(rt.triggers).toEqual([]);
    expect(rt.properties.document).not.toHaveProperty(['convenios.avisos']);
  });

  test('a document store too full for the record: the new trigger is deleted and the reminders read as off', async () => {
    const rt = await open();
    // Fill the store to 30 bytes under its 500 KB: the new record (about 90 bytes) no longer fits.
    const used = Object.entries(rt.properties.document).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    let left = 500 * 1024 - used - 30;
    for (let i = 0; left > 0; i++) {
      const key = `relleno${i}`;
      const size = Math.min(9000, left - key.length);
      rt.properties.document[key] = 'x'.repeat(Math.max(0, size));
      left -= key.length + Math.max(0, size);
    }
    const answer = rt.run('activarAvisos', 18) as Answer;
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain('You have exceeded the property storage quota');
    expect(rt.triggers).toEqual([]);
    expect(rt.properties.document).not.toHaveProperty(['convenios.avisos']);
    expect((rt.run('leerConvenios', HOY) as Answer).data.reminders).toEqual({ on: false, hour: null, owner: '', mine: true });
  });
});

describe('the daily trigger, fired as one execution', () => {
  // The handler takes no day: the rows are due tomorrow in the spreadsheet's zone, whenever the test runs.
  const tomorrow = isoDay(dayOfDate(new Date(), TZ) + 1);
  const three = ['ana', 'luis', 'rosa'].map((name) => ({ correo: `${name}@ugel.pe`, responsable: name, fecha: tomorrow }));
  const openThree = (options: RuntimeOptions) =>
    openRuntime({ sheets: { Compromisos: sheet(three) } }, { outbox: join(tempDir('avisos-'), 'correo'), ...options });

  test('sends the due reminders under the trigger’s id', async () => {
    const rt = await openThree({});
    rt.run('activarAvisos', 7);
    rt.fire(rt.triggers[0].id);
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe', 'rosa@ugel.pe']);
  });

  test('a run whose sending passes 6 minutes is stopped by Apps Script at its next service call', async () => {
    let clock = Date.now();
    // Each email takes 4 minutes on the services' clock.
    const rt = await openThree({ now: () => new Date(clock), failMailTo: () => ((clock += 4 * 60 * 1000), false) });
    rt.run('activarAvisos', 7);
    expect(() => rt.fire(rt.triggers[0].id)).toThrow('Exceeded maximum execution time');
    expect(rt.mail.map((m) => m.to)).toEqual(['ana@ugel.pe', 'luis@ugel.pe']);
  });
});
