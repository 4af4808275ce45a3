// Each custom function on a whole-column range (50,000 rows, 5,000 filled) against a bare loop over the same cells.
import vm from 'node:vm';
import { FUNCTION_HELP, type FunctionHelp } from '../src/functions/help';
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

export interface Samples {
  /** One row of arguments per example row that does not answer «Error: …». */
  rows: unknown[][];
  /** Which parameters the examples give as a range ({…}); with none, every example is one row. */
  ranged: boolean[];
}

/** Whether a result is, or starts with, an «Error: …» text. */
function isError(out: unknown): boolean {
  let first = out;
  while (Array.isArray(first)) first = first[0];
  return typeof first === 'string' && first.startsWith('Error');
}

/** The rows of one example call, spilled ranges split into rows; a shorter range reads blank. */
function rowsOf(help: FunctionHelp, args: unknown[]): unknown[][] {
  const n = Math.max(1, ...args.map((a) => (Array.isArray(a) ? a.length : 1)));
  return Array.from({ length: n }, (_, r) =>
    help.params.map((p, i) => {
      const v = args[i];
      if (!Array.isArray(v)) return v;
      const grid = v as unknown[][];
      if (p.shape === 'row') return grid.length === 1 ? grid[0] : (grid[r] ?? []);
      return grid.length === 1 ? grid[0][0] : (grid[r]?.[0] ?? '');
    }),
  );
}

/**
 * Realistic rows from the README's examples and the Ayuda example of a function. A function that
 * reads its ranges as a whole (a table such as RESUMEN_COMPROMISOS or COBERTURA) keeps its largest
 * valid example together, since mixing examples would make a catalog that matches nothing; the
 * others pool every example row that does not answer «Error: …».
 */
export function samplesOf(help: FunctionHelp, call: (args: unknown[]) => unknown): Samples {
  const calls: unknown[][] = [];
  for (const e of readmeExamples().filter((x) => x.name === help.name && x.syntax === 'comma')) {
    try {
      calls.push(parseFormula(e.formula).args);
    } catch {
      // A README example the reader does not take fails test/readme.test.ts; here it is just not a sample.
    }
  }
  try {
    calls.push(parseFormula(help.example.split('→')[0].trim()).args);
  } catch {
    // Likewise for the Ayuda example.
  }
  const rangedIn = (args: unknown[]) => help.params.map((p, i) => Array.isArray(args[i]) && p.shape !== 'row');
  const whole = calls.filter((args) => rangedIn(args).some(Boolean));
  if (help.output === 'table' && whole.length) {
    const valid = whole.filter((args) => !isError(call(args)));
    const largest = valid.sort((x, y) => rowsOf(help, y).length - rowsOf(help, x).length)[0];
    return largest ? { rows: rowsOf(help, largest), ranged: rangedIn(largest) } : { rows: [], ranged: [] };
  }
  const ranged = help.params.map((_, i) => calls.some((args) => rangedIn(args)[i]));
  const rows = calls.flatMap((args) => rowsOf(help, args)).filter((row) => !isError(call(row)));
  return { rows, ranged };
}

/**
 * The arguments of one call over a whole column: per parameter a 50,000-row range whose first
 * 5,000 rows cycle through the sample rows. A parameter that every sample gives the same value stays
 * a single value when it is optional (a fecha de corte cell, a dias_aviso constant) or when the
 * examples give other parameters as ranges but never this one (COBERTURA's total of II.EE.).
 */
export function wholeColumnArgs(help: FunctionHelp, { rows: samples, ranged }: Samples, realm: Realm): unknown[] {
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
    let result: unknown;
    const first = timeOnce(() => (result = fn(...args)));
    const errors = (Array.isArray(result) ? result.flat() : [result]).filter((c) => isError(c)).length;
    const [fnTimes, loopTimes] = timeInterleaved([() => fn(...args), () => bareLoop(args)], RUNS);
    const fnMs = median(fnTimes);
    const loopMs = median(loopTimes);
    const ratio = fnMs / loopMs;
    // The ratio of the fastest runs barely moves with the machine's load; the target reads the medians.
    const best = Math.min(...fnTimes) / Math.min(...loopTimes);
    rows.push([help.name, String(samples.rows.length), String(errors), ms(first), ms(fnMs), ms(loopMs), `${ratio.toFixed(1)}×`, `${best.toFixed(1)}×`]);
    checks.push({ target: `${help.name} ≤ ${MAX_RATIO}× el bucle simple`, measured: `${ratio.toFixed(1)}×`, pass: ratio <= MAX_RATIO });
  }
  return {
    title: `Funciones sobre una columna entera: ${TOTAL_ROWS.toLocaleString('es-MX')} filas, ${FILLED_ROWS.toLocaleString('es-MX')} con datos (mediana de ${RUNS})`,
    table: { header: ['función', 'ejemplos', 'errores', '1.ª llamada', 'mediana', 'bucle simple', 'razón', 'razón de mínimos'], rows },
    checks,
  };
}
