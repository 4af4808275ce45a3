// The add-on menu, built when the spreadsheet opens. onOpen may run in AuthMode.NONE: it only builds
// the menu, and it lives in the part every execution loads (src/resident.ts), so it never reads the rest.
import { MENU_WORDS } from '../core/es/sheet-words';
import { GRADE_MENU_WORDS } from '../core/es/grade-sheets';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU_WORDS.openPanel, 'abrirPanel')
    .addItem(MENU_WORDS.computeSheet, 'calcularHojaActual')
    .addItem(MENU_WORDS.createTemplates, 'crearPlantillasMenu')
    .addItem(MENU_WORDS.createDashboard, 'crearTableroMenu')
    .addItem(GRADE_MENU_WORDS.lists, 'listasPeriodoMenu')
    .addItem(GRADE_MENU_WORDS.boletas, 'crearBoletasMenu')
    .addItem(MENU_WORDS.configuration, 'abrirConfiguracion')
    .addSeparator()
    .addItem(MENU_WORDS.help, 'mostrarAyuda')
    .addItem(MENU_WORDS.diagnostic, 'mostrarDiagnostico')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
