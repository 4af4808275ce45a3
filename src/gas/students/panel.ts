// The Alumnos panel's calls on a sheet the office already has: detect, remember the mapping, write results as formulas or values.
import type { Answer, ComputeAnswer, ComputeRequest, Mode, StudentSheetView } from '../../api';
import type { Rules } from '../../core/config';
import { isBlank } from '../../core/parse';
import { OUTPUTS, STUDENT_FIELDS, StudentMapping, columnLetter, isComputedHeader, missingFields, outputOfHeader } from '../../core/students/fields';
import { countStudents, dataRows, mappingOfRequest, previewOf } from '../../core/students/mapping';
import { answer, stop } from '../boundary';
import { readRules } from '../config-panel';
import { SheetData, readSheet, sheetNamed } from '../sheets';
import { mappingOf, remember } from './memory';
import { computeSheet } from './write';

export function viewOf(data: SheetData, rules: Rules): StudentSheetView {
  const { mapping, saved } = mappingOf(data, rules);
  const headers = data.rows[mapping.headerRow] ?? [];
  const present = new Set(headers.map((h) => outputOfHeader(h)).filter(Boolean));
  const outputs = OUTPUTS.map((o) => ({ id: o.id, label: o.label, missing: missingFields(o, mapping), present: present.has(o.id) }));
  const mode: Mode = saved ? saved.mode : 'formulas';
  const chosen = saved ? saved.outputs : outputs.filter((o) => o.missing.length === 0).map((o) => o.id);
  return {
    sheet: data.sheet.getName(),
    headerRow: mapping.headerRow + 1,
    students: countStudents(dataRows(data.rows, mapping), mapping),
    preview: previewOf(dataRows(data.rows, mapping), mapping),
    columns: headers
      .map((h, index) => ({ index, letter: columnLetter(index), header: isBlank(h) ? '' : String(h) }))
      .filter((c) => c.header !== '' && !isComputedHeader(c.header)),
    fields: STUDENT_FIELDS.map((f) => ({ field: f.field, label: f.label, column: mapping.columns[f.field] ?? null })),
    subjects: mapping.subjects,
    outputs,
    chosen,
    mode,
    remembered: Boolean(saved),
  };
}

/** The mapping a request names, checked against the sheet; the call stops on the first column that does not fit. */
function requestedMapping(data: SheetData, headerRow: number, request: Pick<ComputeRequest, 'columns' | 'subjects'>): StudentMapping {
  const checked = mappingOfRequest(data.rows[headerRow] ?? [], data.lastColumn, headerRow, request);
  if (!checked.ok) stop(checked.issue);
  return checked.value;
}

// Sidebar calls of the Alumnos panel.

/** Detects (or recalls) the columns of the active sheet. */
export function detectarAlumnos(): Answer<StudentSheetView> {
  return answer(() => viewOf(readSheet(SpreadsheetApp.getActiveSheet()), readRules().rules));
}

/** Remembers the mapping the user confirmed, without computing. */
export function guardarMapeo(request: ComputeRequest): Answer<StudentSheetView> {
  return answer(() => {
    const sheet = sheetNamed(request.sheet);
    const data = readSheet(sheet);
    const { rules } = readRules();
    const headerRow = mappingOf(data, rules).mapping.headerRow;
    remember(data, requestedMapping(data, headerRow, request), request.outputs, request.mode);
    return viewOf(data, rules);
  });
}

/** Adds the chosen results; answers 'confirmar' with the cells it would replace until confirmed. */
export function calcularAlumnos(request: ComputeRequest): Answer<ComputeAnswer> {
  return answer(() =>
    computeSheet(
      sheetNamed(request.sheet),
      (data, rules) => ({ mapping: requestedMapping(data, mappingOf(data, rules).mapping.headerRow, request), outputs: request.outputs, mode: request.mode }),
      typeof request.confirmar === 'string' ? request.confirmar : false,
    ),
  );
}
