// The reglamento's numbers and their defaults, and the reading of the `Configuración` sheet.
import type { OrderedPair, Rules, RulesIssue } from './config-schema';
import { Day, formatDay, isDate } from './dates';
import { parseDate, parseFraction, parseNumber, parseYesNo, isBlank, Cell } from './parse';
import { normalizeName } from './text';
import { Issue } from './result';

export type { Rules };

type Schema = typeof import('./config-schema');
let schemaModule: Schema | undefined;

/**
 * The rules' schema module, loaded on first use. A plain `import` would run zod and build the schema
 * while the bundle loads, which Apps Script does on every custom-function execution; `require` makes
 * esbuild wrap the module (and zod with it) so that only a Configuración sheet with rows pays for it.
 */
function schema(): Schema {
  if (!schemaModule) schemaModule = require('./config-schema') as Schema;
  return schemaModule;
}

/**
 * The reglamento's rules, written out so that loading the bundle builds no schema; a unit test checks
 * that they equal the schema's defaults.
 */
export const DEFAULT_RULES: Rules = {
  gradeMin: 5,
  gradeMax: 10,
  passingGrade: 6,
  gradeWithoutRight: 5,
  minAttendance: 0.8,
  justifiedCount: true,
  maxOwedSubjects: 3,
  continuidadMinAverage: 8,
  continuidadPct: 0.1,
  excelenciaMinAverage: 9.5,
  excelenciaPct: 0.7,
  excelenciaServiceHours: 25,
  academicaPct1: 0.6,
  academicaPct2: 0.5,
  academicaPct3: 0.4,
  parentescoPct: 0.25,
  parentescoEscolarizadoPct: 0.2,
  parentescoNoEscolarizadoPct: 0.1,
  committeeMinPct: 0.25,
  committeeMaxPct: 0.5,
  personalPct: 0.4,
  personalMinYears: 3,
  empresasPct: null,
  continuidadRenewalAverage: 8,
  excelenciaRenewalAverage: 9.5,
  academicaRenewalAverage: 9.5,
  parentescoRenewalAverage: 8,
  personalRenewalAverage: 8,
  advancePaymentDiscount: 0.1,
  earlyPaymentDiscount: 0.05,
  becaCombination: 'mayor',
  becaCap: 1,
  followUpWarningDays: 7,
  vigenciaWarningDays: 90,
  minBecaShare: 0.05,
  reminderSteps: [30, 15, 7, 1, 0],
  overdueRepeatDays: 7,
  coordinatorEmail: '',
  reportOverdueMonths: 6,
  dueDay: 10,
  monthsPerPeriod: 6,
  periodStart: null,
  earlyPaymentDays: 10,
  debtBlocksEvaluation: true,
  adminEmail: '',
  averageDecimals: 1,
  averageRounding: 'truncar',
  npAverageValue: null,
  exemptionRule: 'todos',
  exemptionAverage: 8,
  regularizationChances: 3,
  honorRollAverage: 9,
  excelenciaSemesters: [4, 6, 8],
};

/** How a key's value is read from the sheet; messages.ts says what each kind expects. */
export type ConfigKind = 'number' | 'integer' | 'fraction' | 'boolean' | 'days-list' | 'email' | 'combination' | 'date' | 'rounding' | 'exemption' | 'semesters';

interface KeyDef {
  clave: string;
  kind: ConfigKind;
  description: string;
}

