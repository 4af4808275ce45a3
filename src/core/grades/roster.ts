// The period's grades sheet read as records (one row per student and subject) and judged: exemption, final grade, exam right, regularization.
import { Attendance, attendanceFraction } from '../attendance';
import type { Rules } from '../config';
import { Cell, isBlank } from '../parse';
import { Issue } from '../result';
import { normalizeHeader } from '../text';
import { RegularizationResult, regularizationOf } from './regularization';
import { ExemptionResult, optionalAttendance, subjectGrade } from './subject';

export type RosterField = 'matricula' | 'nombre' | 'grupo' | 'materia' | 'ordinario' | 'asistencias' | 'sesiones' | 'justificadas' | 'oportunidades' | 'mensualidades' | 'beca' | 'periodo';

/** Header words of each column, after normalizeHeader: «Matrícula», «Asist.», «Oportunidades usadas»… */
const HEADER_TESTS: [RosterField, RegExp][] = [
  ['matricula', /^(matricula|no de control|numero de control|n de control)\b/],
  ['nombre', /^(alumno|nombre|nombre del alumno|estudiante)\b/],
  ['grupo', /^grupo\b/],
  ['materia', /^(materia|asignatura)\b/],
  ['ordinario', /^(examen )?(ordinario|ord)\b/],
  ['justificadas', /justificad|\bjust\b/],
  ['asistencias', /^asist/],
  ['sesiones', /^(sesiones|ses|clases impartidas)\b/],
  ['oportunidades', /oportunidad/],
  ['mensualidades', /mensualidad|adeudo de colegiatura/],
  ['beca', /^beca\b/],
  ['periodo', /^periodo\b/],
];
/** «Parcial 1», «1er parcial», «Parc. 2», «P3»: a parcial's grade. */
const PARCIAL = /parcial|^parc\b|^p ?\d$/;
/** Rows read to find the header row: a title or two may sit above it. */
const HEADER_SEARCH = 10;

export interface RosterColumns {
  headerRow: number;
  fields: Partial<Record<RosterField, number>>;
  parciales: number[];
}

/** The header row (0-based) and the columns of a period's grades sheet: it needs a materia column and at least one parcial. */
export function detectRoster(rows: readonly Cell[][]): RosterColumns | undefined {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH); r++) {
    const fields: Partial<Record<RosterField, number>> = {};
    const parciales: number[] = [];
    rows[r].forEach((cell, c) => {
      const h = normalizeHeader(cell);
      if (!h) return;
      if (PARCIAL.test(h)) return void parciales.push(c);
      const hit = HEADER_TESTS.find(([, test]) => test.test(h));
      if (hit && fields[hit[0]] === undefined) fields[hit[0]] = c;
    });
    if (fields.materia !== undefined && parciales.length > 0) return { headerRow: r, fields, parciales };
  }
  return undefined;
}

export interface SubjectRecord {
  /** 1-based sheet row. */
  row: number;
  matricula: string;
  nombre: string;
  grupo: string;
  materia: string;
  periodo: string;
  beca: Cell;
  exemption: ExemptionResult;
  grade?: number;
  examRight: boolean;
  attendance?: number;
  /** Only for a failed final grade: the right to regularize and the opportunities left. */
  regularization?: RegularizationResult;
}

export interface Roster {
  records: SubjectRecord[];
  errors: { row: number; issue: Issue }[];
}

const text = (v: Cell) => (isBlank(v) ? '' : String(v).trim());

/**
 * Every row with a materia or a name, judged. A student's owed subjects (for the baja, Cap. IX,
 * Art. 1 III) are the subjects this sheet shows failed for the same matrícula (or name).
 */
export function readRoster(rows: readonly Cell[][], cols: RosterColumns, rules: Rules): Roster {
  const f = cols.fields;
  const at = (row: Cell[], field: RosterField): Cell => (f[field] === undefined ? '' : row[f[field] as number]);
  const records: SubjectRecord[] = [];
  const errors: { row: number; issue: Issue }[] = [];
  const pendingRegularization: { record: SubjectRecord; used: Cell; months: Cell; key: string }[] = [];
  const failedBy = new Map<string, number>();
  for (let r = cols.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isBlank(at(row, 'materia')) && isBlank(at(row, 'nombre')) && isBlank(at(row, 'matricula'))) continue;
    const parciales = cols.parciales.map((c) => row[c]);
    const att = optionalAttendance(at(row, 'asistencias'), at(row, 'sesiones'), at(row, 'justificadas'));
    if (!att.ok) {
      errors.push({ row: r + 1, issue: att.issue });
      continue;
    }
    const g = subjectGrade(parciales, at(row, 'ordinario'), att.value, rules);
    if (!g.ok) {
      errors.push({ row: r + 1, issue: g.issue });
      continue;
    }
    const a: Attendance | undefined = att.value;
    const record: SubjectRecord = {
      row: r + 1,
      matricula: text(at(row, 'matricula')),
      nombre: text(at(row, 'nombre')),
      grupo: text(at(row, 'grupo')),
      materia: text(at(row, 'materia')),
      periodo: text(at(row, 'periodo')),
      beca: at(row, 'beca'),
      exemption: g.value.parciales,
      grade: g.value.grade,
      examRight: g.value.examRight,
      attendance: a ? attendanceFraction(a, rules) : undefined,
    };
    records.push(record);
    const key = record.matricula || record.nombre;
    if (record.grade !== undefined && record.grade < rules.passingGrade) {
      failedBy.set(key, (failedBy.get(key) ?? 0) + 1);
      pendingRegularization.push({ record, used: at(row, 'oportunidades'), months: at(row, 'mensualidades'), key });
    }
  }
  for (const p of pendingRegularization) {
    const reg = regularizationOf(p.record.grade, p.used, failedBy.get(p.key) ?? 0, p.months, rules);
    if (reg.ok) p.record.regularization = reg.value;
    else {
      errors.push({ row: p.record.row, issue: reg.issue });
      records.splice(records.indexOf(p.record), 1);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { records, errors };
}
