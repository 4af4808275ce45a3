// Whether a sheet is a list of students, and what its reading derived, assumed and skipped: the evidence the panel and npm run calc report.
import type { Rules } from '../config';
import { parsePlan } from '../becas';
import { Cell, isBlank, parseNumber } from '../parse';
import { normalizeHeader } from '../text';
import { readStudentHeaders } from './detect';
import { FIELD_LABELS, OUTPUTS, OutputId, StudentField, StudentMapping, columnLetter, inputOf, missingFields } from './fields';
import type { Header, Merge } from './headers';
import { RowPlan, kindOfText, nameOf, planRows } from './rows';
import { NOT_SUBJECTS, TITLES } from './synonyms';

export type NotStudentsCode = 'no_name' | 'names_are_staff' | 'names_are_plans' | 'only_names' | 'wrong_scale' | 'nothing_to_compute' | 'no_students';

/** Fields that say who a row is, or where: a student list needs some other field, or subjects. */
const IDENTITY = new Set<StudentField>(['nombre', 'matricula', 'numeroLista', 'grupo', 'planEstudios']);
const MAJORITY = 0.5;

/** What the reading of a sheet found, for the batch and for the words of its report. */
export interface SheetDetection {
  mapping: StudentMapping;
  headers: Header[];
  plan: RowPlan;
  students: boolean;
  why?: NotStudentsCode;
  /** Inputs read another way: «Asistencias = Días hábiles (C) − Inasistencias (D)». */
  derived: { field: StudentField; from: string }[];
  /** Inputs not found and what is assumed instead (an optional column), or which result is not computed. */
  missing: { field: StudentField; output?: OutputId; outputs?: OutputId[] }[];
  /** Grades seen outside the configured scale, when no subject fits it. */
  scale?: { min: number; max: number };
}

const named = (headers: Header[], c: number) => `${headers[c]?.text || FIELD_LABELS.nombre} (${columnLetter(c)})`;

/** Numeric columns no field took whose values mostly fall outside the configured scale (0–20, 0–100 registers). */
function offScale(rows: Cell[][], headers: Header[], mapping: StudentMapping, rules: Rules): { min: number; max: number } | undefined {
  if (mapping.subjects.length) return undefined;
  const used = new Set<number>([...(Object.values(mapping.columns) as number[]), ...(mapping.parciales ?? [])]);
  let min = Infinity;
  let max = -Infinity;
  let columns = 0;
  // The rows with a name: on another scale no subject is found, so no row has an input yet.
  const named = rows.filter((r) => {
    const name = nameOf(r, mapping);
    return name && !kindOfText(name);
  });
  headers.forEach((h, c) => {
    if (used.has(c) || !h.text || NOT_SUBJECTS.includes(normalizeHeader(h.sub).split(' ')[0])) return;
    const numbers = named.map((r) => parseNumber(r[c])).filter((n) => n.ok).map((n) => (n as { value: number }).value);
    const filled = named.filter((r) => !isBlank(r[c])).length;
    if (!filled || numbers.length / filled < 0.8 || numbers.some((n) => n < 0 || n > 100)) return;
    const outside = numbers.filter((n) => n < rules.gradeMin || n > rules.gradeMax).length;
    if (outside / numbers.length < MAJORITY) return;
    columns++;
    min = Math.min(min, ...numbers);
    max = Math.max(max, ...numbers);
  });
  if (columns < 2) return undefined;
  return { min: 0, max: max <= 20 ? 20 : 100 };
}

/** Which sheet is a student list: a name that reads like students', and something of theirs beyond it. */
function whyNot(rows: Cell[][], mapping: StudentMapping, plan: RowPlan, scale: SheetDetection['scale']): NotStudentsCode | undefined {
  const c = mapping.columns;
  if (c.nombre === undefined && c.matricula === undefined) return 'no_name';
  const names = rows.map((r) => nameOf(r, mapping)).filter((n) => n && !kindOfText(n));
  if (names.length && names.filter((n) => TITLES.test(normalizeHeader(n))).length / names.length >= MAJORITY) return 'names_are_staff';
  if (names.length && names.filter((n) => parsePlan(n).ok).length / names.length >= MAJORITY) return 'names_are_plans';
  if (scale) return 'wrong_scale';
  const data = (Object.keys(c) as StudentField[]).some((f) => !IDENTITY.has(f)) || mapping.subjects.length > 0;
  if (!data) return 'only_names';
  if (!OUTPUTS.some((o) => missingFields(o, mapping).length === 0)) return 'nothing_to_compute';
  if (!plan.students.length) return 'no_students';
  return undefined;
}

/** What the reading derived, said in the mapping. */
function derivedOf(headers: Header[], mapping: StudentMapping): SheetDetection['derived'] {
  const out: SheetDetection['derived'] = [];
  const c = mapping.columns;
  const sesiones = inputOf(mapping, 'sesiones');
  if (sesiones && 'column' in sesiones && c.sesiones === undefined) out.push({ field: 'sesiones', from: named(headers, sesiones.column) });
  const asistencias = inputOf(mapping, 'asistencias');
  if (asistencias && 'derived' in asistencias) out.push({ field: 'asistencias', from: `${named(headers, asistencias.sesiones)} − ${named(headers, asistencias.inasistencias)}` });
  return out;
}

/** The optional inputs not found (what is assumed) and the results one missing column keeps from being computed. */
function missingOf(mapping: StudentMapping): SheetDetection['missing'] {
  const out: SheetDetection['missing'] = [];
  const seen = new Set<string>();
  const add = (m: SheetDetection['missing'][number]) => {
    const key = `${m.field}:${m.output ?? ''}`;
    if (!seen.has(key)) out.push(m), seen.add(key);
  };
  const c = mapping.columns;
  if (c.inasistencias !== undefined && inputOf(mapping, 'sesiones') === undefined) add({ field: 'diasHabiles', outputs: ['asistencia', 'derecho'] });
  for (const o of OUTPUTS) {
    const lacking = o.args.flatMap((a) => ('field' in a && inputOf(mapping, a.field) === undefined ? [a] : []));
    const required = lacking.filter((a) => a.required);
    const hasSome = o.args.some((a) => ('subjects' in a ? mapping.subjects.length > 0 : 'ledger' in a ? a.ledger === 'pagos' && mapping.ledger !== undefined : a.required && inputOf(mapping, a.field) !== undefined));
    if (!missingFields(o, mapping).length) for (const a of lacking) add({ field: a.field });
    else if (required.length === 1 && hasSome && missingFields(o, mapping).length === 1) add({ field: required[0].field, output: o.id });
  }
  return out;
}

/** The whole reading of a sheet: mapping, rows, evidence, derived and missing inputs, scale. */
export function detectStudentSheet(rows: Cell[][], rules: Rules, merges?: readonly Merge[]): SheetDetection {
  const { mapping, headers } = readStudentHeaders(rows, rules, merges);
  return detectionFor(rows, mapping, headers, rules);
}

/** The same reading under a mapping the user chose (or the panel remembers). */
export function detectionFor(rows: Cell[][], mapping: StudentMapping, headers: Header[], rules: Rules): SheetDetection {
  const body = rows.slice(mapping.headerRow + 1);
  const plan = planRows(body, mapping);
  const scale = offScale(body, headers, mapping, rules);
  const why = whyNot(body, mapping, plan, scale);
  return { mapping, headers, plan, students: !why, why, derived: derivedOf(headers, mapping), missing: why ? [] : missingOf(mapping), scale };
}
