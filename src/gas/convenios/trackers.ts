// Finding the convenio trackers in the spreadsheet, refreshing the fecha de corte cells, and the Bitácora sheet.
import { IMPORT_SHEET, TRACKER_SHEETS } from '../../core/es/sheet-words';
import { FieldSpec, Table, readTable } from '../../core/table';
import { normalizeHeader } from '../../core/text';
import { Commitment, readCommitments } from '../../core/convenios/commitments';
import { COMPROMISO_FIELDS, CONVENIO_FIELDS, CompromisoField, ConvenioField, IIEE_FIELDS, IieeField, REQUIRED } from '../../core/convenios/columns';
import { Convenio, readConvenios } from '../../core/convenios/cycle';
import { LOG_FIELDS, LOG_SHEET, LogEntry, LogLayout, LogReading, isPendingRow, logRow, readLog } from '../../core/convenios/log';
import type { LogWriter } from '../../core/convenios/run';
import { Day, midnightOf } from '../../core/dates';
import { Cell } from '../../core/parse';
import { Result } from '../../core/result';
import { asCellText } from '../../core/a1';
import { allSheets, insertSheet, sheetByName } from '../execution';
import { ensureRows, forgetSheetValues, readSheet, readSheetOnce } from '../sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type TrackerKind = keyof typeof TRACKER_SHEETS;

type FieldOf = { convenios: ConvenioField; compromisos: CompromisoField; iiee: IieeField };
const SPECS: { [K in TrackerKind]: FieldSpec<FieldOf[K]>[] } = { convenios: CONVENIO_FIELDS, compromisos: COMPROMISO_FIELDS, iiee: IIEE_FIELDS };

export interface Found<K extends TrackerKind> {
  sheet: Sheet;
  table: Table<FieldOf[K]>;
}

/** How many rows are read to decide whether a sheet is a tracker: the header is near the top. */
const SCAN_ROWS = 10;

/**
 * The sheet that holds a tracker: the one with the tracker's name when its headers fit, else the
 * first sheet whose headers have the tracker's required fields (a sheet the office named its own way).
 */
export function findTracker<K extends TrackerKind>(kind: K): Found<K> | undefined {
  const specs = SPECS[kind] as FieldSpec<FieldOf[K]>[];
  const required = REQUIRED[kind] as FieldOf[K][];
  const want = normalizeHeader(TRACKER_SHEETS[kind]);
  const sheets = allSheets().filter((s) => s.getName() !== IMPORT_SHEET && s.getName() !== LOG_SHEET);
  const ordered = [...sheets.filter((s) => normalizeHeader(s.getName()) === want), ...sheets.filter((s) => normalizeHeader(s.getName()) !== want)];
  // Each sheet is read once per action (the Tablero and the daily run look for two trackers).
  for (const sheet of ordered) {
    const { rows } = readSheetOnce(sheet);
    if (!rows.length) continue;
    if (readTable(rows.length > SCAN_ROWS ? rows.slice(0, SCAN_ROWS) : rows, specs, required).missing.length) continue;
    return { sheet, table: readTable(rows, specs, required) };
  }
  return undefined;
}

export function commitmentsIn(found: Found<'compromisos'> | undefined, timeZone: string): Commitment[] {
  return found ? readCommitments(found.table.rows, timeZone) : [];
}

export function conveniosIn(found: Found<'convenios'> | undefined, timeZone: string): Convenio[] {
  return found ? readConvenios(found.table.rows, timeZone) : [];
}

const CUTOFF_LABEL = 'fecha de corte';
const CUTOFF_SCAN = 5;

/**
 * Writes `day` into every fecha de corte cell: the cell right of a "Fecha de corte" label in the
 * first rows of any sheet. The formulas that take it as their `hoy` argument recalculate from it.
 * A cell holding a formula (the templates' `=TODAY()`, or the user's own) is already live and is
 * left as it is; the count is of the cells written.
 */
