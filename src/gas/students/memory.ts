// What the Alumnos panel remembers per sheet (document properties): the mapping, the chosen results, what the last run wrote.
import type { Mode } from '../../api';
import type { Rules } from '../../core/config';
import { OutputId, StudentMapping } from '../../core/students/fields';
import { detectStudentColumns } from '../../core/students/detect';
import { SheetDetection, detectionFor } from '../../core/students/evidence';
import { Merge, headersAt, isGroupRow } from '../../core/students/headers';
import { SavedMapping, resolveMapping, savedMapping } from '../../core/students/mapping';
import { withLedger } from '../../core/students/ledger';
import { documentProperty, setDocumentProperty } from '../execution';
import { SheetData } from '../sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Remembered extends SavedMapping {
  outputs: OutputId[];
  mode: Mode;
  /** Per computed header, what the last run left in that column: the fingerprint of its values, or LIVE for its formula. */
  written?: Record<string, string>;
}

const PROPERTY_PREFIX = 'alumnos.';

export function recall(sheet: Sheet): Remembered | undefined {
  const text = documentProperty(PROPERTY_PREFIX + sheet.getSheetId());
  return text ? (JSON.parse(text) as Remembered) : undefined;
}

export function remember(data: SheetData, mapping: StudentMapping, outputs: OutputId[], mode: Mode, written = recall(data.sheet)?.written): void {
  const value: Remembered = { ...savedMapping(data.rows[mapping.headerRow] ?? [], mapping), outputs, mode, written };
  setDocumentProperty(PROPERTY_PREFIX + data.sheet.getSheetId(), JSON.stringify(value));
}

/** How many top rows may hold merged title and group headers: the merges are read over these only. */
const MERGE_ROWS = 16;

/** Whether any of the top rows could be a group row over the next, judged on values alone (more eagerly than with merges). */
function mayHaveGroupRow(rows: SheetData['rows']): boolean {
  for (let r = 1; r < Math.min(MERGE_ROWS, rows.length); r++) if (isGroupRow(rows, r - 1, undefined)) return true;
  return false;
}

/** The merged ranges of a sheet's top rows, 0-based: Sheets keeps a merge's value in its top-left cell only. */
export function mergesOf(data: SheetData): Merge[] {
  if (!data.lastRow || !data.lastColumn) return [];
  if (!data.merges) {
    // Merges only matter over a group row; without one in sight they are not asked for (one round trip saved).
    if (!mayHaveGroupRow(data.rows)) return (data.merges = []);
    data.merges = data.sheet
      .getRange(1, 1, Math.min(MERGE_ROWS, data.lastRow), data.lastColumn)
      .getMergedRanges()
      .map((r) => ({ r1: r.getRow() - 1, c1: r.getColumn() - 1, r2: r.getLastRow() - 1, c2: r.getLastColumn() - 1 }));
  }
  return data.merges;
}

/** The remembered mapping of a sheet, or the detected one. */
export function mappingOf(data: SheetData, rules: Rules): { mapping: StudentMapping; saved?: Remembered } {
  const saved = recall(data.sheet);
  const mapping = saved ? resolveMapping(data.rows, saved) : detectStudentColumns(data.rows, rules, mergesOf(data));
  // A payment grid's columns are read from the sheet as it is now, remembered or not.
  return { mapping: withLedger(mapping, data.rows), saved };
}

/** The whole reading of the sheet under that mapping: its students, what is derived, assumed and skipped, and whether it is a student list. */
export function detectionOf(data: SheetData, rules: Rules): { detection: SheetDetection; saved?: Remembered } {
  const { mapping, saved } = mappingOf(data, rules);
  const headers = headersAt(data.rows, mapping.headerRow, mapping.headerRows === 2, mergesOf(data));
  return { detection: detectionFor(data.rows, mapping, headers, rules), saved };
}
