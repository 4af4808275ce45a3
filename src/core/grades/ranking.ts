// Places within groups (LUGAR), the cuadro de honor (Cap. XVI), the Excelencia contest (Cap. XI, Art. 2, Plan II) and the Plan III exam places.
import type { Rules } from '../config';
import { readAverage } from '../becas';
import { Cell, isBlank, parseNumber, parsePlace } from '../parse';
import { readQuantity } from '../quantity';
import { Result, fail, ok } from '../result';
import { normalizeName } from '../text';

/** Averages closer than this are equal: 9.5 typed and 9.5 computed by a formula tie. */
const EPSILON = 1e-9;

const BLANK_KEY: Result<string> = ok('');

/** The key of a one-column group (a campus, an applicant): its normalized text; blank is ''. */
export function readKey(c: Cell): Result<string> {
  if (isBlank(c)) return BLANK_KEY;
  if (typeof c === 'string') return ok(normalizeName(c));
  if (typeof c === 'number' && Number.isFinite(c)) return ok(String(c));
  return fail('not_a_group', { value: c });
}

/** The key of a row's group (one or several columns: grupo, semestre, carrera…); blank cells are a group too. */
export function readGroupKey(cells: readonly Cell[]): Result<string> {
  // Every row of a call has the same width, so one column may be keyed without separators.
  if (cells.length === 1) return readKey(cells[0]);
  let key = '';
  for (const c of cells) {
    if (isBlank(c)) key += '\u0001';
    else if (typeof c === 'string') key += `${normalizeName(c)}\u0001`;
    else if (typeof c === 'number' && Number.isFinite(c)) key += `${String(c)}\u0001`;
    else return fail('not_a_group', { value: c });
  }
  return ok(key);
}

export interface Scored {
  value: number;
  key: string;
}

export interface Ranking {
  /** 1 + how many of the group are strictly higher. */
  places: number[];
  /** How many of the group share each one's place (1 without a tie). */
  shared: number[];
}

/**
 * The place of each value within its group, best (highest) first: 1 + how many are strictly higher,
 * so equal values share a place and the next place is skipped (9.5, 9.5, 9 → 1, 1, 3), as JERARQUIA
 * does; and how many share each place, since a tie is what the Comisión or the campus decides.
 */
export function rankInGroups(items: readonly Scored[]): Ranking {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const list = byKey.get(items[i].key);
    if (list) list.push(i);
    else byKey.set(items[i].key, [i]);
  }
  const places = new Array<number>(items.length);
  const shared = new Array<number>(items.length);
  for (const list of byKey.values()) {
    list.sort((a, b) => items[b].value - items[a].value);
    let k = 0;
    while (k < list.length) {
      // A run of equal values: one place for all, then the places they took are skipped.
      let end = k + 1;
      while (end < list.length && items[list[k]].value - items[list[end]].value < EPSILON) end++;
      for (let j = k; j < end; j++) {
        places[list[j]] = k + 1;
        shared[list[j]] = end - k;
      }
      k = end;
    }
  }
  return { places, shared };
}

/** @example placesInGroups([{ value: 9, key: 'a' }, { value: 9.5, key: 'a' }]) //=> [2, 1] */
export const placesInGroups = (items: readonly Scored[]): number[] => rankInGroups(items).places;

const FAILED = { integer: true, blank: 0 };

/** Cuadro de honor (Cap. XVI a)): a promedio of at least promedio_cuadro_honor and no failed subject; blank promedio is undefined. */
export function honorRollOf(averageCell: Cell, failedCell: Cell, rules: Rules): Result<boolean | undefined> {
  const avg = readAverage(averageCell, rules);
  if (!avg.ok) return avg;
  const failed = readQuantity(failedCell, 'materias_reprobadas', FAILED);
  if (!failed.ok) return failed;
  if (avg.value === undefined) return ok(undefined);
  return ok(failed.value === 0 && avg.value >= rules.honorRollAverage - EPSILON);
}

/** A semester: 4, "4", "4°", "cuarto"; anything else names the value. */
export function readSemester(v: Cell): Result<number> {
  if (isBlank(v)) return fail('required', { field: 'semestres' });
  const n = parsePlace(v);
  return n === undefined ? fail('bad_semester', { value: v }) : ok(n);
}

export type ExcelenciaState = 'winner' | 'tie' | 'not_top' | 'out_semester' | 'out_average' | 'out_failed';