export function refreshCutoff(day: Day, timeZone: string): number {
  let count = 0;
  for (const sheet of allSheets()) {
    // The values the trackers are found in (read once per action); a formula is asked only right of a label.
    const rows = readSheetOnce(sheet).rows.slice(0, CUTOFF_SCAN);
    const labels: [number, number][] = [];
    rows.forEach((line, r) => line.forEach((cell, c) => normalizeHeader(cell) === CUTOFF_LABEL && labels.push([r, c])));
    if (!labels.length) continue;
    const columns = rows[0].length;
    // One column more: the cell right of a label in the last column is read too.
    const formulas = sheet.getRange(1, 1, rows.length, Math.min(columns + 1, sheet.getMaxColumns())).getFormulas();
    for (const [r, c] of labels) {
      if ((formulas[r][c + 1] ?? '') !== '') continue;
      sheet.getRange(r + 1, c + 2).setValue(midnightOf(day, timeZone)).setNumberFormat('dd/mm/yyyy');
      count++;
    }
  }
  // Formulas that take the fecha de corte changed: the trackers are read again.
  if (count) forgetSheetValues();
  return count;
}

/** The sheet `name`, created with a bold, frozen header row of `labels` when missing. */
export function headedSheet(name: string, labels: string[]): Sheet {
  const existing = sheetByName(name);
  if (existing) return existing;
  const sheet = insertSheet(name);
  sheet.getRange(1, 1, 1, labels.length).setValues([labels]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/** The Bitácora de avisos, created with its header when missing, and given it again when emptied. */
export function logSheet(): Sheet {
  const labels = LOG_FIELDS.map((f) => f.label);
  const sheet = headedSheet(LOG_SHEET, labels);
  if (sheet.getLastRow() === 0) sheet.getRange(1, 1, 1, labels.length).setValues([labels]).setFontWeight('bold');
  return sheet;
}

/**
 * What the Bitácora says was already done and where its columns are; read inside the document lock
 * by every run. A Bitácora missing a needed column is an issue naming it.
 */
export function readLogIndex(): Result<LogReading> {
  const sheet = sheetByName(LOG_SHEET);
  return readLog(sheet ? readSheet(sheet).rows : []);
}

/** Writes `entry` on row `at` under the sheet's own headers and flushes, so what a run logged stays logged however it stops. */
function writeLog(sheet: Sheet, layout: LogLayout, at: number, entry: LogEntry): void {
  const row = logRow(entry, layout).map((v) => (typeof v === 'string' ? asCellText(v) : v));
  ensureRows(sheet, at);
  sheet.getRange(at, 1, 1, row.length).setValues([row]);
  SpreadsheetApp.flush();
}

/**
 * The row now holding the «Sin confirmar» entry recorded at `at`: still there, or moved because a
 * person sorted or inserted rows while the email went out; undefined when it was deleted.
 */
function pendingRow(sheet: Sheet, layout: LogLayout, at: number, entry: LogEntry): number | undefined {
  if (at <= sheet.getLastRow() && isPendingRow(sheet.getRange(at, 1, 1, layout.width).getValues()[0] as Cell[], layout, entry)) return at;
  const rows = readSheet(sheet).rows;
  for (let i = rows.length - 1; i >= 0; i--) if (isPendingRow(rows[i], layout, entry)) return i + 1;
  return undefined;
}

/**
 * The Bitácora behind the run's LogWriter: each entry on a new row below the last, the grid grown as
 * needed; an outcome replaces its «Sin confirmar» row wherever it is now, never a row of someone else's.
 */
export function logWriter(sheet: Sheet, layout: LogLayout): LogWriter {
  const record = (entry: LogEntry) => {
    const at = sheet.getLastRow() + 1;
    writeLog(sheet, layout, at, entry);
    return at;
  };
  return {
    record,
    settle(at, entry) {
      const row = pendingRow(sheet, layout, at, entry);
      if (row === undefined) record(entry);
      else writeLog(sheet, layout, row, entry);
    },
  };
}
