// The part of the add-on every execution loads (dist/Code.js): the custom functions and the menu.
//
// Apps Script compiles a project's script files on every execution, and Sheets runs each custom
// function's cells in executions of their own: that load is paid again and again, while the menus,
// the panel and the daily job (src/server.ts) run rarely and wait on Google far longer. So the rest
// is a second bundle, dist/aplicacion.html, a project file no execution compiles unless it calls one
// of those names: build/build.mjs writes the loader and a delegating function for each of them.
import { useHost } from './functions/host';
import { appsScriptHost } from './gas/host';

// Custom functions ask the active spreadsheet (an assignment: the bundle still loads where no service exists).
useHost(appsScriptHost);

export * from './functions';
export { onOpen, onInstall } from './gas/open';