/** The Spanish key each rule has in the `Configuración` sheet, how its value is read, and what it means. */
export const CONFIG_KEYS: { [K in keyof Rules]: KeyDef } = {
  gradeMin: { clave: 'escala_minima', kind: 'number', description: 'Calificación más baja de la escala (Cap. XII, Art. 1 II)' },
  gradeMax: { clave: 'escala_maxima', kind: 'number', description: 'Calificación más alta de la escala (Cap. XII, Art. 1 II)' },
  passingGrade: { clave: 'calificacion_aprobatoria', kind: 'number', description: 'Calificación mínima aprobatoria (Cap. XII, Art. 1 II)' },
  gradeWithoutRight: { clave: 'calificacion_sin_derecho', kind: 'number', description: 'Calificación final de quien no tiene derecho a examen (Cap. XII, Art. 1 III)' },
  minAttendance: { clave: 'asistencia_minima', kind: 'fraction', description: 'Asistencia mínima para tener derecho a examen (Cap. XII, Art. 1 III)' },
  justifiedCount: { clave: 'justificadas_cuentan', kind: 'boolean', description: 'Las faltas justificadas cuentan como asistencia (Cap. III, Art. 1 IX; Cap. VII)' },
  maxOwedSubjects: { clave: 'max_materias_adeudadas', kind: 'integer', description: 'Materias que se pueden adeudar sin causar baja (Cap. IX, Art. 1 III)' },
  continuidadMinAverage: { clave: 'promedio_continuidad', kind: 'number', description: 'Promedio mínimo, beca de continuidad (Plan I)' },
  continuidadPct: { clave: 'beca_continuidad', kind: 'fraction', description: 'Porcentaje, beca de continuidad (Plan I)' },
  excelenciaMinAverage: { clave: 'promedio_excelencia', kind: 'number', description: 'Promedio mínimo, beca de excelencia (Plan II)' },
  excelenciaPct: { clave: 'beca_excelencia', kind: 'fraction', description: 'Porcentaje, beca de excelencia (Plan II)' },
  excelenciaServiceHours: { clave: 'horas_servicio_excelencia', kind: 'number', description: 'Horas de servicio becario para renovar la beca de excelencia (Plan II)' },
  academicaPct1: { clave: 'beca_academica_1', kind: 'fraction', description: 'Beca académica, primer lugar (Plan III)' },
  academicaPct2: { clave: 'beca_academica_2', kind: 'fraction', description: 'Beca académica, segundo lugar (Plan III)' },
  academicaPct3: { clave: 'beca_academica_3', kind: 'fraction', description: 'Beca académica, tercer lugar (Plan III)' },
  parentescoPct: { clave: 'beca_parentesco', kind: 'fraction', description: 'Beca por parentesco, mismo sistema (Plan IV, I)' },
  parentescoEscolarizadoPct: { clave: 'beca_parentesco_escolarizado', kind: 'fraction', description: 'Beca por parentesco, sistemas distintos, escolarizado (Plan IV, II)' },
  parentescoNoEscolarizadoPct: { clave: 'beca_parentesco_no_escolarizado', kind: 'fraction', description: 'Beca por parentesco, sistemas distintos, no escolarizado (Plan IV, II)' },
  committeeMinPct: { clave: 'beca_comite_minima', kind: 'fraction', description: 'Porcentaje mínimo que fija el comité (Planes V y VII)' },
  committeeMaxPct: { clave: 'beca_comite_maxima', kind: 'fraction', description: 'Porcentaje máximo que fija el comité (Planes V y VII)' },
  personalPct: { clave: 'beca_personal', kind: 'fraction', description: 'Beca para el personal (Plan VI)' },
  personalMinYears: { clave: 'antiguedad_personal', kind: 'number', description: 'Años mínimos de servicio del padre o madre (Plan VI)' },
  empresasPct: { clave: 'beca_empresas', kind: 'fraction', description: 'Beca para empresas complementarias (Plan VIII; el reglamento no fija porcentaje)' },
  continuidadRenewalAverage: { clave: 'renovacion_continuidad', kind: 'number', description: 'Promedio para renovar la beca de continuidad (Plan I)' },
  excelenciaRenewalAverage: { clave: 'renovacion_excelencia', kind: 'number', description: 'Promedio en ordinario para renovar la beca de excelencia (Plan II)' },
  academicaRenewalAverage: { clave: 'renovacion_academica', kind: 'number', description: 'Promedio en ordinario para renovar la beca académica (Plan III)' },
  parentescoRenewalAverage: { clave: 'renovacion_parentesco', kind: 'number', description: 'Promedio en ordinario para renovar la beca por parentesco (Plan IV)' },
  personalRenewalAverage: { clave: 'renovacion_personal', kind: 'number', description: 'Promedio para renovar la beca para el personal (Plan VI)' },
  advancePaymentDiscount: { clave: 'descuento_pago_anticipado', kind: 'fraction', description: 'Descuento por pagar todo el periodo por adelantado (Cap. III, Art. 1 X)' },
  earlyPaymentDiscount: { clave: 'descuento_pronto_pago', kind: 'fraction', description: 'Descuento por pagar dentro de los 10 primeros días del mes (Cap. III, Art. 1 XI; el reglamento no fija porcentaje)' },
  becaCombination: { clave: 'combinacion_becas', kind: 'combination', description: 'Cómo se combinan varias becas: «mayor» (solo la mayor) o «suma»' },
  becaCap: { clave: 'tope_becas', kind: 'fraction', description: 'Tope de la beca combinada' },
  followUpWarningDays: { clave: 'dias_aviso_compromisos', kind: 'integer', description: 'Días antes de la fecha límite en que un compromiso pasa a «Por vencer»' },
  vigenciaWarningDays: { clave: 'dias_aviso_vigencia', kind: 'integer', description: 'Días antes del fin en que un convenio pasa a «Por vencer»' },
  minBecaShare: { clave: 'minimo_becados', kind: 'fraction', description: 'Porcentaje mínimo de alumnos becados por plan de estudios (LGE, art. 149 fr. III)' },
  reminderSteps: { clave: 'escalera_avisos', kind: 'days-list', description: 'Días antes de la fecha límite en que se envía aviso (lista separada por comas)' },
  overdueRepeatDays: { clave: 'repetir_vencidos_cada', kind: 'integer', description: 'Cada cuántos días se repite el aviso de un compromiso vencido' },
  coordinatorEmail: { clave: 'correo_coordinador', kind: 'email', description: 'Correo que recibe copia de los avisos (opcional)' },
  reportOverdueMonths: { clave: 'meses_sin_reporte', kind: 'integer', description: 'Meses tras la firma sin reporte de seguimiento antes de señalar el convenio' },
  dueDay: { clave: 'dia_vencimiento', kind: 'integer', description: 'Día del mes en que vence cada mensualidad, cuando no se da una fila de vencimientos (Cap. IV, Art. 1 V)' },
  monthsPerPeriod: { clave: 'mensualidades_por_periodo', kind: 'integer', description: 'Mensualidades del semestre (Cap. IX, Art. 2 I)' },
  periodStart: { clave: 'inicio_periodo', kind: 'date', description: 'Primer día del periodo (dd/mm/aaaa): la primera mensualidad vence ese mes; un pago anterior es un error' },
  earlyPaymentDays: { clave: 'dias_pronto_pago', kind: 'integer', description: 'Días del mes en que un pago es pronto pago (Cap. III, Art. 1 XI)' },
  debtBlocksEvaluation: { clave: 'adeudo_bloquea_evaluacion', kind: 'boolean', description: 'Una mensualidad vencida sin pago quita el derecho a evaluación (Cap. IX, Art. 2 II: la institución puede negarla)' },
  adminEmail: { clave: 'correo_administracion', kind: 'email', description: 'Correo de la administración que sigue los pagos de los becados (Cap. XI, Art. 1 VI; opcional)' },
  averageDecimals: { clave: 'decimales_promedio', kind: 'integer', description: 'Decimales del promedio (PROMEDIO_FINAL; el reglamento no lo fija)' },
  averageRounding: { clave: 'redondeo_promedio', kind: 'rounding', description: 'Cómo se recorta el promedio a esos decimales: «truncar» (9,46 es 9,4) o «redondear» (9,46 es 9,5)' },
  npAverageValue: { clave: 'valor_np_promedio', kind: 'number', description: 'Cuánto vale NP o SD en un promedio (vacío: la mínima de la escala, como una materia reprobada)' },
  exemptionRule: { clave: 'exencion', kind: 'exemption', description: 'Quién exenta el ordinario: «todos» (aprobó todos los parciales, Cap. III, Art. 1 VIII) o «promedio» (promedio de parciales ≥ promedio_exencion)' },
  exemptionAverage: { clave: 'promedio_exencion', kind: 'number', description: 'Promedio de parciales para exentar, si exencion es «promedio» (el reglamento no lo fija)' },
  regularizationChances: { clave: 'oportunidades_regularizacion', kind: 'integer', description: 'Oportunidades para regularizar una materia (Cap. XII, Art. 1 V)' },
  honorRollAverage: { clave: 'promedio_cuadro_honor', kind: 'number', description: 'Promedio mínimo para el cuadro de honor (Cap. XVI; el reglamento no lo fija)' },
  excelenciaSemesters: { clave: 'semestres_excelencia', kind: 'semesters', description: 'Semestres al final de los cuales se concursa la beca de excelencia (Plan II; el 8.º solo en carreras de nueve semestres)' },
};

