// The Resumen numbers: students per beca plan, the share with a beca against the legal minimum, promotion and exam rights.
import { PLANS, Plan, parsePlan } from '../becas';
import type { Rules } from '../config';
import { Cell, isBlank } from '../parse';
import type { PromotionStatus } from '../promotion';
import { compareSpanish } from '../text';

/** One student as the Resumen sees them: their cells and the results the custom functions gave. */
export interface StudentOutcome {
  name: Cell;
  /** Plan de estudios (carrera); blank when the sheet has no such column. */
  studyPlan: Cell;
  becaPlan: Cell;
  /** BECA's result: a fraction, "Error: …" or "". */
  beca: Cell;
  /** ESTATUS_PROMOCION's word, "Error: …" or "". */
  status: Cell;
  /** DERECHO_EXAMEN's word, "Error: …" or "". */
  examRight: Cell;
}

export interface PlanCount {
  plan: Plan;
  name: string;
  students: number;
  /** Of them, how many get more than 0 %. */
  granted: number;
}

export interface StudyPlanShare {
  studyPlan: string;
  students: number;
  withBeca: number;
  share: number;
  /** LGE art. 149 fr. III: at least `minShare` of the students of each plan of study. */
  meetsMinimum: boolean;
}

export interface Summary {
  students: number;
  perPlan: PlanCount[];
  perStudyPlan: StudyPlanShare[];
  minShare: number;
  statuses: { status: string; students: number }[];
  withoutRight: number;
  /** Rows whose result was "Error: …" in any of the columns above, so the totals can be trusted. */
  rowsWithErrors: number;
}

/**
 * The words the Resumen reads in the output cells and names its rows with, given by the locale
 * (core/es/words.ts's RESUMEN_WORDS) as the reminder run is given its `note`.
 */
export interface SummaryWords {
  plans: Record<Plan, string>;
  /** As ESTATUS_PROMOCION writes them, counted in this order; any other word is counted after these. */
  statuses: Record<PromotionStatus, string>;
  /** DERECHO_EXAMEN's word for a student without the right. */
  withoutRight: string;
  /** The study-plan group of every student when none has a plan of study (the sheet has no such column). */
  allStudents: string;
  /** The group of students with a blank plan of study while others have one. */
  noStudyPlan: string;
}

const STATUS_ORDER: readonly PromotionStatus[] = ['regular', 'promoted_owing', 'not_promoted', 'dropped'];

const isError = (v: Cell) => typeof v === 'string' && v.startsWith('Error:');

/** Tallies students, skipping rows without a name; a row counts once however many errors it has. */
export function summarize(students: StudentOutcome[], rules: Rules, words: SummaryWords): Summary {
  const perPlan = new Map<Plan, PlanCount>(PLANS.map((plan) => [plan, { plan, name: words.plans[plan], students: 0, granted: 0 }]));
  const perStudy = new Map<string, { students: number; withBeca: number }>();
  const statuses = new Map<string, number>(STATUS_ORDER.map((s) => [words.statuses[s], 0]));
  let count = 0;
  let withoutRight = 0;
  let rowsWithErrors = 0;
  const blankStudyPlan = students.some((s) => !isBlank(s.name) && !isBlank(s.studyPlan)) ? words.noStudyPlan : words.allStudents;

  for (const s of students) {
    if (isBlank(s.name)) continue;
    count++;
    if (isError(s.beca) || isError(s.status) || isError(s.examRight)) rowsWithErrors++;
    const granted = typeof s.beca === 'number' && s.beca > 0;
    const plan = parsePlan(s.becaPlan);
    if (plan.ok) {
      const entry = perPlan.get(plan.value)!;
      entry.students++;
      if (granted) entry.granted++;
    }
    const study = isBlank(s.studyPlan) ? blankStudyPlan : String(s.studyPlan).trim();
    const group = perStudy.get(study) ?? { students: 0, withBeca: 0 };
    group.students++;
    if (granted) group.withBeca++;
    perStudy.set(study, group);
    if (typeof s.status === 'string' && !isBlank(s.status) && !isError(s.status)) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
    if (s.examRight === words.withoutRight) withoutRight++;
  }

  const perStudyPlan = [...perStudy.entries()]
    .sort(([a], [b]) => compareSpanish(a, b))
    .map(([studyPlan, g]) => {
      const share = g.students ? g.withBeca / g.students : 0;
      return { studyPlan, students: g.students, withBeca: g.withBeca, share, meetsMinimum: share >= rules.minBecaShare - 1e-9 };
    });
  return {
    students: count,
    perPlan: [...perPlan.values()],
    perStudyPlan,
    minShare: rules.minBecaShare,
    statuses: [...statuses.entries()].map(([status, n]) => ({ status, students: n })),
    withoutRight,
    rowsWithErrors,
  };
}
