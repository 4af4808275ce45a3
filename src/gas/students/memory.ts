// What the Alumnos panel remembers per sheet (document properties): the mapping, the chosen results, what the last run wrote.
import type { Mode } from '../../api';
import type { Rules } from '../../core/config';
import { OutputId, StudentMapping, detectStudentColumns } from '../../core/students/fields';
import { SavedMapping, resolveMapping, savedMapping } from '../../core/students/mapping';
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

/** The remembered mapping of a sheet, or the detected one. */
export function mappingOf(data: SheetData, rules: Rules): { mapping: StudentMapping; saved?: Remembered } {
  const saved = recall(data.sheet);
  return saved ? { mapping: resolveMapping(data.rows, saved), saved } : { mapping: detectStudentColumns(data.rows, rules) };
}
