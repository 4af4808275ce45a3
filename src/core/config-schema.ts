// The rules' zod schema: each key's bounds and default, and the keys that bound each other. config.ts
// loads it with `require` on first use, so that loading the bundle runs no zod.
import * as z from 'zod/mini';

const range = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const intRange = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const fraction = range(0, 1);
const grade = range(0, 100);
const days = intRange(0, 3650);
const withDefault = <T extends z.core.SomeType>(schema: T, value: z.core.util.NoUndefined<z.core.output<T>>) => z._default(schema, value);

const RuleFields = z.object({
  gradeMin: withDefault(grade, 5), // Cap. XII, Art. 1 II: escala del 5 al 10
  gradeMax: withDefault(grade, 10),
  passingGrade: withDefault(grade, 6), // Cap. XII, Art. 1 II
  gradeWithoutRight: withDefault(grade, 5), // Cap. XII, Art. 1 III
  minAttendance: withDefault(fraction, 0.8), // Cap. XII, Art. 1 III
  justifiedCount: withDefault(z.boolean(), true), // Cap. III, Art. 1 IX; Cap. VII
  maxOwedSubjects: withDefault(intRange(0, 50), 3), // Cap. IX, Art. 1 III; Cap. X, Art. 1 II
  continuidadMinAverage: withDefault(grade, 8), // Cap. XI, Art. 2, Plan I
  continuidadPct: withDefault(fraction, 0.1),
  excelenciaMinAverage: withDefault(grade, 9.5), // Plan II
  excelenciaPct: withDefault(fraction, 0.7),
  excelenciaServiceHours: withDefault(range(0, 1000), 25),
  academicaPct1: withDefault(fraction, 0.6), // Plan III
  academicaPct2: withDefault(fraction, 0.5),
  academicaPct3: withDefault(fraction, 0.4),
  parentescoPct: withDefault(fraction, 0.25), // Plan IV, I
  parentescoEscolarizadoPct: withDefault(fraction, 0.2), // Plan IV, II
  parentescoNoEscolarizadoPct: withDefault(fraction, 0.1),
  committeeMinPct: withDefault(fraction, 0.25), // Plan V, II and Plan VII, III
  committeeMaxPct: withDefault(fraction, 0.5),
  personalPct: withDefault(fraction, 0.4), // Plan VI, I
  personalMinYears: withDefault(range(0, 60), 3),
  empresasPct: withDefault(z.nullable(fraction), null), // Plan VIII: the reglamento sets no percentage
  continuidadRenewalAverage: withDefault(grade, 8),
  excelenciaRenewalAverage: withDefault(grade, 9.5),
  academicaRenewalAverage: withDefault(grade, 9.5),
  parentescoRenewalAverage: withDefault(grade, 8),
  personalRenewalAverage: withDefault(grade, 8),
  advancePaymentDiscount: withDefault(fraction, 0.1), // Cap. III, Art. 1 X
  earlyPaymentDiscount: withDefault(fraction, 0.05), // Cap. III, Art. 1 XI: amount not set by the reglamento
  becaCombination: withDefault(z.enum(['mayor', 'suma']), 'mayor'),
  becaCap: withDefault(fraction, 1),
  followUpWarningDays: withDefault(days, 7),
  vigenciaWarningDays: withDefault(days, 90),
  minBecaShare: withDefault(fraction, 0.05), // LGE art. 149 fr. III
  reminderSteps: withDefault(z.array(days).check(z.minLength(1), z.maxLength(20)), [30, 15, 7, 1, 0]),
  overdueRepeatDays: withDefault(intRange(1, 365), 7),
  coordinatorEmail: withDefault(z.union([z.literal(''), z.email()]), ''),
  reportOverdueMonths: withDefault(intRange(1, 60), 6),
  // Colegiaturas (Cap. IV, Art. 1 V; Cap. IX, Art. 2; Cap. III, Art. 1 XI): the payment calendar when no row of due dates is given
  dueDay: withDefault(intRange(1, 31), 10),
  monthsPerPeriod: withDefault(intRange(1, 24), 6), // Cap. IX, Art. 2 I
  periodStart: withDefault(z.nullable(intRange(1, 2958465)), null), // a Sheets serial day
  earlyPaymentDays: withDefault(intRange(0, 31), 10), // Cap. III, Art. 1 XI
  debtBlocksEvaluation: withDefault(z.boolean(), true), // Cap. IX, Art. 2 II: the institution may refuse
  adminEmail: withDefault(z.union([z.literal(''), z.email()]), ''),
  // The period's grades (src/core/grades/): the reglamento sets none of these but the scale and 9.5
  averageDecimals: withDefault(intRange(0, 4), 1),
  averageRounding: withDefault(z.enum(['truncar', 'redondear']), 'truncar'),
  npAverageValue: withDefault(z.nullable(grade), null), // NP and SD in an average; null: the scale's minimum, like a failed subject
  exemptionRule: withDefault(z.enum(['todos', 'promedio']), 'todos'), // Cap. III, Art. 1 VIII: every parcial passed
  exemptionAverage: withDefault(grade, 8),
  regularizationChances: withDefault(intRange(1, 20), 3), // Cap. XII, Art. 1 V
  honorRollAverage: withDefault(grade, 9), // Cap. XVI a): the reglamento sets no minimum
  excelenciaSemesters: withDefault(z.array(intRange(1, 20)).check(z.minLength(1), z.maxLength(20)), [4, 6, 8]), // Plan II
});

type Fields = z.infer<typeof RuleFields>;
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

// Each check carries its pair, so that config.ts can name both keys without its own copy of the list.
const RulesSchema = RuleFields.check(
  ...ORDERED.map((pair) =>
    z.refine<Fields>((r) => (pair.strict ? r[pair.lower] < r[pair.upper] : r[pair.lower] <= r[pair.upper]), {
      path: [pair.upper],
      params: { pair },
    }),
  ),
);

export type Rules = z.infer<typeof RulesSchema>;
export type RulesIssue = z.core.$ZodIssue;

/** Rules from overrides keyed by field; a key left out takes the reglamento's default. */
export function parseRules(overrides: Record<string, unknown>) {
  return z.safeParse(RulesSchema, overrides);
}

