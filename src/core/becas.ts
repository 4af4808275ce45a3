// Becas (Cap. XI, Art. 2): the percentage each plan grants, and why.
import type { Rules } from './config';
import { Cell, isBlank, parseFraction, parseNumber, parsePlace, parseYesNo } from './parse';
import { normalizeName } from './text';
import type { ReasonCode } from './codes';
import { Result, fail, ok } from './result';

export type Plan = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII';

export const PLANS: readonly Plan[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export const ARTICLE = 'Cap. XI, Art. 2';

const PLAN_WORDS: Record<Plan, string[]> = {
  I: ['continuidad'],
  II: ['excelencia', 'excelencia ugm'],
  III: ['academica'],
  IV: ['parentesco', 'por parentesco'],
  V: ['proteccion y ayuda mutua', 'proteccion', 'ayuda mutua', 'de proteccion y ayuda mutua'],
  VI: ['personal', 'para el personal', 'hijos del personal'],
  VII: ['deportiva'],
  VIII: ['empresas complementarias', 'empresas', 'para empresas complementarias'],
};

const ROMAN = new Map<string, Plan>([
  ...PLANS.map((pl): [string, Plan] => [pl.toLowerCase(), pl]),
  ...PLANS.map((pl, i): [string, Plan] => [String(i + 1), pl]),
]);

/**
 * A plan from "I", "ii", "Plan III", "3", "Beca de continuidad", "Excelencia", "II Excelencia",
 * "Plan IV - Parentesco". A leading numeral counts only when nothing follows it or that plan's own
 * name does: "I y IV" or "1.5" name no plan, and guessing the first would grant the wrong beca.
 */
export function parsePlan(v: Cell): Result<Plan> {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 8) return ok(PLANS[v - 1]);
  if (typeof v !== 'string') return fail('unknown_plan', { value: v });
  const s = normalizeName(v)
    .replace(/[.,:;()\-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(plan( de beca)?|beca)\s+/, '')
    .replace(/^de\s+/, '');
  const plan = ROMAN.get(s) ?? planNamed(s);
  if (plan) return ok(plan);
  const space = s.indexOf(' ');
  const lead = space > 0 ? ROMAN.get(s.slice(0, space)) : undefined;
  if (lead && planNamed(s.slice(space + 1).replace(/^(beca )?(de )?/, '')) === lead) return ok(lead);
  return fail('unknown_plan', { value: v });
}

function planNamed(s: string): Plan | undefined {
  return PLANS.find((plan) => PLAN_WORDS[plan].includes(s));
}

/** How a plan cell says the student has no beca, besides leaving it blank. */
const NO_PLAN_WORDS = ['sin beca', 'sin plan', 'sin plan de beca', 'ninguna', 'ninguno', 'ninguna beca', 'no aplica', 'no', 'no tiene', 'n/a', 'n a', 'na'];

/** «Sin beca», «Ninguna», «No aplica», «Sin plan», «N/A», «—»: a plan cell that says there is no plan. */
export function isNoPlan(v: Cell): boolean {
  if (typeof v !== 'string') return false;
  const s = normalizeName(v).replace(/[.]/g, '').trim();
  return NO_PLAN_WORDS.includes(s) || /^[-‐‑‒–—―_]+$/.test(s);
}

/** What a plan's criterio holds; messages.ts says it in Spanish when the criterio is missing or wrong. */
export type Criterion = 'previous_level' | 'first_place' | 'place' | 'system' | 'committee' | 'years';

/** Why a beca is what it is: data that messages.ts turns into a sentence. */
export interface BecaReason {
  plan?: Plan;
  code: ReasonCode;
  [detail: string]: unknown;
}

export interface Beca {
  fraction: number;
  reason: BecaReason;
}

/** The promedio, when the plan needs it or the user gave it: a number on the grading scale; blank is undefined. */
export function readAverage(v: Cell, rules: Rules): Result<number | undefined> {
  if (isBlank(v)) return ok(undefined);
  const n = parseNumber(v);
  if (!n.ok) return fail('average_not_a_number', { value: v, min: rules.gradeMin, max: rules.gradeMax });
  if (n.value < rules.gradeMin || n.value > rules.gradeMax) {
    return fail('average_out_of_scale', { value: v, min: rules.gradeMin, max: rules.gradeMax });
  }
  return ok(n.value);
}

/**
 * The fraction of the colegiatura a plan grants (Cap. XI, Art. 2).
 * @example becaFor('I', 8.5, 'sí', DEFAULT_RULES) //=> { ok: true, value: { fraction: 0.1, … } }
 */
export function becaFor(planCell: Cell, averageCell: Cell, criterion: Cell, rules: Rules): Result<Beca> {
  // A blank plan, or «Sin beca», «Ninguna», «No aplica», is how a secretary writes "no beca": 0 %, not an error.
  if (isBlank(planCell)) return ok({ fraction: 0, reason: { code: 'no_plan', article: ARTICLE } });
  if (isNoPlan(planCell)) return ok({ fraction: 0, reason: { code: 'no_plan', article: ARTICLE, value: planCell } });
  const planR = parsePlan(planCell);
  if (!planR.ok) return planR;
  const plan = planR.value;
  const avgR = readAverage(averageCell, rules);
  if (!avgR.ok) return avgR;
  const average = avgR.value;
  const article = `${ARTICLE}, Plan ${plan}`;
  const grant = (fraction: number, code: BecaReason['code'], details: Record<string, unknown> = {}): Result<Beca> =>
    ok({ fraction, reason: { plan, code, average, article, ...details } });

  switch (plan) {
    case 'I': {
      if (average === undefined) return fail('average_required', { plan, article });
      if (isBlank(criterion)) return fail('criterion_required', { plan, criterion: 'previous_level', article });
      const prev = parseYesNo(criterion);
      if (!prev.ok) return fail('bad_criterion', { plan, value: criterion, criterion: 'previous_level', article });
      const min = rules.continuidadMinAverage;
      if (average < min) return grant(0, 'continuidad_low_average', { minimum: min });
      if (!prev.value) return grant(0, 'continuidad_no_previous_level', { minimum: min });
      return grant(rules.continuidadPct, 'continuidad_granted', { minimum: min });
    }
    case 'II': {
      if (average === undefined) return fail('average_required', { plan, article });
      const min = rules.excelenciaMinAverage;
      const first = isFirstPlace(criterion);
      if (first === undefined) return fail('bad_criterion', { plan, value: criterion, criterion: 'first_place', article });
      if (average < min) return grant(0, 'excelencia_low_average', { minimum: min });
      if (!first) return grant(0, 'excelencia_not_first', { minimum: min, criterion });
      return grant(rules.excelenciaPct, 'excelencia_granted', { minimum: min, delfin: normalizeName(criterion) === 'delfin' });
    }
    case 'III': {
      if (isBlank(criterion)) return grant(0, 'academica_no_place', { place: undefined });
      const place = parsePlace(criterion);
      if (place === undefined) return fail('bad_criterion', { plan, value: criterion, criterion: 'place', article });
      const byPlace = [rules.academicaPct1, rules.academicaPct2, rules.academicaPct3];
      if (place <= 3) return grant(byPlace[place - 1], 'academica_place', { place });
      return grant(0, 'academica_no_place', { place });
    }
    case 'IV': {
      const system = isBlank(criterion) ? 'mismo' : parseSystem(criterion);
      if (system === 'mismo') return grant(rules.parentescoPct, 'parentesco', { system });
      if (system === 'escolarizado') return grant(rules.parentescoEscolarizadoPct, 'parentesco', { system });
      if (system === 'no escolarizado') return grant(rules.parentescoNoEscolarizadoPct, 'parentesco', { system });
      return fail('bad_criterion', { plan, value: criterion, criterion: 'system', article });
    }
    case 'V':
    case 'VII': {
      if (isBlank(criterion)) return fail('criterion_required', { plan, criterion: 'committee', article });
      const pct = parseFraction(criterion);
      if (!pct.ok) return fail('bad_criterion', { plan, value: criterion, criterion: 'committee', article });
      const f = pct.value;
      const eps = 1e-9;
      if (f < rules.committeeMinPct - eps || f > rules.committeeMaxPct + eps) {
        return fail('committee_out_of_range', { value: criterion, min: rules.committeeMinPct, max: rules.committeeMaxPct, article });
      }
      return grant(f, 'committee');
    }
    case 'VI': {
      if (isBlank(criterion)) return grant(0, 'personal_few_years', { years: undefined, minimum: rules.personalMinYears });
      const years = parseYears(criterion);
      if (!years.ok || years.value < 0) return fail('bad_criterion', { plan, value: criterion, criterion: 'years', article });
      const min = rules.personalMinYears;
      if (years.value >= min) return grant(rules.personalPct, 'personal_granted', { years: years.value, minimum: min });
      return grant(0, 'personal_few_years', { years: years.value, minimum: min });
    }
    case 'VIII': {
      if (rules.empresasPct === null) return fail('empresas_not_configured', { article });
      return grant(rules.empresasPct, 'empresas');
    }
  }
}

/**
 * 1, "1°", "primer lugar", "Delfín", sí and GANADOR_EXCELENCIA's «Ganador» are first place; other
 * places, no and its other answers (a tie awaits the Comisión's dictamen) are not; blank is not;
 * nonsense is undefined.
 */
function isFirstPlace(v: Cell): boolean | undefined {
  if (isBlank(v)) return false;
  const s = normalizeName(v);
  if (s === 'delfin' || s === 'ganador') return true;
  if (/^(empate|no participa|no gana)\b/.test(s)) return false;
  const place = parsePlace(v);
  if (place !== undefined) return place === 1;
  const yes = parseYesNo(v);
  return yes.ok ? yes.value : undefined;
}

/**
 * Plan IV's sistema: «Mismo sistema», «mismo», «Escolarizado», «Sistema no escolarizado», «Distinto
 * sistema, escolarizado». Undefined for anything else («semiescolarizado», «mixto»): never guessed.
 */
function parseSystem(v: Cell): 'mismo' | 'escolarizado' | 'no escolarizado' | undefined {
  const s = normalizeName(v).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (/(^| )no ?escolarizad[oa]( |$)/.test(s)) return 'no escolarizado';
  if (/(^| )escolarizad[oa]( |$)/.test(s)) return 'escolarizado';
  if (/^(el |en el )?mismo( sistema)?$/.test(s)) return 'mismo';
  return undefined;
}

const YEARS = /^(\d+(?:[.,]\d+)?) ?(?:anos?|a)?\.?(?: de (?:servicio|antiguedad|colaboracion))?$/;

/** Plan VI's years of service: 5, «5», «5 años», «3 años de servicio», «1 año». */
function parseYears(v: Cell): Result<number> {
  const m = typeof v === 'string' ? YEARS.exec(normalizeName(v)) : null;
  return parseNumber(m ? m[1] : v);
}

/** Several becas of one student combined as the configuration says: the highest, or the sum; capped. */
export function combineBecas(fractions: number[], rules: Rules): number {
  if (fractions.length === 0) return 0;
  const combined = rules.becaCombination === 'suma' ? fractions.reduce((a, b) => a + b, 0) : Math.max(...fractions);
  return Math.min(combined, rules.becaCap);
}
