// The custom functions' host port: what they ask (zone, Configuración rows, clock) comes from the wired host, with no Apps Script service.
import { BECA } from '../../src/functions/becas';
import { functionContext } from '../../src/functions/context';
import { DIAS_RESTANTES } from '../../src/functions/followup';
import { DEFAULT_TIME_ZONE, Host, bareHost, host, useHost } from '../../src/functions/host';

/** A host that counts how often each question is asked. */
function countingHost(over: Partial<Host>): Host & { asked: Record<string, number> } {
  const asked: Record<string, number> = { timeZone: 0, configRows: 0, now: 0 };
  const base = { ...bareHost, ...over };
  return {
    asked,
    timeZone: () => (asked.timeZone++, base.timeZone()),
    configRows: () => (asked.configRows++, base.configRows()),
    now: () => (asked.now++, base.now()),
  };
}

afterEach(() => useHost(bareHost));

test('the bare host: the project zone, no Configuración, the machine clock', () => {
  expect(host()).toBe(bareHost);
  expect(bareHost.timeZone()).toBe(DEFAULT_TIME_ZONE);
  expect(bareHost.configRows()).toEqual([]);
  expect(Math.abs(bareHost.now().getTime() - Date.now())).toBeLessThan(1000);
});

test('a blank configuracion argument reads the host\'s rows once per call; a passed range wins over them', () => {
  const h = countingHost({ configRows: () => [['clave', 'valor'], ['beca_continuidad', '15%']] });
  useHost(h);
  expect(BECA([['I'], ['I']], [[9], [9]], 'sí', '')).toEqual([[0.15], [0.15]]);
  expect(h.asked.configRows).toBe(1);
  expect(BECA('I', 9, 'sí', [['beca_continuidad', '20%']])).toBe(0.2);
  expect(h.asked.configRows).toBe(1);
});

test('a bad Configuración row from the host answers every row with its problem', () => {
  useHost(countingHost({ configRows: () => [['beca_continuidad', 'mucho']] }));
  const ctx = functionContext();
  expect(ctx.configIssue?.code).toBeDefined();
  const out = BECA([['I'], ['I']], [[9], [9]], 'sí', '') as string[][];
  expect(out).toHaveLength(2);
  for (const [cell] of out) expect(cell).toMatch(/^Error: .*beca_continuidad/);
});

test('today is the host clock\'s day in the host zone', () => {
  // 03:00 UTC of 16/03/2026: still the 15th in Mexico City, already the 16th in Madrid.
  const now = new Date(Date.UTC(2026, 2, 16, 3));
  useHost(countingHost({ now: () => now }));
  expect(DIAS_RESTANTES('20/03/2026')).toBe(5);
  const madrid = countingHost({ now: () => now, timeZone: () => 'Europe/Madrid' });
  useHost(madrid);
  expect(DIAS_RESTANTES('20/03/2026')).toBe(4);
  expect(madrid.asked.now).toBe(1);
});
