// The one list of every name Apps Script sees: custom functions, menu and triggers, sidebar calls.
export * from './functions';
export { onOpen, onInstall, mostrarAyuda } from './gas/menu';
