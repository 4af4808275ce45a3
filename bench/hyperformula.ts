// Each custom function against HyperFormula evaluating its native-formula equivalent on the same 50,000-row columns.
// HyperFormula is GPL-3.0 and a devDependency of this bench only: nothing of it reaches dist/Code.js.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { FUNCTION_HELP, type FunctionHelp } from '../src/functions/help';
import { loadBundle } from '../test/helpers/bundle';
import { TOTAL_ROWS, samplesOf, wholeColumnArgs } from './functions';
import { Worker } from 'node:worker_threads';
import { Check, Section, median, ms, timeOnce } from './report';
import { GRADE_NATIVE } from './hyperformula-grades';
import { PAGOS_NATIVE } from './hyperformula-pagos';

/** A custom function must compute at least this many times faster than its native equivalent. */
export const MIN_SPEEDUP = 10;
/**
 * HyperFormula takes one to twenty seconds per build at 50,000 rows: up to 3 builds, fewer once they
 * add up to HF_BUDGET_MS, keep the section near two minutes (the median of one or two is their mean).
 */
const HF_RUNS = 3;
const HF_BUDGET_MS = 4000;
const FN_RUNS = 7;
/**
 * A native equivalent that compares every row with every other (a COUNTIFS per row over the whole
 * column) is built in a worker stopped after this wait: the ratio is then at least wait / ours.
 */
const SLOW_BUDGET_MS = 20_000;

