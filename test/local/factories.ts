// Small factories for the local runtime tests: in-memory workbooks and temporary folders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { RuntimeOptions, openRuntime } from '../../local/runtime';

export const tempDir = (prefix = 'runtime-') => mkdtempSync(join(tmpdir(), prefix));

/** A runtime over one sheet named `name` holding `rows`. */
export function sheetRuntime(rows: unknown[][], name = 'Alumnos', options: RuntimeOptions = {}) {
  return openRuntime({ sheets: { [name]: rows } }, { outbox: join(tempDir('outbox-'), 'correo'), ...options });
}

/** The bundle's SpreadsheetApp sheet of that name. */
export const sheetOf = (rt: { context: Record<string, any> }, name: string) => rt.context.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);

/** A built-in of the bundle's realm (its Date, its Error), which differs from the test's own. */
export const realm = (rt: { context: Record<string, any> }, name: 'Date' | 'Error') => vm.runInContext(name, rt.context) as any;
