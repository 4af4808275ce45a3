// The payment figures of the Resumen and the Tablero: students with a debt and the total owed per group and per plan of study, becas cancelled, students without the right to evaluation.
import type { Rules } from '../config';
import { Day, formatDay } from '../dates';
import { roundCents } from '../payments';
import type { Issue } from '../result';
import { compareSpanish } from '../text';
import { amountOwed, becaStanding, evaluationRight, overdueMensualidades } from './rules';
import type { PagosStudent } from './sheet';

export interface DebtGroup {
  name: string;
  students: number;
  withDebt: number;
  /** Pesos to the cent. */
  owed: number;
}

export interface PagosSummary {
  sheet: string;
  /** dd/mm/aaaa: the fecha de corte everything is computed at. */
  cutoff: string;
  students: number;
  withDebt: number;
  owed: number;
  perGroup: DebtGroup[];
  perStudyPlan: DebtGroup[];
  /** Becas cancelled (Cap. XI, Art. 1 VII) as of the cutoff, each with the day. */
  becasCancelled: { name: string; group: string; since: string }[];
  /** Students a debt leaves without the right to evaluation (0 when adeudo_bloquea_evaluacion is no). */
  withoutEvaluation: number;
  debtBlocksEvaluation: boolean;
  /** Rows that could not be read, in Spanish with their row: left out of every figure. */
  problems: string[];
}

/** The words of the groups: a student with no group, and the one group when the sheet has none at all. */
export interface PagosSummaryWords {
  noGroup: string;
  noStudyPlan: string;
  problem: (row: number, name: string, issue: Issue) => string;
}

/** One student judged at `hoy`, for the summary and the digest. */
export interface PagosStanding {
  student: PagosStudent;
  overdue: { number: number; due: Day }[];
  owed: number;
  becaCancelledOn?: Day;
  becaBy?: { number: number; due: Day; paid?: Day };
}

/** Each readable student at `hoy`; unreadable rows are left out (the summary lists them). */
export function standings(students: PagosStudent[], hoy: Day): PagosStanding[] {
  const out: PagosStanding[] = [];
  for (const s of students) {
    if (!s.read.ok) continue;
    const { ledger, colegiatura, beca, dictamen } = s.read.value;
    const b = becaStanding(beca, ledger, hoy, dictamen);
    out.push({
      student: s,
      overdue: overdueMensualidades(ledger, hoy).map((m) => ({ number: m.number, due: m.due })),
      owed: amountOwed(colegiatura, beca, ledger, hoy, dictamen),
      ...(b.state === 'cancelled' ? { becaCancelledOn: b.cancelledOn, becaBy: { number: b.by!.number, due: b.by!.due, paid: b.by!.payDay } } : {}),
    });
  }
  return out;
}

function tally(list: PagosStanding[], key: (s: PagosStanding) => string): DebtGroup[] {
  const groups = new Map<string, DebtGroup>();
  for (const s of list) {
    const name = key(s);
    const g = groups.get(name) ?? { name, students: 0, withDebt: 0, owed: 0 };
    g.students++;
    if (s.overdue.length) g.withDebt++;
    g.owed = roundCents(g.owed + s.owed);
    groups.set(name, g);
  }
  return [...groups.values()].sort((a, b) => compareSpanish(a.name, b.name));
}

/** The figures of a payment sheet at `hoy`. */
export function summarizePagos(sheet: string, students: PagosStudent[], hoy: Day, rules: Rules, words: PagosSummaryWords): PagosSummary {
  const list = standings(students, hoy);
  const withDebt = list.filter((s) => s.overdue.length > 0);
  return {
    sheet,
    cutoff: formatDay(hoy),
    students: list.length,
    withDebt: withDebt.length,
    owed: roundCents(list.reduce((t, s) => t + s.owed, 0)),
    perGroup: tally(list, (s) => s.student.group || words.noGroup),
    perStudyPlan: tally(list, (s) => s.student.studyPlan || words.noStudyPlan),
    becasCancelled: list
      .filter((s) => s.becaCancelledOn !== undefined)
      .map((s) => ({ name: s.student.name, group: s.student.group, since: formatDay(s.becaCancelledOn!) })),
    withoutEvaluation: list.filter((s) => evaluationRight(true, s.overdue.length, rules) !== 'with').length,
    debtBlocksEvaluation: rules.debtBlocksEvaluation,
    problems: students.flatMap((s) => (s.read.ok ? [] : [words.problem(s.row, s.name, s.read.issue)])),
  };
}
