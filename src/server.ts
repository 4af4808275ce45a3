// The one list of every name Apps Script sees: custom functions, menu and triggers, sidebar calls. It is built
// whole into dist/aplicacion.html; the custom functions and the menu also go in dist/Code.js (src/resident.ts).
import { useHost } from './functions/host';
import { appsScriptHost } from './gas/host';

// Custom functions ask the active spreadsheet (an assignment: the bundle still loads where no service exists).
useHost(appsScriptHost);

export * from './functions';
export { onOpen, onInstall } from './gas/open';
export { mostrarAyuda, abrirPanel, abrirConfiguracion, calcularHojaActual, crearPlantillasMenu, crearTableroMenu, listasPeriodoMenu, crearBoletasMenu } from './gas/menu';
// The Diagnóstico a maintainer runs once in a real spreadsheet after `npm run deploy` (README, «Primera prueba en Google»).
export { mostrarDiagnostico } from './gas/diagnostico';
// Sidebar calls: each answers { ok: true, data } or { ok: false, error } (src/gas/boundary.ts), as src/api.ts declares.
import type { PageApi } from './api';
import { detectarAlumnos, guardarMapeo, calcularAlumnos } from './gas/students/panel';
import { leerResumen, crearTablero } from './gas/dashboard';
import { crearPlantillas } from './gas/templates';
import { leerConfiguracion, guardarConfiguracion, restablecerConfiguracion } from './gas/config-panel';
import { leerConvenios, activarAvisos, desactivarAvisos, vistaPreviaAvisos, enviarAvisosAhora, crearTableroConvenios, consolidarFuentes } from './gas/convenios/panel';
// Checked against the wire both ways: a call missing here, one the page does not know, or another signature fails to compile.
void ({
  detectarAlumnos, guardarMapeo, calcularAlumnos, leerResumen, crearTablero, crearPlantillas, leerConfiguracion, guardarConfiguracion, restablecerConfiguracion,
  leerConvenios, activarAvisos, desactivarAvisos, vistaPreviaAvisos, enviarAvisosAhora, crearTableroConvenios, consolidarFuentes,
} satisfies PageApi);
export {
  detectarAlumnos, guardarMapeo, calcularAlumnos, leerResumen, crearTablero, crearPlantillas, leerConfiguracion, guardarConfiguracion, restablecerConfiguracion,
  leerConvenios, activarAvisos, desactivarAvisos, vistaPreviaAvisos, enviarAvisosAhora, crearTableroConvenios, consolidarFuentes,
};
// Internal: called by the local runtime's `npm run calc`, hidden from google.script.run by its trailing _.
export { calcularLibro_ } from './gas/students/workbook';
export { boletasLibro_ } from './gas/grades/period';
// Time-driven trigger of the daily reminders (created by activarAvisos).
export { avisosDiarios } from './gas/convenios/panel';