/** Each key's field, made at the first lookup rather than at load. */
let fieldByClave: Map<string, keyof Rules> | undefined;
const FIELD_BY_CLAVE = () =>
  (fieldByClave ??= new Map<string, keyof Rules>(
    (Object.keys(CONFIG_KEYS) as (keyof Rules)[]).map((field) => [normalizeName(CONFIG_KEYS[field].clave).replace(/[\s-]+/g, '_'), field]),
  ));

/** The field a user's key names; accents, case, spaces and hyphens do not matter. */
export function fieldOfClave(clave: Cell): keyof Rules | undefined {
  return FIELD_BY_CLAVE().get(normalizeName(clave).replace(/[\s-]+/g, '_'));
}

function readValue(kind: ConfigKind, v: Cell): unknown {
  switch (kind) {
    case 'number':
    case 'integer': {
      const n = parseNumber(v);
      return n.ok ? n.value : v;
    }
    case 'fraction': {
      const n = parseFraction(v);
      return n.ok ? n.value : v;
    }
    case 'boolean': {
      const b = parseYesNo(v);
      return b.ok ? b.value : v;
    }
    case 'days-list': {
      const parts = String(v).split(/[,;\s]+/).filter((p) => p !== '');
      const nums = parts.map((p) => parseNumber(p));
      return nums.every((n) => n.ok) ? nums.map((n) => (n.ok ? n.value : 0)) : v;
    }
    case 'email':
      return String(v).trim();
    case 'combination':
    case 'rounding':
    case 'exemption':
      return normalizeName(v);
    case 'date':
      return configDay(v);
    case 'semesters':
      return readValue('days-list', v);
  }
}

