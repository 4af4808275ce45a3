// Which columns of a register are which, from its headers and its values: abbreviations, two-row headers, parciales, split names, criteria per plan.
import type { Rules } from '../config';
import { isNoPlan, parsePlan } from '../becas';
import { Cell, isBlank, parseFraction, parseNumber } from '../parse';
import { looksLikeDate } from '../payments';
import { readGrade } from '../promotion';
import type { ColumnMapping } from '../table';
import { normalizeHeader } from '../text';
import { STUDENT_FIELDS, StudentField, StudentMapping, isComputedHeader } from './fields';
import { Header, Merge, bestScore, headerWords, headersAt, isGroupRow } from './headers';
import { CRITERION_SYNONYMS, FINAL, NAME_PART_SYNONYMS, NOT_SUBJECTS, PARCIAL, ROW_KINDS, SIGNATURE_LINE } from './synonyms';

/** Header rows are looked for among the first rows: title blocks of offices run to five or six. */
const SCAN = 15;
const SAMPLE_ROWS = 200;
/** Share of a column's non-blank sample values that must fit a field or be grades to count. */
const SUBJECT_SHARE = 0.8;
const FIT_SHARE = 0.5;

/** A grade as ESTATUS_PROMOCION reads it: a number on the scale, or NP / SD in any spelling ("n.p.", "S/D"). */
export function isGradeLike(v: Cell, rules: Rules): boolean {
  return readGrade(v, rules).ok;
}

// The synonyms' words, made at the first detection rather than at load (every custom-function execution loads the bundle).
let synonymCache: { fields: Map<StudentField, string[][]>; nameParts: string[][] } | undefined;
const synonymWords = () =>
  (synonymCache ??= {
    fields: new Map<StudentField, string[][]>(STUDENT_FIELDS.map((f) => [f.field, f.synonyms.map(headerWords)])),
    nameParts: NAME_PART_SYNONYMS.map(headerWords),
  });
const APELLIDO = /^apellido/;

const share = (values: Cell[], test: (v: Cell) => boolean): number => {
  const filled = values.filter((v) => !isBlank(v));
  return filled.length ? filled.filter(test).length / filled.length : 1;
};
const isCount = (v: Cell) => {
  const n = parseNumber(v);
  return n.ok && n.value >= 0;
};
/** A number under 100 (a grade, a count, a fraction): never an identifier. */
const isSmallNumber = (v: Cell) => {
  const n = parseNumber(v);
  return n.ok && Math.abs(n.value) < 100;
};
const hasLetters = (v: Cell) => typeof v === 'string' && /\p{L}/u.test(v) && parseNumber(v).ok === false;

/** What a column's values say of a field its header names: a header is refuted when most values cannot be that field. */
function valuesFit(field: StudentField, values: Cell[]): boolean {
  switch (field) {
    case 'nombre':
      return share(values, hasLetters) >= FIT_SHARE;
    case 'matricula':
      // A matrícula, a número de control or a CURP is an identifier: not a grade, a count or a fraction.
      return share(values, (v) => !isSmallNumber(v)) >= FIT_SHARE;
    case 'plan':
      return share(values, (v) => parsePlan(v).ok || isNoPlan(v)) >= FIT_SHARE;
    case 'porcentajeBeca':
      return share(values, (v) => !parsePlan(v).ok && parseFraction(v).ok) >= FIT_SHARE;
    case 'promedio':
    case 'asistencias':
    case 'sesiones':
    case 'sesionesCurso':
    case 'justificadas':
    case 'diasHabiles':
    case 'inasistencias':
    case 'adeudosAnteriores':
    case 'horasServicio':
    case 'colegiatura':
      return share(values, isCount) >= FIT_SHARE;
    case 'fechaDictamen':
    case 'fechaAbandono':
    case 'fechaAviso':
      return share(values, looksLikeDate) >= FIT_SHARE;
    default:
      return true;
  }
}

interface Candidate {
  field: StudentField;
  column: number;
  score: number;
  rank: number;
  order: number;
}

/** Everything one header row gives: the mapping and how much of a student list it found. */
interface Reading {
  mapping: StudentMapping;
  headers: Header[];
  score: number;
}

const ORDER = new Map(STUDENT_FIELDS.map((f, i) => [f.field, i]));

