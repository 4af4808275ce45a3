// The Configuración panel: a form over the `Configuración` sheet, checked by readConfigRows, with a reset to the reglamento's defaults.
import { CONFIG_KEYS, DEFAULT_RULES, Rules, defaultConfigRows, fieldOfClave, readConfigRows, showConfigValue } from '../core/config';
import { describe } from '../core/es/issues';
import { Cell } from '../core/parse';
import type { Issue } from '../core/result';
import { asCellText } from '../core/a1';
import { Answer, type ConfigSaveAnswer, type ConfigView } from '../api';
import { answer, stop } from './boundary';
import { CONFIG_SHEET } from '../core/es/sheet-words';
import { forgetConfigRows, insertSheet, sheetByName } from './execution';
import { configSheetRows } from './host';
import { withDocumentLock } from './lock';
import { ensureRows } from './sheets';

/** The range every live formula passes last, so that Sheets recalculates it when the configuration changes. */
export const CONFIG_RANGE = `'${CONFIG_SHEET}'!A:B`;

const FIELDS = Object.keys(CONFIG_KEYS) as (keyof Rules)[];

/** The rules of this spreadsheet (defaults where the sheet is missing or wrong) and the rows they came from. */
export function readRules(): { rules: Rules; rows: Cell[][] } {
  const rows = configSheetRows();
  return { rules: rows.length ? readConfigRows(rows).rules : DEFAULT_RULES, rows };
}

/**
 * The rules for a run that writes results: a bad value in Configuración stops it before anything
 * is written, since every formula would show that error and frozen values would keep it.
 * Unknown keys (warnings) do not stop it.
 */
export function rulesForWriting(): { rules: Rules; rows: Cell[][] } {
  const rows = configSheetRows();
  if (!rows.length) return { rules: DEFAULT_RULES, rows };
  const reading = readConfigRows(rows);
  if (reading.issues.length) stop({ code: 'config_blocks_writing', problem: describe(reading.issues[0]) });
  return { rules: reading.rules, rows };
}

/** The Configuración sheet, created with every key and its default when missing. */
export function ensureConfigSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = sheetByName(CONFIG_SHEET);
  if (existing) return existing;
  // insertSheet makes the new sheet the active one; the user stays where they were.
  const active = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const sheet = insertSheet(CONFIG_SHEET);
  const rows = defaultConfigRows();
  sheet.getRange(1, 1, rows.length, 3).setValues(rows.map((r) => r.map(asCellText)));
  sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (active) active.activate();
  return sheet;
}

const byKey = (issues: Issue[]) => issues.map((issue) => ({ clave: String(issue.clave ?? ''), message: describe(issue) }));

/** Bad values and unknown keys of these rows, each with its Spanish sentence. */
function problemsOf(rows: Cell[][]): Pick<ConfigView, 'issues' | 'warnings'> {
  const reading = readConfigRows(rows);
  return { issues: byKey(reading.issues), warnings: byKey(reading.warnings) };
}

function viewOf(rows: Cell[][]): ConfigView {
  const current = new Map<keyof Rules, Cell>();
  for (const [clave, valor] of rows) {
    const field = fieldOfClave(clave);
    if (field) current.set(field, valor);
  }
  return {
    keys: FIELDS.map((field) => {
      const defaultValue = showConfigValue(field, DEFAULT_RULES[field]);
      const value = current.has(field) ? String(current.get(field) ?? '') : defaultValue;
      return { clave: CONFIG_KEYS[field].clave, description: CONFIG_KEYS[field].description, value, defaultValue };
    }),
    ...problemsOf(rows),
    sheetExists: sheetByName(CONFIG_SHEET) !== null,
  };
}

/**
 * The sheet's rows with each key's value replaced in its row, or appended with its description,
 * and the rows (0-based) whose value the form changed. A value equal to what the cell shows is no change.
 */
