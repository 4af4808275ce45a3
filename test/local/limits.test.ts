// Apps Script's quotas in the local services: property stores, triggers per script, daily email recipients.
import { sheetRuntime } from './factories';

const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

describe('Properties: 9 KB per value, 500 KB per store', () => {
  test('a store stops taking values past 500 KB, and overwriting a key counts its new size only', async () => {
    const rt = await sheetRuntime([['x']]);
    const doc = rt.context.PropertiesService.getDocumentProperties();
    const value = 'x'.repeat(9000);
    let n = 0;
    expect(() => {
      for (;;) doc.setProperty(`k${n++}`, value);
    }).toThrow(STORE_FULL);
    expect(n - 1).toBe(56); // 56 values of 9,000 bytes fit in 500 KB (512,000 bytes); the 57th does not
    expect(doc.getProperty(`k${n - 1}`)).toBeNull();
    doc.setProperty('k0', 'pequeño');
    expect(() => doc.setProperty('k56', value)).not.toThrow();
  });

  test('setProperties writes all of its values or, past a limit, none', async () => {
    const rt = await sheetRuntime([['x']]);
    const doc = rt.context.PropertiesService.getDocumentProperties();
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'x'.repeat(9000)]));
    expect(() => doc.setProperties(many)).toThrow(STORE_FULL);
    expect(doc.getKeys()).toEqual([]);
    expect(() => doc.setProperties({ a: '1', b: 'x'.repeat(9 * 1024) })).toThrow('Argument too large: value');
    expect(doc.getKeys()).toEqual([]);
    doc.setProperties({ a: '1', b: '2' });
    expect(doc.getProperties()).toEqual({ a: '1', b: '2' });
  });
});

describe('ScriptApp: 20 triggers per user per script', () => {
  test('the 21st trigger is refused with Apps Script’s text', async () => {
    const rt = await sheetRuntime([['x']]);
    const { ScriptApp } = rt.context;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`h${i}`).forSpreadsheet(rt.spreadsheet).onOpen().create();
    expect(() => ScriptApp.newTrigger('h20').forSpreadsheet(rt.spreadsheet).onEdit().create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(rt.triggers).toHaveLength(20);
  });
});

describe('MailApp: daily recipients', () => {
  test.each([
    ['a consumer account', 100, {}],
    ['a Workspace account', 1500, { account: 'workspace' as const }],
  ])('%s starts the day with %d recipients', async (_label, quota, options) => {
    const rt = await sheetRuntime([['x']], 'Hoja', options);
    expect(rt.context.MailApp.getRemainingDailyQuota()).toBe(quota);
  });

  test('counts recipients, not emails: to, cc and bcc each spend one', async () => {
    const rt = await sheetRuntime([['x']], 'Hoja', { mailQuota: 4 });
    const { MailApp } = rt.context;
    MailApp.sendEmail({ to: 'ana@escuela.mx', cc: 'dir@escuela.mx', bcc: 'archivo@escuela.mx', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail({ to: 'luis@escuela.mx', bcc: 'archivo@escuela.mx', subject: 's', body: 'b' })).toThrow('Service invoked too many times for one day: email.');
    expect(rt.mail).toHaveLength(1);
  });
});