/** The columns of one header row, best match first; each column serves one field. */
function readHeaders(rows: Cell[][], headerRow: number, grouped: boolean, merges: readonly Merge[] | undefined, rules: Rules): Reading {
  const headers = headersAt(rows, headerRow, grouped, merges);
  const body = rows.slice(headerRow + 1, headerRow + 1 + SAMPLE_ROWS);
  const valuesOf = (c: number) => body.map((r) => r[c]);
  const taken = new Set<number>();
  const parciales: number[] = [];
  const finals: number[] = [];
  headers.forEach((h, c) => {
    if (!h.text || isComputedHeader(h.text)) return void taken.add(c);
    const sub = headerWords(h.sub).join(' ');
    if (PARCIAL.test(sub)) {
      parciales.push(c);
      taken.add(c);
    } else if (h.group && FINAL.test(sub)) {
      finals.push(c);
      taken.add(c);
    }
  });

  const criteria: { column: number; plans: string[] }[] = [];
  headers.forEach((h, c) => {
    if (taken.has(c)) return;
    const words = headerWords(h.sub);
    const hit = CRITERION_SYNONYMS.map((k) => ({ plans: k.plans, ...bestScore(words, k.synonyms.map(headerWords)) })).sort((a, b) => b.score - a.score)[0];
    if (hit.score >= 2) criteria.push({ column: c, plans: hit.plans });
  });

  // Two or more criterion columns are the plans' own (a dictamen sheet): no other field may take them.
  const perPlan = criteria.length > 1;
  if (perPlan) for (const k of criteria) taken.add(k.column);

  const candidates: Candidate[] = [];
  for (const [field, synonyms] of synonymWords().fields) {
    headers.forEach((h, c) => {
      if (taken.has(c)) return;
      let best = bestScore(headerWords(h.sub), synonyms);
      if (!best.score && h.group) best = bestScore(headerWords(h.text), synonyms);
      if (best.score && valuesFit(field, valuesOf(c))) candidates.push({ field, column: c, ...best, order: ORDER.get(field)! });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.order - b.order || a.column - b.column);
  const columns: ColumnMapping<StudentField> = {};
  const used = new Set<number>();
  for (const k of candidates) {
    if (columns[k.field] !== undefined || used.has(k.column)) continue;
    columns[k.field] = k.column;
    used.add(k.column);
  }
  if (perPlan) {
    columns.criterio = criteria[0].column;
    for (const k of criteria) used.add(k.column);
  } else if (criteria.length === 1 && columns.criterio === undefined && !used.has(criteria[0].column)) {
    columns.criterio = criteria[0].column;
    used.add(criteria[0].column);
  }
  const nameParts = namePartsOf(headers, columns, used);
  if (nameParts) columns.nombre = nameParts[0];

  const sample = body.filter((r) => isStudentLike(r, columns.nombre));
  let subjects = [...finals];
  headers.forEach((h, c) => {
    // A number is no header: a data row taken for the header row has no subjects.
    if (taken.has(c) || used.has(c) || !h.text || parseNumber(h.sub).ok) return;
    const first = headerWords(h.sub)[0] ?? '';
    if (NOT_SUBJECTS.includes(first) || NOT_SUBJECTS.includes(normalizeHeader(h.sub))) return;
    const values = sample.map((r) => r[c]);
    if (values.some((v) => !isBlank(v)) && share(values, (v) => isGradeLike(v, rules)) >= SUBJECT_SHARE) subjects.push(c);
  });
  if (!subjects.length && parciales.length && columns.calificacion !== undefined) subjects = [columns.calificacion];
  subjects.sort((a, b) => a - b);

  const mapping: StudentMapping = { headerRow, columns, subjects };
  if (grouped) mapping.headerRows = 2;
  if (nameParts) mapping.nameParts = nameParts;
  if (parciales.length) mapping.parciales = parciales;
  if (perPlan) mapping.criteria = criteria;
  const score = Object.keys(columns).length + (subjects.length ? 2 : 0) + (parciales.length ? 1 : 0) + (nameParts ? nameParts.length - 1 : 0) + (perPlan ? criteria.length - 1 : 0);
  return { mapping, headers, score };
}

/** Apellido paterno · Apellido materno · Nombre(s), side by side: the name in several columns. */
function namePartsOf(headers: Header[], columns: ColumnMapping<StudentField>, used: Set<number>): number[] | undefined {
  const parts: number[] = [];
  headers.forEach((h, c) => {
    const words = headerWords(h.sub);
    if (bestScore(words, synonymWords().nameParts).score >= 2.5 && (c === columns.nombre || !used.has(c))) parts.push(c);
  });
  if (parts.length < 2 || !parts.some((c) => APELLIDO.test(headerWords(headers[c].sub)[0] ?? ''))) return undefined;
  for (const c of parts) used.add(c);
  return parts;
}

/** A body row that may be a student's, for sampling values: a name that is no total, average, heading or signature. */
function isStudentLike(row: Cell[], name: number | undefined): boolean {
  if (name === undefined) return row.some((v) => !isBlank(v));
  const v = row[name];
  if (isBlank(v)) return false;
  const text = String(v);
  return !SIGNATURE_LINE.test(text) && !ROW_KINDS.some((k) => k.test.test(normalizeHeader(text)));
}

/**
 * The header row, the columns by header and values, the subjects, parciales, name parts and
 * criteria per plan. `merges` (from Sheets) let a merged group row be read over its sub-headers;
 * without them a group runs over the blank cells to its right.
 */
export function detectStudentColumns(rows: Cell[][], rules: Rules, merges?: readonly Merge[]): StudentMapping {
  return readStudentHeaders(rows, rules, merges).mapping;
}

/** The reading of the best header row among the first rows, with its headers as the user reads them. */
export function readStudentHeaders(rows: Cell[][], rules: Rules, merges?: readonly Merge[]): Reading {
  let best: Reading | undefined;
  for (let r = 0; r < Math.min(SCAN, rows.length); r++) {
    const options = r > 0 && isGroupRow(rows, r - 1, merges) ? [true, false] : [false];
    for (const grouped of options) {
      const reading = readHeaders(rows, r, grouped, merges, rules);
      // On a tie the group row read over its sub-headers wins: its columns are the ones under it.
      if (!best || reading.score > best.score || (grouped && reading.score === best.score)) best = reading;
    }
  }
  return best ?? { mapping: { headerRow: 0, columns: {}, subjects: [] }, headers: [], score: 0 };
}
