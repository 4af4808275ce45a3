// The Resumen numbers: students per beca plan, the share with a beca against the legal minimum, promotion and exam rights.
import { PLANS, PLAN_NAMES, Plan, parsePlan } from '../becas';
import type { Rules } from '../config';
import { EXAM_RIGHT_WORDS, PROMOTION_WORDS } from '../messages';
import { Cell, isBlank } from '../parse';

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

/** The words the Resumen counts, as ESTATUS_PROMOCION writes them; any other word is counted after these. */
const STATUS_ORDER = [PROMOTION_WORDS.regular, PROMOTION_WORDS.promoted_owing, PROMOTION_WORDS.not_promoted, PROMOTION_WORDS.dropped];
/** The study-plan group of every student when none has a plan of study (the sheet has no such column). */
export const ALL_STUDENTS = 'Todos los alumnos';
/** The group of students with a blank plan of study while others have one. */
export const NO_STUDY_PLAN = '(sin plan de estudios)';

const isError = (v: Cell) => typeof v === 'string' && v.startsWith('Error:');

/** Tallies students, skipping rows without a name; a row counts once however many errors it has. */
export function summarize(students: StudentOutcome[], rules: Rules): Summary {
  const perPlan = new Map<Plan, PlanCount>(PLANS.map((plan) => [plan, { plan, name: PLAN_NAMES[plan], students: 0, granted: 0 }]));
  const perStudy = new Map<string, { students: number; withBeca: number }>();
  const statuses = new Map<string, number>(STATUS_ORDER.map((s) => [s, 0]));
  let count = 0;
  let withoutRight = 0;
  let rowsWithErrors = 0;
  const blankStudyPlan = students.some((s) => !isBlank(s.name) && !isBlank(s.studyPlan)) ? NO_STUDY_PLAN : ALL_STUDENTS;

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
    if (s.examRight === EXAM_RIGHT_WORDS.without) withoutRight++;
  }

  const perStudyPlan = [...perStudy.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'es'))
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
