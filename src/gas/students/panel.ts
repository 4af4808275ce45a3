// The Alumnos panel's calls on a sheet the office already has: detect, remember the mapping, write results as formulas or values.
import type { Answer, ComputeAnswer, ComputeRequest, Mode, StudentSheetView } from '../../api';
import type { Rules } from '../../core/config';
import { isBlank } from '../../core/parse';
import { OUTPUTS, PER_SUBJECT_ROW_OUTPUTS, STUDENT_FIELDS, StudentMapping, columnLetter, isComputedHeader, missingFields, outputOfHeader } from '../../core/students/fields';
import { dataRows, mappingOfRequest, previewOf, withReading } from '../../core/students/mapping';
import { PERIOD_SHEET_NOTES, whyNotStudents } from '../../core/es/detection';
import { detectRoster } from '../../core/grades/roster';
import { answer, stop } from '../boundary';
import { readRules } from '../config-panel';
import { SheetData, readSheet, sheetNamed } from '../sheets';
import { detectionOf, mappingOf, remember } from './memory';
import { detectionLines } from './lines';
import { computeSheet } from './write';

export function viewOf(data: SheetData, rules: Rules, read: ReturnType<typeof detectionOf> = detectionOf(data, rules)): StudentSheetView {
  const { detection, saved } = read;
  const { mapping, plan } = detection;
  const headers = detection.headers.map((h) => h.text);
  const present = new Set(headers.map((h) => outputOfHeader(h)).filter(Boolean));
  // A sheet of the period's grades (one row per student and subject) is offered its per-subject results only.
  const period = detectRoster(data.rows) !== undefined;
  const offered = period ? OUTPUTS.filter((o) => PER_SUBJECT_ROW_OUTPUTS.has(o.id)) : OUTPUTS;
  const outputs = offered.map((o) => ({ id: o.id, label: o.label, missing: missingFields(o, mapping), present: present.has(o.id) }));
  const mode: Mode = saved ? saved.mode : 'formulas';
  const chosen = (saved ? saved.outputs : outputs.filter((o) => o.missing.length === 0).map((o) => o.id)).filter((id) => !period || PER_SUBJECT_ROW_OUTPUTS.has(id));
  const notes = detection.students ? [...detectionLines(detection), ...(period ? [PERIOD_SHEET_NOTES.kept] : [])] : [whyNotStudents(detection, rules)];
  return {
    sheet: data.sheet.getName(),
    headerRow: mapping.headerRow + 1,
    students: plan.students.length,
    preview: previewOf(dataRows(data.rows, mapping), mapping),
    notes,
    period,
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

/**
 * The mapping a request names, checked against the sheet; the call stops on the first column that
 * does not fit. What the panel does not show (a split name, parciales, criteria per plan, a group
 * row over the headers) is kept from the sheet's reading while the columns it names stay as chosen.
 */
function requestedMapping(data: SheetData, read: StudentMapping, request: Pick<ComputeRequest, 'columns' | 'subjects'>): StudentMapping {
  const checked = mappingOfRequest(data.rows[read.headerRow] ?? [], data.lastColumn, read.headerRow, request);
  if (!checked.ok) stop(checked.issue);
  return withReading(checked.value, read);
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
    remember(data, requestedMapping(data, mappingOf(data, rules).mapping, request), request.outputs, request.mode);
    return viewOf(data, rules);
  });
}

/** Adds the chosen results; answers 'confirmar' with the cells it would replace until confirmed. */
export function calcularAlumnos(request: ComputeRequest): Answer<ComputeAnswer> {
  return answer(() =>
    computeSheet(
      sheetNamed(request.sheet),
      (data, rules) => ({ mapping: requestedMapping(data, mappingOf(data, rules).mapping, request), outputs: request.outputs, mode: request.mode }),
      typeof request.confirmar === 'string' ? request.confirmar : false,
    ),
  );
}
