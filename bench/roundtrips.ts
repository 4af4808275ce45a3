// Round trips per action on the demo workbook (local/actions.ts), against issue 10's targets, as Google would count them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TARGETS, measureActions, measureCustomFunction } from '../local/actions';
import { generateDemo } from '../local/demo';
import { openRuntime } from '../local/runtime';
import { Section } from './report';

/** The demo's reference day, so its commitments and emails are the same on every run. */
const HOY = '2026-11-21';
const FORMULA = '=BECA("I", 8.5, "Sí")';
const WITH_RANGE = '=BECA("I", 8.5, "Sí", Configuración!A:B)';

export async function roundTripsSection(): Promise<Section> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-viajes-'));
  const copy = join(dir, 'demo.xlsx');
  await generateDemo(copy, { today: HOY });
  const rt = await openRuntime(copy, { outbox: join(dir, 'correo'), mailQuota: 1500 });
  const actions = measureActions(rt, HOY);
  rt.spreadsheet.insertSheet('Fórmulas');
  const without = measureCustomFunction(rt, 'Fórmulas', [{ cell: 'A1', formula: FORMULA }]);
  // The actions above left a Configuración sheet: the formula without the range reads it.
  const withRange = measureCustomFunction(rt, 'Fórmulas', [{ cell: 'A2', formula: WITH_RANGE }]);
  const fn = [
    { action: `una fórmula ${FORMULA}`, target: TARGETS.customFunction, trips: without },
    { action: 'la misma con Configuración!A:B', target: TARGETS.customFunction, trips: withRange },
  ];
  return {
    title: 'Viajes de ida y vuelta a Google por acción (libro de demostración, local/services/roundtrips.ts)',
    table: {
      header: ['acción', 'viajes', 'objetivo', 'llamadas'],
      rows: [...actions.map((a) => [a.action, String(a.trips), `≤ ${a.target}`, String(a.calls)]), ...fn.map((f) => [f.action, String(f.trips), `≤ ${f.target}`, ''])],
    },
    checks: [...actions, ...fn].map((a) => ({ target: `${a.action}: ≤ ${a.target} viajes`, measured: String(a.trips), pass: a.trips <= a.target })),
  };
}
