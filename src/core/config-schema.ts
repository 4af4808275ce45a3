// The rules' zod schema: each key's bounds and default, and the keys that bound each other. config.ts
// loads it with `require` on first use (the build puts it in dist/esquema.html), so that loading the
// bundle runs no zod.
//
// Each key's schema is built the first time a value other than its default is checked: zod's
// constructors cost, and building all sixty took ~4 ms of every execution that read a Configuración
// sheet, though the sheet a template writes holds every key at its default and an office changes a few.
import * as z from 'zod/mini';

const range = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const intRange = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const fraction = () => range(0, 1);
const grade = () => range(0, 100);
const days = () => intRange(0, 3650);

/** A key: its default, and its schema (with that default), built on first use. */
interface Field<T extends z.core.SomeType> {
  value: z.core.util.NoUndefined<z.core.output<T>>;
  schema(): z.ZodMiniDefault<T>;
}

function field<T extends z.core.SomeType>(value: z.core.util.NoUndefined<z.core.output<T>>, build: () => T): Field<T> {
  let built: z.ZodMiniDefault<T> | undefined;
  return {
    value,
    schema() {
      if (!built) built = z._default(build(), value);
      return built;
    },
  };
}

const FIELDS = {
  gradeMin: field(5, grade), // Cap. XII, Art. 1 II: escala del 5 al 10
  gradeMax: field(10, grade),
  passingGrade: field(6, grade), // Cap. XII, Art. 1 II
  gradeWithoutRight: field(5, grade), // Cap. XII, Art. 1 III
  minAttendance: field(0.8, fraction), // Cap. XII, Art. 1 III
  justifiedCount: field(true, () => z.boolean()), // Cap. III, Art. 1 IX; Cap. VII
  maxOwedSubjects: field(3, () => intRange(0, 50)), // Cap. IX, Art. 1 III; Cap. X, Art. 1 II
  continuidadMinAverage: field(8, grade), // Cap. XI, Art. 2, Plan I
  continuidadPct: field(0.1, fraction),
  excelenciaMinAverage: field(9.5, grade), // Plan II
  excelenciaPct: field(0.7, fraction),
  excelenciaServiceHours: field(25, () => range(0, 1000)),
  academicaPct1: field(0.6, fraction), // Plan III
  academicaPct2: field(0.5, fraction),
  academicaPct3: field(0.4, fraction),
  parentescoPct: field(0.25, fraction), // Plan IV, I
  parentescoEscolarizadoPct: field(0.2, fraction), // Plan IV, II
  parentescoNoEscolarizadoPct: field(0.1, fraction),
  committeeMinPct: field(0.25, fraction), // Plan V, II and Plan VII, III
  committeeMaxPct: field(0.5, fraction),
  personalPct: field(0.4, fraction), // Plan VI, I
  personalMinYears: field(3, () => range(0, 60)),
  empresasPct: field(null, () => z.nullable(fraction())), // Plan VIII: the reglamento sets no percentage
  continuidadRenewalAverage: field(8, grade),
  excelenciaRenewalAverage: field(9.5, grade),
  academicaRenewalAverage: field(9.5, grade),
  parentescoRenewalAverage: field(8, grade),
  personalRenewalAverage: field(8, grade),
  advancePaymentDiscount: field(0.1, fraction), // Cap. III, Art. 1 X
  earlyPaymentDiscount: field(0.05, fraction), // Cap. III, Art. 1 XI: amount not set by the reglamento
  becaCombination: field('mayor', () => z.enum(['mayor', 'suma'])),
  becaCap: field(1, fraction),
  followUpWarningDays: field(7, days),
  vigenciaWarningDays: field(90, days),
  minBecaShare: field(0.05, fraction), // LGE art. 149 fr. III
  reminderSteps: field([30, 15, 7, 1, 0], () => z.array(days()).check(z.minLength(1), z.maxLength(20))),
  overdueRepeatDays: field(7, () => intRange(1, 365)),
  coordinatorEmail: field('', () => z.union([z.literal(''), z.email()])),
  reportOverdueMonths: field(6, () => intRange(1, 60)),
  // Colegiaturas (Cap. IV, Art. 1 V; Cap. IX, Art. 2; Cap. III, Art. 1 XI): the payment calendar when no row of due dates is given
  dueDay: field(10, () => intRange(1, 31)),
  monthsPerPeriod: field(6, () => intRange(1, 24)), // Cap. IX, Art. 2 I
  periodStart: field(null, () => z.nullable(intRange(1, 2958465))), // a Sheets serial day
  earlyPaymentDays: field(10, () => intRange(0, 31)), // Cap. III, Art. 1 XI
  debtBlocksEvaluation: field(true, () => z.boolean()), // Cap. IX, Art. 2 II: the institution may refuse
  adminEmail: field('', () => z.union([z.literal(''), z.email()])),
  // The period's grades (src/core/grades/): the reglamento sets none of these but the scale and 9.5
  averageDecimals: field(1, () => intRange(0, 4)),
  averageRounding: field('truncar', () => z.enum(['truncar', 'redondear'])),
  npAverageValue: field(null, () => z.nullable(grade())), // NP and SD in an average; null: the scale's minimum, like a failed subject
  exemptionRule: field('todos', () => z.enum(['todos', 'promedio'])), // Cap. III, Art. 1 VIII: every parcial passed
  exemptionAverage: field(8, grade),
  regularizationChances: field(3, () => intRange(1, 20)), // Cap. XII, Art. 1 V
  honorRollAverage: field(9, grade), // Cap. XVI a): the reglamento sets no minimum
  excelenciaSemesters: field([4, 6, 8], () => z.array(intRange(1, 20)).check(z.minLength(1), z.maxLength(20))), // Plan II
};