/**
 * A date key's day. The sheet hands over a Date at midnight of the spreadsheet's zone, which is
 * within 12 hours of midnight UTC for every zone a school uses, so the nearest UTC midnight is its day.
 */
function configDay(v: Cell): Day | Cell {
  if (isDate(v)) {
    const t = v.getTime();
    return t === t ? Math.round(t / 86400000) + 25569 : v;
  }
  const d = parseDate(v, 'UTC');
  return d.ok ? d.value : v;
}

export interface ConfigReading {
  rules: Rules;
  /** Bad values and bad combinations: the defaults stand for them, and formulas report the first. */
  issues: Issue[];
  /** Rows whose key is unknown (a note typed in the sheet): shown to the user, never fatal to formulas. */
  warnings: Issue[];
}

/**
 * Rules from the rows of a `Configuración` sheet ([clave, valor] each, header included or not).
 * A blank value keeps the default. Rows with a bad value become issues, and rows with an unknown key
 * warnings, that name the sheet row (1-based, counting from `firstRow`); the defaults stand for them.
 */
export function readConfigRows(rows: Cell[][], firstRow = 1): ConfigReading {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const overrides: Record<string, unknown> = {};
  const rowOf: Record<string, number> = {};
  const typed: Record<string, Cell> = {};
  rows.forEach((row, i) => {
    const sheetRow = firstRow + i;
    const [clave, valor] = row;
    if (isBlank(clave)) return;
    const key = normalizeName(clave);
    if (key === 'clave' || key.startsWith('#')) return;
    const field = fieldOfClave(clave);
    if (!field) {
      warnings.push({ code: 'config_unknown_key', row: sheetRow, clave });
      return;
    }
    if (isBlank(valor)) {
      if (field === 'empresasPct') overrides[field] = null;
      return;
    }
    overrides[field] = readValue(CONFIG_KEYS[field].kind, valor);
    rowOf[field] = sheetRow;
    typed[field] = valor;
    // Checks between two keys wait for the whole sheet: the other key may come later.
    const single = schema().parseRules({ [field]: overrides[field] });
    const zi = single.success ? undefined : single.error.issues.find((i) => i.code !== 'custom');
    if (zi) {
      issues.push(badValue(field, sheetRow, valor, zi));
      delete overrides[field];
    }
  });
  // Rows that change nothing (a blank Configuración!A:B, only the header) need no schema.
  if (Object.keys(overrides).length === 0) return { rules: DEFAULT_RULES, issues, warnings };
  for (;;) {
    const whole = schema().parseRules(overrides);
    if (whole.success) return { rules: whole.data, issues, warnings };
    const bad = badCombination(whole.error.issues, overrides, rowOf, typed);
    if (!bad) return { rules: DEFAULT_RULES, issues, warnings };
    issues.push(bad.issue);
    delete overrides[bad.field];
  }
}

