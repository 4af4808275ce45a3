// Which cells a run works on: a remembered mapping followed to where its headers moved, a requested one checked, the students counted.
import { normalizeHeader } from '../text';
import { Cell } from '../parse';
import { Result, fail, ok } from '../result';
import { FIELD_LABELS, STUDENT_FIELDS, StudentField, StudentMapping, columnLetter, isComputedHeader } from './fields';
import { nameOf, planRows } from './rows';

/** A column as remembered: where it was and the header it had there. */
export interface SavedColumn {
  index: number;
  header: string;
}

/** The columns of a mapping as the panel remembers them, by header, so they can follow a moved column. */
export interface SavedMapping {
  headerRow: number;
  headerRows?: number;
  columns: Partial<Record<StudentField, SavedColumn>>;
  subjects: SavedColumn[];
  nameParts?: SavedColumn[];
  parciales?: SavedColumn[];
  criteria?: (SavedColumn & { plans: string[] })[];
}

/** The mapping to remember: each column with the header it has now. */
export function savedMapping(headers: Cell[], mapping: StudentMapping): SavedMapping {
  const at = (index: number): SavedColumn => ({ index, header: String(headers[index] ?? '') });
  const columns: SavedMapping['columns'] = {};
  for (const [field, index] of Object.entries(mapping.columns) as [StudentField, number][]) columns[field] = at(index);
  const saved: SavedMapping = { headerRow: mapping.headerRow, columns, subjects: mapping.subjects.map(at) };
  if (mapping.headerRows) saved.headerRows = mapping.headerRows;
  if (mapping.nameParts) saved.nameParts = mapping.nameParts.map(at);
  if (mapping.parciales) saved.parciales = mapping.parciales.map(at);
  if (mapping.criteria) saved.criteria = mapping.criteria.map((k) => ({ ...at(k.column), plans: k.plans }));
  return saved;
}

/** A remembered column still counts when its header is where it was, or has moved (then it follows it). */
export function relocate(headers: Cell[], saved: SavedColumn): number | undefined {
  const want = normalizeHeader(saved.header);
  if (normalizeHeader(headers[saved.index]) === want) return saved.index;
  const moved = headers.findIndex((h) => normalizeHeader(h) === want);
  return want && moved >= 0 ? moved : undefined;
}

/** The remembered mapping over the sheet's rows as they are now: columns whose header is gone drop out. */
export function resolveMapping(rows: Cell[][], saved: SavedMapping): StudentMapping {
  const headers = rows[saved.headerRow] ?? [];
  const columns: StudentMapping['columns'] = {};
  for (const [field, col] of Object.entries(saved.columns) as [StudentField, SavedColumn][]) {
    const index = relocate(headers, col);
    if (index !== undefined) columns[field] = index;
  }
  const follow = (list: SavedColumn[]) => list.map((s) => relocate(headers, s)).filter((i): i is number => i !== undefined);
  const mapping: StudentMapping = { headerRow: saved.headerRow, columns, subjects: follow(saved.subjects) };
  if (saved.headerRows) mapping.headerRows = saved.headerRows;
  if (saved.nameParts) mapping.nameParts = follow(saved.nameParts);
  if (saved.parciales) mapping.parciales = follow(saved.parciales);
  if (saved.criteria) {
    const criteria = saved.criteria.flatMap((k) => {
      const column = relocate(headers, k);
      return column === undefined ? [] : [{ column, plans: k.plans }];
    });
    if (criteria.length > 1) mapping.criteria = criteria;
  }
  return mapping;
}

/** What the panel asks for: a column per field (or none) and the subject columns. */
export interface MappingRequest {
  columns: Partial<Record<StudentField, number | null>>;
  subjects: number[];
}