/** HyperFormula's build of `data` in a worker: its time, or null when it did not end within `budget` ms. */
function buildWithin(data: RawCellContent[][], budget: number): Promise<number | null> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { HyperFormula } = require('hyperformula');
    const start = performance.now();
    HyperFormula.buildFromArray(workerData.data, workerData.config).destroy();
    parentPort.postMessage(performance.now() - start);`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { data, config: CONFIG } });
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(null)), budget);
    worker.once('message', (t: number) => {
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(t));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

type Realm = Record<string, any>;

/**
 * Where each argument of the custom function sits in the sheet: a column (or, for a row-shaped
 * parameter, several) filled with the bench's cells, or, for a single value, one cell referenced
 * absolutely. `at(name, row)` is the cell (or row range) of a parameter in sheet row `row`;
 * `all(name)` is its whole column.
 */
interface Sheet {
  at(name: string, row: number): string;
  all(name: string): string;
  /** The first free column's letter, for helper and output columns. */
  free(offset?: number): string;
}

/**
 * The native equivalent of one custom function: `row` is the formula filled down every row (the
 * ordinary way), or `table` the few cells a summary needs, keyed by their address.
 */
type Native = { row: (s: Sheet, r: number) => string | string[]; slow?: true } | { table: (s: Sheet) => string[] } | { none: string };

const yes = (cell: string) => `OR(${cell}="Sí",${cell}=1,${cell}=TRUE())`;
const plan = (cell: string, roman: string, name: string) => `OR(${cell}="${roman}",${cell}="${name}")`;

/** Plan I–VIII to its fraction, as far as IF and text comparisons go. */
function becaFraction(s: Sheet, r: number): string {
  const [p, avg, c] = [s.at('plan', r), s.at('promedio', r), s.at('criterio', r)];
  return [
    `IF(${plan(p, 'I', 'Continuidad')},IF(AND(${avg}>=8,${yes(c)}),0.1,0),`,
    `IF(${plan(p, 'II', 'Excelencia')},IF(AND(${avg}>=9.5,OR(${c}=1,${c}="Delfín")),0.7,0),`,
    `IF(${plan(p, 'III', 'Académica')},IF(OR(${c}=1,${c}="primer lugar"),0.6,IF(OR(${c}=2,${c}="segundo lugar"),0.5,IF(OR(${c}=3,${c}="tercer lugar"),0.4,0))),`,
    `IF(${plan(p, 'IV', 'Parentesco')},IF(${c}="escolarizado",0.2,IF(${c}="no escolarizado",0.1,0.25)),`,
    `IF(OR(${p}="V",${p}="VII"),IF(ISNUMBER(${c}),${c},VALUE(SUBSTITUTE(${c},"%",""))/100),`,
    `IF(${p}="VI",IF(${c}>=3,0.4,0),"plan desconocido"))))))`,
  ].join('');
}

const closed = (estado: string, words: string[]) => `OR(${words.map((w) => `${estado}="${w}"`).join(',')})`;

/**
 * What each custom function is worth in native formulas. Each comment says what the native version
 * leaves out of the custom function's rule, so the ratio is against a simpler job than ours.
 */
const NATIVE: Record<string, Native> = {
  // Leaves out: other spellings of the plan («Plan I», «Beca de continuidad», 1), sí/no words (si, x,
  // verdadero), averages typed as text «8,5», the 25–50 % bounds of the committee's percentage, the
  // Configuración values, and a message naming the bad value.
  BECA: { row: (s, r) => `=IF(${s.at('plan', r)}="","",${becaFraction(s, r)})` },
  // Leaves out: as BECA, and the reasons of every plan but I to III (one sentence per case instead of
  // one per rule), the article cited for each, and the number formatting of the locale.
  BECA_MOTIVO: {
    row: (s, r) => {
      const [p, avg, c] = [s.at('plan', r), s.at('promedio', r), s.at('criterio', r)];
      const pct = `TEXT(${becaFraction(s, r)}*100,"0")&" %: "`;
      return [
        `=IF(${p}="","",${pct}&`,
        `IF(${plan(p, 'I', 'Continuidad')},"Plan I Continuidad, promedio "&SUBSTITUTE(TEXT(${avg},"0.0"),".",",")&IF(${avg}>=8," ≥ 8,0"," < 8,0")&IF(${yes(c)}," y cursó el nivel anterior"," y no cursó el nivel anterior"),`,
        `IF(${plan(p, 'II', 'Excelencia')},"Plan II Excelencia, "&IF(OR(${c}=1,${c}="Delfín"),"primer lugar o Delfín","no es primer lugar de su carrera y sistema ni Delfín"),`,
        `IF(${plan(p, 'III', 'Académica')},"Plan III Académica, "&CHOOSE(${c},"primer","segundo","tercer")&" lugar en el examen","")))`,
        `&" (Cap. XI, Art. 2)")`,
      ].join('');
    },
  },
  // Leaves out: other spellings of plans and of sí/no, the renewal averages of the Configuración, the
  // service hours of plans other than II, and half the wording of each reason.
  RENUEVA_BECA: {
    row: (s, r) => {
      const [p, avg, owed, debt, hours] = ['plan', 'promedio', 'materias_adeudadas', 'adeudo_colegiatura', 'horas_servicio'].map((n) => s.at(n, r));
      const renews = [
        `IF(${plan(p, 'I', 'Continuidad')},${avg}>=8,`,
        `IF(${plan(p, 'II', 'Excelencia')},AND(${avg}>=9.5,${owed}=0,${hours}>=25),`,
        `IF(${plan(p, 'III', 'Académica')},AND(${avg}>=9.5,${owed}=0),`,
        `IF(${plan(p, 'IV', 'Parentesco')},AND(${avg}>=8,${owed}=0),`,
        `IF(${p}="VI",${avg}>=8,TRUE())))))`,
      ].join('');
      const state = `=IF(${p}="","",IF(${yes(debt)},"Cancelada",IF(${renews},"Renueva","No renueva")))`;
      const reason = `=IF(${p}="","","Plan "&${p}&IF(${yes(debt)},": adeuda colegiaturas; la beca se cancela sin posibilidad de recuperarla",", promedio "&SUBSTITUTE(TEXT(${avg},"0.0"),".",",")&IF(${owed}>0,", adeuda "&${owed}&" materias","")))`;
      return [state, reason];
    },
  },
  // Leaves out: amounts typed as text («2.500», «$2,500.00»), percentages typed as whole numbers (30),
  // the «suma» combination and the cap of the Configuración, other spellings of the forms of payment,
  // and the errors of negative amounts.
  COLEGIATURA_NETA: {
    row: (s, r) => {
      const [fee, pct, form] = [s.at('colegiatura', r), s.at('porcentaje_beca', r), s.at('forma_pago', r)];
      return `=IF(${fee}="","",ROUND(${fee}*(1-MIN(1,MAX(${pct})))*(1-IF(${form}="pago anticipado",0.1,IF(${form}="pronto pago",0.05,0))),2))`;
    },
  },
  // Leaves out: the checks that attended plus justified do not exceed the sessions and that there are
  // sessions, justificadas_cuentan, and numbers typed as text.
  ASISTENCIA: { row: (s, r) => `=IF(${s.at('asistencias', r)}="","",(${s.at('asistencias', r)}+${s.at('justificadas', r)})/${s.at('sesiones', r)})` },
  // Leaves out: as ASISTENCIA, and the minimum attendance of the Configuración.
  DERECHO_EXAMEN: {
    row: (s, r) => `=IF(${s.at('asistencias', r)}="","",IF((${s.at('asistencias', r)}+${s.at('justificadas', r)})/${s.at('sesiones', r)}>=0.8,"Con derecho","Sin derecho"))`,
  },
  // Leaves out: justified absences, the checks between the three counts, the Configuración's minimum.
  FALTAS_RESTANTES: {
    row: (s, r) => {
      const [a, held, course] = [s.at('asistencias', r), s.at('sesiones_impartidas', r), s.at('sesiones_del_curso', r)];
      return `=IF(${a}="","",MAX(0,${course}-${held}-MAX(0,ROUNDUP(0.8*${course},0)-${a})))`;
    },
  },
  // Leaves out: the 5–10 scale check of the grade, grades typed as text «8,5», lower-case np/sd,
  // justified absences.
  CALIFICACION_FINAL: {
    row: (s, r) => {
      const [g, a, n] = [s.at('calificacion', r), s.at('asistencias', r), s.at('sesiones', r)];
      return `=IF(AND(${g}="",${a}=""),"",IF(${a}/${n}<0.8,5,IF(OR(${g}="NP",${g}="SD"),5,${g})))`;
    },
  },
  // Leaves out: the grade check (a typo such as «X» is not reported), lower-case np/sd, the limits of
  // the Configuración. The failed subjects go in a helper column, as one would write it by hand.
  ESTATUS_PROMOCION: {
    row: (s, r) => {
      const grades = s.at('calificaciones', r);
      const failed = `${s.free()}${r}`;
      const owed = s.at('adeudos_anteriores', r);
      return [
        `=COUNTIF(${grades},"<6")+COUNTIF(${grades},"NP")+COUNTIF(${grades},"SD")`,
        `=IF(COUNTA(${grades})=0,"",IF(${failed}+${owed}>3,"Baja por adeudo",IF(${owed}>0,"No promovido",IF(${failed}>0,"Promovido con adeudo","Regular"))))`,
      ];
    },
  },
  // Leaves out: the grade check and lower-case np/sd.
  MATERIAS_REPROBADAS: {
    row: (s, r) => {
      const grades = s.at('calificaciones', r);
      return `=IF(COUNTA(${grades})=0,"",COUNTIF(${grades},"<6")+COUNTIF(${grades},"NP")+COUNTIF(${grades},"SD"))`;
    },
  },
  // Leaves out: the other closing words (Cumplida, Hecho, Terminado, No aplica…), dates typed as text
  // and impossible dates, the time zone of the cut-off day, the Configuración's warning days.
  SEGUIMIENTO: {
    row: (s, r) => {
      const [due, estado, today, days] = [s.at('fecha_limite', r), s.at('estado', r), s.at('hoy', r), s.at('dias_aviso', r)];
      return [
        `=IF(AND(${due}="",${estado}=""),"",IF(${closed(estado, ['Cumplido'])},"Cumplido",IF(${closed(estado, ['Cancelado'])},"Cancelado",`,
        `IF(${due}="","Sin fecha",IF(${due}<${today},"Vencido",IF(${due}-${today}<=IF(${days}="",7,${days}),"Por vencer","En plazo"))))))`,
      ].join('');
    },
  },
  // Leaves out: impossible dates (31/02/2026 is refused by ours), the time zone. The engine reads the
  // ISO dates as dates (dateFormats below), as Sheets does.
  DIAS_RESTANTES: { row: (s, r) => `=IF(${s.at('fecha_limite', r)}="","",${s.at('fecha_limite', r)}-${s.at('hoy', r)})` },
  // Leaves out: dates typed as text, the other words for no end, the Configuración's warning days.
  VIGENCIA_CONVENIO: {
    row: (s, r) => {
      const [end, today, days] = [s.at('fecha_fin', r), s.at('hoy', r), s.at('dias_aviso', r)];
      return `=IF(${end}="","",IF(${closed(end, ['indefinida', 'indefinido', 'sin fecha', 'sin vencimiento'])},"Indefinida",IF(${end}<${today},"Vencido",IF(${end}-${today}<=IF(${days}="",90,${days}),"Por vencer","Vigente"))))`;
    },
  },
  // Leaves out: finding the groups (they are typed in by hand, where ours finds them, merging case and
  // accents, and sorts them), the other closing words, the rows with a bad date, the error row.
  RESUMEN_COMPROMISOS: {
    table: (s) => {
      const [g, e, due, today] = [s.all('grupos'), s.all('estados'), s.all('fechas_limite'), s.at('hoy', 1)];
      const cells: string[] = [];
      for (const group of ['Adopto una escuela', 'SOGESAM']) {
        const total = `COUNTIF(${g},"${group}")`;
        const done = `COUNTIFS(${g},"${group}",${e},"Cumplido")`;
        const cancelled = `COUNTIFS(${g},"${group}",${e},"Cancelado")`;
        const overdue = `COUNTIFS(${g},"${group}",${e},"<>Cumplido",${e},"<>Cancelado",${due},"<"&${today})`;
        cells.push(`=${total}`, `=${done}`, `=${total}-${done}-${cancelled}`, `=${overdue}`, `=${cancelled}`, `=IF(${total}=${cancelled},"",${done}/(${total}-${cancelled}))`);
      }
      cells.push(`=COUNTA(${g})`, `=COUNTIF(${e},"Cumplido")`, `=COUNTIF(${e},"Cancelado")`);
      return cells;
    },
  },
  // Leaves out: that every benefited school is in the catalog, codes typed as numbers or with leading
  // zeros being the same school, case and accents in names.
  // COUNTUNIQUE counts the blank as one more value when the column has blanks.
  COBERTURA: {
    table: (s) => {
      const distinct = (col: string) => `(COUNTUNIQUE(${col})-(COUNTBLANK(${col})>0))`;
      return [`=${distinct(s.all('iiee_beneficiadas'))}/${distinct(s.all('total_iiee'))}`];
    },
  },
  ...GRADE_NATIVE,
  ...PAGOS_NATIVE,
};

const letter = (col: number): string => (col < 26 ? '' : letter(Math.floor(col / 26) - 1)) + String.fromCharCode(65 + (col % 26));

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** A cell as a spreadsheet engine holds it: a date becomes its serial day (the bench's dates are midnight of UTC−6), a blank an empty cell. */
function engineCell(v: unknown): RawCellContent {
  if (v === '' || v === null || v === undefined) return null;
  if (Object.prototype.toString.call(v) === '[object Date]') return Math.floor(((v as Date).getTime() - SERIAL_EPOCH) / 86_400_000);
  return v as RawCellContent;
}

/** The sheet of one function: its argument columns, single values in row 1 of their own column, then the formulas. */
function sheetOf(help: FunctionHelp, args: unknown[], native: Exclude<Native, { none: string }>): { data: RawCellContent[][]; outputs: number } {
  const data: RawCellContent[][] = Array.from({ length: TOTAL_ROWS }, () => []);
  const place = new Map<string, { first: number; width: number; single: boolean }>();
  let col = 0;
  help.params.forEach((p, i) => {
    const v = args[i];
    if (v === undefined || (v === '' && !Array.isArray(v))) return;
    if (Array.isArray(v)) {
      const grid = v as unknown[][];
      const width = grid[0].length;
      grid.forEach((row, r) => row.forEach((c, j) => (data[r][col + j] = engineCell(c))));
      place.set(p.name, { first: col, width, single: false });
      col += width;
    } else {
      data[0][col] = engineCell(v);
      place.set(p.name, { first: col, width: 1, single: true });
      col += 1;
    }
  });
  const found = (name: string) => {
    const at = place.get(name);
    if (!at) throw new Error(`${help.name}: el parámetro ${name} no tiene columna`);
    return at;
  };
  // An optional parameter that no example fills is a blank in the native formula too.
  const blank = (name: string) => !place.has(name) && help.params.some((p) => p.name === name && p.optional);
  const sheet: Sheet = {
    at(name, row) {
      if (blank(name)) return '""';
      const { first, width, single } = found(name);
      if (single) return `$${letter(first)}$1`;
      return width === 1 ? `${letter(first)}${row}` : `${letter(first)}${row}:${letter(first + width - 1)}${row}`;
    },
    all(name) {
      const { first } = found(name);
      return `$${letter(first)}$1:$${letter(first)}$${TOTAL_ROWS}`;
    },
    free: (offset = 0) => letter(col + offset),
  };
  if ('table' in native) {
    native.table(sheet).forEach((f, j) => (data[j][col] = f));
    return { data, outputs: col };
  }
  let width = 1;
  for (let r = 0; r < TOTAL_ROWS; r++) {
    const f = native.row(sheet, r + 1);
    const cells = Array.isArray(f) ? f : [f];
    cells.forEach((cell, j) => (data[r][col + j] = cell));
    width = cells.length;
  }
  // A function with a table of answers compares its first column; otherwise a helper column comes first.
  return { data, outputs: help.output === 'table' ? col : col + width - 1 };
}

const CONFIG = { licenseKey: 'gpl-v3', maxRows: TOTAL_ROWS, dateFormats: ['DD/MM/YYYY', 'YYYY-MM-DD'] };

const sameValue = (a: unknown, b: unknown) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);

/**
 * How many rows with an answer the engine answers as ours does (the first column; numbers to 1e-9),
 * so that a native formula that computes something else shows. A summary table is compared only when
 * it is one number.
 */
function agreement(ours: unknown, native: Exclude<Native, { none: string }>, engine: HyperFormula, column: number): string {
  const at = (row: number) => engine.getCellValue({ sheet: 0, row, col: column });
  if ('table' in native) return typeof ours === 'number' ? (sameValue(ours, at(0)) ? 'igual' : `distinto: ${String(at(0))}`) : '—';
  let filled = 0;
  let same = 0;
  (ours as unknown[][]).forEach((row, r) => {
    if (row[0] === '') return;
    filled++;
    if (sameValue(row[0], at(r))) same++;
  });
  return `${same.toLocaleString('es-MX')} de ${filled.toLocaleString('es-MX')}`;
}

export async function hyperformulaSection(): Promise<Section> {
  const realm: Realm = loadBundle();
  const rows: string[][] = [];
  const checks: Check[] = [];
  for (const help of FUNCTION_HELP) {
    const fn = realm[help.name] as ((...a: unknown[]) => unknown) | undefined;
    const native = NATIVE[help.name];
    if (!fn || !native) {
      checks.push({ target: `${help.name}: equivalente nativo para HyperFormula`, measured: fn ? 'falta en bench/hyperformula.ts' : 'no está en el paquete', pass: false });
      continue;
    }
    if ('none' in native) {
      // No native formula does the job at a cost the bench can wait for: said in the table, not measured.
      rows.push([help.name, '—', '—', '0', '—', native.none]);
      continue;
    }
    const args = wholeColumnArgs(help, samplesOf(help, (a) => fn(...a)), realm);
    const ours = fn(...args);
    fn(...args);
    const fnMs = median(Array.from({ length: FN_RUNS }, () => timeOnce(() => fn(...args))));
    const { data, outputs } = sheetOf(help, args, native);
    if ('slow' in native) {
      const took = await buildWithin(data, SLOW_BUDGET_MS);
      const ratio = (took ?? SLOW_BUDGET_MS) / fnMs;
      const shown = `${took === null ? '≥ ' : ''}${ratio.toFixed(0)}×`;
      rows.push([help.name, ms(fnMs), took === null ? `> ${ms(SLOW_BUDGET_MS)} (detenido)` : ms(took), '1', shown, '—']);
      checks.push({ target: `${help.name} ≥ ${MIN_SPEEDUP}× más rápida que su equivalente nativo en HyperFormula`, measured: shown, pass: ratio >= MIN_SPEEDUP });
      continue;
    }
    let engine: HyperFormula | undefined;
    const hfTimes: number[] = [];
    while (hfTimes.length < HF_RUNS && hfTimes.reduce((a, b) => a + b, 0) < HF_BUDGET_MS) {
      engine?.destroy();
      hfTimes.push(timeOnce(() => (engine = HyperFormula.buildFromArray(data, CONFIG))));
    }
    const hfMs = median(hfTimes);
    const same = agreement(ours, native, engine!, outputs);
    engine!.destroy();
    const ratio = hfMs / fnMs;
    rows.push([help.name, ms(fnMs), ms(hfMs), String(hfTimes.length), `${ratio.toFixed(0)}×`, same]);
    checks.push({ target: `${help.name} ≥ ${MIN_SPEEDUP}× más rápida que su equivalente nativo en HyperFormula`, measured: `${ratio.toFixed(0)}×`, pass: ratio >= MIN_SPEEDUP });
  }
  return {
    title: `Frente a HyperFormula ${HyperFormula.version} (fórmulas nativas equivalentes): ${TOTAL_ROWS.toLocaleString('es-MX')} filas, las mismas columnas (personalizada: mediana de ${FN_RUNS}; HyperFormula: construir y calcular, mediana de hasta ${HF_RUNS})`,
    table: { header: ['función', 'personalizada', 'HyperFormula', 'construcciones', 'razón', 'filas iguales'], rows },
    checks,
  };
}
