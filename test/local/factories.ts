// Small factories for the local runtime tests: in-memory workbooks, temporary folders and dist/ folders.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { DIST, RuntimeOptions, ensureBuilt, openRuntime } from '../../local/runtime';

export const tempDir = (prefix = 'runtime-') => mkdtempSync(join(tmpdir(), prefix));

/** A runtime over one sheet named `name` holding `rows`. */
export function sheetRuntime(rows: unknown[][], name = 'Alumnos', options: RuntimeOptions = {}) {
  return openRuntime({ sheets: { [name]: rows } }, { outbox: join(tempDir('outbox-'), 'correo'), ...options });
}

/** The bundle's SpreadsheetApp sheet of that name. */
export const sheetOf = (rt: { context: Record<string, any> }, name: string) => rt.context.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);

/** A built-in of the bundle's realm (its Date, its Error), which differs from the test's own. */
export const realm = (rt: { context: Record<string, any> }, name: 'Date' | 'Error') => vm.runInContext(name, rt.context) as any;

/** The manifest's scopes as the repo declares them. */
export const manifestScopes = (): string[] => JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')).oauthScopes;

/**
 * A dist/ folder for `options.dist`: the built bundle (or `code` instead of Code.js, `app` instead of
 * aplicacion.html) beside a manifest that lists `scopes` (null: no oauthScopes field), so a test sees
 * what Google does with another appsscript.json.
 */
export function tempDist({ code, app, scopes = manifestScopes() }: { code?: string; app?: string; scopes?: string[] | null }): string {
  ensureBuilt();
  const dir = tempDir('dist-');
  if (code === undefined) copyFileSync(join(DIST, 'Code.js'), join(dir, 'Code.js'));
  else writeFileSync(join(dir, 'Code.js'), code);
  if (app === undefined) copyFileSync(join(DIST, 'aplicacion.html'), join(dir, 'aplicacion.html'));
  else writeFileSync(join(dir, 'aplicacion.html'), app);
  copyFileSync(join(DIST, 'esquema.html'), join(dir, 'esquema.html'));
  copyFileSync(join(DIST, 'sidebar.html'), join(dir, 'sidebar.html'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'America/Mexico_City', ...(scopes ? { oauthScopes: scopes } : {}) }));
  return dir;
}
