// What one action reads once and passes down: the spreadsheet's sheets, its zone and its Configuración rows.
//
// Each read is a round trip to Google (local/services/roundtrips.ts); an action that asked the
// zone for every output column paid six. Inside `inExecution` (every sidebar call, the daily
// trigger, the workbook batch) the first answer is kept until the action ends; outside it (a
// custom function, each its own execution) every call asks again. The add-on's own sheet changes
// go through insertSheet() here, so the kept list stays the spreadsheet's.
import { CONFIG_SHEET } from '../core/es/sheet-words';
import { Cell, isBlank } from '../core/parse';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Kept {
  sheets?: Sheet[];
  timeZone?: string;
  configRows?: Cell[][];
  /** Anything else read once, by key (a sheet's values: see readSheetOnce in ./sheets). */
  memo: Map<string, unknown>;
  /** The document's properties, all of them in one call. */
  properties?: Record<string, string>;
}

let kept: Kept | undefined;
let depth = 0;

/** Runs one action: what it reads through this module is read once, and forgotten when it ends. */
export function inExecution<T>(work: () => T): T {
  if (depth++ === 0) kept = { memo: new Map() };
  try {
    return work();
  } finally {
    if (--depth === 0) kept = undefined;
  }
}

/** The spreadsheet's sheets, in order: one getSheets() per action. */
export function allSheets(): Sheet[] {
  if (!kept) return SpreadsheetApp.getActiveSpreadsheet().getSheets();
  return (kept.sheets ??= SpreadsheetApp.getActiveSpreadsheet().getSheets());
}

/** The sheet of that name, or null: from the action's list of sheets, not one getSheetByName each. */
export function sheetByName(name: string): Sheet | null {
  if (!kept) return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  return allSheets().find((s) => s.getName() === name) ?? null;
}

/** A new sheet, added to the action's list. */
export function insertSheet(name: string): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet(name);
  if (kept) {
    kept.sheets?.push(sheet);
    if (name === CONFIG_SHEET) kept.configRows = undefined;
  }
  return sheet;
}

/** The spreadsheet's zone, asked once per action. */
export function keptTimeZone(ask: () => string): string {
  if (!kept) return ask();
  return (kept.timeZone ??= ask());
}

/**
 * Columns A:B of the Configuración sheet in one read, without its trailing blank rows; none when
 * there is no such sheet. A reference by A1 notation costs nothing; its getValues is the round trip.
 */
export function readConfigRange(): Cell[][] {
  if (kept?.configRows) return kept.configRows;
  let values: Cell[][];
  try {
    values = SpreadsheetApp.getActiveSpreadsheet().getRange(`'${CONFIG_SHEET}'!A:B`).getValues() as Cell[][];
  } catch {
    // No Configuración sheet: Sheets refuses a range on a sheet that does not exist.
    values = [];
  }
  let last = values.length;
  while (last > 0 && values[last - 1].every(isBlank)) last--;
  const rows = last === values.length ? values : values.slice(0, last);
  if (kept) kept.configRows = rows;
  return rows;
}

/** The Configuración rows changed: the next read asks the sheet. */
export function forgetConfigRows(): void {
  if (kept) kept.configRows = undefined;
}

/** `make()` once per action under `key`; outside an action, every time. */
export function keepFor<T>(key: string, make: () => T): T {
  if (!kept) return make();
  if (!kept.memo.has(key)) kept.memo.set(key, make());
  return kept.memo.get(key) as T;
}

/** Keeps `value` under `key` for the rest of the action (what the action itself just wrote). */
export function keep(key: string, value: unknown): void {
  kept?.memo.set(key, value);
}

/** Forgets what was kept under keys starting with `prefix` (the action wrote there). */
export function forget(prefix: string): void {
  if (!kept) return;
  for (const key of [...kept.memo.keys()]) if (key.startsWith(prefix)) kept.memo.delete(key);
}

/** Every document property, in one call per action. */
export function documentProperties(): Record<string, string> {
  if (!kept) return PropertiesService.getDocumentProperties().getProperties();
  return (kept.properties ??= PropertiesService.getDocumentProperties().getProperties());
}

/** A document property: the first asks for all of them in one call. */
export function documentProperty(key: string): string | null {
  if (!kept) return PropertiesService.getDocumentProperties().getProperty(key);
  const properties = documentProperties();
  return Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : null;
}

/** Sets (or, with null, deletes) a document property, and what the action keeps of it. */
export function setDocumentProperty(key: string, value: string | null): void {
  const properties = PropertiesService.getDocumentProperties();
  if (value === null) properties.deleteProperty(key);
  else properties.setProperty(key, value);
  if (kept?.properties) {
    if (value === null) delete kept.properties[key];
    else kept.properties[key] = value;
  }
}

/** Sets several document properties in one call (setProperties keeps the others), and what the action keeps of them. */
export function setDocumentProperties(values: Record<string, string>): void {
  PropertiesService.getDocumentProperties().setProperties(values);
  if (kept?.properties) Object.assign(kept.properties, values);
}

/** Another execution may have written since: under a new lock, properties are asked again. */
export function forgetProperties(): void {
  if (kept) kept.properties = undefined;
}