export interface ExcelenciaEntry {
  average: number;
  key: string;
  semester: number;
  failed: number;
}

/** One row of the contest, read: undefined while its promedio is blank. */
export function readExcelencia(averageCell: Cell, carrera: Cell, sistema: Cell, semesterCell: Cell, failedCell: Cell, rules: Rules): Result<ExcelenciaEntry | undefined> {
  const avg = readAverage(averageCell, rules);
  if (!avg.ok) return avg;
  const semester = readSemester(semesterCell);
  if (!semester.ok) return semester;
  const failed = readQuantity(failedCell, 'materias_reprobadas', FAILED);
  if (!failed.ok) return failed;
  const key = readGroupKey([carrera, sistema, semester.value]);
  if (!key.ok) return key;
  if (avg.value === undefined) return ok(undefined);
  return ok({ average: avg.value, key: key.value, semester: semester.value, failed: failed.value });
}

/**
 * Plan II (Cap. XI, Art. 2): only at the end of the semestres_excelencia (4, 6 and 8), only with every
 * subject passed in ordinario and a promedio of at least promedio_excelencia (9.5). Among those, one
 * beca to the highest promedio of each carrera and sistema (and semester: a 4th and a 6th do not
 * compete); a tie at the top goes to the Comisión Dictaminadora, which is not guessed.
 */
export function excelenciaStates(entries: readonly ExcelenciaEntry[], rules: Rules): ExcelenciaState[] {
  const states = entries.map((e): ExcelenciaState => {
    if (!rules.excelenciaSemesters.includes(e.semester)) return 'out_semester';
    if (e.average < rules.excelenciaMinAverage - EPSILON) return 'out_average';
    if (e.failed > 0) return 'out_failed';
    return 'not_top';
  });
  const contestants = entries.map((e, i) => ({ e, i })).filter(({ i }) => states[i] === 'not_top');
  const { places, shared } = rankInGroups(contestants.map(({ e }) => ({ value: e.average, key: e.key })));
  contestants.forEach(({ i }, k) => {
    if (places[k] === 1) states[i] = shared[k] > 1 ? 'tie' : 'winner';
  });
  return states;
}

export interface ExamEntry {
  grade: number | 'NP';
  campus: string;
  applicant?: string;
}

/** An exam grade: a number from 0 to the scale's top, or NP (did not sit it). */
export function readExamGrade(v: Cell, rules: Rules): Result<number | 'NP' | undefined> {
  if (isBlank(v)) return ok(undefined);
  if (typeof v === 'number' && v >= 0 && v <= rules.gradeMax) return ok(v);
  if (typeof v === 'string' && v.replace(/[\s./]/g, '').toUpperCase() === 'NP') return ok('NP');
  const n = parseNumber(v);
  if (!n.ok || n.value < 0 || n.value > rules.gradeMax) return fail('bad_exam_grade', { value: v, max: rules.gradeMax });
  return ok(n.value);
}

export type ExamPlace = { place: number } | { tie: number } | { repeated: true } | undefined;

/**
 * Plan III: per campus, the three highest passing grades of all exam dates get places 1, 2 and 3.
 * A place shared by a tie is flagged with the place, not split; an applicant who appears more than
 * once (one exam per applicant) is flagged on every row and still counts in the ranking, so that no
 * one climbs into a beca on a guess.
 */
export function examPlaces(entries: readonly (ExamEntry | undefined)[], rules: Rules): ExamPlace[] {
  const seen = new Map<string, number>();
  for (const e of entries) if (e?.applicant) seen.set(e.applicant, (seen.get(e.applicant) ?? 0) + 1);
  // One pass: the passing grades (the others get no place) and where each sits among the entries.
  const scored: Scored[] = [];
  const at: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e && typeof e.grade === 'number' && e.grade >= rules.passingGrade - EPSILON) {
      scored.push({ value: e.grade, key: e.campus });
      at.push(i);
    }
  }
  const { places, shared } = rankInGroups(scored);
  const out: ExamPlace[] = entries.map((e) => (e?.applicant && (seen.get(e.applicant) as number) > 1 ? { repeated: true } : undefined));
  for (let k = 0; k < at.length; k++) {
    const i = at[k];
    if (out[i] || places[k] > 3) continue;
    out[i] = shared[k] > 1 ? { tie: places[k] } : { place: places[k] };
  }
  return out;
}