/**
 * The issue for the first pair of keys out of order, blaming the key the sheet changed from its
 * default: the default sheet lists every key, so the untouched one is never the culprit. When both
 * changed, the upper one is blamed. The message names the other key, its value and its row.
 */
function badCombination(zodIssues: RulesIssue[], overrides: Record<string, unknown>, rowOf: Record<string, number>, typed: Record<string, Cell>) {
  const first = zodIssues[0] as { params?: { pair?: OrderedPair } } | undefined;
  const pair = first?.params?.pair;
  if (!pair) return undefined;
  const changed = (field: keyof Rules) => field in overrides && overrides[field] !== DEFAULT_RULES[field];
  const field = changed(pair.lower) && !changed(pair.upper) ? pair.lower : pair.upper;
  if (!(field in overrides)) return undefined;
  const other = field === pair.lower ? pair.upper : pair.lower;
  const relation = field === pair.lower ? (pair.strict ? 'below' : 'at_most') : pair.strict ? 'above' : 'at_least';
  const otherValue = other in overrides ? overrides[other] : DEFAULT_RULES[other];
  const issue: Issue = {
    code: 'config_bad_combination',
    row: rowOf[field],
    clave: CONFIG_KEYS[field].clave,
    value: typed[field],
    relation,
    otherClave: CONFIG_KEYS[other].clave,
    otherValue: showConfigValue(other, otherValue),
    otherRow: rowOf[other],
  };
  return { field, issue };
}

/** The bound a number broke, for messages.ts to name; other kinds need only their kind. */
function badValue(field: keyof Rules, row: number, value: Cell, zi: RulesIssue): Issue {
  const issue: Issue = { code: 'config_bad_value', row, clave: CONFIG_KEYS[field].clave, value, kind: CONFIG_KEYS[field].kind };
  if (zi.code === 'too_small') issue.minimum = Number(zi.minimum);
  if (zi.code === 'too_big') issue.maximum = Number(zi.maximum);
  return issue;
}

/** The rows of a fresh `Configuración` sheet: header, then every key with its default and meaning. */
export function defaultConfigRows(): string[][] {
  const rows: string[][] = [['clave', 'valor', 'descripción']];
  for (const field of Object.keys(CONFIG_KEYS) as (keyof Rules)[]) {
    const def = CONFIG_KEYS[field];
    rows.push([def.clave, showConfigValue(field, DEFAULT_RULES[field]), def.description]);
  }
  return rows;
}

/** A rule's value as it is typed in the sheet: "80 %", "sí", "30, 15, 7, 1, 0". */
export function showConfigValue(field: keyof Rules, value: unknown): string {
  const kind = CONFIG_KEYS[field].kind;
  if (value === null || value === undefined) return '';
  if (kind === 'fraction') return `${String(Math.round((value as number) * 10000) / 100).replace('.', ',')} %`;
  if (kind === 'boolean') return value ? 'sí' : 'no';
  if (kind === 'date') return formatDay(value as number);
  if (kind === 'days-list' || kind === 'semesters') return (value as number[]).join(', ');
  if (typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
}
