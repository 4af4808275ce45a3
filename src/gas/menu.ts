// The add-on menu and the Ayuda dialog. onOpen may run in AuthMode.NONE: it only builds the menu.
import { FUNCTION_HELP } from '../functions/help';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Ayuda', 'mostrarAyuda').addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** The Ayuda dialog: every custom function with its example. */
export function mostrarAyuda(): void {
  const html = HtmlService.createHtmlOutput(helpHtml()).setWidth(520).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, 'Ayuda: funciones de la oficina escolar');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function helpHtml(): string {
  const items = FUNCTION_HELP.map(
    (f) => `<dt><code>${escapeHtml(f.syntax)}</code></dt><dd>${escapeHtml(f.summary)}<br><small>Ejemplo: <code>${escapeHtml(f.example)}</code></small></dd>`,
  ).join('');
  return `<style>body{font-family:Arial,sans-serif;font-size:13px}dt{margin-top:10px;font-weight:bold}dd{margin-left:12px}</style>
<p>Escriba estas funciones en cualquier celda. Cada argumento acepta una celda o un rango (por ejemplo <code>B2:B</code>).
Las filas vacías dan vacío; una fila con un dato incorrecto muestra «Error: …» con la explicación.</p><dl>${items}</dl>`;
}
