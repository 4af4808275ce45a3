// Finding the convenio trackers in the spreadsheet, refreshing the fecha de corte cells, and the Bitácora sheet.
import { CONFIG_SHEET, IMPORT_SHEET, TRACKER_SHEETS } from '../../core/es/sheet-words';
import { FieldSpec, Table, readTable } from '../../core/table';
import { normalizeHeader } from '../../core/text';
import { Commitment, readCommitments } from '../../core/convenios/commitments';
import { COMPROMISO_FIELDS, CONVENIO_FIELDS, CompromisoField, ConvenioField, IIEE_FIELDS, IieeField, REQUIRED } from '../../core/convenios/columns';
import { Convenio, readConvenios } from '../../core/convenios/cycle';
import { LOG_FIELDS, LOG_SHEET, LogEntry, LogLayout, LogReading, OUTCOMES, isPendingRow, logRow, readLog } from '../../core/convenios/log';
import type { LogWriter } from '../../core/convenios/run';
import { Day, midnightOf } from '../../core/dates';
import { Cell } from '../../core/parse';
import { Result } from '../../core/result';
import { asCellText } from '../../core/a1';
import { allSheets, insertSheet, sheetByName } from '../execution';
import { forgetSheetValues, keepSheetValues, readSheet, readSheetOnce, writtenByAddOn } from '../sheets';

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

const CUTOFF_SCAN = 5;

/**
 * Writes `day` into every fecha de corte cell: the cell right of a "Fecha de corte" label in the
 * first rows of any sheet. The formulas that take it as their `hoy` argument recalculate from it.
 * A cell holding a formula (the templates' `=TODAY()`, or the user's own) is already live and is
 * left as it is; the count is of the cells written.
 */
/** Sheets of the add-on's own rows (keys and values, the emails), and the Tableros it writes whole: no fecha de corte label there. */
const OWN_SHEETS = new Set<string>([CONFIG_SHEET, LOG_SHEET]);

/**
 * The labels as normalizeHeader reads them ("fecha de corte" once case, accents and the non-letters
 * around and between its words are set aside), for one TextFinder over the whole spreadsheet.
 */
const CUTOFF_PATTERN = '[^a-z0-9%]*fecha[^a-z0-9%]+de[^a-z0-9%]+corte[^a-z0-9%]*';