function mergeValues(sheetRows: Cell[][], values: Map<keyof Rules, string>): { rows: Cell[][]; changed: number[] } {
  const rows = sheetRows.map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '']);
  const rowOf = new Map<keyof Rules, number>();
  rows.forEach((r, i) => {
    const field = fieldOfClave(r[0]);
    if (field && !rowOf.has(field)) rowOf.set(field, i);
  });
  if (rows.length === 0) rows.push(defaultConfigRows()[0]);
  const changed: number[] = [];
  for (const [field, value] of values) {
    const i = rowOf.get(field);
    if (i === undefined) rows.push([CONFIG_KEYS[field].clave, value, CONFIG_KEYS[field].description]);
    else if (String(rows[i][1] ?? '') !== value) {
      rows[i][1] = value;
      changed.push(i);
    }
  }
  return { rows, changed };
}

/**
 * Writes only what changed: the valor cells of changed rows in one setValues over their span (the
 * unchanged cells in between get their own formula back, so "=Parámetros!B3" stays a formula),
 * and the appended keys in one more.
 */
function writeChanges(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: Cell[][], sheetRowCount: number, changed: number[]): void {
  if (changed.length) {
    const first = Math.min(...changed);
    const span = sheet.getRange(first + 1, 2, Math.max(...changed) - first + 1, 1);
    const formulas = span.getFormulas();
    span.setValues(formulas.map(([formula], i) => [changed.includes(first + i) || !formula ? asCellText(rows[first + i][1]) : formula]));
  }
  if (rows.length <= sheetRowCount) return;
  // A Configuración whose empty rows the office deleted has no room for new keys until it grows.
  ensureRows(sheet, rows.length);
  sheet.getRange(sheetRowCount + 1, 1, rows.length - sheetRowCount, 3).setValues(rows.slice(sheetRowCount).map((r) => r.map(asCellText)));
}

/** Checks the sheet the form would give, whole, and writes its changes under the document lock. */
function saveValues(values: Map<keyof Rules, string>): ConfigSaveAnswer {
  return withDocumentLock((): ConfigSaveAnswer => {
    const existing = sheetByName(CONFIG_SHEET);
    const last = existing ? existing.getLastRow() : 0;
    // A missing sheet is made with the defaults first: those are then the rows the changes apply to.
    const current = !existing ? defaultConfigRows() : last ? (existing.getRange(1, 1, last, 3).getValues() as Cell[][]) : [];
    const { rows, changed } = mergeValues(current, values);
    const { issues } = problemsOf(rows);
    if (issues.length) return { saved: false, issues };
    writeChanges(ensureConfigSheet(), rows, current.length, changed);
    forgetConfigRows();
    return { saved: true, view: viewOf(rows) };
  });
}

/** Values from the form, keyed by clave; keys the schema does not know stop the call. */
function valuesOfForm(form: Record<string, string>): Map<keyof Rules, string> {
  const values = new Map<keyof Rules, string>();
  for (const [clave, value] of Object.entries(form)) {
    const field = fieldOfClave(clave);
    if (!field) stop({ code: 'config_unknown_key', row: 0, clave });
    values.set(field, String(value ?? '').trim());
  }
  return values;
}

// Sidebar calls of the Configuración panel.

export function leerConfiguracion(): Answer<ConfigView> {
  return answer(() => viewOf(configSheetRows()));
}

/** Saves the form when the sheet it would give is valid; otherwise writes nothing and answers each problem by key. */
export function guardarConfiguracion(form: Record<string, string>): Answer<ConfigSaveAnswer> {
  return answer(() => saveValues(valuesOfForm(form)));
}

/** Puts the reglamento's default back in every key, leaving the sheet's other rows alone. */
export function restablecerConfiguracion(): Answer<ConfigSaveAnswer> {
  return answer(() => saveValues(new Map(FIELDS.map((field) => [field, showConfigValue(field, DEFAULT_RULES[field])]))));
}
