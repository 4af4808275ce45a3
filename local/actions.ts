// The actions a secretary starts, each run once on a workbook as the panel sends it, with the round trips it costs in Google.
import type { ComputeRequest, StudentSheetView } from '../src/api';
import { Runtime } from './runtime';

/** One action's figures: what it is, its target in round trips, and what it cost. */
export interface ActionTrips {
  action: string;
  target: number;
  trips: number;
  calls: number;
  /** The calls by method name, to see where the trips went. */
  byName: Record<string, number>;
}

/** The targets (issue 10): panels ≤ 5, Calcular ≤ 10, each Tablero ≤ 15, the daily job ≤ 10 + 2 per email, a custom function ≤ 2. */
export const TARGETS = { panel: 5, calcular: 10, tablero: 15, dailyJob: 10, perEmail: 2, customFunction: 2 } as const;

type Answer = { ok: boolean; data?: any; error?: string };

const callsOf = (rt: Runtime) => Object.values(rt.calls).reduce((a, b) => a + b, 0);

/** Runs `name` once, counted from zero; its answer must be ok. */
function measure(rt: Runtime, action: string, target: number, work: () => unknown): ActionTrips {
  rt.resetCalls();
  const answer = work() as Answer | undefined;
  if (answer && typeof answer === 'object' && 'ok' in answer && !answer.ok) throw new Error(`${action}: ${answer.error}`);
  return { action, target, trips: rt.roundTrips, calls: callsOf(rt), byName: { ...rt.calls } };
}

/**
 * Every action of the panels on `rt`'s workbook (the demo's sheets Alumnos, Compromisos, Convenios),
 * in the order a secretary meets them; `hoy` fixes the convenios' day. The daily job's target counts
 * the emails it sent. Writes stay in `rt`: run it on a copy.
 */
export function measureActions(rt: Runtime, hoy: string): ActionTrips[] {
  const out: ActionTrips[] = [];
  out.push(measure(rt, 'abrir el panel (menú)', TARGETS.panel, () => rt.run('abrirPanel')));
  let view: Answer = { ok: false };
  out.push(measure(rt, 'panel Alumnos (detectarAlumnos)', TARGETS.panel, () => (view = rt.run('detectarAlumnos') as Answer)));
  out.push(measure(rt, 'panel Resumen (leerResumen)', TARGETS.panel, () => rt.run('leerResumen')));
  out.push(measure(rt, 'panel Configuración (leerConfiguracion)', TARGETS.panel, () => rt.run('leerConfiguracion')));
  out.push(measure(rt, 'panel Convenios (leerConvenios)', TARGETS.panel, () => rt.run('leerConvenios', hoy)));
  const data = view.data as StudentSheetView;
  const columns = Object.fromEntries(data.fields.map((f) => [f.field, f.column]));
  // Every result the sheet's columns allow, as the panel offers them.
  const outputs = data.outputs.filter((o) => o.missing.length === 0).map((o) => o.id);
  const request = (mode: 'valores' | 'formulas'): ComputeRequest => ({ sheet: data.sheet, columns, subjects: data.subjects, outputs, mode });
  out.push(measure(rt, 'Calcular (valores)', TARGETS.calcular, () => rt.run('calcularAlumnos', request('valores'))));
  out.push(measure(rt, 'Calcular (fórmulas)', TARGETS.calcular, () => rt.run('calcularAlumnos', request('formulas'))));
  out.push(measure(rt, 'Crear tablero', TARGETS.tablero, () => rt.run('crearTablero')));
  out.push(measure(rt, 'Tablero de convenios', TARGETS.tablero, () => rt.run('crearTableroConvenios', hoy)));
  const sent = rt.mail.length;
  const job = measure(rt, 'tarea diaria (enviarAvisosAhora)', TARGETS.dailyJob, () => rt.run('enviarAvisosAhora', hoy));
  const emails = rt.mail.length - sent;
  out.push({ ...job, action: `${job.action}, ${emails} correos`, target: TARGETS.dailyJob + TARGETS.perEmail * emails });
  return out;
}

/**
 * One custom-function execution, with and without the Configuración range passed: the round trips
 * of the formula's own execution, the largest when `formulas` are several cells.
 */
export function measureCustomFunction(rt: Runtime, sheet: string, formulas: { cell: string; formula: string }[]): number {
  const target = rt.spreadsheet.getSheetByName(sheet);
  for (const f of formulas) target.getRange(f.cell).setFormula(f.formula);
  rt.resetCalls();
  rt.recalculate();
  const trips = rt.customFunctionTrips;
  if (trips.length === 0) throw new Error('Ninguna fórmula personalizada se calculó.');
  return Math.max(...trips);
}