export function refreshCutoff(day: Day, timeZone: string): number {
  // One search of every sheet (a round trip) instead of reading each sheet for its top rows.
  const found = SpreadsheetApp.getActiveSpreadsheet().createTextFinder(CUTOFF_PATTERN).useRegularExpression(true).matchEntireCell(true).ignoreDiacritics(true).findAll();
  const bySheet = new Map<number, { sheet: Sheet; labels: [number, number][] }>();
  for (const cell of found) {
    if (cell.getRow() > CUTOFF_SCAN) continue;
    const sheet = cell.getSheet();
    if (OWN_SHEETS.has(sheet.getName()) || writtenByAddOn(sheet)) continue;
    const entry = bySheet.get(sheet.getSheetId()) ?? { sheet, labels: [] };
    entry.labels.push([cell.getRow() - 1, cell.getColumn() - 1]);
    bySheet.set(sheet.getSheetId(), entry);
  }
  let count = 0;
  for (const { sheet, labels } of bySheet.values()) {
    const rows = Math.max(...labels.map(([r]) => r)) + 1;
    // The cells right of the labels, in one read; a formula there is left as it is.
    const columns = Math.min(Math.max(...labels.map(([, c]) => c)) + 2, sheet.getMaxColumns());
    const formulas = sheet.getRange(1, 1, rows, columns).getFormulas();
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
  keepSheetValues(sheet, [labels]);
  return sheet;
}

/** The Bitácora de avisos, created with its header when missing, and given it again when emptied. */
export function logSheet(): Sheet {
  const labels = LOG_FIELDS.map((f) => f.label);
  const existing = sheetByName(LOG_SHEET);
  if (!existing) return headedSheet(LOG_SHEET, labels);
  if (readSheetOnce(existing).rows.length === 0) {
    existing.getRange(1, 1, 1, labels.length).setValues([labels]).setFontWeight('bold');
    forgetSheetValues(existing);
  }
  return existing;
}

/**
 * What the Bitácora says was already done and where its columns are; read inside the document lock
 * by every run. A Bitácora missing a needed column is an issue naming it.
 */
export function readLogIndex(): Result<LogReading> {
  const sheet = sheetByName(LOG_SHEET);
  return readLog(sheet ? readSheetOnce(sheet).rows : []);
}

/** The entry as the Bitácora's cells, under the sheet's own headers. */
const cellsOf = (entry: LogEntry, layout: LogLayout): Cell[] => logRow(entry, layout).map((v) => (typeof v === 'string' ? asCellText(v) : v));

/** The Bitácora's writer, with the outcomes it holds until the run ends. */
export interface BitacoraWriter extends LogWriter {
  /**
   * Writes the outcomes settled so far, each on its email's «Sin confirmar» row wherever it is now;
   * `more` when the caller writes more and flushes them all itself.
   */
  finish(more?: boolean): void;
}

/**
 * The Bitácora behind the run's LogWriter, at two round trips per email (its row, its send): each
 * entry is appended below the last row by appendRow, which Sheets places itself however people
 * edited meanwhile, and a «Sin confirmar» row is flushed before its email goes. The outcomes wait
 * for finish(): one read of the sheet finds each email's row where it is now (never a row of
 * someone else's) and one batch of writes settles them all. A run stopped before finish() (its time
 * limit, a write that failed) leaves its emails «Sin confirmar», which no run sends again.
 */
export function logWriter(sheet: Sheet, layout: LogLayout): BitacoraWriter {
  // Where each appended row should land, for finish()'s first look: below what the run read at its start.
  let next = readSheetOnce(sheet).rows.length + 1;
  const settled: { at: number; entry: LogEntry }[] = [];
  return {
    record(entry) {
      sheet.appendRow(cellsOf(entry, layout));
      if (entry.outcome === OUTCOMES.unconfirmed) SpreadsheetApp.flush();
      return next++;
    },
    settle(at, entry) {
      settled.push({ at, entry });
    },
    finish(more = false) {
      if (!settled.length) return;
      const rows = readSheet(sheet).rows;
      forgetSheetValues(sheet);
      const claimed = new Set<number>();
      const find = ({ at, entry }: { at: number; entry: LogEntry }): number | undefined => {
        if (at <= rows.length && isPendingRow(rows[at - 1], layout, entry)) return at;
        for (let i = rows.length - 1; i >= 0; i--) if (!claimed.has(i + 1) && isPendingRow(rows[i], layout, entry)) return i + 1;
        return undefined;
      };
      const found = settled.map((s) => {
        const row = find(s);
        if (row !== undefined) claimed.add(row);
        return row;
      });
      const write = (row: number, entry: LogEntry) => sheet.getRange(row, 1, 1, layout.width).setValues([cellsOf(entry, layout)]);
      // A deleted row's outcome goes on a new row where it would have been: before the rows of the emails after it.
      const before = found.map((_, i) => found.slice(i + 1).find((r) => r !== undefined));
      settled.forEach((s, i) => found[i] === undefined && before[i] === undefined && sheet.appendRow(cellsOf(s.entry, layout)));
      // Bottom up, so an inserted row never moves a row still to be written.
      for (let i = settled.length - 1; i >= 0; i--) {
        const row = found[i] ?? before[i];
        if (row === undefined) continue;
        if (found[i] === undefined) sheet.insertRowBefore(row);
        write(row, settled[i].entry);
      }
      settled.length = 0;
      if (!more) SpreadsheetApp.flush();
    },
  };
}
