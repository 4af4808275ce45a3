// The period's rosters (who sits the ordinario, who is exempt, who goes to regularización) and the boletas, built from the judged records.
import type { Rules } from '../config';
import { PromotionStatus, promotionStatus } from '../promotion';
import { compareSpanish } from '../text';
import { mean, roundAverage } from './average';
import { rankInGroups } from './ranking';
import type { SubjectRecord } from './roster';

export type ListKind = 'ordinario' | 'exentos' | 'regularizacion';
export const LIST_KINDS: readonly ListKind[] = ['ordinario', 'exentos', 'regularizacion'];

/** Which list a record goes to, if any: a failed final grade is regularización whatever came before. */
export function listOf(r: SubjectRecord, rules: Rules): ListKind | undefined {
  if (r.grade !== undefined && r.grade < rules.passingGrade) return 'regularizacion';
  if (!r.examRight) return 'regularizacion';
  if (r.exemption.state === 'exempt') return 'exentos';
  if (r.exemption.state === 'sits_ordinario') return 'ordinario';
  return undefined;
}

export interface SubjectList {
  materia: string;
  records: SubjectRecord[];
}

const byGroupThenName = (a: SubjectRecord, b: SubjectRecord) => compareSpanish(a.grupo, b.grupo) || compareSpanish(a.nombre, b.nombre) || a.row - b.row;

/** The records of one list, by subject in Spanish order, each subject's students by group and name. */
export function periodList(records: readonly SubjectRecord[], kind: ListKind, rules: Rules): SubjectList[] {
  const bySubject = new Map<string, SubjectRecord[]>();
  for (const r of records) {
    if (listOf(r, rules) !== kind) continue;
    const list = bySubject.get(r.materia);
    if (list) list.push(r);
    else bySubject.set(r.materia, [r]);
  }
  return [...bySubject.entries()].sort(([a], [b]) => compareSpanish(a, b)).map(([materia, rs]) => ({ materia, records: rs.sort(byGroupThenName) }));
}

export interface Boleta {
  matricula: string;
  nombre: string;
  grupo: string;
  periodo: string;
  beca: unknown;
  subjects: SubjectRecord[];
  /** Undefined while a subject is pending. */
  average?: number;
  failed: number;
  /** Undefined while a subject is pending. */
  promotion?: PromotionStatus;
}

/**
 * One boleta per student (by matrícula, else by name), in group and name order, optionally of one
 * group only. The promedio is that of the subjects' final grades, rounded as PROMEDIO_FINAL does;
 * the promotion status counts this period's failed subjects (Cap. IX, Art. 1 III; Cap. X).
 */
export function boletasOf(records: readonly SubjectRecord[], rules: Rules, grupo?: string): Boleta[] {
  const byStudent = new Map<string, SubjectRecord[]>();
  for (const r of records) {
    if (grupo !== undefined && compareSpanish(r.grupo, grupo) !== 0) continue;
    const key = r.matricula || r.nombre;
    const list = byStudent.get(key);
    if (list) list.push(r);
    else byStudent.set(key, [r]);
  }
  const boletas = [...byStudent.values()].map((subjects): Boleta => {
    const first = subjects[0];
    const pending = subjects.some((s) => s.grade === undefined);
    const grades = subjects.map((s) => s.grade).filter((g): g is number => g !== undefined);
    const failed = grades.filter((g) => g < rules.passingGrade).length;
    const m = mean(grades);
    return {
      matricula: first.matricula,
      nombre: first.nombre,
      grupo: first.grupo,
      periodo: subjects.find((s) => s.periodo)?.periodo ?? '',
      beca: subjects.find((s) => s.beca !== '' && s.beca !== null && s.beca !== undefined)?.beca ?? '',
      subjects,
      average: pending || m === undefined ? undefined : roundAverage(m, rules),
      failed,
      promotion: pending ? undefined : promotionStatus(failed, 0, rules),
    };
  });
  return boletas.sort((a, b) => compareSpanish(a.grupo, b.grupo) || compareSpanish(a.nombre, b.nombre));
}

/** The groups of the records, in Spanish order: one PDF each. */
export function groupsOf(records: readonly SubjectRecord[]): string[] {
  const seen = new Map<string, string>();
  for (const r of records) if (!seen.has(r.grupo.toLowerCase())) seen.set(r.grupo.toLowerCase(), r.grupo);
  return [...seen.values()].sort(compareSpanish);
}

/** Boletas with a promedio (no subject pending). */
const graded = (boletas: readonly Boleta[]) => boletas.filter((b): b is Boleta & { average: number } => b.average !== undefined);

/** The best promedio of each group (Cap. XVI c)): every student tied at the top, in group order. */
export function bestPerGroup(boletas: readonly Boleta[]): Boleta[] {
  const done = graded(boletas);
  const { places } = rankInGroups(done.map((b) => ({ value: b.average, key: b.grupo.toLowerCase() })));
  return done.filter((_, i) => places[i] === 1);
}

/** The cuadro de honor (Cap. XVI a)): a promedio of at least promedio_cuadro_honor and nothing failed, best first within each group. */
export function honorRoll(boletas: readonly Boleta[], rules: Rules): Boleta[] {
  return graded(boletas)
    .filter((b) => b.failed === 0 && b.average >= rules.honorRollAverage - 1e-9)
    .sort((a, b) => compareSpanish(a.grupo, b.grupo) || b.average - a.average || compareSpanish(a.nombre, b.nombre));
}
