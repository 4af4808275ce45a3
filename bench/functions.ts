// Each custom function on a whole-column range (50,000 rows, 5,000 filled) against a bare loop over the same cells.
import vm from 'node:vm';
import { FUNCTION_HELP, type FunctionHelp } from '../src/functions/help';
import { inputRows } from '../test/quality/contract';
import { loadBundle } from '../test/helpers/bundle';
import { parseFormula, readmeExamples } from '../test/helpers/readme-examples';
import { Section, median, ms, timeInterleaved, timeOnce } from './report';

export const TOTAL_ROWS = 50_000;
export const FILLED_ROWS = 5_000;
export const MAX_RATIO = 20;
const RUNS = 15;

type Realm = Record<string, any>;

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A literal argument as the sheet's cell would hold it: "15/03/2026" typed in a cell reaches the
 * script as a Date at midnight of the spreadsheet's zone (America/Mexico_City, UTC−6 all year).
 */
function asCell(v: unknown, RealmDate: DateConstructor): unknown {
  if (typeof v === 'string') {
    const m = DMY.exec(v);
    if (m) return new RealmDate(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 6));
  }
  return v;
}

interface Samples {
  /** One row of arguments per example row that does not answer «Error: …». */
  rows: unknown[][];
  /** Which parameters some example gives as a range ({…}); with none, every example is one row. */
  ranged: boolean[];
}

/** The README's examples and the Ayuda example of a function, spilled ranges split into rows. */
function samplesOf(help: FunctionHelp, call: (args: unknown[]) => unknown): Samples {
  const formulas = [
    ...readmeExamples()
      .filter((e) => e.name === help.name)
      .map((e) => e.formula),
    help.example.split('→')[0].trim(),
  ];
  const rows: unknown[][] = [];
  const ranged = help.params.map(() => false);
  for (const formula of formulas) {
    let args: unknown[];
    try {
      args = parseFormula(formula).args;
    } catch {
      continue;
    }
    args.forEach((a, i) => (ranged[i] ||= Array.isArray(a) && help.params[i]?.shape !== 'row'));
    const n = inputRows(help, args) ?? 1;
    for (let r = 0; r < n; r++) {
      const row = help.params.map((p, i) => {
        const v = args[i];
        if (!Array.isArray(v)) return v;
        const grid = Array.isArray(v[0]) ? (v as unknown[][]) : [v];
        if (p.shape === 'row') return grid.length === 1 ? grid[0] : grid[r];
        return grid.length === 1 ? grid[0][0] : grid[r][0];
      });
      const out = call(row);
      if (!(typeof out === 'string' && out.startsWith('Error'))) rows.push(row);
    }
  }
  return { rows, ranged };
}

/**
 * The arguments of one call over a whole column: per parameter a 50,000-row range whose first
 * 5,000 rows cycle through the sample rows. A parameter that every sample gives the same value stays
 * a single value when it is optional (a fecha de corte cell, a dias_aviso constant) or when the
 * examples give other parameters as ranges but never this one (COBERTURA's total of II.EE.).
 */
function wholeColumnArgs(help: FunctionHelp, { rows: samples, ranged }: Samples, realm: Realm): unknown[] {
  const someRanged = ranged.some(Boolean);
  const RealmDate = vm.runInContext('Date', realm) as DateConstructor;
  return help.params.map((p, i) => {
    if (p.name === 'configuracion') return undefined;
    const values = samples.map((s) => s[i]);
    const same = values.every((v) => JSON.stringify(v) === JSON.stringify(values[0]));
    if (same && p.shape !== 'row' && (p.optional || (someRanged && !ranged[i]))) return asCell(values[0], RealmDate);
    const width = p.shape === 'row' ? Math.max(1, ...values.map((v) => (Array.isArray(v) ? v.length : 1))) : 1;
    const blank = () => new Array(width).fill('');
    const grid: unknown[][] = new Array(TOTAL_ROWS);
    for (let r = 0; r < TOTAL_ROWS; r++) {
      if (r >= FILLED_ROWS) {
        grid[r] = blank();
        continue;
      }
      const v = values[r % values.length];
      const row = blank();
      (Array.isArray(v) ? v : [v]).forEach((c, j) => (row[j] = asCell(c ?? '', RealmDate)));
      grid[r] = row;
    }
    return grid;
  });
}

/**
 * The least any custom function must do, compiled in the bundle's context: read every cell of every
 * argument and build one output row per input row.
 */
const BARE_LOOP = `(function bareLoop(args) {
  var grids = args.filter(function (a) { return Array.isArray(a); });
  var rows = grids[0].length;
  var out = new Array(rows);
  for (var r = 0; r < rows; r++) {
    var filled = 0;
    for (var g = 0; g < grids.length; g++) {
      var row = grids[g][r];
      for (var c = 0; c < row.length; c++) if (row[c] !== '') filled++;
    }
    out[r] = [filled ? filled : ''];
  }
  return out;
})`;

export function functionsSection(): Section {
  const realm = loadBundle();
  const bareLoop = vm.runInContext(BARE_LOOP, realm) as (args: unknown[]) => unknown;
  const rows: string[][] = [];
  const checks = [];
  for (const help of FUNCTION_HELP) {
    const fn = realm[help.name] as ((...a: unknown[]) => unknown) | undefined;
    if (!fn) {
      checks.push({ target: `${help.name} existe en dist/Code.js`, measured: 'no está en el paquete', pass: false });
      continue;
    }
    const samples = samplesOf(help, (args) => fn(...args));
    if (samples.rows.length === 0) {
      checks.push({ target: `${help.name}: ejemplos válidos para medir`, measured: 'ninguno en README ni en FUNCTION_HELP', pass: false });
      continue;
    }
    const args = wholeColumnArgs(help, samples, realm);
    const first = timeOnce(() => fn(...args));
    const [fnTimes, loopTimes] = timeInterleaved([() => fn(...args), () => bareLoop(args)], RUNS);
    const fnMs = median(fnTimes);
    const loopMs = median(loopTimes);
    const ratio = fnMs / loopMs;
    rows.push([help.name, String(samples.rows.length), ms(first), ms(fnMs), ms(loopMs), `${ratio.toFixed(1)}×`]);
    checks.push({ target: `${help.name} ≤ ${MAX_RATIO}× el bucle simple`, measured: `${ratio.toFixed(1)}×`, pass: ratio <= MAX_RATIO });
  }
  return {
    title: `Funciones sobre una columna entera: ${TOTAL_ROWS.toLocaleString('es-MX')} filas, ${FILLED_ROWS.toLocaleString('es-MX')} con datos (mediana de ${RUNS})`,
    table: { header: ['función', 'ejemplos', '1.ª llamada', 'mediana', 'bucle simple', 'razón'], rows },
    checks,
  };
}