type Key = keyof typeof FIELDS;
type SchemaOf<K extends Key> = ReturnType<(typeof FIELDS)[K]['schema']>;
type Fields = { [K in Key]: z.core.output<SchemaOf<K>> };
const KEYS = Object.keys(FIELDS) as Key[];
export type NumericField = { [K in keyof Fields]: Fields[K] extends number ? K : never }[keyof Fields];

/**
 * Keys that bound each other: `lower` may not exceed `upper` (nor equal it, when `strict`). A passing
 * grade of 11 on a 5–10 scale would silently fail every student, so it is a bad value.
 */
export interface OrderedPair {
  lower: NumericField;
  upper: NumericField;
  strict?: boolean;
}

const ORDERED: readonly OrderedPair[] = [
  { lower: 'gradeMin', upper: 'gradeMax', strict: true },
  { lower: 'gradeMin', upper: 'passingGrade' },
  { lower: 'passingGrade', upper: 'gradeMax' },
  { lower: 'gradeMin', upper: 'gradeWithoutRight' },
  { lower: 'gradeWithoutRight', upper: 'gradeMax' },
  { lower: 'committeeMinPct', upper: 'committeeMaxPct' },
];

export type Rules = Fields;
export type RulesIssue = z.core.$ZodIssue;
export type RulesParse = { success: true; data: Rules; error?: undefined } | { success: false; data?: undefined; error: { issues: RulesIssue[] } };

/** Whether the rules keep `pair` in order. */
const inOrder = (r: Fields, pair: OrderedPair) => (pair.strict ? r[pair.lower] < r[pair.upper] : r[pair.lower] <= r[pair.upper]);

/** A value the same as the default (a list, element by element) is valid without asking its schema. */
const isDefault = (value: unknown, def: unknown) =>
  value === def || (Array.isArray(value) && Array.isArray(def) && value.length === def.length && value.every((v, i) => v === def[i]));

/**
 * Rules from overrides keyed by field; a key left out takes the reglamento's default, an unknown key
 * is dropped. The answer of one zod object of every key with a refinement per ordered pair
 * (wholeSchema, which a test compares it with), as config.ts reads it: the keys' issues, with their
 * key in the path, else one «custom» issue per pair out of order, with its pair in `params`. (zod
 * would also check the pairs on the values that broke a bound; config.ts drops a bad key first.)
 */
export function parseRules(overrides: Record<string, unknown>): RulesParse {
  const data = {} as Record<Key, unknown>;
  const issues: RulesIssue[] = [];
  for (const key of KEYS) {
    const f = FIELDS[key];
    const value = overrides[key];
    if (value === undefined || isDefault(value, f.value)) {
      data[key] = Array.isArray(f.value) ? [...f.value] : f.value;
      continue;
    }
    const parsed = z.safeParse(f.schema() as z.core.$ZodType, value);
    if (parsed.success) data[key] = parsed.data;
    else for (const issue of parsed.error.issues) issues.push({ ...issue, path: [key, ...issue.path] });
  }
  if (issues.length) return { success: false, error: { issues } };
  const rules = data as Fields;
  // Each issue carries its pair, so that config.ts can name both keys without its own copy of the list.
  for (const pair of ORDERED) {
    if (!inOrder(rules, pair)) issues.push({ code: 'custom', path: [pair.upper], params: { pair }, message: 'Invalid input', input: rules });
  }
  return issues.length ? { success: false, error: { issues } } : { success: true, data: rules };
}

/** Every key in one zod object, with the ordered pairs as refinements: what parseRules answers as, for its test. */
export function wholeSchema() {
  const shape = Object.fromEntries(KEYS.map((key) => [key, FIELDS[key].schema()])) as { [K in Key]: SchemaOf<K> };
  return z.object(shape).check(...ORDERED.map((pair) => z.refine<Fields>((r) => inOrder(r, pair), { path: [pair.upper], params: { pair } })));
}
