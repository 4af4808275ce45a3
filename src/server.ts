// The one list of every name Apps Script sees: custom functions, menu and triggers, sidebar calls.
import { useHost } from './functions/host';
import { appsScriptHost } from './gas/host';

// Custom functions ask the active spreadsheet (an assignment: the bundle still loads where no service exists).
useHost(appsScriptHost);

export * from './functions';
export { onOpen, onInstall, mostrarAyuda, abrirPanel, abrirConfiguracion, calcularHojaActual, crearPlantillasMenu, crearTableroMenu } from './gas/menu';
// The Diagnóstico a maintainer runs once in a real spreadsheet after `npm run deploy` (README, «Primera prueba en Google»).
export { mostrarDiagnostico } from './gas/diagnostico';
// Sidebar calls: each answers { ok: true, data } or { ok: false, error } (src/gas/api.ts).
export { detectarAlumnos, guardarMapeo, calcularAlumnos } from './gas/students';
// Internal: called by the local runtime's `npm run calc`, hidden from google.script.run by its trailing _.
export { calcularLibro_ } from './gas/students';
export { leerResumen, crearTablero } from './gas/dashboard';
export { crearPlantillas } from './gas/templates';
export { leerConfiguracion, guardarConfiguracion, restablecerConfiguracion } from './gas/config-panel';
export { leerConvenios, activarAvisos, desactivarAvisos, vistaPreviaAvisos, enviarAvisosAhora, crearTableroConvenios, consolidarFuentes } from './gas/convenios/panel';
// Time-driven trigger of the daily reminders (created by activarAvisos).
export { avisosDiarios } from './gas/convenios/panel';
