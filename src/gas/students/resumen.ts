// The Resumen's reading of a student sheet: each student with the results the sheet's columns allow, computed by the custom functions.
import { Cell, isBlank } from '../../core/parse';
import { OutputId, StudentField, StudentMapping, missingFields, outputSpec } from '../../core/students/fields';
import { dataRows } from '../../core/students/mapping';
import { nameOf, planRows } from '../../core/students/rows';
import { StudentOutcome } from '../../core/students/summary';
import { SheetData } from '../sheets';
import { computeValues } from './write';

/** The students of a sheet with BECA, ESTATUS_PROMOCION and DERECHO_EXAMEN computed where the sheet allows. */
export function outcomesOf(data: SheetData, mapping: StudentMapping, configRows: Cell[][]): StudentOutcome[] {
  // Only the students: totals, averages, group headings and signatures are no one's results.
  const body = dataRows(data.rows, mapping);
  const rows = planRows(body, mapping).students.map((i) => body[i]);
  const column = (id: OutputId) => (missingFields(outputSpec(id), mapping).length ? [] : computeValues(outputSpec(id), mapping, rows, configRows).map((r) => r[0]));
  const beca = column('beca');
  const status = column('estatus');
  const right = column('derecho');
  const cell = (field: StudentField, r: Cell[]) => (mapping.columns[field] === undefined ? '' : r[mapping.columns[field]!]);
  return rows.map((r, i) => ({
    name: nameOf(r, mapping) || (r.some((c) => !isBlank(c)) ? '·' : ''),
    studyPlan: cell('planEstudios', r),
    becaPlan: cell('plan', r),
    beca: beca[i] ?? '',
    status: status[i] ?? '',
    examRight: right[i] ?? '',
  }));
}
