// Which rows under the headers are students: a name (or matrícula) and an input, never a total, an average, a group heading or a signature.
import { Cell, isBlank } from '../parse';
import { normalizeHeader } from '../text';
import { OUTPUTS, StudentField, StudentMapping, inputOf } from './fields';
import { cellText } from './headers';
import { ROW_KINDS, SIGNATURE_LINE, TITLES } from './synonyms';

export type SkippedKind = 'total' | 'promedio' | 'encabezado de grupo' | 'firma' | 'nota' | 'sin datos';

/** A row under the headers that is not a student, with the text that shows why (0-based index within the data rows). */
export interface SkippedRow {
  index: number;
  text: string;
  kind: SkippedKind;
}

export interface RowPlan {
  /** 0-based indexes within the data rows (the rows under the headers) of the students, top to bottom. */
  students: number[];
  skipped: SkippedRow[];
  /** Runs of students one after another: each gets one live formula. */
  blocks: { first: number; last: number }[];
}


/** The student's name as the sheet has it: the name column, or its parts joined in the sheet's order. */
export function nameOf(row: Cell[], mapping: StudentMapping): string {
  const parts = mapping.nameParts ?? (mapping.columns.nombre === undefined ? [] : [mapping.columns.nombre]);
  return parts.map((c) => cellText(row[c])).filter(Boolean).join(' ');
}

/** Every column a result reads, but the name: a row with none of them filled has nothing to compute. */
export function inputColumns(mapping: StudentMapping): number[] {
  const fields = new Set<StudentField>(OUTPUTS.flatMap((o) => o.args.flatMap((a) => ('field' in a ? [a.field] : []))));
  const columns = new Set<number>([...mapping.subjects, ...(mapping.parciales ?? []), ...(mapping.criteria ?? []).map((k) => k.column)]);
  for (const f of fields) {
    const input = inputOf(mapping, f);
    if (!input) continue;
    if ('derived' in input) [input.sesiones, input.inasistencias].forEach((c) => columns.add(c));
    else columns.add(input.column);
  }
  if (mapping.columns.inasistencias !== undefined) columns.add(mapping.columns.inasistencias);
  return [...columns];
}

/** What a row's words say it is, when they say it is no student. */
export function kindOfText(value: string, normalized = normalizeHeader(value)): SkippedKind | undefined {
  if (SIGNATURE_LINE.test(value)) return 'firma';
  return ROW_KINDS.find((k) => k.test.test(normalized))?.kind;
}

/**
 * The rows under the headers, sorted into students and the rest: a student has a name (or a
 * matrícula) and at least one input of a result; a row whose name reads like a total, an average,
 * a group heading or a signature (or opens with a title: Ing., Lic., Mtra.) is skipped whatever it
 * holds, and counted with its text.
 */
export function planRows(rows: Cell[][], mapping: StudentMapping): RowPlan {
  const inputs = inputColumns(mapping);
  const students: number[] = [];
  const skipped: SkippedRow[] = [];
  rows.forEach((row, index) => {
    if (row.every((v) => isBlank(v))) return;
    const name = nameOf(row, mapping);
    const id = mapping.columns.matricula === undefined ? '' : cellText(row[mapping.columns.matricula]);
    const first = cellText(row.find((v) => !isBlank(v)));
    // One normalization per row: it is most of the time of reading 50,000 names.
    const normalized = normalizeHeader(name || first);
    const said = kindOfText(name || first, normalized) ?? (TITLES.test(normalized) ? 'firma' : undefined);
    if (said) return void skipped.push({ index, text: name || first, kind: said });
    if (!name && !id) return void skipped.push({ index, text: first, kind: 'nota' });
    if (!inputs.some((c) => !isBlank(row[c]))) return void skipped.push({ index, text: name || id, kind: 'sin datos' });
    students.push(index);
  });
  const blocks: RowPlan['blocks'] = [];
  for (const index of students) {
    const last = blocks[blocks.length - 1];
    if (last && last.last + 1 === index) last.last = index;
    else blocks.push({ first: index, last: index });
  }
  return { students, skipped, blocks };
}