/** The mapping a request names, checked against the sheet's `width` columns: they exist, none is computed, none serves two fields. */
export function mappingOfRequest(headers: Cell[], width: number, headerRow: number, request: MappingRequest): Result<StudentMapping> {
  const columns: StudentMapping['columns'] = {};
  const owner = new Map<number, string>();
  const claim = (index: number, label: string): Result<number> => {
    if (!Number.isInteger(index) || index < 0 || index >= width) return fail('bad_column', { column: columnLetter(Math.max(0, index)), field: label });
    if (isComputedHeader(headers[index])) return fail('computed_as_input', { column: columnLetter(index), header: headers[index], field: label });
    const first = owner.get(index);
    if (first) return fail('column_twice', { column: columnLetter(index), first, second: label });
    owner.set(index, label);
    return ok(index);
  };
  for (const spec of STUDENT_FIELDS) {
    const index = request.columns[spec.field];
    if (index === null || index === undefined) continue;
    const claimed = claim(index, spec.label);
    if (!claimed.ok) return claimed;
    columns[spec.field] = index;
  }
  for (const index of request.subjects) {
    const claimed = claim(index, `la materia ${String(headers[index] ?? '')}`.trim());
    if (!claimed.ok) return claimed;
  }
  return ok({ headerRow, columns, subjects: [...request.subjects].sort((a, b) => a - b) });
}

/**
 * A chosen mapping with what the panel does not show kept from the sheet's reading: a group row over
 * the headers, a split name, parciales, criteria per plan, a payment grid's columns, while the columns it names stay as chosen.
 */
export function withReading(chosen: StudentMapping, read: StudentMapping): StudentMapping {
  const mapping: StudentMapping = { ...chosen };
  if (read.headerRows) mapping.headerRows = read.headerRows;
  if (read.nameParts && mapping.columns.nombre === read.nameParts[0]) mapping.nameParts = read.nameParts;
  const parciales = read.parciales?.filter((c) => !mapping.subjects.includes(c));
  if (parciales?.length) mapping.parciales = parciales;
  if (read.criteria && mapping.columns.criterio === read.criteria[0].column) mapping.criteria = read.criteria;
  // The payment columns are the grid's: the panel shows the fields beside them, not them.
  if (read.ledger) mapping.ledger = read.ledger;
  return mapping;
}

/** The rows under the header row. */
export function dataRows(rows: Cell[][], mapping: StudentMapping): Cell[][] {
  return rows.slice(mapping.headerRow + 1);
}

/** Students are the rows with a name (or matrícula) and an input, that read like no total, heading or signature (rows.ts). */
export function countStudents(rows: Cell[][], mapping: StudentMapping): number {
  return planRows(rows, mapping).students.length;
}

const PREVIEW = 3;

/** The first students' names, as the sheet has them, so the user sees which rows these are. */
export function previewOf(rows: Cell[][], mapping: StudentMapping): string[] {
  return planRows(rows, mapping)
    .students.slice(0, PREVIEW)
    .map((i) => nameOf(rows[i], mapping))
    .filter(Boolean);
}

/** "Nombre (B), Promedio (L)": the mapped columns as the user reads them. */
export function describeColumns(headers: Cell[], mapping: StudentMapping): { columns: string; subjects: string } {
  const named = (index: number, label: string) => `${label} (${columnLetter(index)})`;
  const columns = STUDENT_FIELDS.filter((f) => mapping.columns[f.field] !== undefined && f.field !== 'criterio' && f.field !== 'nombre').map((f) => named(mapping.columns[f.field]!, f.label));
  if (mapping.nameParts) columns.unshift(`${FIELD_LABELS.nombre} (${mapping.nameParts.map(columnLetter).join(' + ')})`);
  else if (mapping.columns.nombre !== undefined) columns.unshift(named(mapping.columns.nombre, FIELD_LABELS.nombre));
  if (mapping.criteria) columns.push(...mapping.criteria.map((k) => named(k.column, `${FIELD_LABELS.criterio} del plan ${k.plans.join(' y ')}`)));
  else if (mapping.columns.criterio !== undefined) columns.push(named(mapping.columns.criterio, FIELD_LABELS.criterio));
  const parciales = mapping.parciales?.length ? `; parciales (no son materias): ${mapping.parciales.map(columnLetter).join(', ')}` : '';
  return { columns: columns.join(', '), subjects: mapping.subjects.map((i) => named(i, String(headers[i]))).join(', ') + parciales };
}
